"""The bodies that prepare and monitor a strategy: the programme team, working groups, the
monitoring team and the coordination team, with their members and meetings.

A team belongs to one strategy (and so to one local government); members and meetings are
reached through their team. A member's e-mail is for the team's own work: it is shown only
to those who may edit the team, and never on a public page.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.fields import CHAPTER, NOTE, limited_text
from governments.models import Institution
from strategies.models import Goal, Strategy


class TeamKind(models.TextChoices):
    PROGRAMME = "programme", _("programme team")
    WORKING_GROUP = "working_group", _("working group")
    MONITORING = "monitoring", _("monitoring team")
    COORDINATION = "coordination", _("coordination team")


# The order in which a strategy's teams are listed: as they come in its lifecycle.
KIND_ORDER = [
    TeamKind.PROGRAMME,
    TeamKind.WORKING_GROUP,
    TeamKind.MONITORING,
    TeamKind.COORDINATION,
]


class Team(models.Model):
    """A team appointed (usually by the mayor's order) to prepare or monitor the strategy."""

    strategy = models.ForeignKey(
        Strategy, verbose_name=_("strategy"), on_delete=models.CASCADE, related_name="teams"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=TeamKind.choices)
    name = models.CharField(_("name"), max_length=300)
    area = models.ForeignKey(
        Goal,
        verbose_name=_("area"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="teams",
        help_text=_("For a working group: the area of the strategy it works on."),
    )
    order_number = models.CharField(
        _("number of the appointing order"),
        max_length=100,
        blank=True,
        help_text=_("For example 12/2025."),
    )
    order_date = models.DateField(_("date of the appointing order"), null=True, blank=True)
    order_issuer = models.CharField(
        _("issued by"),
        max_length=300,
        blank=True,
        help_text=_("For example: the Mayor of the Town (Burmistrz Miasta)."),
    )
    description = limited_text(_("description"), blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("team")
        verbose_name_plural = _("teams")
        ordering = ["name", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(area__isnull=True) | Q(kind=TeamKind.WORKING_GROUP),
                name="team_area_only_for_working_groups",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        errors: dict[str, object] = {}
        if self.area_id:
            if self.kind != TeamKind.WORKING_GROUP:
                errors["area"] = _("Only a working group works on an area of the strategy.")
            elif self.area.strategy_id != self.strategy_id:
                errors["area"] = _("The area belongs to another strategy.")
            elif self.area.depth != 1:
                errors["area"] = _("Choose an area: an element of the strategy's top level.")
        if (self.order_date or self.order_issuer) and not self.order_number:
            errors["order_number"] = _("Give the number of the order that appointed the team.")
        if errors:
            raise ValidationError(errors)

    @property
    def appointed_by(self) -> str:
        """The appointing order as one line: "No. 12/2025 of 3 March 2025, Burmistrz Miasta"."""
        if not self.order_number:
            return ""
        text = _("No. %(number)s") % {"number": self.order_number}
        if self.order_date:
            text = _("%(order)s of %(date)s") % {
                "order": text,
                "date": date_format(self.order_date, "j E Y"),
            }
        if self.order_issuer:
            text = f"{text}, {self.order_issuer}"
        return text


class MemberFunction(models.TextChoices):
    CHAIR = "chair", _("chair")
    DEPUTY = "deputy", _("deputy chair")
    SECRETARY = "secretary", _("secretary")
    MEMBER = "member", _("member")


class TeamMember(models.Model):
    """A person on a team, representing an institution of the register or another body."""

    team = models.ForeignKey(
        Team, verbose_name=_("team"), on_delete=models.CASCADE, related_name="members"
    )
    name = models.CharField(_("name and surname"), max_length=200)
    institution = models.ForeignKey(
        Institution,
        verbose_name=_("institution"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="team_members",
    )
    organisation = models.CharField(
        _("other organisation"),
        max_length=300,
        blank=True,
        help_text=_("When the member represents a body that is not in the register."),
    )
    function = models.CharField(
        _("function in the team"),
        max_length=20,
        choices=MemberFunction.choices,
        default=MemberFunction.MEMBER,
    )
    email = models.EmailField(
        _("e-mail"), blank=True, help_text=_("For the team's work only; never shown publicly.")
    )
    position = models.PositiveIntegerField(_("position"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("team member")
        verbose_name_plural = _("team members")
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["team"],
                condition=Q(function="chair"),
                name="team_member_one_chair",
                violation_error_message=_("The team already has a chair."),
            )
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        errors: dict[str, object] = {}
        if (
            self.institution_id
            and self.team_id
            and self.institution.government_id != self.team.strategy.government_id
        ):
            errors["institution"] = _("The institution belongs to another local government.")
        if self.function == MemberFunction.CHAIR and self.team_id:
            chair = (
                TeamMember.objects.filter(team_id=self.team_id, function=MemberFunction.CHAIR)
                .exclude(pk=self.pk)
                .first()
            )
            if chair:
                errors["function"] = _("The team already has a chair: %(name)s.") % {
                    "name": chair.name
                }
        if self.institution_id and self.organisation:
            errors["organisation"] = _(
                "Choose an institution from the register or type another organisation, not both."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def represents(self) -> str:
        if self.institution_id:
            return self.institution.label
        return self.organisation


class MeetingQuerySet(models.QuerySet):
    def held(self, today=None) -> "MeetingQuerySet":
        """Meetings that have taken place: dated today or earlier."""
        return self.filter(date__lte=today or timezone.localdate())


class Meeting(models.Model):
    """A meeting of a team: when and where, the agenda, the minutes and who was present."""

    team = models.ForeignKey(
        Team, verbose_name=_("team"), on_delete=models.CASCADE, related_name="meetings"
    )
    date = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=300, blank=True)
    agenda = limited_text(_("agenda"), blank=True)
    minutes = limited_text(_("minutes"), blank=True, limit=CHAPTER)
    guests = limited_text(
        _("guests"),
        blank=True,
        help_text=_("People from outside the team who took part."),
        limit=NOTE,
    )
    attendees = models.ManyToManyField(
        TeamMember,
        through="Attendance",
        related_name="meetings_attended",
        blank=True,
        verbose_name=_("present"),
    )

    objects = MeetingQuerySet.as_manager()
    history = HistoricalRecords()
    history_label_fields = ("date",)

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["-date", "-id"]

    def __str__(self) -> str:
        return _("meeting of %(date)s") % {"date": date_format(self.date, "j E Y")}

    def is_planned(self, today=None) -> bool:
        return self.date > (today or timezone.localdate())


class Attendance(models.Model):
    """A member present at a meeting."""

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="attendance"
    )
    member = models.ForeignKey(
        TeamMember,
        verbose_name=_("team member"),
        on_delete=models.CASCADE,
        related_name="attendance",
    )
    history = HistoricalRecords()
    history_label_fields = ("meeting", "member")

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "member"], name="attendance_once_per_meeting"
            )
        ]

    def __str__(self) -> str:
        return f"{self.member} – {self.meeting}"

    def clean(self) -> None:
        if self.member_id and self.meeting_id and self.member.team_id != self.meeting.team_id:
            raise ValidationError(
                {"member": _("Only members of the team can be marked as present.")}
            )

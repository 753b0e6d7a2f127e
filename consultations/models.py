"""Public consultation (konsultacje społeczne) of a frozen version of a strategy.

The act on development policy (ustawa z dnia 6 grudnia 2006 r. o zasadach prowadzenia
polityki rozwoju, art. 6) asks for an announcement with the deadline and the way to take
part, at least 35 days for comments, and a report published within 30 days of the end that
answers every comment with its reasons. Many gminy consult their strategy for solving
social problems the same way; this app carries it:

- ``Consultation``: a frozen ``StrategyVersion`` put to consultation from ``starts_on`` to
  ``ends_on`` (both days included). Its status follows from the dates (planned → open →
  closed) and from the report's publication (``services.consultation_report_publish``).
- ``Comment``: a comment (uwaga) on one section of the draft (a top-level goal of the
  snapshot, by its ``pk``) or on the draft as a whole. Comments are hostile input: plain
  text with maximum lengths, always rendered escaped; the e-mail address is never shown in
  public. The team hides abuse with a reason and answers every comment after the end.
- ``Invitation``: an invited body (a powiat invites its gminy, a voivodeship its powiats)
  with a personal link to give its opinion; its comments are the opinions of invited bodies.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from core.fields import CHAPTER, NOTE, limited_text
from governments.models import LocalGovernment
from strategies.models import Strategy
from versions.models import StrategyVersion

MIN_DAYS = 35  # art. 6 of the act on development policy: at least 35 days
REPORT_DAYS = 30  # the report within 30 days of the end

NAME_MAX = 200
ORGANISATION_MAX = 300
TEXT_MAX = NOTE


class ConsultationQuerySet(models.QuerySet):
    def for_government(self, government: LocalGovernment) -> "ConsultationQuerySet":
        return self.filter(strategy__government=government)

    def for_strategy(self, strategy: Strategy) -> "ConsultationQuerySet":
        return self.filter(strategy=strategy)

    def started(self, today: datetime.date | None = None) -> "ConsultationQuerySet":
        """Consultations that have begun: the public may see these, never planned ones."""
        return self.filter(starts_on__lte=today or timezone.localdate())


class Consultation(models.Model):
    class Status(models.TextChoices):
        PLANNED = "planned", pgettext_lazy("consultation", "planned")
        OPEN = "open", pgettext_lazy("consultation", "open for comments")
        CLOSED = "closed", pgettext_lazy("consultation", "closed")
        REPORT_PUBLISHED = "report_published", pgettext_lazy("consultation", "report published")

    strategy = models.ForeignKey(
        Strategy,
        verbose_name=_("strategy"),
        on_delete=models.CASCADE,
        related_name="consultations",
    )
    version = models.ForeignKey(
        StrategyVersion,
        verbose_name=_("version put to consultation"),
        on_delete=models.PROTECT,
        related_name="consultations",
    )
    title = models.CharField(_("title"), max_length=300)
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(
        _("last day"),
        help_text=_("Comments are accepted until the end of this day."),
    )
    announcement = limited_text(_("announcement"))
    how_to_participate = limited_text(_("how to take part"))
    report_introduction = limited_text(
        _("introduction to the report"),
        blank=True,
        help_text=_("Optional: what happened during the consultation, meetings held and so on."),
        limit=CHAPTER,
    )
    report_published_on = models.DateField(_("report published on"), null=True, blank=True)
    report_published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("report published by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = ConsultationQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")
        ordering = ["-starts_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gt=F("starts_on")), name="consultation_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        errors: dict[str, object] = {}
        if self.version_id and self.strategy_id and self.version.strategy_id != self.strategy_id:
            errors["version"] = _("The version must be a version of this strategy.")
        if self.starts_on and self.ends_on and (self.ends_on - self.starts_on).days < MIN_DAYS:
            errors["ends_on"] = _(
                "A consultation must last at least %(days)s days (Article 6 of the Act of "
                "6 December 2006 on the principles of development policy): end it on "
                "%(date)s or later."
            ) % {
                "days": MIN_DAYS,
                "date": (self.starts_on + datetime.timedelta(days=MIN_DAYS)).strftime("%d.%m.%Y"),
            }
        if errors:
            raise ValidationError(errors)

    # Status -------------------------------------------------------------------------------

    def status_on(self, day: datetime.date) -> str:
        if self.report_published_on is not None:
            return self.Status.REPORT_PUBLISHED
        if day < self.starts_on:
            return self.Status.PLANNED
        if day <= self.ends_on:
            return self.Status.OPEN
        return self.Status.CLOSED

    @property
    def status(self) -> str:
        return self.status_on(timezone.localdate())

    def get_status_display(self) -> str:
        return self.Status(self.status).label

    @property
    def is_open(self) -> bool:
        """Comments are accepted today."""
        return self.status == self.Status.OPEN

    @property
    def is_planned(self) -> bool:
        return self.status == self.Status.PLANNED

    @property
    def is_closed(self) -> bool:
        return self.status == self.Status.CLOSED

    @property
    def has_ended(self) -> bool:
        return timezone.localdate() > self.ends_on

    @property
    def report_deadline(self) -> datetime.date:
        return self.ends_on + datetime.timedelta(days=REPORT_DAYS)

    @property
    def report_overdue(self) -> bool:
        return self.report_published_on is None and timezone.localdate() > self.report_deadline

    @property
    def closes_at(self) -> datetime.datetime:
        """The first moment comments are no longer accepted (local midnight after the end)."""
        return timezone.make_aware(
            datetime.datetime.combine(self.ends_on + datetime.timedelta(days=1), datetime.time())
        )


class Invitation(models.Model):
    """An invited body (organ) asked for its opinion, with a personal link: only the
    SHA-256 digest of the token is kept; the link works until the consultation ends or
    it is revoked."""

    consultation = models.ForeignKey(
        Consultation,
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="invitations",
    )
    government = models.ForeignKey(
        LocalGovernment,
        verbose_name=_("local government"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consultation_invitations",
    )
    name = models.CharField(_("name of the body"), max_length=ORGANISATION_MAX)
    token_digest = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    history = HistoricalRecords(excluded_fields=["token_digest"])

    class Meta:
        verbose_name = _("invitation to give an opinion")
        verbose_name_plural = _("invitations to give an opinion")
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name

    @property
    def expires_at(self) -> datetime.datetime:
        return self.consultation.closes_at

    @property
    def works(self) -> bool:
        return self.revoked_at is None and timezone.now() < self.expires_at


def _text_field(label, *, blank: bool = True) -> models.TextField:
    return limited_text(label, blank=blank, limit=TEXT_MAX)


class CommentQuerySet(models.QuerySet):
    def visible(self) -> "CommentQuerySet":
        return self.filter(hidden_at__isnull=True)

    def public(self) -> "CommentQuerySet":
        """Comments of the public (not invited bodies' opinions) that are not hidden."""
        return self.visible().filter(invitation__isnull=True)


class Comment(models.Model):
    class Answer(models.TextChoices):
        # uwzględniona / częściowo uwzględniona / nieuwzględniona / nie dotyczy
        ACCEPTED = "accepted", pgettext_lazy("answer to a comment", "accepted")
        PARTLY = "partly", pgettext_lazy("answer to a comment", "partly accepted")
        REJECTED = "rejected", pgettext_lazy("answer to a comment", "rejected")
        NOT_APPLICABLE = "not_applicable", pgettext_lazy("answer to a comment", "not applicable")

    consultation = models.ForeignKey(
        Consultation,
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="comments",
    )
    number = models.PositiveIntegerField(_("number"))
    section = models.PositiveIntegerField(
        _("section"),
        null=True,
        blank=True,
        help_text=_("The top-level goal of the version (its id in the snapshot); none: the whole."),
    )
    invitation = models.ForeignKey(
        Invitation,
        verbose_name=_("invited body"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="comments",
    )
    author_name = models.CharField(_("name"), max_length=NAME_MAX)
    organisation = models.CharField(_("organisation"), max_length=ORGANISATION_MAX, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    text = _text_field(_("comment"), blank=False)
    proposed_wording = _text_field(_("proposed wording"))
    justification = _text_field(_("justification"))
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now)
    # A keyed hash of the client's address (core.client.address_hash), for the rate limit only.
    address_hash = models.CharField(max_length=64, blank=True, editable=False, db_index=True)

    hidden_at = models.DateTimeField(_("hidden"), null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("hidden by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hidden_reason = limited_text(_("reason for hiding"), blank=True, limit=TEXT_MAX)

    answer = models.CharField(_("answer"), max_length=20, choices=Answer.choices, blank=True)
    answer_reason = _text_field(_("reason for the answer"))
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = CommentQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["address_hash"])

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["consultation", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "number"], name="comment_number_once_per_consultation"
            ),
            models.CheckConstraint(
                condition=Q(hidden_at__isnull=True) | ~Q(hidden_reason=""),
                name="comment_hidden_with_reason",
            ),
        ]

    def __str__(self) -> str:
        return _("Comment %(number)s") % {"number": self.number}

    @property
    def is_hidden(self) -> bool:
        return self.hidden_at is not None

    @property
    def is_opinion(self) -> bool:
        return self.invitation_id is not None

    def clean(self) -> None:
        errors: dict[str, object] = {}
        if self.hidden_at is not None and not self.hidden_reason.strip():
            errors["hidden_reason"] = _("Give the reason for hiding the comment.")
        if self.answer and self.answer != self.Answer.ACCEPTED and not self.answer_reason.strip():
            errors["answer_reason"] = _("Give the reason: it is required unless accepted.")
        if errors:
            raise ValidationError(errors)

"""Strategic workshops (issue 6): a meeting of the strategy's partners with two tools the
participants use on their own phones through a short link, without accounts: prioritising
problems (points or a ranking) and a SWOT board. What comes out of them can be turned into
goals and actions of the strategy; the rows remember which goal or action they became."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.fields import NOTE, limited_text
from strategies.models import Action, Goal, Strategy

MAX_BUDGET = 100
MAX_CODES = 500  # one-time participant codes per workshop: more than any room, few to print


class WorkshopQuerySet(models.QuerySet):
    def for_government(self, government) -> "WorkshopQuerySet":
        return self.filter(strategy__government=government)


class Workshop(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("in preparation")
        OPEN = "open", _("open")
        CLOSED = "closed", _("closed")

    class Mode(models.TextChoices):
        POINTS = "points", _("distributing points")
        RANKING = "ranking", _("ranking")

    strategy = models.ForeignKey(
        Strategy, verbose_name=_("strategy"), on_delete=models.CASCADE, related_name="workshops"
    )
    title = models.CharField(_("title"), max_length=300)
    date = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=300, blank=True)
    participants = limited_text(
        _("participants"),
        blank=True,
        help_text=_("Who takes part: institutions, organisations, residents."),
        limit=NOTE,
    )
    participants_count = models.PositiveIntegerField(
        _("number of participants"), null=True, blank=True
    )
    area = models.ForeignKey(
        Goal,
        verbose_name=_("area"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="workshops",
        help_text=_("The area of the strategy the workshop works on; none for the whole."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    mode = models.CharField(
        _("way of prioritising"), max_length=10, choices=Mode.choices, default=Mode.POINTS
    )
    budget = models.PositiveSmallIntegerField(
        _("points per participant"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_BUDGET)],
    )
    requires_codes = models.BooleanField(
        _("one-time participant codes"),
        default=False,
        help_text=_(
            "Each participant gets a printed code that admits one ballot: choose it when "
            "every vote must count once. Without codes, one network (such as the room's "
            "Wi-Fi) may cast at most as many ballots as the number of participants."
        ),
    )
    # The links are derived from this secret and the installation's HMAC key (workshops.tokens);
    # only their SHA-256 digests are kept, for looking a link up.
    link_salt = models.CharField(max_length=32, editable=False)
    # The one-time codes likewise (made with the first codes); only keyed hashes are kept.
    code_salt = models.CharField(max_length=32, editable=False, blank=True)
    participant_digest = models.CharField(max_length=64, unique=True, editable=False)
    projector_digest = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = WorkshopQuerySet.as_manager()
    history = HistoricalRecords(
        excluded_fields=["link_salt", "participant_digest", "projector_digest", "code_salt"]
    )

    class Meta:
        verbose_name = _("workshop")
        verbose_name_plural = _("workshops")
        ordering = ["-date", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(budget__gte=1) & Q(budget__lte=MAX_BUDGET),
                name="workshop_budget_range",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if self.area_id and self.strategy_id:
            if self.area.strategy_id != self.strategy_id:
                raise ValidationError({"area": _("The area belongs to another strategy.")})
            if self.area.depth != 1:
                raise ValidationError({"area": _("Choose an element of the top level.")})

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN

    @property
    def is_closed(self) -> bool:
        return self.status == self.Status.CLOSED


class WorkshopProblem(models.Model):
    """A problem to prioritise: loaded from the diagnosis or typed in by the coordinator."""

    workshop = models.ForeignKey(
        Workshop, verbose_name=_("workshop"), on_delete=models.CASCADE, related_name="problems"
    )
    position = models.PositiveIntegerField(_("position"), default=0)
    title = models.CharField(_("problem"), max_length=300)
    problem = models.ForeignKey(
        "diagnosis.Problem",
        verbose_name=_("problem of the diagnosis"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="workshop_items",
    )
    goal = models.ForeignKey(
        Goal,
        verbose_name=_("goal made of it"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="workshop_problems",
    )
    action = models.ForeignKey(
        Action,
        verbose_name=_("action made of it"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="workshop_problems",
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("problem to prioritise")
        verbose_name_plural = _("problems to prioritise")
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["workshop", "problem"],
                condition=Q(problem__isnull=False),
                name="workshop_problem_once",
            )
        ]

    def __str__(self) -> str:
        return self.title


class ParticipantCode(models.Model):
    """A one-time code printed on a card for one participant of a workshop that requires
    codes: it admits one ballot. Only its keyed hash is stored; the card's text is derived
    again from the workshop's ``code_salt`` and the number (workshops.tokens)."""

    workshop = models.ForeignKey(
        Workshop, verbose_name=_("workshop"), on_delete=models.CASCADE, related_name="codes"
    )
    number = models.PositiveIntegerField(_("number"))
    digest = models.CharField(max_length=64, editable=False)
    created_at = models.DateTimeField(_("made"), auto_now_add=True)

    class Meta:
        verbose_name = _("participant code")
        verbose_name_plural = _("participant codes")
        ordering = ["workshop", "number"]
        constraints = [
            models.UniqueConstraint(fields=["workshop", "number"], name="code_number_once"),
            models.UniqueConstraint(fields=["workshop", "digest"], name="code_once"),
        ]

    def __str__(self) -> str:
        return f"{self.workshop} #{self.number}"


class Ballot(models.Model):
    """One participant's vote in one workshop. The participant is an anonymous id kept in a
    signed cookie of their phone; only its digest is stored. Voting again replaces it.
    In a workshop that requires codes, a ballot is admitted by one code, and a code admits
    one ballot (the one-to-one key); without codes, new ballots from one address are
    capped (services.ballot_cast), counted by ``address_hash``."""

    workshop = models.ForeignKey(
        Workshop, verbose_name=_("workshop"), on_delete=models.CASCADE, related_name="ballots"
    )
    participant = models.CharField(max_length=64)
    code = models.OneToOneField(
        ParticipantCode,
        verbose_name=_("participant code"),
        null=True,
        blank=True,
        on_delete=models.RESTRICT,  # a used code stays; both go with their workshop
        related_name="ballot",
    )
    # A keyed hash of the client's address (core.client.address_hash), for the
    # cap on ballots from one address only.
    address_hash = models.CharField(max_length=64, blank=True, editable=False)
    created_at = models.DateTimeField(_("cast"), auto_now_add=True)
    updated_at = models.DateTimeField(_("changed"), auto_now=True)

    class Meta:
        verbose_name = _("ballot")
        verbose_name_plural = _("ballots")
        constraints = [
            models.UniqueConstraint(
                fields=["workshop", "participant"], name="one_ballot_per_participant"
            )
        ]
        indexes = [
            models.Index(
                fields=["workshop", "address_hash", "created_at"], name="ballots_of_an_address"
            )
        ]

    def __str__(self) -> str:
        return f"{self.workshop} #{self.pk}"


class BallotScore(models.Model):
    """What one ballot gives one problem: points, or a place in the ranking turned into
    points (first of n places gets n points, the last one 1: a Borda count)."""

    ballot = models.ForeignKey(
        Ballot, verbose_name=_("ballot"), on_delete=models.CASCADE, related_name="scores"
    )
    item = models.ForeignKey(
        WorkshopProblem, verbose_name=_("problem"), on_delete=models.CASCADE, related_name="scores"
    )
    points = models.PositiveSmallIntegerField(_("points"))
    rank = models.PositiveSmallIntegerField(_("place"), null=True, blank=True)

    class Meta:
        verbose_name = _("score")
        verbose_name_plural = _("scores")
        constraints = [
            models.UniqueConstraint(fields=["ballot", "item"], name="one_score_per_problem"),
            models.CheckConstraint(
                condition=Q(rank__isnull=True) | Q(rank__gte=1), name="rank_from_one"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.item}: {self.points}"


class SwotEntry(models.Model):
    class Quadrant(models.TextChoices):
        STRENGTH = "strength", _("Strengths")
        WEAKNESS = "weakness", _("Weaknesses")
        OPPORTUNITY = "opportunity", _("Opportunities")
        THREAT = "threat", _("Threats")

    workshop = models.ForeignKey(
        Workshop, verbose_name=_("workshop"), on_delete=models.CASCADE, related_name="swot_entries"
    )
    quadrant = models.CharField(_("part of the SWOT"), max_length=12, choices=Quadrant.choices)
    text = models.CharField(_("entry"), max_length=300)
    participant = models.CharField(max_length=64, blank=True)
    hidden = models.BooleanField(_("hidden by the coordinator"), default=False)
    created_at = models.DateTimeField(_("added"), auto_now_add=True)
    goal = models.ForeignKey(
        Goal,
        verbose_name=_("goal made of it"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="swot_entries",
    )
    action = models.ForeignKey(
        Action,
        verbose_name=_("action made of it"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="swot_entries",
    )

    class Meta:
        verbose_name = _("SWOT entry")
        verbose_name_plural = _("SWOT entries")
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["workshop", "quadrant"])]

    def __str__(self) -> str:
        return self.text

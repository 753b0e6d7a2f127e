"""A strategy and its hierarchy: levels, goals, actions (the leaves) and indicators.

Goals form an adjacency list (parent + position) within one strategy; the last level of a
strategy is the action level, so a strategy of depth N has goals on levels 1..N-1 and actions
under the goals of level N-1. Numbering (1, 1.1, 1.1.1) is computed, never stored.
``strategy`` is kept on goals, actions and indicators so that every row is scoped to one
local government with one join, and history can be listed per strategy.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.fields import CHAPTER, limited_text
from governments.models import Institution, LocalGovernment

MIN_LEVELS = 2
MAX_LEVELS = 4
YEAR_VALIDATORS = [MinValueValidator(1990), MaxValueValidator(2100)]


class StrategyQuerySet(models.QuerySet):
    def for_government(self, government: LocalGovernment) -> "StrategyQuerySet":
        return self.filter(government=government)

    def with_counts(self) -> "StrategyQuerySet":
        """Numbers of actions and indicators, as two subqueries (a join would multiply)."""

        def count(model: type[models.Model]) -> models.Subquery:
            rows = (
                model.objects.filter(strategy=models.OuterRef("pk"))
                .order_by()
                .values("strategy")
                .annotate(n=models.Count("pk"))
                .values("n")
            )
            return Coalesce(models.Subquery(rows), 0)

        return self.annotate(action_count=count(Action), indicator_count=count(Indicator))


class Strategy(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        CONSULTATION = "consultation", _("in consultation")
        ADOPTED = "adopted", _("adopted")
        EXPIRED = "expired", _("expired")

    government = models.ForeignKey(
        LocalGovernment,
        verbose_name=_("local government"),
        on_delete=models.CASCADE,
        related_name="strategies",
    )
    title = models.CharField(_("title"), max_length=300)
    year_from = models.PositiveSmallIntegerField(_("first year"), validators=YEAR_VALIDATORS)
    year_to = models.PositiveSmallIntegerField(_("last year"), validators=YEAR_VALIDATORS)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    resolution_number = models.CharField(_("resolution number"), max_length=100, blank=True)
    resolution_date = models.DateField(_("resolution date"), null=True, blank=True)
    mission = limited_text(_("mission"), blank=True)
    vision = limited_text(_("vision"), blank=True)
    # The chapters of the strategy document that are prose (documents/builders/strategy.py);
    # left empty, the document uses a standard text made from the strategy's own data.
    introduction = limited_text(_("introduction"), blank=True, limit=CHAPTER)
    legal_basis = limited_text(_("legal basis"), blank=True, limit=CHAPTER)
    implementation_system = limited_text(_("implementation system"), blank=True, limit=CHAPTER)
    monitoring_system = limited_text(
        _("monitoring and evaluation system"), blank=True, limit=CHAPTER
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = StrategyQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("strategy")
        verbose_name_plural = _("strategies")
        ordering = ["-year_from", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(year_to__gte=F("year_from")), name="strategy_period_ordered"
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.year_from}–{self.year_to})"

    def clean(self) -> None:
        if self.year_from and self.year_to and self.year_to < self.year_from:
            raise ValidationError(
                {"year_to": _("The last year cannot be earlier than the first year.")}
            )
        if self.year_from and self.year_to and self.year_to - self.year_from > 30:
            raise ValidationError({"year_to": _("A strategy cannot last more than 30 years.")})
        if self.status == self.Status.ADOPTED and not (
            self.resolution_number and self.resolution_date
        ):
            raise ValidationError(
                _("An adopted strategy needs the number and date of the council resolution.")
            )

    @property
    def years(self) -> range:
        return range(self.year_from, self.year_to + 1)

    @property
    def is_adopted(self) -> bool:
        return self.status in {self.Status.ADOPTED, self.Status.EXPIRED}

    @property
    def is_draft(self) -> bool:
        """Not adopted yet (a draft, or a draft in consultation): what may be adopted, and
        whose documents and public pages say "PROJEKT"."""
        return self.status in {self.Status.DRAFT, self.Status.CONSULTATION}


class Level(models.Model):
    """The name of one level of a strategy's hierarchy; the deepest level holds actions."""

    strategy = models.ForeignKey(
        Strategy, verbose_name=_("strategy"), on_delete=models.CASCADE, related_name="levels"
    )
    depth = models.PositiveSmallIntegerField(
        _("depth"), validators=[MinValueValidator(1), MaxValueValidator(MAX_LEVELS)]
    )
    name = models.CharField(_("name"), max_length=100)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("level")
        verbose_name_plural = _("levels")
        ordering = ["strategy", "depth"]
        constraints = [
            models.UniqueConstraint(fields=["strategy", "depth"], name="level_unique_depth")
        ]

    def __str__(self) -> str:
        return self.name


class Goal(models.Model):
    """An area, strategic goal or operational goal: any level above the actions."""

    strategy = models.ForeignKey(
        Strategy, verbose_name=_("strategy"), on_delete=models.CASCADE, related_name="goals"
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent element"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
    )
    depth = models.PositiveSmallIntegerField(
        _("level"), validators=[MinValueValidator(1), MaxValueValidator(MAX_LEVELS - 1)]
    )
    position = models.PositiveIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=500)
    description = limited_text(_("description"), blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("goal")
        verbose_name_plural = _("goals")
        ordering = ["position", "id"]
        indexes = [models.Index(fields=["strategy", "parent", "position"])]
        constraints = [
            models.CheckConstraint(
                condition=(Q(depth=1) & Q(parent__isnull=True))
                | (Q(depth__gt=1) & Q(parent__isnull=False)),
                name="goal_depth_matches_parent",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if self.parent_id:
            if self.parent.strategy_id != self.strategy_id:
                raise ValidationError(
                    {"parent": _("The parent element belongs to another strategy.")}
                )
            if self.depth != self.parent.depth + 1:
                raise ValidationError({"depth": _("The level must be one below the parent's.")})


class FinancingSourceQuerySet(models.QuerySet):
    def for_government(self, government: LocalGovernment) -> "FinancingSourceQuerySet":
        return self.filter(government=government)


class FinancingSource(models.Model):
    """A source of money for actions: the gmina's budget, PFRON, EU funds…"""

    class Kind(models.TextChoices):
        GMINA_BUDGET = "gmina_budget", _("gmina budget")
        POWIAT_BUDGET = "powiat_budget", _("powiat budget")
        VOIVODESHIP_BUDGET = "voivodeship_budget", _("voivodeship budget")
        STATE_BUDGET = "state_budget", _("state budget")
        PFRON = "pfron", _("PFRON")
        EU_FUNDS = "eu_funds", _("EU funds")
        NGO = "ngo", _("non-governmental organisations")
        OTHER = "other", _("other")

    government = models.ForeignKey(
        LocalGovernment,
        verbose_name=_("local government"),
        on_delete=models.CASCADE,
        related_name="financing_sources",
    )
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices, default=Kind.OTHER)
    position = models.PositiveIntegerField(_("position"), default=0)

    objects = FinancingSourceQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("financing source")
        verbose_name_plural = _("financing sources")
        ordering = ["position", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["government", "name"], name="financing_source_unique_name"
            )
        ]

    def __str__(self) -> str:
        return self.name


class Priority(models.TextChoices):
    LOW = "low", _("less important")
    IMPORTANT = "important", _("important")
    VERY_IMPORTANT = "very_important", _("very important")


class ActionQuerySet(models.QuerySet):
    def for_government(self, government: LocalGovernment) -> "ActionQuerySet":
        return self.filter(strategy__government=government)

    def covering_year(self, year: int) -> "ActionQuerySet":
        return self.filter(Q(is_continuous=True) | (Q(year_from__lte=year) & Q(year_to__gte=year)))


class Action(models.Model):
    """A direction of action or task: a leaf of the hierarchy, carried out by institutions."""

    strategy = models.ForeignKey(
        Strategy, verbose_name=_("strategy"), on_delete=models.CASCADE, related_name="actions"
    )
    goal = models.ForeignKey(
        Goal, verbose_name=_("goal"), on_delete=models.CASCADE, related_name="actions"
    )
    position = models.PositiveIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=1000)
    description = limited_text(_("description"), blank=True)
    is_continuous = models.BooleanField(
        _("continuous work"),
        default=False,
        help_text=_("Carried out throughout the strategy's period (praca ciągła)."),
    )
    year_from = models.PositiveSmallIntegerField(
        _("from year"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    year_to = models.PositiveSmallIntegerField(
        _("to year"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    institutions = models.ManyToManyField(
        Institution, through="ActionParticipant", related_name="actions", blank=True
    )

    objects = ActionQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("action")
        verbose_name_plural = _("actions")
        ordering = ["position", "id"]
        indexes = [models.Index(fields=["strategy", "goal", "position"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(is_continuous=True)
                | (
                    Q(year_from__isnull=False)
                    & Q(year_to__isnull=False)
                    & Q(year_to__gte=F("year_from"))
                ),
                name="action_period_set",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        errors: dict[str, object] = {}
        if not self.is_continuous:
            if self.year_from is None:
                errors["year_from"] = _("Give the first year or mark the action as continuous.")
            if self.year_to is None:
                errors["year_to"] = _("Give the last year or mark the action as continuous.")
        if self.year_from and self.year_to and self.year_to < self.year_from:
            errors["year_to"] = _("The last year cannot be earlier than the first year.")
        strategy = self.strategy if self.strategy_id else None
        if strategy:
            for field in ("year_from", "year_to"):
                value = getattr(self, field)
                if value and field not in errors and value not in strategy.years:
                    errors[field] = _(
                        "The year must fall within the strategy's period (%(first)s–%(last)s)."
                    ) % {"first": strategy.year_from, "last": strategy.year_to}
        if self.goal_id and self.strategy_id and self.goal.strategy_id != self.strategy_id:
            errors["goal"] = _("The goal belongs to another strategy.")
        if errors:
            raise ValidationError(errors)

    def covers_year(self, year: int) -> bool:
        if self.is_continuous:
            return self.strategy.year_from <= year <= self.strategy.year_to
        return bool(self.year_from and self.year_to and self.year_from <= year <= self.year_to)

    # selectors.load_actions fills these lists once, so that a page of 300 actions does not
    # clone a related manager's queryset for every cell; without it they read the database.
    def _participant_rows(self) -> list["ActionParticipant"]:
        cached = getattr(self, "participant_list", None)
        return cached if cached is not None else list(self.participants.all())

    def implementers(self) -> list["ActionParticipant"]:
        return [p for p in self._participant_rows() if p.role == ActionParticipant.Role.IMPLEMENTER]

    def partners(self) -> list["ActionParticipant"]:
        return [p for p in self._participant_rows() if p.role == ActionParticipant.Role.PARTNER]

    def financing(self) -> list["ActionFunding"]:
        cached = getattr(self, "funding_list", None)
        return cached if cached is not None else list(self.fundings.all())

    def priorities_by_year(self) -> dict[int, str]:
        cached = getattr(self, "priority_map", None)
        if cached is None:
            cached = {p.year: p.priority for p in self.priorities.all()}
        return cached


class ActionParticipant(models.Model):
    """An institution responsible for an action (implementer) or supporting it (partner)."""

    class Role(models.TextChoices):
        IMPLEMENTER = "implementer", _("implementer")
        PARTNER = "partner", _("partner")

    action = models.ForeignKey(
        Action, verbose_name=_("action"), on_delete=models.CASCADE, related_name="participants"
    )
    institution = models.ForeignKey(
        Institution,
        verbose_name=_("institution"),
        on_delete=models.PROTECT,
        related_name="action_roles",
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    position = models.PositiveIntegerField(_("position"), default=0)
    history = HistoricalRecords()

    history_label_fields = ("institution", "role")

    class Meta:
        verbose_name = _("action participant")
        verbose_name_plural = _("action participants")
        ordering = ["role", "position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["action", "institution"], name="participant_once_per_action"
            )
        ]

    def __str__(self) -> str:
        return f"{self.institution} ({self.get_role_display()})"

    def clean(self) -> None:
        if (
            self.institution_id
            and self.action_id
            and self.institution.government_id != self.action.strategy.government_id
        ):
            raise ValidationError(
                {"institution": _("The institution belongs to another local government.")}
            )


class ActionFunding(models.Model):
    """A financing source of an action, with optional planned amounts per year."""

    action = models.ForeignKey(
        Action, verbose_name=_("action"), on_delete=models.CASCADE, related_name="fundings"
    )
    source = models.ForeignKey(
        FinancingSource,
        verbose_name=_("financing source"),
        on_delete=models.PROTECT,
        related_name="fundings",
    )
    position = models.PositiveIntegerField(_("position"), default=0)
    history = HistoricalRecords()

    history_label_fields = ("source",)

    class Meta:
        verbose_name = _("action financing")
        verbose_name_plural = _("action financing")
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["action", "source"], name="funding_once_per_action")
        ]

    def __str__(self) -> str:
        return str(self.source)

    def clean(self) -> None:
        if (
            self.source_id
            and self.action_id
            and self.source.government_id != self.action.strategy.government_id
        ):
            raise ValidationError(
                {"source": _("The financing source belongs to another local government.")}
            )

    def amount_in(self, year: int) -> Decimal | None:
        for amount in self.amounts.all():
            if amount.year == year:
                return amount.amount
        return None


class PlannedAmount(models.Model):
    """Money planned for an action from one source in one year (the financial framework)."""

    funding = models.ForeignKey(
        ActionFunding,
        verbose_name=_("action financing"),
        on_delete=models.CASCADE,
        related_name="amounts",
    )
    year = models.PositiveSmallIntegerField(_("year"), validators=YEAR_VALIDATORS)
    amount = models.DecimalField(
        _("amount (PLN)"),
        max_digits=14,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0"))],
    )
    history = HistoricalRecords()

    history_label_fields = ("year", "amount")

    class Meta:
        verbose_name = _("planned amount")
        verbose_name_plural = _("planned amounts")
        ordering = ["year"]
        constraints = [
            models.UniqueConstraint(fields=["funding", "year"], name="planned_amount_once_a_year"),
            models.CheckConstraint(condition=Q(amount__gte=0), name="planned_amount_not_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.year}: {self.amount}"


class ActionPriority(models.Model):
    action = models.ForeignKey(
        Action, verbose_name=_("action"), on_delete=models.CASCADE, related_name="priorities"
    )
    year = models.PositiveSmallIntegerField(_("year"), validators=YEAR_VALIDATORS)
    priority = models.CharField(_("priority"), max_length=20, choices=Priority.choices)
    history = HistoricalRecords()

    history_label_fields = ("year", "priority")

    class Meta:
        verbose_name = _("priority in a year")
        verbose_name_plural = _("priorities by year")
        ordering = ["year"]
        constraints = [
            models.UniqueConstraint(fields=["action", "year"], name="priority_once_a_year")
        ]

    def __str__(self) -> str:
        return f"{self.year}: {self.get_priority_display()}"


class IndicatorQuerySet(models.QuerySet):
    def for_government(self, government: LocalGovernment) -> "IndicatorQuerySet":
        return self.filter(strategy__government=government)


class Indicator(models.Model):
    """A wskaźnik realizacji attached to a goal or to an action."""

    class Direction(models.TextChoices):
        UP = "up", _("higher is better")
        DOWN = "down", _("lower is better")
        KEEP = "keep", _("keep the level")

    class Frequency(models.TextChoices):
        YEARLY = "yearly", _("yearly")
        HALF_YEARLY = "half_yearly", _("every half-year")
        QUARTERLY = "quarterly", _("quarterly")
        MONTHLY = "monthly", _("monthly")
        ONCE = "once", _("once, at the end")

    strategy = models.ForeignKey(
        Strategy, verbose_name=_("strategy"), on_delete=models.CASCADE, related_name="indicators"
    )
    goal = models.ForeignKey(
        Goal,
        verbose_name=_("goal"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="indicators",
    )
    action = models.ForeignKey(
        Action,
        verbose_name=_("action"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="indicators",
    )
    position = models.PositiveIntegerField(_("position"), default=0)
    name = models.CharField(_("name"), max_length=500)
    unit = models.CharField(_("unit"), max_length=50, help_text=_("For example: persons, %, PLN."))
    baseline_value = models.DecimalField(
        _("baseline value"), max_digits=16, decimal_places=4, null=True, blank=True
    )
    baseline_year = models.PositiveSmallIntegerField(
        _("baseline year"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    target_value = models.DecimalField(
        _("target value"), max_digits=16, decimal_places=4, null=True, blank=True
    )
    target_year = models.PositiveSmallIntegerField(
        _("target year"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    target_description = models.CharField(
        _("target in words"),
        max_length=500,
        blank=True,
        help_text=_("For example: at least 30 children attend the day-care centre."),
    )
    direction = models.CharField(
        _("direction"), max_length=10, choices=Direction.choices, default=Direction.UP
    )
    frequency = models.CharField(
        _("measurement frequency"),
        max_length=20,
        choices=Frequency.choices,
        default=Frequency.YEARLY,
    )
    data_source = models.CharField(_("data source"), max_length=300, blank=True)
    responsible = models.ForeignKey(
        Institution,
        verbose_name=_("responsible institution"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="indicators",
    )

    objects = IndicatorQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["position", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(goal__isnull=False) & Q(action__isnull=True))
                | (Q(goal__isnull=True) & Q(action__isnull=False)),
                name="indicator_on_goal_or_action",
            ),
            models.CheckConstraint(
                condition=Q(target_year__isnull=True)
                | Q(baseline_year__isnull=True)
                | Q(target_year__gte=F("baseline_year")),
                name="indicator_target_after_baseline",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        errors: dict[str, object] = {}
        if self.baseline_year and self.target_year and self.target_year < self.baseline_year:
            errors["target_year"] = _("The target year cannot be earlier than the baseline year.")
        if self.baseline_value is not None and not self.baseline_year:
            errors["baseline_year"] = _("Give the year of the baseline value.")
        if self.target_value is not None and not self.target_year:
            errors["target_year"] = _("Give the year by which the target is to be reached.")
        if self.strategy_id and self.target_year and "target_year" not in errors:
            strategy = self.strategy
            if not strategy.year_from <= self.target_year <= strategy.year_to:
                errors["target_year"] = _(
                    "The target year must fall within the strategy's period (%(first)s–%(last)s)."
                ) % {"first": strategy.year_from, "last": strategy.year_to}
        if bool(self.goal_id) == bool(self.action_id):
            errors["__all__"] = _("An indicator belongs to exactly one goal or action.")
        owner = self.action if self.action_id else (self.goal if self.goal_id else None)
        if owner is not None and self.strategy_id and owner.strategy_id != self.strategy_id:
            errors["__all__"] = _("The goal or action belongs to another strategy.")
        if (
            self.responsible_id
            and self.strategy_id
            and self.responsible.government_id != self.strategy.government_id
        ):
            errors["responsible"] = _("The institution belongs to another local government.")
        if errors:
            raise ValidationError(errors)

    @property
    def owner(self) -> "Goal | Action":
        return self.action if self.action_id else self.goal


class IndicatorMilestone(models.Model):
    """A planned value of an indicator for one year between its baseline and target."""

    indicator = models.ForeignKey(
        Indicator, verbose_name=_("indicator"), on_delete=models.CASCADE, related_name="milestones"
    )
    year = models.PositiveSmallIntegerField(_("year"), validators=YEAR_VALIDATORS)
    value = models.DecimalField(_("planned value"), max_digits=16, decimal_places=4)
    history = HistoricalRecords()

    history_label_fields = ("year", "value")

    class Meta:
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        ordering = ["year"]
        constraints = [
            models.UniqueConstraint(fields=["indicator", "year"], name="milestone_once_a_year")
        ]

    def __str__(self) -> str:
        return f"{self.year}: {self.value}"


class IndicatorValue(models.Model):
    """A measured value of an indicator for one year."""

    indicator = models.ForeignKey(
        Indicator, verbose_name=_("indicator"), on_delete=models.CASCADE, related_name="values"
    )
    year = models.PositiveSmallIntegerField(_("year"), validators=YEAR_VALIDATORS)
    value = models.DecimalField(_("value"), max_digits=16, decimal_places=4)
    note = models.CharField(_("note"), max_length=500, blank=True)
    history = HistoricalRecords()

    history_label_fields = ("year", "value")

    class Meta:
        verbose_name = _("indicator value")
        verbose_name_plural = _("indicator values")
        ordering = ["year"]
        constraints = [
            models.UniqueConstraint(fields=["indicator", "year"], name="value_once_a_year")
        ]

    def __str__(self) -> str:
        return f"{self.year}: {self.value}"

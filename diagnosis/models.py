"""Public statistics for the diagnosis: Poland's territorial units as the BDL knows them."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.fields import CHAPTER, NOTE, limited_text

from .catalogue import LOCAL_FIGURES
from .formulas import parse


class TerritorialUnit(models.Model):
    """A unit of Statistics Poland's Local Data Bank (BDL), identified by its 12-character id.

    The id encodes the TERYT code: voivodeship id[2:4], powiat id[7:9], gmina id[9:11] and
    kind id[11]; ``teryt`` keeps the code of the unit's own level (2, 4 or 7 digits).
    """

    class Level(models.IntegerChoices):
        POLAND = 0, _("Poland")
        MACROREGION = 1, _("macroregion")
        VOIVODESHIP = 2, _("voivodeship")
        REGION = 3, _("region")
        SUBREGION = 4, _("subregion")
        POWIAT = 5, _("powiat")
        GMINA = 6, _("gmina")
        LOCALITY = 7, _("statistical locality")

    class Kind(models.TextChoices):
        URBAN = "1", _("urban gmina")
        RURAL = "2", _("rural gmina")
        URBAN_RURAL = "3", _("urban-rural gmina")
        TOWN_PART = "4", _("town in an urban-rural gmina")
        RURAL_PART = "5", _("rural area of an urban-rural gmina")
        CITY_DISTRICT = "8", _("city district")
        CITY_DISTRICT_WARSAW = "9", _("district of a city with powiat rights")

    bdl_id = models.CharField(_("BDL unit id"), max_length=12, unique=True)
    name = models.CharField(_("name"), max_length=200)
    level = models.PositiveSmallIntegerField(_("level"), choices=Level.choices)
    kind = models.CharField(_("kind"), max_length=1, blank=True, choices=Kind.choices)
    teryt = models.CharField(_("TERYT code"), max_length=7, blank=True, db_index=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )
    synthetic = models.BooleanField(
        _("synthetic"),
        default=False,
        help_text=_("A made-up unit of the demonstration, with made-up figures."),
    )
    refreshed_at = models.DateTimeField(_("refreshed"), auto_now=True)

    class Meta:
        verbose_name = _("territorial unit")
        verbose_name_plural = _("territorial units")
        ordering = ["bdl_id"]
        indexes = [models.Index(fields=["level", "kind"])]

    def __str__(self) -> str:
        return f"{self.name} ({self.bdl_id})"

    @property
    def is_whole_gmina(self) -> bool:
        """Level-6 lists mix whole gminy (kinds 1–3) with their parts and city districts."""
        return self.level == self.Level.GMINA and self.kind in {"1", "2", "3"}


def teryt_from_bdl_id(bdl_id: str, level: int) -> str:
    """The TERYT code of a unit at its own level: 2 digits for a voivodeship, 4 for a powiat,
    7 (TERC) for a gmina; empty for the levels TERYT does not have."""
    if len(bdl_id) != 12 or not bdl_id.isdigit():
        return ""
    if level == TerritorialUnit.Level.VOIVODESHIP:
        return bdl_id[2:4]
    if level == TerritorialUnit.Level.POWIAT:
        return bdl_id[2:4] + bdl_id[7:9]
    if level == TerritorialUnit.Level.GMINA:
        return bdl_id[2:4] + bdl_id[7:12]
    return ""


class Variable(models.Model):
    """A BDL variable (zmienna), e.g. 72305 population total."""

    bdl_id = models.PositiveIntegerField(_("BDL variable id"), unique=True)
    name = models.CharField(_("name"), max_length=500)
    measure_unit = models.CharField(_("unit of measure"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("statistical variable")
        verbose_name_plural = _("statistical variables")
        ordering = ["bdl_id"]

    def __str__(self) -> str:
        return f"{self.bdl_id} {self.name}"


class Observation(models.Model):
    """One value of one variable for one unit and year: the national-scale table.

    ``value`` is None where the BDL marks the figure missing or confidential (attrId 0, 4,
    14, 15, 50): such a figure is not a zero. attrId 94 is a real zero.

    Written only by ``services.observations_store``, which checks the variables and units
    exist, once for a whole batch: the database keeps no foreign key constraints here, whose
    check for every row took half the time of a national load (docs/performance.md).
    Deleting a variable or unit still deletes its observations (Django's CASCADE). The
    unique constraint, led by the variable, serves the variable's index as well.
    """

    MISSING_ATTRIBUTES = frozenset({0, 4, 14, 15, 50})

    variable = models.ForeignKey(
        Variable,
        on_delete=models.CASCADE,
        related_name="observations",
        db_constraint=False,
        db_index=False,
    )
    unit = models.ForeignKey(
        TerritorialUnit, on_delete=models.CASCADE, related_name="observations", db_constraint=False
    )
    year = models.PositiveSmallIntegerField(_("year"))
    value = models.FloatField(_("value"), null=True, blank=True)
    attribute = models.PositiveSmallIntegerField(_("BDL attribute"), default=1)

    class Meta:
        verbose_name = _("observation")
        verbose_name_plural = _("observations")
        constraints = [
            models.UniqueConstraint(
                fields=["variable", "unit", "year"], name="observation_once_per_unit_year"
            )
        ]

    def __str__(self) -> str:
        return f"{self.variable_id}/{self.unit_id}/{self.year}: {self.value}"


class StatisticsUpload(models.Model):
    """A file of statistics a local government sent (exported from the BDL website): its
    values form that government's own layer (OwnObservation), read by its diagnosis only,
    over the shared figures. Who sent which file, and when, stays on record (also after
    the upload is deleted: history)."""

    government = models.ForeignKey(
        "governments.LocalGovernment",
        verbose_name=_("local government"),
        on_delete=models.CASCADE,
        related_name="statistics_uploads",
    )
    variable_bdl_id = models.PositiveIntegerField(_("BDL variable id"))
    variable_name = models.CharField(_("name of the variable"), max_length=500)
    measure_unit = models.CharField(_("unit of measure"), max_length=100, blank=True)
    series = models.CharField(_("series"), max_length=500, blank=True)
    file_name = models.CharField(_("file"), max_length=255)
    file_sha256 = models.CharField(_("SHA-256 of the file"), max_length=64)
    file_size = models.PositiveIntegerField(_("size in bytes"))
    value_count = models.PositiveIntegerField(_("values"), default=0)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("sent"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("statistics file")
        verbose_name_plural = _("statistics files")
        ordering = ["-uploaded_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.variable_bdl_id})"


class OwnObservation(models.Model):
    """A value from a local government's own statistics file. Only that government's pages
    and documents read it, in place of the shared Observation of the same variable, unit and
    year: a file sent by one government never changes what another one sees. The newest
    file of a variable wins where two files hold the same unit and year."""

    upload = models.ForeignKey(
        StatisticsUpload, on_delete=models.CASCADE, related_name="observations"
    )
    government = models.ForeignKey(
        "governments.LocalGovernment", on_delete=models.CASCADE, related_name="+"
    )
    variable_bdl_id = models.PositiveIntegerField(_("BDL variable id"))
    unit = models.ForeignKey(TerritorialUnit, on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField(_("year"))
    value = models.FloatField(_("value"), null=True, blank=True)
    attribute = models.PositiveSmallIntegerField(_("BDL attribute"), default=1)

    class Meta:
        verbose_name = _("own statistics value")
        verbose_name_plural = _("own statistics values")
        constraints = [
            models.UniqueConstraint(
                fields=["government", "variable_bdl_id", "unit", "year"],
                name="own_observation_once_per_unit_year",
            )
        ]

    def __str__(self) -> str:
        return f"{self.government_id}: {self.variable_bdl_id}/{self.unit_id}/{self.year}"


class ImportJobQuerySet(models.QuerySet):
    def for_government(self, government) -> "ImportJobQuerySet":
        return self.filter(government=government)

    def with_progress(self) -> "ImportJobQuerySet":
        """Count the tasks done and all tasks in the same query (read by ``progress``)."""
        return self.annotate(
            tasks_done=models.Count("tasks", filter=models.Q(tasks__done=True)),
            tasks_total=models.Count("tasks"),
            tasks_records=models.Sum("tasks__records"),
        )


class ImportJob(models.Model):
    """A request to fetch variables and years; it is split into tasks, each one variable for
    one group of units, and stored whole or not at all. An interrupted job resumes from
    the tasks that are not done."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting")
        RUNNING = "running", _("running")
        DONE = "done", _("done")
        FAILED = "failed", _("failed")

    government = models.ForeignKey(
        "governments.LocalGovernment",
        verbose_name=_("local government"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="imports",
    )
    years = models.JSONField(_("years"), default=list)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    message = models.TextField(_("message"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    objects = ImportJobQuerySet.as_manager()

    class Meta:
        verbose_name = _("statistics import")
        verbose_name_plural = _("statistics imports")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"#{self.pk} {self.get_status_display()}"

    @property
    def progress(self) -> tuple[int, int]:
        if hasattr(self, "tasks_total"):  # counted by ImportJobQuerySet.with_progress()
            return self.tasks_done, self.tasks_total
        tasks = list(self.tasks.values_list("done", flat=True))
        return sum(tasks), len(tasks)

    @property
    def is_active(self) -> bool:
        """Waiting for the worker or running: the page keeps refreshing its progress."""
        return self.status in {self.Status.PENDING, self.Status.RUNNING}

    @property
    def is_waiting(self) -> bool:
        """Queued, not started yet (or waiting its next turn)."""
        return self.status == self.Status.PENDING

    @property
    def is_done(self) -> bool:
        return self.status == self.Status.DONE

    @property
    def has_failed(self) -> bool:
        return self.status == self.Status.FAILED


class ImportTask(models.Model):
    """One variable for the units of one level (optionally under one parent unit)."""

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="tasks")
    variable_bdl_id = models.PositiveIntegerField(_("BDL variable id"))
    unit_level = models.PositiveSmallIntegerField(_("level"), choices=TerritorialUnit.Level.choices)
    parent_bdl_id = models.CharField(_("parent unit"), max_length=12, blank=True)
    done = models.BooleanField(_("done"), default=False)
    records = models.PositiveIntegerField(_("values stored"), default=0)

    class Meta:
        verbose_name = _("import task")
        verbose_name_plural = _("import tasks")
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"{self.variable_bdl_id} @ {self.unit_level}/{self.parent_bdl_id or '*'}"


class DiagnosisIndicatorQuerySet(models.QuerySet):
    def available_to(self, government) -> "DiagnosisIndicatorQuerySet":
        """The shipped catalogue and the government's own indicators."""
        return self.filter(models.Q(government__isnull=True) | models.Q(government=government))


class DiagnosisIndicator(models.Model):
    """An indicator of the diagnosis, defined by a formula (diagnosis/formulas.py).

    Rows without a local government are the shipped catalogue (diagnosis/catalogue.py,
    kept in step by ``manage.py load_catalogue``); a coordinator adds their own.
    """

    class Domain(models.TextChoices):
        DEMOGRAPHY = "demography", _("demography")
        SAFETY = "safety", _("public safety")
        SOCIAL_ASSISTANCE = "social_assistance", _("social policy and social assistance")
        LABOUR_MARKET = "labour_market", _("labour market")
        ECONOMY = "economy", _("economy and living conditions")
        CIVIC_ACTIVITY = "civic_activity", _("civic activity")

    class Direction(models.TextChoices):
        UP = "up", _("higher is better")
        DOWN = "down", _("lower is better")
        NEUTRAL = "neutral", _("neither: context")

    government = models.ForeignKey(
        "governments.LocalGovernment",
        verbose_name=_("local government"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="diagnosis_indicators",
    )
    code = models.CharField(_("code"), max_length=20)
    name = models.CharField(_("name"), max_length=300)
    domain = models.CharField(_("domain"), max_length=20, choices=Domain.choices)
    unit = models.CharField(_("unit"), max_length=50)
    direction = models.CharField(_("direction"), max_length=10, choices=Direction.choices)
    formula = models.CharField(
        _("formula"),
        max_length=500,
        help_text=_(
            "For example L_blue_cards / v72305 * 1000: v and the number of a BDL "
            "variable, L_ and the code of a local figure."
        ),
    )
    source = models.CharField(_("source"), max_length=300)
    description = limited_text(_("description"), blank=True)

    objects = DiagnosisIndicatorQuerySet.as_manager()

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("diagnosis indicator")
        verbose_name_plural = _("diagnosis indicators")
        ordering = ["domain", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["code"],
                condition=models.Q(government__isnull=True),
                name="catalogue_code_unique",
            ),
            models.UniqueConstraint(
                fields=["government", "code"], name="own_indicator_code_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"

    def clean(self) -> None:

        try:
            parse(self.formula)
        except ValidationError as error:
            raise ValidationError({"formula": error.messages}) from error


class LocalFigure(models.Model):
    """A yearly figure the OPS enters itself (codes in diagnosis/catalogue.py LOCAL_FIGURES)."""

    government = models.ForeignKey(
        "governments.LocalGovernment",
        verbose_name=_("local government"),
        on_delete=models.CASCADE,
        related_name="local_figures",
    )
    code = models.CharField(_("figure"), max_length=50)
    year = models.PositiveSmallIntegerField(_("year"))
    value = models.DecimalField(_("value"), max_digits=16, decimal_places=4)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("local figure")
        verbose_name_plural = _("local figures")
        ordering = ["code", "year"]
        constraints = [
            models.UniqueConstraint(
                fields=["government", "code", "year"], name="local_figure_once_a_year"
            )
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.year}: {self.value}"

    def clean(self) -> None:

        if self.code not in LOCAL_FIGURES:
            raise ValidationError({"code": _("Unknown local figure.")})


class ComparisonGroup(models.Model):
    """The units a local government compares itself with. Chosen by default as gminy of the
    same kind and a similar population (services.comparison_group_default); the coordinator
    may add and remove units, after which ``is_default`` is false."""

    government = models.OneToOneField(
        "governments.LocalGovernment",
        verbose_name=_("local government"),
        on_delete=models.CASCADE,
        related_name="comparison_group",
    )
    units = models.ManyToManyField(
        TerritorialUnit, verbose_name=_("units"), related_name="+", blank=True
    )
    is_default = models.BooleanField(_("chosen by default"), default=True)
    criteria = models.CharField(_("criteria"), max_length=300, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    history = HistoricalRecords(m2m_fields=["units"])

    class Meta:
        verbose_name = _("comparison group")
        verbose_name_plural = _("comparison groups")

    def __str__(self) -> str:
        return str(self.government)


class Problem(models.Model):
    """A problem of the diagnosis: flagged by the data (an indicator markedly worse than the
    comparison group or getting worse) or written in by the coordinator, then confirmed or
    dismissed. Confirmed problems are linked to the strategy goals that answer them."""

    class Status(models.TextChoices):
        FLAGGED = "flagged", _("to be reviewed")
        CONFIRMED = "confirmed", _("confirmed")
        DISMISSED = "dismissed", _("dismissed")

    government = models.ForeignKey(
        "governments.LocalGovernment",
        verbose_name=_("local government"),
        on_delete=models.CASCADE,
        related_name="problems",
    )
    indicator = models.ForeignKey(
        DiagnosisIndicator,
        verbose_name=_("indicator"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="problems",
    )
    domain = models.CharField(_("domain"), max_length=20, choices=DiagnosisIndicator.Domain.choices)
    title = models.CharField(_("problem"), max_length=300)
    description = limited_text(_("description"), blank=True)
    facts = models.JSONField(_("what the data show"), default=dict, blank=True)
    in_data = models.BooleanField(
        _("indicated by the latest data"),
        default=True,
        help_text=_("False when a refresh of the figures no longer shows the problem."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.FLAGGED
    )
    serious = models.BooleanField(_("serious problem"), default=False)
    comment = limited_text(_("coordinator's comment"), blank=True, limit=NOTE)
    goals = models.ManyToManyField(
        "strategies.Goal",
        verbose_name=_("goals answering it"),
        related_name="problems",
        blank=True,
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    history = HistoricalRecords()

    history_label_fields = ("title",)

    class Meta:
        verbose_name = _("diagnosed problem")
        verbose_name_plural = _("diagnosed problems")
        ordering = ["domain", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["government", "indicator"],
                condition=models.Q(indicator__isnull=False),
                name="one_problem_per_indicator",
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_confirmed(self) -> bool:
        return self.status == self.Status.CONFIRMED


class DomainNarrative(models.Model):
    """The coordinator's text about one domain of the diagnosis."""

    government = models.ForeignKey(
        "governments.LocalGovernment",
        verbose_name=_("local government"),
        on_delete=models.CASCADE,
        related_name="diagnosis_narratives",
    )
    domain = models.CharField(_("domain"), max_length=20, choices=DiagnosisIndicator.Domain.choices)
    text = limited_text(_("text"), blank=True, limit=CHAPTER)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("domain narrative")
        verbose_name_plural = _("domain narratives")
        constraints = [
            models.UniqueConstraint(
                fields=["government", "domain"], name="one_narrative_per_domain"
            )
        ]

    def __str__(self) -> str:
        return f"{self.government} – {self.get_domain_display()}"

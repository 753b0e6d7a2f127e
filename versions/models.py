"""Versions of a strategy: frozen, complete snapshots that can be compared.

A strategy goes through a working draft, the draft put to public consultation, the version
the council adopted and later amendments (aktualizacje). Each ``StrategyVersion`` freezes
the whole strategy as it was at that moment in ``snapshot`` (a JSON document made by
``versions.selectors.strategy_snapshot``); nothing changes a snapshot afterwards, only the
version's label and note may be edited (``services.version_update_note``).

The snapshot (``SNAPSHOT_FORMAT`` = 2). Decimals are strings ("1250.5", never floats),
years are integers, and per-year maps are keyed by the year as a string (JSON keys are
strings). Elements are listed in the order of the tree (goal, its subgoals, its actions)
and matched between versions by ``pk``, the id of the live row they were taken from::

    {
      "format": 2,
      "strategy": {"pk": 7, "title": "...", "year_from": 2021, "year_to": 2030,
                   "status": "draft", "mission": "...", "vision": "...",
                   # the prose chapters of the document, added in format 2
                   "introduction": "...", "legal_basis": "...",
                   "implementation_system": "...", "monitoring_system": "...",
                   "resolution_number": "", "resolution_date": "2024-05-30" | null},
      "levels": [{"depth": 1, "name": "Obszar"}, ..., {"depth": N, "name": "Działanie"}],
      "goals": [{"pk": 12, "number": "1.2", "parent": 3 | null, "depth": 2,
                 "level": "Cel operacyjny", "position": 1,    # index among its siblings
                 "title": "...", "description": "..."}],
      "actions": [{"pk": 40, "number": "1.2.1", "goal": 12, "position": 0,
                   "title": "...", "description": "...",
                   "period": {"continuous": false, "year_from": 2022, "year_to": 2026},
                   "implementers": ["MOPS", ...], "partners": ["PUP", ...],   # names
                   "financing": [{"source": "PFRON", "amounts": {"2024": "1000"}}],
                   "priorities": {"2024": "important", "2025": "very_important"}}],
      "indicators": [{"pk": 90, "goal": 12 | null, "action": 40 | null,  # one of the two
                      "name": "...", "unit": "osoby",
                      "baseline_value": "12" | null, "baseline_year": 2020 | null,
                      "target_value": "30" | null, "target_year": 2030 | null,
                      "target_description": "...", "direction": "up",
                      "frequency": "yearly", "data_source": "...",
                      "responsible": "MOPS" | "", "milestones": {"2025": "20"}}]
    }

Format 1 (versions frozen before the chapters were added) lacks the four chapters; readers
take a missing chapter as "" (``compare`` does), so an old version compared with a new one
shows a chapter as changed only when the new one has text in it.

Institutions and financing sources are kept by name: a version must read the same even
after the register changes. ``selectors.snapshot_tree`` turns a snapshot into the tree a
page renders (sections → goals → actions → indicators); ``compare.compare`` compares two.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.fields import NOTE, limited_text
from strategies.models import Strategy

SNAPSHOT_FORMAT = 2


class StrategyVersionQuerySet(models.QuerySet):
    def for_strategy(self, strategy: Strategy) -> "StrategyVersionQuerySet":
        return self.filter(strategy=strategy)

    def for_government(self, government) -> "StrategyVersionQuerySet":
        return self.filter(strategy__government=government)


class StrategyVersion(models.Model):
    class Kind(models.TextChoices):
        DRAFT = "draft", _("working draft")
        CONSULTATION = "consultation", _("draft for consultation")
        ADOPTED = "adopted", _("adopted version")
        AMENDMENT = "amendment", _("amendment")

    # Kinds that the council decides on: they carry the resolution's number and date (the
    # portal shows the latest of them as the adopted text). Before the council votes, an
    # amendment is frozen as a working draft or a draft for consultation.
    RESOLUTION_KINDS = frozenset({Kind.ADOPTED, Kind.AMENDMENT})

    strategy = models.ForeignKey(
        Strategy, verbose_name=_("strategy"), on_delete=models.CASCADE, related_name="versions"
    )
    number = models.PositiveIntegerField(_("number"))
    kind = models.CharField(_("kind of version"), max_length=20, choices=Kind.choices)
    label = models.CharField(
        _("label"),
        max_length=200,
        blank=True,
        help_text=_("A short name, for example: after the consultation."),
    )
    note = limited_text(_("note"), blank=True, limit=NOTE)
    resolution_number = models.CharField(_("resolution number"), max_length=100, blank=True)
    resolution_date = models.DateField(_("resolution date"), null=True, blank=True)
    snapshot = models.JSONField(_("snapshot"), editable=False)
    created_at = models.DateTimeField(_("frozen at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("frozen by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = StrategyVersionQuerySet.as_manager()
    # The snapshot itself never changes; the history keeps the edits of the label and note.
    history = HistoricalRecords(excluded_fields=["snapshot"])

    class Meta:
        verbose_name = _("version of a strategy")
        verbose_name_plural = _("versions of a strategy")
        ordering = ["strategy", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["strategy", "number"], name="version_number_once_per_strategy"
            ),
            models.CheckConstraint(
                condition=~Q(kind__in=["adopted", "amendment"])
                | (~Q(resolution_number="") & Q(resolution_date__isnull=False)),
                name="version_adopted_or_amendment_has_resolution",
            ),
        ]

    def __str__(self) -> str:
        return _("Version %(number)s (%(kind)s)") % {
            "number": self.number,
            "kind": self.get_kind_display(),
        }

    def clean(self) -> None:
        errors: dict[str, object] = {}
        if self.kind == self.Kind.ADOPTED:
            if not self.resolution_number.strip():
                errors["resolution_number"] = _(
                    "An adopted version needs the number of the council resolution."
                )
            if self.resolution_date is None:
                errors["resolution_date"] = _(
                    "An adopted version needs the date of the council resolution."
                )
        elif self.kind == self.Kind.AMENDMENT:
            if not self.resolution_number.strip():
                errors["resolution_number"] = _(
                    "An amendment needs the number of the council resolution that adopted it; "
                    "freeze a draft amendment as a working draft or a draft for consultation."
                )
            if self.resolution_date is None:
                errors["resolution_date"] = _(
                    "An amendment needs the date of the council resolution that adopted it."
                )
        elif self.kind not in self.RESOLUTION_KINDS and (
            self.resolution_number or self.resolution_date
        ):
            errors["resolution_number"] = _(
                "Only an adopted version or an amendment has a council resolution."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def title(self) -> str:
        return self.snapshot.get("strategy", {}).get("title", "")

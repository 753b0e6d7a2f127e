"""Problems flagged by the figures and reviewed by the coordinator, problems written in by
hand, the texts of the domains, and the government's own indicators."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from governments.models import LocalGovernment
from strategies.models import Goal

from ..models import (
    DiagnosisIndicator,
    DomainNarrative,
    Problem,
)
from ..selectors import diagnosis_setting, indicator_figures


def _facts(figures) -> dict:
    facts = {}
    if figures.worse_than_group:
        p = figures.position
        facts["group"] = {
            "year": figures.latest_year,
            "value": p.value,
            "rank": p.rank,
            "count": p.count,
            "median": p.median,
            "quartile": p.upper_quartile
            if figures.indicator.direction == "down"
            else p.lower_quartile,
        }
    if figures.worsening:
        t = figures.trend
        facts["trend"] = {
            "from_year": t.from_year,
            "from_value": t.from_value,
            "to_year": t.to_year,
            "to_value": t.to_value,
            "change": t.change,
        }
    return facts


@transaction.atomic
def problems_refresh(*, government: LocalGovernment) -> dict[str, int]:
    """Flag the indicators that are markedly worse than the group or getting worse. A new
    flag waits for review; a reviewed one keeps its decision and gets the new facts; a flag
    the data no longer support is removed if nobody reviewed it, else marked not in data."""

    setting = diagnosis_setting(government)
    if setting is None:
        raise ValidationError(_("The local government is not tied to a statistical unit yet."))
    indicators = DiagnosisIndicator.objects.available_to(government).exclude(
        direction=DiagnosisIndicator.Direction.NEUTRAL
    )
    found = {
        f.indicator.pk: (f.indicator, _facts(f))
        for f in indicator_figures(indicators, setting=setting, government=government)
        if f.worse_than_group or f.worsening
    }
    existing = {p.indicator_id: p for p in government.problems.filter(indicator__isnull=False)}
    counts = {"new": 0, "updated": 0, "removed": 0}
    for indicator_pk, (indicator, facts) in found.items():
        problem = existing.get(indicator_pk)
        if problem is None:
            Problem.objects.create(
                government=government,
                indicator=indicator,
                domain=indicator.domain,
                title=indicator.name,
                facts=facts,
            )
            counts["new"] += 1
        elif problem.facts != facts or not problem.in_data:
            problem.facts, problem.in_data = facts, True
            problem.save(update_fields=["facts", "in_data", "updated_at"])
            counts["updated"] += 1
    for indicator_pk, problem in existing.items():
        if indicator_pk in found:
            continue
        if problem.status == Problem.Status.FLAGGED:
            problem.delete()
            counts["removed"] += 1
        elif problem.in_data:
            problem.in_data = False
            problem.save(update_fields=["in_data", "updated_at"])
            counts["updated"] += 1
    return counts


@transaction.atomic
def problem_review(
    *, problem, status: str, serious: bool = False, comment: str = "", goal_ids=()
) -> None:
    """Confirm or dismiss a problem (or put it back to review) and link the goals of the
    government's strategies that answer it; only confirmed problems keep goals."""

    if status not in Problem.Status.values:
        raise ValidationError(_("Unknown status."))
    goal_ids = {int(pk) for pk in goal_ids}
    goals = list(Goal.objects.filter(pk__in=goal_ids, strategy__government=problem.government))
    if len(goals) != len(goal_ids):
        raise ValidationError(_("A goal of another local government cannot be linked."))
    if goals and status != Problem.Status.CONFIRMED:
        raise ValidationError(_("Only a confirmed problem can be linked to goals."))
    problem.status = status
    problem.serious = serious and status == Problem.Status.CONFIRMED
    problem.comment = comment
    problem.full_clean()
    problem.save()
    problem.goals.set(goals)


@transaction.atomic
def problem_create(*, government: LocalGovernment, **fields):
    """A problem the coordinator writes in (seen in the field, not in the figures)."""

    problem = Problem(government=government, status=Problem.Status.CONFIRMED, **fields)
    problem.full_clean()
    problem.save()
    return problem


@transaction.atomic
def narrative_set(*, government: LocalGovernment, domain: str, text: str):

    narrative, _created = DomainNarrative.objects.get_or_create(
        government=government, domain=domain
    )
    if narrative.text != text:
        narrative.text = text
        narrative.full_clean()
        narrative.save()
    return narrative


@transaction.atomic
def indicator_save(*, government: LocalGovernment, indicator=None, **fields):
    """Create or change one of the government's own indicators (never the catalogue's)."""

    if indicator is None:
        indicator = DiagnosisIndicator(government=government)
    elif indicator.government_id != government.pk:
        raise ValidationError(_("Only the local government's own indicators can be changed."))
    code = fields.get("code", indicator.code)
    if DiagnosisIndicator.objects.filter(government__isnull=True, code=code).exists():
        raise ValidationError({"code": _("The catalogue already has an indicator of this code.")})
    for key, value in fields.items():
        setattr(indicator, key, value)
    indicator.full_clean()
    indicator.save()
    return indicator

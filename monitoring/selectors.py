"""Reads of monitoring data, each in a fixed number of queries (the tests pin them).

The judgement of indicators (classification.py) per area of a strategy, and one
indicator's judgement across the years of the strategy; what each institution's form
covers and what it still misses; the board of a cycle; the approval path.
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from strategies.models import (
    Action,
    ActionParticipant,
    Indicator,
    IndicatorMilestone,
    IndicatorValue,
    Strategy,
)
from strategies.selectors import TreeNode, strategy_tree

from .classification import Judgement, Plan, Status
from .models import ActionReport, ApprovalStage, MonitoringCycle, Recorder, ReportForm


def indicator_plan(indicator: Indicator, milestones: dict) -> Plan:
    """What the judgement needs of an indicator: its baseline, target and milestones."""
    return Plan.of(
        direction=indicator.direction,
        baseline_value=indicator.baseline_value,
        baseline_year=indicator.baseline_year,
        target_value=indicator.target_value,
        target_year=indicator.target_year,
        milestones=milestones,
    )


def default_judgement_year(strategy: Strategy, today: datetime.date | None = None) -> int:
    """The last finished year, kept within the strategy's period."""
    today = today or timezone.localdate()
    return min(max(today.year - 1, strategy.year_from), strategy.year_to)


def status_counts(judgements) -> list[tuple[Status, int]]:
    counts = Counter(judgement.status for judgement in judgements)
    return [(status, counts[status]) for status in Status]


@dataclass(frozen=True)
class IndicatorRow:
    number: str  # the number of the goal or action the indicator belongs to, e.g. "1.2.3"
    indicator: Indicator
    judgement: Judgement


@dataclass
class AreaJudgements:
    node: TreeNode  # the area: a goal of the first level, with its number
    rows: list[IndicatorRow] = field(default_factory=list)

    @property
    def counts(self) -> list[tuple[Status, int]]:
        return status_counts(row.judgement for row in self.rows)


@dataclass
class StrategyJudgements:
    strategy: Strategy
    year: int
    areas: list[AreaJudgements]

    @property
    def counts(self) -> list[tuple[Status, int]]:
        return status_counts(row.judgement for area in self.areas for row in area.rows)

    @property
    def indicator_count(self) -> int:
        return sum(len(area.rows) for area in self.areas)


def indicator_judgements(
    strategy: Strategy,
    year: int,
    *,
    tree=None,
    milestones: dict[int, dict[int, object]] | None = None,
    values: dict[int, object] | None = None,
) -> StrategyJudgements:
    """Every indicator of the strategy judged in ``year``, per area (a goal of the first
    level) in the order of the tree: the area's own indicators, then those of the goals and
    actions below it. A fixed number of queries: the tree's, milestones and values.
    ``tree``: a strategy_tree with indicators the caller has already built; ``milestones``
    (indicator id → year → value) and ``values`` (indicator id → the year's value): given by
    the public portal, which judges the adopted version with the published values only."""
    tree = tree or strategy_tree(strategy)
    if milestones is None:
        milestones = {}
        for indicator_id, milestone_year, value in IndicatorMilestone.objects.filter(
            indicator__strategy=strategy
        ).values_list("indicator_id", "year", "value"):
            milestones.setdefault(indicator_id, {})[milestone_year] = value
    if values is None:
        values = dict(
            IndicatorValue.objects.filter(indicator__strategy=strategy, year=year).values_list(
                "indicator_id", "value"
            )
        )
    areas = []
    for root in tree.roots:
        area = AreaJudgements(node=root)
        for node in root.subtree():
            for indicator in node.indicators:
                plan = indicator_plan(indicator, milestones.get(indicator.pk, {}))
                judgement = plan.judge(
                    {year: values[indicator.pk]} if indicator.pk in values else {}, year
                )
                area.rows.append(IndicatorRow(node.number, indicator, judgement))
        areas.append(area)
    return StrategyJudgements(strategy=strategy, year=year, areas=areas)


@dataclass
class IndicatorHistory:
    strategy: Strategy
    indicator: Indicator
    plan: Plan
    values: dict[int, object]  # year → measured value (Decimal)
    judgements: list[Judgement]  # one per year so far, oldest first
    chart_years: list[int]  # the years the chart spans: the whole strategy


def indicator_history(
    strategy: Strategy, indicator_pk: int, today: datetime.date | None = None
) -> IndicatorHistory | None:
    """One indicator judged in every year of the strategy so far: from the strategy's first
    year (or the baseline year or the first value, when earlier) to the current year (or the
    last value, when later, within the strategy). Three queries; None outside the strategy.
    The chart spans the same first year to the end of the strategy (and the target year)."""
    today = today or timezone.localdate()
    indicator = (
        Indicator.objects.filter(strategy=strategy, pk=indicator_pk)
        .select_related("goal", "action")
        .first()
    )
    if indicator is None:
        return None
    indicator.strategy = strategy
    milestones = dict(indicator.milestones.values_list("year", "value"))
    values = dict(indicator.values.values_list("year", "value"))
    return history_of(strategy, indicator, milestones, values, today)


def history_of(
    strategy: Strategy, indicator: Indicator, milestones: dict, values: dict, today: datetime.date
) -> IndicatorHistory:
    """The history of an indicator whose milestones and values are already read (the yearly
    report's documents read them for many indicators at once)."""
    plan = indicator_plan(indicator, milestones)
    first = min([strategy.year_from, *values, indicator.baseline_year or strategy.year_from])
    last = min(strategy.year_to, today.year)
    last = max([last, *(year for year in values if year <= strategy.year_to)])
    chart_last = max(strategy.year_to, indicator.target_year or strategy.year_to, last)
    return IndicatorHistory(
        strategy=strategy,
        indicator=indicator,
        plan=plan,
        values=values,
        judgements=[plan.judge(values, year) for year in range(first, last + 1)],
        chart_years=list(range(first, chart_last + 1)),
    )


# The approval path of a yearly report when the local government has not set its own:
# (name, ends with a resolution or document number, who records the decision).
DEFAULT_APPROVAL_STAGES = (
    (gettext_lazy("monitoring team"), False, Recorder.TEAM),
    (gettext_lazy("coordination team"), False, Recorder.TEAM),
    (gettext_lazy("mayor"), False, Recorder.APPROVER),
    (gettext_lazy("council committee"), False, Recorder.APPROVER),
    (gettext_lazy("council session"), True, Recorder.APPROVER),
)


def approval_path(government) -> list[ApprovalStage]:
    """The government's approval path; the default one (not saved: a read writes nothing)
    while it has not set its own."""
    stages = list(ApprovalStage.objects.filter(government=government))
    if stages:
        return stages
    return [
        ApprovalStage(
            government=government,
            position=position,
            name=str(name),
            needs_document=needs_document,
            recorded_by_role=recorder,
        )
        for position, (name, needs_document, recorder) in enumerate(DEFAULT_APPROVAL_STAGES)
    ]


def form_scope(strategy: Strategy, year: int) -> dict[int, dict[str, list]]:
    """{institution id: {"actions": [...], "indicators": [...]}} for a year: the actions
    covering the year that the institution implements or partners in, and the indicators
    it is responsible for (of a goal, or of an action covering the year). Inactive
    institutions get no form."""
    scope: dict[int, dict[str, list]] = {}
    actions = Action.objects.filter(strategy=strategy).covering_year(year)
    participants = (
        ActionParticipant.objects.filter(action__in=actions, institution__is_active=True)
        .select_related("action")
        .order_by("action__position", "action_id")
    )
    for participant in participants:
        entry = scope.setdefault(participant.institution_id, {"actions": [], "indicators": []})
        if participant.action not in entry["actions"]:
            entry["actions"].append(participant.action)
    indicators = Indicator.objects.filter(
        Q(action__isnull=True) | Q(action__in=actions),
        strategy=strategy,
        responsible__isnull=False,
        responsible__is_active=True,
    )
    for indicator in indicators.order_by("position", "id"):
        entry = scope.setdefault(indicator.responsible_id, {"actions": [], "indicators": []})
        entry["indicators"].append(indicator)
    return scope


def form_missing(form: ReportForm) -> list[str]:
    """What must be filled in before the form can be submitted, in words."""
    missing = []
    for report in form.actions.select_related("action"):
        if not report.status:
            missing.append(
                _("The status of the action “%(action)s”.") % {"action": report.action.title}
            )
        elif report.status == ActionReport.Status.DONE and not report.what_done.strip():
            missing.append(
                _("What was done in the action “%(action)s”.") % {"action": report.action.title}
            )
    for report in form.indicators.select_related("indicator"):
        if report.value is None and not report.comment.strip():
            missing.append(
                _("The value of the indicator “%(indicator)s”, or a comment why there is none.")
                % {"indicator": report.indicator.name}
            )
    for response in form.responses.select_related("recommendation"):
        if not response.response.strip():
            missing.append(
                _("What was done about the recommendation “%(text)s”.")
                % {"text": response.recommendation.text[:80]}
            )
    return missing


def forms_to_remind(cycle: MonitoringCycle):
    """The forms whose institutions have not submitted yet."""
    return cycle.forms.filter(status__in=ReportForm.EDITABLE)


def cycle_counts(cycles) -> dict[int, dict[str, int]]:
    """{cycle id: {status: number of forms, "total": n, "done": submitted or accepted}}
    in one query."""

    counts: dict[int, dict[str, int]] = {}
    rows = (
        ReportForm.objects.filter(cycle__in=list(cycles))
        .values("cycle_id", "status")
        .annotate(n=Count("pk"))
    )
    for row in rows:
        entry = counts.setdefault(row["cycle_id"], {"total": 0, "done": 0})
        entry[row["status"]] = row["n"]
        entry["total"] += row["n"]
        if row["status"] in {ReportForm.Status.SUBMITTED, ReportForm.Status.ACCEPTED}:
            entry["done"] += row["n"]
    return counts


def board_rows(cycle: MonitoringCycle) -> list[ReportForm]:
    """The forms of a cycle with their numbers of actions and indicators, for the board."""

    return list(
        cycle.forms.select_related("institution")
        .annotate(
            action_count=Count("actions", distinct=True),
            indicator_count=Count("indicators", distinct=True),
        )
        .order_by("institution__name")
    )


def form_holds(form: ReportForm, data: dict) -> bool:
    """Whether the stored form already holds ``data`` (form_save's shape): an autosave that
    raced a Save or Submit click with the same content is no conflict."""

    def same(a, b) -> bool:
        if a in (None, "") and b in (None, ""):
            return True
        if isinstance(a, Decimal | int | float) or isinstance(b, Decimal | int | float):
            try:
                return Decimal(str(a)) == Decimal(str(b))
            except (ArithmeticError, ValueError):
                return False
        return a == b

    reports = {r.pk: r for r in form.actions.prefetch_related("spending")}
    for pk, values in data.get("actions", {}).items():
        report = reports.get(int(pk))
        if report is None:
            return False
        for name in ("status", "what_done", "people_reached", "problems"):
            if name in values and not same(getattr(report, name), values[name]):
                return False
        spent = {s.source_id: s.amount for s in report.spending.all()}
        spent = {x.source_id: x for x in report.spending.all()}
        for source_id, amount in values.get("spending", {}).items():
            if not same(spent.get(int(source_id)), amount):
                return False
    indicators = {r.pk: r for r in form.indicators.all()}
    for pk, values in data.get("indicators", {}).items():
        report = indicators.get(int(pk))
        if report is None or any(
            field in values and not same(getattr(report, field), values[field])
            for field in ("value", "source", "comment")
        ):
            return False
    responses = {r.pk: r for r in form.responses.all()}
    return all(
        int(pk) in responses and same(responses[int(pk)].response, text)
        for pk, text in data.get("responses", {}).items()
    )

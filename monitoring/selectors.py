"""Reads of monitoring data, each in a fixed number of queries (the tests pin them).

The judgement of indicators (classification.py) per area of a strategy, and one
indicator's judgement across the years of the strategy.
"""

import datetime
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy

from strategies.models import Indicator, IndicatorMilestone, IndicatorValue, Strategy
from strategies.selectors import TreeNode, strategy_tree

from .classification import Judgement, Plan, Status
from .models import ApprovalStage, Recorder


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


def _subtree(node: TreeNode) -> Iterator[TreeNode]:
    yield node
    for child in node.children:
        yield from _subtree(child)


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
        for node in _subtree(root):
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
) -> IndicatorHistory:
    """One indicator judged in every year of the strategy so far: from the strategy's first
    year (or the baseline year or the first value, when earlier) to the current year (or the
    last value, when later, within the strategy). Three queries; 404 outside the strategy.
    The chart spans the same first year to the end of the strategy (and the target year)."""
    today = today or timezone.localdate()
    indicator = get_object_or_404(
        Indicator.objects.filter(strategy=strategy).select_related("goal", "action"),
        pk=indicator_pk,
    )
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

"""Reads of a strategy: its numbered tree and the action-plan tables.

Each function runs a fixed number of queries whatever the strategy's size; the tests pin it.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Prefetch, Sum
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from governments.models import Institution

from .models import (
    Action,
    ActionFunding,
    ActionParticipant,
    ActionPriority,
    FinancingSource,
    Goal,
    Indicator,
    Level,
    PlannedAmount,
    Strategy,
)


@dataclass(frozen=True)
class ParticipantRow:
    """What the read pages need of an action's participant, without a model instance."""

    institution_id: int
    institution: Institution
    role: str


@dataclass(frozen=True)
class FundingRow:
    """What the read pages need of an action's financing source, without a model instance."""

    source_id: int
    source: FinancingSource


def load_actions(
    strategy: Strategy,
    actions,
    *,
    fundings: bool = True,
    priorities: bool = True,
    amounts: bool = False,
) -> list[Action]:
    """Actions with their participants (and optionally financing and priorities).

    A big strategy names the same 150 institutions some 1,200 times: institutions and
    sources are read once each, and the rows that link them to actions are read as plain
    values (ParticipantRow, FundingRow), not model instances. With ``amounts`` (an action's
    own page, which edits them) the fundings are model instances with their amounts.
    """
    action_list = list(actions.order_by("position", "id"))
    by_id = {action.pk: action for action in action_list}
    institutions = {
        i.pk: i for i in Institution.objects.filter(government_id=strategy.government_id)
    }
    for action in action_list:
        action.strategy = strategy
        action.participant_list = []
    participant_rows = (
        ActionParticipant.objects.filter(action_id__in=by_id)
        .order_by("role", "position", "id")
        .values_list("action_id", "institution_id", "role")
    )
    for action_id, institution_id, role in participant_rows:
        by_id[action_id].participant_list.append(
            ParticipantRow(institution_id, institutions[institution_id], role)
        )
    if fundings:
        sources = {
            s.pk: s for s in FinancingSource.objects.filter(government_id=strategy.government_id)
        }
        for action in action_list:
            action.funding_list = []
        if amounts:
            funding_rows = (
                ActionFunding.objects.filter(action_id__in=by_id)
                .order_by("position", "id")
                .prefetch_related("amounts")
            )
            for funding in funding_rows:
                funding.source = sources[funding.source_id]
                by_id[funding.action_id].funding_list.append(funding)
        else:
            funding_values = (
                ActionFunding.objects.filter(action_id__in=by_id)
                .order_by("position", "id")
                .values_list("action_id", "source_id")
            )
            for action_id, source_id in funding_values:
                by_id[action_id].funding_list.append(FundingRow(source_id, sources[source_id]))
    if priorities:
        for action in action_list:
            action.priority_map = {}
        rows = ActionPriority.objects.filter(action_id__in=by_id).values_list(
            "action_id", "year", "priority"
        )
        for action_id, year, priority in rows:
            by_id[action_id].priority_map[year] = priority
    return action_list


@dataclass
class TreeNode:
    number: str
    level: Level | None
    child_level: Level | None = None
    goal: Goal | None = None
    action: Action | None = None
    children: list["TreeNode"] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)

    @property
    def obj(self) -> Goal | Action:
        return self.action if self.action is not None else self.goal

    @property
    def is_action(self) -> bool:
        return self.action is not None

    # Labels of the operations, made here once per node: cheaper than template tags
    # for the 350 nodes of a big strategy.
    @property
    def move_up_label(self) -> str:
        return _("Move %(label)s up") % {"label": self.number}

    @property
    def move_down_label(self) -> str:
        return _("Move %(label)s down") % {"label": self.number}

    @property
    def add_child_label(self) -> str:
        return _("Add: %(level)s") % {"level": self.child_level.name if self.child_level else ""}

    @property
    def title(self) -> str:
        return self.obj.title

    def subtree(self):
        """This node and every node below it, in the order of the tree."""
        yield self
        for child in self.children:
            yield from child.subtree()

    def iter_actions(self):
        if self.action is not None:
            yield self
        for child in self.children:
            yield from child.iter_actions()

    def plan_items(self):
        """The goals below this node and their actions in order, skipping empty branches."""
        for child in self.children:
            if child.is_action:
                yield child
            elif any(True for _ in child.iter_actions()):
                yield child
                yield from child.plan_items()


@dataclass
class StrategyTree:
    strategy: Strategy
    levels: list[Level]
    roots: list[TreeNode]

    @property
    def action_level(self) -> Level | None:
        return self.levels[-1] if self.levels else None

    @property
    def goal_depth(self) -> int:
        return len(self.levels) - 1

    def nodes(self):
        stack = list(reversed(self.roots))
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    def action_nodes(self) -> list[TreeNode]:
        return [node for node in self.nodes() if node.is_action]

    def goal_nodes(self) -> list[TreeNode]:
        return [node for node in self.nodes() if not node.is_action]


def strategy_tree(
    strategy: Strategy,
    *,
    actions=None,
    with_indicators: bool = True,
    with_plan: bool = False,
) -> StrategyTree:
    """The numbered hierarchy of a strategy with actions and indicators attached.

    ``actions`` may be a pre-filtered queryset of the strategy's actions; goals are kept
    whatever the filter, so the numbering stays that of the whole strategy.
    """
    levels = list(strategy.levels.order_by("depth"))
    by_depth = {level.depth: level for level in levels}
    goals = list(Goal.objects.filter(strategy=strategy).order_by("position", "id"))
    if actions is None:
        actions = Action.objects.filter(strategy=strategy)
    action_list = load_actions(strategy, actions, fundings=with_plan, priorities=with_plan)
    indicators = []
    if with_indicators:
        indicators = list(Indicator.objects.filter(strategy=strategy).order_by("position", "id"))

    goal_indicators: dict[int, list[Indicator]] = {}
    action_indicators: dict[int, list[Indicator]] = {}
    for indicator in indicators:
        if indicator.action_id:
            action_indicators.setdefault(indicator.action_id, []).append(indicator)
        else:
            goal_indicators.setdefault(indicator.goal_id, []).append(indicator)

    goal_children: dict[int | None, list[Goal]] = {}
    for goal in goals:
        goal_children.setdefault(goal.parent_id, []).append(goal)
    goal_actions: dict[int, list[Action]] = {}
    for action in action_list:
        goal_actions.setdefault(action.goal_id, []).append(action)
    action_level = by_depth.get(len(levels))

    def build(goal: Goal, number: str) -> TreeNode:
        node = TreeNode(
            number=number,
            level=by_depth.get(goal.depth),
            child_level=by_depth.get(goal.depth + 1),
            goal=goal,
            indicators=goal_indicators.get(goal.pk, []),
        )
        for index, child in enumerate(goal_children.get(goal.pk, []), start=1):
            node.children.append(build(child, f"{number}.{index}"))
        # Actions are numbered by their position among all of the goal's actions, so that a
        # filtered view keeps the numbers of the full plan.
        for action in goal_actions.get(goal.pk, []):
            node.children.append(
                TreeNode(
                    number=f"{number}.{action.display_index}",
                    level=action_level,
                    action=action,
                    indicators=action_indicators.get(action.pk, []),
                )
            )
        return node

    _assign_display_indexes(strategy, action_list)
    roots = [
        build(goal, str(index)) for index, goal in enumerate(goal_children.get(None, []), start=1)
    ]
    return StrategyTree(strategy=strategy, levels=levels, roots=roots)


def _assign_display_indexes(strategy: Strategy, actions: list[Action]) -> None:
    order = Action.objects.filter(strategy=strategy).order_by("goal_id", "position", "id")
    index_by_pk: dict[int, int] = {}
    counters: dict[int, int] = {}
    for pk, goal_id in order.values_list("pk", "goal_id"):
        counters[goal_id] = counters.get(goal_id, 0) + 1
        index_by_pk[pk] = counters[goal_id]
    for action in actions:
        action.display_index = index_by_pk[action.pk]


@dataclass
class PlanFilters:
    institution_id: int | None = None
    role: str | None = None  # implementer / partner; None: either
    source_id: int | None = None
    year: int | None = None

    @property
    def active(self) -> bool:
        return any(v is not None for v in (self.institution_id, self.source_id, self.year))


@dataclass
class PlanArea:
    node: TreeNode
    rows: list[TreeNode]  # the actions
    items: list[TreeNode]  # intermediate goals (as headings) and actions, in order


@dataclass
class ActionPlan:
    levels: list[Level]
    areas: list[PlanArea]

    @property
    def action_count(self) -> int:
        return sum(len(area.rows) for area in self.areas)


def filtered_actions(strategy: Strategy, filters: PlanFilters):
    actions = Action.objects.filter(strategy=strategy)
    if filters.institution_id is not None:
        participation = {"participants__institution_id": filters.institution_id}
        if filters.role:
            participation["participants__role"] = filters.role
        actions = actions.filter(**participation)
    if filters.source_id is not None:
        actions = actions.filter(fundings__source_id=filters.source_id)
    if filters.year is not None:
        actions = actions.covering_year(filters.year)
    return actions.distinct()


def action_plan(strategy: Strategy, filters: PlanFilters | None = None) -> ActionPlan:
    """The plan as councils publish it: per top-level area, its actions in order."""
    filters = filters or PlanFilters()
    tree = strategy_tree(
        strategy,
        actions=filtered_actions(strategy, filters),
        with_indicators=False,
        with_plan=True,
    )
    areas = []
    for root in tree.roots:
        rows = list(root.iter_actions())
        if rows or not filters.active:
            areas.append(PlanArea(node=root, rows=rows, items=list(root.plan_items())))
    return ActionPlan(levels=tree.levels, areas=areas)


def institutions_in_strategy(strategy: Strategy):
    """Institutions named in a strategy's actions, for the implementer filter."""

    return (
        Institution.objects.filter(action_roles__action__strategy=strategy)
        .distinct()
        .order_by("name")
    )


def action_detail(strategy: Strategy, pk: int) -> Action:
    """One action with everything its page shows; Action.DoesNotExist if not in strategy."""
    actions = (
        Action.objects.filter(strategy=strategy, pk=pk)
        .select_related("goal")
        .prefetch_related(
            Prefetch(
                "indicators",
                queryset=Indicator.objects.select_related("responsible").order_by("position", "id"),
            )
        )
    )
    found = load_actions(strategy, actions, amounts=True)
    if not found:
        raise Action.DoesNotExist
    return found[0]


@dataclass
class FrameworkRow:
    source_name: str
    amounts: list  # one Decimal (or None) per year
    total: object


@dataclass
class FinancialFramework:
    years: list[int]
    rows: list[FrameworkRow]
    year_totals: list
    total: object


def financial_framework(strategy: Strategy) -> FinancialFramework:
    """Planned amounts of all actions summed by financing source and year, in one query."""

    years = list(strategy.years)
    sums = (
        PlannedAmount.objects.filter(funding__action__strategy=strategy)
        .values("funding__source_id", "year")
        .annotate(total=Sum("amount"))
    )
    by_source: dict[int, dict[int, Decimal]] = {}
    for row in sums:
        by_source.setdefault(row["funding__source_id"], {})[row["year"]] = row["total"]
    sources = FinancingSource.objects.filter(pk__in=by_source).order_by("position", "name")
    rows = []
    for source in sources:
        amounts = [by_source[source.pk].get(year) for year in years]
        rows.append(
            FrameworkRow(
                source_name=source.name,
                amounts=amounts,
                total=sum((a for a in amounts if a is not None), Decimal(0)),
            )
        )
    year_totals = [
        sum((row.amounts[i] for row in rows if row.amounts[i] is not None), Decimal(0))
        for i in range(len(years))
    ]
    return FinancialFramework(
        years=years, rows=rows, year_totals=year_totals, total=sum(year_totals, Decimal(0))
    )


def strategy_levels(strategy: Strategy) -> list[Level]:
    return list(strategy.levels.order_by("depth"))


def strategy_adoption_problems(strategy: Strategy) -> list[str]:
    """What keeps a strategy from being adopted, in words for the coordinator."""
    problems = []
    without_implementer = strategy.actions.exclude(
        participants__role=ActionParticipant.Role.IMPLEMENTER
    ).order_by("position", "id")
    count = without_implementer.count()
    if count:
        first = without_implementer.first()
        problems.append(
            ngettext(
                "%(count)s action has no implementer: “%(title)s”.",
                "%(count)s actions have no implementer, for example “%(title)s”.",
                count,
            )
            % {"count": count, "title": first.title}
        )
    if not strategy.actions.exists():
        problems.append(_("The strategy has no actions yet."))
    return problems


def goal_levels_count(strategy: Strategy) -> int:
    """How many levels hold goals: all but the last, which holds actions."""
    return strategy.levels.count() - 1


def goal_delete_summary(goal: Goal) -> dict[str, int]:
    """What goes with a goal when it is deleted."""
    descendants = goal_descendant_ids(goal)
    ids = [goal.pk, *descendants]
    actions = Action.objects.filter(goal_id__in=ids)
    return {
        "goals": len(descendants),
        "actions": actions.count(),
        "indicators": Indicator.objects.filter(goal_id__in=ids).count()
        + Indicator.objects.filter(action__in=actions).count(),
    }


def goal_descendant_ids(goal: Goal) -> list[int]:
    rows = Goal.objects.filter(strategy_id=goal.strategy_id).values_list("pk", "parent_id")
    children: dict[int | None, list[int]] = {}
    for pk, parent_id in rows:
        children.setdefault(parent_id, []).append(pk)
    result, stack = [], list(children.get(goal.pk, []))
    while stack:
        pk = stack.pop()
        result.append(pk)
        stack.extend(children.get(pk, []))
    return result

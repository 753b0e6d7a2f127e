"""Reads of versions: the snapshot of a strategy (see models.py for its format), the tree
a page renders from a snapshot, and the versions of a strategy.

``strategy_snapshot`` reads a fixed number of queries whatever the strategy's size (it
reuses ``strategies.selectors.strategy_tree``); tests/test_snapshot.py pins it.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from core.numbers import trimmed
from governments.models import Institution
from strategies.models import IndicatorMilestone, PlannedAmount, Strategy
from strategies.selectors import strategy_tree

from .models import SNAPSHOT_FORMAT, StrategyVersion


def _decimal(value: Decimal | None) -> str | None:
    return None if value is None else str(trimmed(value))


def strategy_snapshot(strategy: Strategy) -> dict:
    """The whole strategy as it is now, as a JSON-ready dict (the format in models.py)."""
    tree = strategy_tree(strategy, with_plan=True)
    names = dict(
        Institution.objects.filter(government_id=strategy.government_id).values_list("pk", "name")
    )
    amounts = _planned_amounts(strategy)
    milestones = _milestones(strategy)
    goals, actions, indicators = [], [], []
    positions: dict[tuple[str, int | None], int] = {}
    for node in tree.nodes():
        if node.is_action:
            key = ("action", node.action.goal_id)
            actions.append(_action_entry(node, positions.get(key, 0), amounts))
        else:
            key = ("goal", node.goal.parent_id)
            goals.append(_goal_entry(node, positions.get(key, 0)))
        positions[key] = positions.get(key, 0) + 1
        owner = "action" if node.is_action else "goal"
        indicators += [
            _indicator_entry(indicator, owner, node.obj.pk, names, milestones)
            for indicator in node.indicators
        ]
    return {
        "format": SNAPSHOT_FORMAT,
        "strategy": _strategy_entry(strategy),
        "levels": [{"depth": level.depth, "name": level.name} for level in tree.levels],
        "goals": goals,
        "actions": actions,
        "indicators": indicators,
    }


def _planned_amounts(strategy: Strategy) -> dict[tuple[int, int], dict[str, str | None]]:
    """{(action id, source id): {year: amount}}, years in order."""
    amounts: dict[tuple[int, int], dict[str, str | None]] = {}
    planned = PlannedAmount.objects.filter(funding__action__strategy=strategy).values_list(
        "funding__action_id", "funding__source_id", "year", "amount"
    )
    for action_id, source_id, year, amount in planned.order_by("year"):
        amounts.setdefault((action_id, source_id), {})[str(year)] = _decimal(amount)
    return amounts


def _milestones(strategy: Strategy) -> dict[int, dict[str, str | None]]:
    """{indicator id: {year: value}}, years in order."""
    milestones: dict[int, dict[str, str | None]] = {}
    rows = IndicatorMilestone.objects.filter(indicator__strategy=strategy).values_list(
        "indicator_id", "year", "value"
    )
    for indicator_id, year, value in rows.order_by("year"):
        milestones.setdefault(indicator_id, {})[str(year)] = _decimal(value)
    return milestones


def _strategy_entry(strategy: Strategy) -> dict:
    return {
        "pk": strategy.pk,
        "title": strategy.title,
        "year_from": strategy.year_from,
        "year_to": strategy.year_to,
        "status": strategy.status,
        "mission": strategy.mission,
        "vision": strategy.vision,
        "introduction": strategy.introduction,
        "legal_basis": strategy.legal_basis,
        "implementation_system": strategy.implementation_system,
        "monitoring_system": strategy.monitoring_system,
        "resolution_number": strategy.resolution_number,
        "resolution_date": (
            strategy.resolution_date.isoformat() if strategy.resolution_date else None
        ),
    }


def _goal_entry(node, position: int) -> dict:
    goal = node.goal
    return {
        "pk": goal.pk,
        "number": node.number,
        "parent": goal.parent_id,
        "depth": goal.depth,
        "level": node.level.name if node.level else "",
        "position": position,
        "title": goal.title,
        "description": goal.description,
    }


def _action_entry(node, position: int, amounts: dict) -> dict:
    action = node.action
    return {
        "pk": action.pk,
        "number": node.number,
        "goal": action.goal_id,
        "position": position,
        "title": action.title,
        "description": action.description,
        "period": {
            "continuous": action.is_continuous,
            "year_from": action.year_from,
            "year_to": action.year_to,
        },
        "implementers": [p.institution.name for p in action.implementers()],
        "partners": [p.institution.name for p in action.partners()],
        "financing": [
            {
                "source": funding.source.name,
                "amounts": amounts.get((action.pk, funding.source_id), {}),
            }
            for funding in action.financing()
        ],
        "priorities": {
            str(year): priority for year, priority in sorted(action.priorities_by_year().items())
        },
    }


def _indicator_entry(indicator, owner: str, owner_pk: int, names: dict, milestones: dict) -> dict:
    """An indicator of a goal (``owner`` "goal") or of an action."""
    return {
        "pk": indicator.pk,
        "goal": owner_pk if owner == "goal" else None,
        "action": owner_pk if owner == "action" else None,
        "name": indicator.name,
        "unit": indicator.unit,
        "baseline_value": _decimal(indicator.baseline_value),
        "baseline_year": indicator.baseline_year,
        "target_value": _decimal(indicator.target_value),
        "target_year": indicator.target_year,
        "target_description": indicator.target_description,
        "direction": indicator.direction,
        "frequency": indicator.frequency,
        "data_source": indicator.data_source,
        "responsible": names.get(indicator.responsible_id, ""),
        "milestones": milestones.get(indicator.pk, {}),
    }


# The tree of a snapshot, for rendering ------------------------------------------------------


@dataclass
class SnapshotNode:
    """A goal or an action of a snapshot with what hangs below it. ``data`` is the element's
    dict from the snapshot (its title, description, period, implementers…)."""

    kind: str  # "goal" or "action"
    data: dict
    level: str
    children: list["SnapshotNode"] = field(default_factory=list)
    indicators: list[dict] = field(default_factory=list)

    @property
    def number(self) -> str:
        return self.data["number"]

    @property
    def title(self) -> str:
        return self.data["title"]

    @property
    def is_action(self) -> bool:
        return self.kind == "action"

    @property
    def actions(self) -> list["SnapshotNode"]:
        return [child for child in self.children if child.is_action]

    @property
    def goals(self) -> list["SnapshotNode"]:
        return [child for child in self.children if not child.is_action]


@dataclass
class SnapshotTree:
    strategy: dict
    levels: list[dict]
    sections: list[SnapshotNode]  # the top-level goals (areas)

    @property
    def level_names(self) -> list[str]:
        return [level["name"] for level in self.levels]


def snapshot_tree(snapshot: dict) -> SnapshotTree:
    """A snapshot as a tree: sections (top-level goals) → goals → actions → indicators.

    Pure Python, no database: the portal and the consultation render frozen versions with it.
    """
    levels = snapshot.get("levels", [])
    action_level = levels[-1]["name"] if levels else ""
    goal_nodes = {
        goal["pk"]: SnapshotNode("goal", goal, goal.get("level", ""))
        for goal in snapshot.get("goals", [])
    }
    action_nodes = {
        action["pk"]: SnapshotNode("action", action, action_level)
        for action in snapshot.get("actions", [])
    }
    sections = []
    for node in goal_nodes.values():  # in tree order: a parent comes before its children
        parent = node.data.get("parent")
        if parent is None:
            sections.append(node)
        elif parent in goal_nodes:
            goal_nodes[parent].children.append(node)
    for node in action_nodes.values():
        if node.data["goal"] in goal_nodes:
            goal_nodes[node.data["goal"]].children.append(node)
    for indicator in snapshot.get("indicators", []):
        owner = (
            action_nodes.get(indicator["action"])
            if indicator.get("action") is not None
            else goal_nodes.get(indicator.get("goal"))
        )
        if owner is not None:
            owner.indicators.append(indicator)
    return SnapshotTree(strategy=snapshot.get("strategy", {}), levels=levels, sections=sections)


# Versions ---------------------------------------------------------------------------------


def strategy_versions(strategy: Strategy):
    """The versions of a strategy, newest first, without their (large) snapshots."""
    return (
        StrategyVersion.objects.for_strategy(strategy)
        .select_related("created_by")
        .defer("snapshot")
        .order_by("-number")
    )

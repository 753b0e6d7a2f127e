"""What changed between two snapshots of a strategy (the format is in models.py).

Pure Python: no database. ``compare(old, new)`` matches goals, actions and indicators by
their ``pk`` and reports, per kind of element:

- ``added`` and ``removed``: elements found in only one of the snapshots;
- ``changed``: elements found in both whose content differs, field by field (old and new
  value, as text for people and as stored), or that were **moved**: a goal or action
  whose parent changed, or whose order among the siblings it kept changed; an indicator
  that went to another goal or action;
- ``renumbered``: elements whose number changed only because others were added, removed
  or moved around them; their content is the same, so they count as unchanged;
- ``unchanged``: how many elements are the same in both.

The strategy's own fields (title, period, mission, vision, the prose chapters of the
document, the names of the levels) are compared as one list of field changes; a chapter
missing from an older snapshot (format 1) counts as empty. Labels are translated
(gettext); numbers are shown the Polish way.

Texts are compared word by word through core.diff, within a bounded amount of work shared
by the whole comparison: a text too long or too different to be compared so in time is
shown changed as a whole (``FieldChange.whole``), old and new text in full.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import partial

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.diff import DiffBudget, opcodes
from strategies.models import Indicator, Priority

EMPTY = "—"


# Formatting of values -------------------------------------------------------------------


def _number(value: str | None) -> str:
    if value is None or value == "":
        return EMPTY
    try:
        return number_format(Decimal(value), force_grouping=True)
    except (InvalidOperation, TypeError):
        return str(value)


def _text(value) -> str:
    return EMPTY if value in (None, "") else str(value)


def _names(value: list[str]) -> str:
    return "; ".join(value) if value else EMPTY


def _period(value: dict) -> str:
    if value.get("continuous"):
        return _("continuous work")
    first, last = value.get("year_from"), value.get("year_to")
    if first is None:
        return EMPTY
    return str(first) if first == last else f"{first}–{last}"


def _per_year(value: dict, show: Callable[[str], str]) -> str:
    if not value:
        return EMPTY
    return "; ".join(f"{year}: {show(item)}" for year, item in sorted(value.items()))


def _financing(value: list[dict]) -> str:
    if not value:
        return EMPTY
    parts = []
    for funding in value:
        amounts = funding.get("amounts") or {}
        if amounts:
            parts.append(f"{funding['source']} ({_per_year(amounts, _number)})")
        else:
            parts.append(funding["source"])
    return "; ".join(parts)


def _choice(choices) -> Callable[[str], str]:
    def show(value) -> str:
        return str(dict(choices).get(value, _text(value)))

    return show


def _priorities(value: dict) -> str:
    return _per_year(value, _choice(Priority.choices))


def _milestones(value: dict) -> str:
    return _per_year(value, _number)


def _strategy_period(value: dict) -> str:
    return f"{value.get('year_from')}–{value.get('year_to')}"


def _levels(value: list) -> str:
    return " / ".join(level["name"] for level in value) if value else EMPTY


@dataclass(frozen=True)
class Field:
    name: str
    label: object  # a lazy translation
    show: Callable = _text
    is_text: bool = False  # prose: compared word by word


# The prose chapters of the strategy document (format 2 of the snapshot; "" in format 1).
CHAPTERS = ("introduction", "legal_basis", "implementation_system", "monitoring_system")

STRATEGY_FIELDS = [
    Field("title", gettext_lazy("title"), is_text=True),
    Field("period", gettext_lazy("period"), _strategy_period),
    Field("mission", gettext_lazy("mission"), is_text=True),
    Field("vision", gettext_lazy("vision"), is_text=True),
    # the labels are the model fields' verbose names
    Field("introduction", gettext_lazy("introduction"), is_text=True),
    Field("legal_basis", gettext_lazy("legal basis"), is_text=True),
    Field("implementation_system", gettext_lazy("implementation system"), is_text=True),
    Field("monitoring_system", gettext_lazy("monitoring and evaluation system"), is_text=True),
    Field("levels", gettext_lazy("levels of the structure"), _levels),
]
GOAL_FIELDS = [
    Field("title", gettext_lazy("title"), is_text=True),
    Field("description", gettext_lazy("description"), is_text=True),
]
ACTION_FIELDS = [
    Field("title", gettext_lazy("title"), is_text=True),
    Field("description", gettext_lazy("description"), is_text=True),
    Field("period", gettext_lazy("period"), _period),
    Field("implementers", gettext_lazy("implementers"), _names),
    Field("partners", gettext_lazy("partners"), _names),
    Field("financing", gettext_lazy("financing sources and planned amounts"), _financing),
    Field("priorities", gettext_lazy("priority by year"), _priorities),
]
INDICATOR_FIELDS = [
    Field("name", gettext_lazy("name"), is_text=True),
    Field("unit", gettext_lazy("unit")),
    Field("baseline_value", gettext_lazy("baseline value"), _number),
    Field("baseline_year", gettext_lazy("baseline year")),
    Field("target_value", gettext_lazy("target value"), _number),
    Field("target_year", gettext_lazy("target year")),
    Field("target_description", gettext_lazy("target in words"), is_text=True),
    Field("direction", gettext_lazy("direction"), _choice(Indicator.Direction.choices)),
    Field("frequency", gettext_lazy("measurement frequency"), _choice(Indicator.Frequency.choices)),
    Field("data_source", gettext_lazy("data source"), is_text=True),
    Field("responsible", gettext_lazy("responsible institution")),
    Field("milestones", gettext_lazy("milestones"), _milestones),
]
PLACE_LABEL = gettext_lazy("place in the structure")


# Results ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    """A piece of a value: ``changed`` pieces are marked <del> (before) or <ins> (after)."""

    text: str
    changed: bool


def word_diff(
    old: str, new: str, *, budget: DiffBudget | None = None
) -> tuple[list[Segment], list[Segment]] | None:
    """Two texts cut into the words they share and the words only one of them has; None
    when that would take more work than one text may (or than is left of ``budget``)."""
    old_words, new_words = re.split(r"(\s+)", old), re.split(r"(\s+)", new)
    before: list[Segment] = []
    after: list[Segment] = []
    steps = opcodes(old_words, new_words, budget=budget)
    if steps is None:
        return None
    for op, a1, a2, b1, b2 in steps:
        if a2 > a1:
            before.append(Segment("".join(old_words[a1:a2]), op != "equal"))
        if b2 > b1:
            after.append(Segment("".join(new_words[b1:b2]), op != "equal"))
    return before, after


@dataclass
class FieldChange:
    field: str
    label: str
    old_value: object  # as stored in the snapshot
    new_value: object
    old: str  # as shown
    new: str
    old_segments: list[Segment]
    new_segments: list[Segment]
    whole: bool = False  # a text too long or too different to be compared word by word


def _field_change(spec: Field, old_value, new_value, budget: DiffBudget) -> FieldChange:
    old_text, new_text = spec.show(old_value), spec.show(new_value)
    words = None
    if spec.is_text and old_value and new_value:
        words = word_diff(str(old_value), str(new_value), budget=budget)
    if words is not None:
        before, after = words
    else:
        before = [Segment(old_text, old_value not in (None, "", [], {}))]
        after = [Segment(new_text, new_value not in (None, "", [], {}))]
    return FieldChange(
        field=spec.name,
        label=str(spec.label),
        old_value=old_value,
        new_value=new_value,
        old=old_text,
        new=new_text,
        old_segments=before,
        new_segments=after,
        whole=bool(spec.is_text and old_value and new_value and words is None),
    )


@dataclass
class Element:
    """An element of one snapshot, as a comparison names it."""

    pk: int
    number: str  # goals and actions; for an indicator, the number of its goal or action
    title: str
    level: str = ""
    data: dict = field(default_factory=dict, repr=False)


@dataclass
class ElementChange:
    old: Element
    new: Element
    fields: list[FieldChange] = field(default_factory=list)  # with "place" when moved
    moved: bool = False

    @property
    def pk(self) -> int:
        return self.new.pk

    @property
    def renumbered(self) -> bool:
        return self.old.number != self.new.number

    def change_of(self, name: str) -> FieldChange | None:
        return next((change for change in self.fields if change.field == name), None)

    @property
    def changed_fields(self) -> list[str]:
        return [change.field for change in self.fields]


@dataclass
class KindComparison:
    kind: str  # goals / actions / indicators
    label: str
    added: list[Element] = field(default_factory=list)
    removed: list[Element] = field(default_factory=list)
    changed: list[ElementChange] = field(default_factory=list)
    renumbered: list[ElementChange] = field(default_factory=list)
    unchanged: int = 0

    @property
    def has_differences(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    @property
    def moved(self) -> list[ElementChange]:
        return [change for change in self.changed if change.moved]


@dataclass
class Comparison:
    strategy: list[FieldChange]
    goals: KindComparison
    actions: KindComparison
    indicators: KindComparison

    @property
    def kinds(self) -> list[KindComparison]:
        return [self.goals, self.actions, self.indicators]

    @property
    def identical(self) -> bool:
        return not self.strategy and not any(kind.has_differences for kind in self.kinds)


# Comparing --------------------------------------------------------------------------------


def _by_pk(items: list[dict]) -> dict[int, dict]:
    return {item["pk"]: item for item in items}


def _moved_in_order(
    old: dict[int, dict], new: dict[int, dict], parent_field: str, budget: DiffBudget
) -> set[int]:
    """Elements whose order among the siblings they kept changed: those outside the
    longest run of siblings that stayed in the same order (or, should finding that run
    take too long, those whose place among them changed)."""
    kept = [pk for pk in old if pk in new and old[pk][parent_field] == new[pk][parent_field]]
    groups: dict[object, list[int]] = {}
    for pk in kept:
        groups.setdefault(old[pk][parent_field], []).append(pk)
    moved: set[int] = set()
    for pks in groups.values():
        before = sorted(pks, key=lambda pk: old[pk]["position"])
        after = sorted(pks, key=lambda pk: new[pk]["position"])
        steps = opcodes(before, after, budget=budget)
        if steps is None:
            moved.update(pk for pk, other in zip(before, after, strict=True) if pk != other)
            continue
        in_order = set()
        for op, a1, a2, _b1, _b2 in steps:
            if op == "equal":
                in_order.update(before[a1:a2])
        moved.update(pk for pk in pks if pk not in in_order)
    return moved


class _Side:
    """One snapshot with its elements by pk, to name parents and owners."""

    def __init__(self, snapshot: dict):
        self.goals = _by_pk(snapshot.get("goals", []))
        self.actions = _by_pk(snapshot.get("actions", []))
        self.indicators = _by_pk(snapshot.get("indicators", []))
        levels = snapshot.get("levels", [])
        self.action_level = levels[-1]["name"] if levels else ""

    def goal(self, data: dict) -> Element:
        return Element(data["pk"], data["number"], data["title"], data.get("level", ""), data)

    def action(self, data: dict) -> Element:
        return Element(data["pk"], data["number"], data["title"], self.action_level, data)

    def owner(self, data: dict) -> dict | None:
        if data.get("action") is not None:
            return self.actions.get(data["action"])
        return self.goals.get(data.get("goal"))

    def indicator(self, data: dict) -> Element:
        owner = self.owner(data)
        return Element(data["pk"], owner["number"] if owner else "", data["name"], "", data)

    def place(self, parent: dict | None, number: str) -> str:
        if parent is None:
            return number
        return _("%(number)s, under %(parent_number)s. %(parent_title)s") % {
            "number": number,
            "parent_number": parent["number"],
            "parent_title": parent["title"],
        }


def _compare_kind(
    *,
    kind: str,
    label: str,
    old: dict[int, dict],
    new: dict[int, dict],
    fields: list[Field],
    element: Callable[["_Side", dict], Element],
    old_side: _Side,
    new_side: _Side,
    moved: Callable[[dict, dict], tuple[str, str] | None],
    budget: DiffBudget,
) -> KindComparison:
    result = KindComparison(kind=kind, label=label)
    result.added = [element(new_side, data) for pk, data in new.items() if pk not in old]
    result.removed = [element(old_side, data) for pk, data in old.items() if pk not in new]
    for pk, new_data in new.items():
        old_data = old.get(pk)
        if old_data is None:
            continue
        change = ElementChange(old=element(old_side, old_data), new=element(new_side, new_data))
        place = moved(old_data, new_data)
        if place is not None:
            change.moved = True
            change.fields.append(
                FieldChange(
                    field="place",
                    label=str(PLACE_LABEL),
                    old_value=old_data.get("number"),
                    new_value=new_data.get("number"),
                    old=place[0],
                    new=place[1],
                    old_segments=[Segment(place[0], True)],
                    new_segments=[Segment(place[1], True)],
                )
            )
        for spec in fields:
            old_value, new_value = old_data.get(spec.name), new_data.get(spec.name)
            if old_value != new_value:
                change.fields.append(_field_change(spec, old_value, new_value, budget))
        if change.fields:
            result.changed.append(change)
        else:
            result.unchanged += 1
            if change.renumbered:
                result.renumbered.append(change)
    return result


def compare(old_snapshot: dict, new_snapshot: dict) -> Comparison:
    """What changed from ``old_snapshot`` to ``new_snapshot`` (see the module docstring)."""
    budget = DiffBudget()  # one for the whole comparison, so that a page stays quick
    old_side, new_side = _Side(old_snapshot), _Side(new_snapshot)
    moved_goals = _moved_in_order(old_side.goals, new_side.goals, "parent", budget)
    moved_actions = _moved_in_order(old_side.actions, new_side.actions, "goal", budget)
    kinds = {  # in this order: the budget is spent on goals first
        "goals": (_("Goals"), GOAL_FIELDS, _Side.goal, partial(_goal_moved, moved_goals)),
        "actions": (
            _("Actions"),
            ACTION_FIELDS,
            _Side.action,
            partial(_action_moved, moved_actions),
        ),
        "indicators": (_("Indicators"), INDICATOR_FIELDS, _Side.indicator, _indicator_moved),
    }
    parts = {
        kind: _compare_kind(
            kind=kind,
            label=label,
            old=getattr(old_side, kind),
            new=getattr(new_side, kind),
            fields=fields,
            element=element,
            old_side=old_side,
            new_side=new_side,
            moved=partial(moved, old_side, new_side),
            budget=budget,
        )
        for kind, (label, fields, element, moved) in kinds.items()
    }
    return Comparison(strategy=_strategy_changes(old_snapshot, new_snapshot, budget), **parts)


# Where an element moved: None when it stayed, else (old place, new place) in words.


def _goal_moved(moved: set, old_side, new_side, old: dict, new: dict) -> tuple[str, str] | None:
    if old["parent"] == new["parent"] and old["pk"] not in moved:
        return None
    return (
        old_side.place(old_side.goals.get(old["parent"]), old["number"]),
        new_side.place(new_side.goals.get(new["parent"]), new["number"]),
    )


def _action_moved(moved: set, old_side, new_side, old: dict, new: dict) -> tuple[str, str] | None:
    if old["goal"] == new["goal"] and old["pk"] not in moved:
        return None
    return (
        old_side.place(old_side.goals.get(old["goal"]), old["number"]),
        new_side.place(new_side.goals.get(new["goal"]), new["number"]),
    )


def _indicator_moved(old_side, new_side, old: dict, new: dict) -> tuple[str, str] | None:
    if (old.get("goal"), old.get("action")) == (new.get("goal"), new.get("action")):
        return None
    old_owner, new_owner = old_side.owner(old), new_side.owner(new)
    return (
        f"{old_owner['number']} {old_owner['title']}" if old_owner else EMPTY,
        f"{new_owner['number']} {new_owner['title']}" if new_owner else EMPTY,
    )


def _strategy_fields(snapshot: dict) -> dict:
    own = snapshot.get("strategy", {})
    return {
        "title": own.get("title", ""),
        "period": {"year_from": own.get("year_from"), "year_to": own.get("year_to")},
        "mission": own.get("mission", ""),
        "vision": own.get("vision", ""),
        **{name: own.get(name, "") for name in CHAPTERS},  # absent from format 1
        "levels": [
            {"depth": level["depth"], "name": level["name"]} for level in snapshot.get("levels", [])
        ],
    }


def _strategy_changes(
    old_snapshot: dict, new_snapshot: dict, budget: DiffBudget
) -> list[FieldChange]:
    old, new = _strategy_fields(old_snapshot), _strategy_fields(new_snapshot)
    return [
        _field_change(spec, old[spec.name], new[spec.name], budget)
        for spec in STRATEGY_FIELDS
        if old[spec.name] != new[spec.name]
    ]

"""Writes to strategies: every change is one transaction and validated before it is saved."""

from collections.abc import Iterable, Sequence
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.services import kept_by, next_position, save_validated, swap_positions
from governments.models import Institution, LocalGovernment

from .models import (
    MAX_LEVELS,
    MIN_LEVELS,
    Action,
    ActionFunding,
    ActionParticipant,
    ActionPriority,
    FinancingSource,
    Goal,
    Indicator,
    IndicatorMilestone,
    IndicatorValue,
    Level,
    PlannedAmount,
    Strategy,
)
from .selectors import (
    goal_levels_count,
    strategy_adoption_problems,
    strategy_levels,
)

DEFAULT_LEVEL_NAMES = ["Obszar", "Cel strategiczny", "Cel operacyjny", "Działanie"]

DEFAULT_FINANCING_SOURCES = [
    ("gmina_budget", "budżet gminy"),
    ("powiat_budget", "budżet powiatu"),
    ("state_budget", "budżet państwa"),
    ("pfron", "PFRON"),
    ("eu_funds", "fundusze Unii Europejskiej"),
    ("ngo", "środki organizacji pozarządowych"),
    ("other", "inne źródła"),
]

# Status changes a strategy may make; anything else is refused.
STATUS_TRANSITIONS: dict[str, set[str]] = {
    Strategy.Status.DRAFT: {Strategy.Status.CONSULTATION, Strategy.Status.ADOPTED},
    Strategy.Status.CONSULTATION: {Strategy.Status.DRAFT, Strategy.Status.ADOPTED},
    # adopted → adopted corrects the resolution's number or date
    Strategy.Status.ADOPTED: {Strategy.Status.ADOPTED, Strategy.Status.EXPIRED},
    Strategy.Status.EXPIRED: set(),
}


def _clean_level_names(names: Sequence[str]) -> list[str]:
    cleaned = [name.strip() for name in names if name and name.strip()]
    if not MIN_LEVELS <= len(cleaned) <= MAX_LEVELS:
        raise ValidationError(
            _("A strategy has from %(min)s to %(max)s levels.")
            % {"min": MIN_LEVELS, "max": MAX_LEVELS}
        )
    return cleaned


@transaction.atomic
def strategy_create(
    *,
    government: LocalGovernment,
    title: str,
    year_from: int,
    year_to: int,
    level_names: Sequence[str] = DEFAULT_LEVEL_NAMES[1:],
    mission: str = "",
    vision: str = "",
) -> Strategy:
    names = _clean_level_names(level_names)
    strategy = save_validated(
        Strategy(
            government=government,
            title=title,
            year_from=year_from,
            year_to=year_to,
            mission=mission,
            vision=vision,
        )
    )
    for depth, name in enumerate(names, start=1):
        save_validated(Level(strategy=strategy, depth=depth, name=name))
    return strategy


@transaction.atomic
def strategy_update(*, strategy: Strategy, **fields) -> Strategy:
    years_changed = (
        fields.get("year_from", strategy.year_from) != strategy.year_from
        or fields.get("year_to", strategy.year_to) != strategy.year_to
    )
    for name, value in fields.items():
        setattr(strategy, name, value)
    save_validated(strategy)
    if years_changed:
        outside = [
            action
            for action in strategy.actions.filter(is_continuous=False)
            if action.year_from not in strategy.years or action.year_to not in strategy.years
        ]
        if outside:
            raise ValidationError(
                ngettext(
                    "%(count)s action would fall outside the new period: “%(title)s”. "
                    "Change its years first.",
                    "%(count)s actions would fall outside the new period, for example "
                    "“%(title)s”. Change their years first.",
                    len(outside),
                )
                % {"count": len(outside), "title": outside[0].title}
            )
    return strategy


@transaction.atomic
def strategy_set_levels(*, strategy: Strategy, names: Sequence[str]) -> list[Level]:
    """Rename the levels; the depth may change only while the strategy has no goals yet."""
    names = _clean_level_names(names)
    current = strategy_levels(strategy)
    if len(names) != len(current) and strategy.goals.exists():
        raise ValidationError(
            _(
                "The number of levels can be changed only before the first goal is added. "
                "You can still rename the levels."
            )
        )
    for depth, name in enumerate(names, start=1):
        level = next((lvl for lvl in current if lvl.depth == depth), None)
        if level is None:
            save_validated(Level(strategy=strategy, depth=depth, name=name))
        elif level.name != name:
            level.name = name
            save_validated(level)
    for level in current:
        if level.depth > len(names):
            level.delete()
    return strategy_levels(strategy)


@transaction.atomic
def strategy_change_status(
    *,
    strategy: Strategy,
    status: str,
    resolution_number: str = "",
    resolution_date=None,
) -> Strategy:
    strategy = Strategy.objects.select_for_update().get(pk=strategy.pk)
    if status not in STATUS_TRANSITIONS[strategy.status]:
        raise ValidationError(
            _("A strategy cannot go from “%(old)s” to “%(new)s”.")
            % {
                "old": Strategy.Status(strategy.status).label,
                "new": Strategy.Status(status).label,
            }
        )
    if status == Strategy.Status.ADOPTED:
        problems = strategy_adoption_problems(strategy)
        if problems:
            raise ValidationError(problems)
        strategy.resolution_number = resolution_number
        strategy.resolution_date = resolution_date
    strategy.status = status
    return save_validated(strategy)


@transaction.atomic
def strategy_delete(*, strategy: Strategy) -> None:
    if strategy.is_adopted:
        raise ValidationError(
            _("An adopted strategy cannot be deleted: it is a record of a council resolution.")
        )
    strategy.delete()


# Goals ---------------------------------------------------------------------------------


@transaction.atomic
def goal_create(
    *, strategy: Strategy, parent: Goal | None, title: str, description: str = ""
) -> Goal:
    depth = 1 if parent is None else parent.depth + 1
    if parent is not None and parent.strategy_id != strategy.pk:
        raise ValidationError(_("The parent element belongs to another strategy."))
    if depth > goal_levels_count(strategy):
        raise ValidationError(
            _("This element is on the last goal level; add actions to it instead.")
        )
    siblings = Goal.objects.filter(strategy=strategy, parent=parent)
    return save_validated(
        Goal(
            strategy=strategy,
            parent=parent,
            depth=depth,
            position=next_position(siblings),
            title=title,
            description=description,
        )
    )


@transaction.atomic
def goal_update(*, goal: Goal, title: str, description: str, parent: Goal | None = None) -> Goal:
    """Change a goal's text; with ``parent``, move it (and all below it) under another
    element of the same level, at the end."""
    goal.title = title
    goal.description = description
    if parent is not None and parent.pk != goal.parent_id:
        if parent.strategy_id != goal.strategy_id or parent.depth != goal.depth - 1:
            raise ValidationError(
                {"parent": _("Choose an element of the level directly above this one.")}
            )
        goal.parent = parent
        goal.position = next_position(Goal.objects.filter(parent=parent))
    return save_validated(goal)


@transaction.atomic
def goal_delete(*, goal: Goal) -> None:
    _refuse_if_reported(goal)
    goal.delete()


def _refuse_if_reported(*objects) -> None:
    """Monitoring reports are a record: what an institution reported on an action or an
    indicator is not deleted with it (the reports would change after their approval). The
    reports' foreign keys are RESTRICT: the rows they keep are counted without importing
    monitoring (core.services.kept_by)."""
    reported = len(kept_by(*objects))
    if reported:
        raise ValidationError(
            _(
                "Institutions have reported on this in the monitoring (%(count)s reports): it "
                "stays part of the yearly reports and cannot be deleted. Change its period "
                "instead, so that it does not enter next year's forms."
            )
            % {"count": reported}
        )


@transaction.atomic
def goal_move(*, goal: Goal, direction: str) -> bool:
    siblings = Goal.objects.filter(strategy_id=goal.strategy_id, parent_id=goal.parent_id)
    return swap_positions(goal, siblings, direction=direction)


# Actions -------------------------------------------------------------------------------


def _check_same_government(strategy: Strategy, institutions: Iterable[Institution]) -> None:
    for institution in institutions:
        if institution.government_id != strategy.government_id:
            raise ValidationError(_("An institution belongs to another local government."))


def _unique(items: Sequence) -> list:
    """Keep the first occurrence of each row, in order (a list may name a body twice)."""
    seen: set[int] = set()
    return [item for item in items if not (item.pk in seen or seen.add(item.pk))]


def _set_participants(
    action: Action, implementers: Sequence[Institution], partners: Sequence[Institution]
) -> None:
    implementers, partners = _unique(implementers), _unique(partners)
    both = {i.pk for i in implementers} & {p.pk for p in partners}
    if both:
        raise ValidationError(
            {"partners": _("An institution cannot be both an implementer and a partner.")}
        )
    _check_same_government(action.strategy, [*implementers, *partners])
    wanted = [(i, ActionParticipant.Role.IMPLEMENTER) for i in implementers] + [
        (p, ActionParticipant.Role.PARTNER) for p in partners
    ]
    existing = {p.institution_id: p for p in action.participants.all()}
    keep = set()
    for position, (institution, role) in enumerate(wanted):
        participant = existing.get(institution.pk)
        keep.add(institution.pk)
        if participant is None:
            ActionParticipant.objects.create(
                action=action, institution=institution, role=role, position=position
            )
        elif participant.role != role or participant.position != position:
            participant.role = role
            participant.position = position
            participant.save()
    for institution_id, participant in existing.items():
        if institution_id not in keep:
            participant.delete()


def _set_fundings(action: Action, sources: Sequence[FinancingSource]) -> None:
    sources = _unique(sources)
    for source in sources:
        if source.government_id != action.strategy.government_id:
            raise ValidationError(_("A financing source belongs to another local government."))
    existing = {f.source_id: f for f in action.fundings.all()}
    keep = set()
    for position, source in enumerate(sources):
        keep.add(source.pk)
        funding = existing.get(source.pk)
        if funding is None:
            ActionFunding.objects.create(action=action, source=source, position=position)
        elif funding.position != position:
            funding.position = position
            funding.save()
    for source_id, funding in existing.items():
        if source_id not in keep:
            funding.delete()


def _set_priorities(action: Action, priorities: dict[int, str]) -> None:
    outside = {
        f"priority_{year}": _("The action does not run in %(year)s.") % {"year": year}
        for year, priority in priorities.items()
        if priority and not action.covers_year(year)
    }
    if outside:
        raise ValidationError(outside)
    existing = {p.year: p for p in action.priorities.all()}
    for year in [y for y in existing if not action.covers_year(y)]:  # the period was shortened
        existing.pop(year).delete()
    for year, priority in priorities.items():
        current = existing.get(year)
        if not priority:
            if current:
                existing.pop(year).delete()
        elif current is None:
            save_validated(ActionPriority(action=action, year=year, priority=priority))
        elif current.priority != priority:
            current.priority = priority
            save_validated(current)


@transaction.atomic
def action_save(
    *,
    action: Action,
    implementers: Sequence[Institution] = (),
    partners: Sequence[Institution] = (),
    sources: Sequence[FinancingSource] = (),
    priorities: dict[int, str] | None = None,
) -> Action:
    """Create or update an action with its participants, financing sources and priorities."""
    moved = action.pk is not None and (
        Action.objects.filter(pk=action.pk).values_list("goal_id", flat=True).first()
        != action.goal_id
    )
    if action.pk is None or moved:  # a new or moved action goes to the end of its goal
        action.position = next_position(Action.objects.filter(goal=action.goal))
    if action.strategy.is_adopted and not implementers:
        raise ValidationError(
            {
                "implementers": _(
                    "The strategy has been adopted: every action needs at least one implementer."
                )
            }
        )
    if action.is_continuous:
        action.year_from = action.year_to = None
    _check_action_goal(action)
    save_validated(action)
    _set_participants(action, implementers, partners)
    _set_fundings(action, sources)
    if priorities is not None:
        _set_priorities(action, priorities)
    return action


def _check_action_goal(action: Action) -> None:
    if action.goal.depth != goal_levels_count(action.strategy):
        raise ValidationError(
            {"goal": _("Actions are added to the elements of the last goal level.")}
        )


@transaction.atomic
def action_delete(*, action: Action) -> None:
    _refuse_if_reported(action)
    action.delete()


@transaction.atomic
def action_move(*, action: Action, direction: str) -> bool:
    return swap_positions(
        action, Action.objects.filter(goal_id=action.goal_id), direction=direction
    )


@transaction.atomic
def action_set_planned_amounts(
    *, action: Action, amounts: dict[tuple[int, int], Decimal | None]
) -> None:
    """Set planned amounts keyed by (funding id, year); None removes an amount."""
    fundings = {f.pk: f for f in action.fundings.all()}
    for (funding_id, year), amount in amounts.items():
        funding = fundings.get(funding_id)
        if funding is None:
            raise ValidationError(_("The financing source is not assigned to this action."))
        if amount is not None and not action.covers_year(year):
            raise ValidationError(
                {
                    f"amount_{funding_id}_{year}": _("The action does not run in %(year)s.")
                    % {"year": year}
                }
            )
        if amount is not None and amount < 0:
            raise ValidationError(_("An amount cannot be negative."))
        if amount is None:
            PlannedAmount.objects.filter(funding=funding, year=year).delete()
            continue
        planned, _created = PlannedAmount.objects.get_or_create(
            funding=funding, year=year, defaults={"amount": amount}
        )
        if planned.amount != amount:
            planned.amount = amount
            save_validated(planned)


# Indicators ----------------------------------------------------------------------------


@transaction.atomic
def indicator_save(*, indicator: Indicator) -> Indicator:
    if indicator.pk is None:
        owner_filter = (
            {"action": indicator.action} if indicator.action_id else {"goal": indicator.goal}
        )
        indicator.position = next_position(Indicator.objects.filter(**owner_filter))
    if indicator.responsible_id:
        _check_same_government(indicator.strategy, [indicator.responsible])
    return save_validated(indicator)


@transaction.atomic
def indicator_delete(*, indicator: Indicator) -> None:
    _refuse_if_reported(indicator)
    indicator.delete()


@transaction.atomic
def indicator_move(*, indicator: Indicator, direction: str) -> bool:
    siblings = Indicator.objects.filter(goal_id=indicator.goal_id, action_id=indicator.action_id)
    return swap_positions(indicator, siblings, direction=direction)


@transaction.atomic
def indicator_set_yearly(
    *,
    indicator: Indicator,
    values: dict[int, Decimal | None],
    milestones: dict[int, Decimal | None],
    notes: dict[int, str] | None = None,
) -> None:
    """Set measured values (with notes) and planned milestones by year; None removes."""
    notes = notes or {}
    for model, data in ((IndicatorValue, values), (IndicatorMilestone, milestones)):
        existing = {row.year: row for row in model.objects.filter(indicator=indicator)}
        for year, value in data.items():
            row = existing.get(year)
            fields = {"value": value}
            if model is IndicatorValue and year in notes:
                fields["note"] = notes[year]
            if value is None:
                if row:
                    row.delete()
            elif row is None:
                save_validated(model(indicator=indicator, year=year, **fields))
            elif any(getattr(row, name) != new for name, new in fields.items()):
                for name, new in fields.items():
                    setattr(row, name, new)
                save_validated(row)


# Financing sources ---------------------------------------------------------------------


@transaction.atomic
def financing_sources_create_defaults(*, government: LocalGovernment) -> list[FinancingSource]:
    created = []
    for position, (kind, name) in enumerate(DEFAULT_FINANCING_SOURCES):
        source, was_created = FinancingSource.objects.get_or_create(
            government=government, name=name, defaults={"kind": kind, "position": position}
        )
        if was_created:
            created.append(source)
    return created


@transaction.atomic
def financing_source_save(*, source: FinancingSource) -> FinancingSource:
    if source.pk is None:
        source.position = next_position(
            FinancingSource.objects.filter(government_id=source.government_id)
        )
    return save_validated(source)


@transaction.atomic
def financing_source_move(*, source: FinancingSource, direction: str) -> bool:
    siblings = FinancingSource.objects.filter(government_id=source.government_id)
    return swap_positions(source, siblings, direction=direction)


@transaction.atomic
def financing_source_delete(*, source: FinancingSource) -> None:
    # Money reported as spent from it (monitoring's PROTECT foreign key) keeps it.
    if any(not isinstance(row, ActionFunding) for row in kept_by(source)):
        raise ValidationError(
            _("Money spent from this source has been reported in the monitoring; it stays.")
        )
    if source.fundings.exists():
        raise ValidationError(
            ngettext(
                "This source finances %(count)s action; remove it from the action first.",
                "This source finances %(count)s actions; remove it from them first.",
                source.fundings.count(),
            )
            % {"count": source.fundings.count()}
        )
    source.delete()

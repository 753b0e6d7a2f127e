"""Turn the demo data (the demo/data/ package) into rows, through the domain services only.

Everything is created in one transaction, so a failure leaves nothing behind. Loading is
idempotent: when Miasto Przykładowo already exists nothing is written.
"""

import datetime
from decimal import Decimal
from typing import TextIO

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils.translation import gettext as _

from adoption.services import strategy_adopt
from documents.models import GeneratedDocument
from governments.models import Institution, LocalGovernment
from governments.services import government_create, institution_save, membership_grant
from preparation.models import ScheduleStep
from preparation.services import schedule_step_save
from strategies.models import Action, FinancingSource, Goal, Indicator, Strategy
from strategies.services import (
    action_save,
    action_set_planned_amounts,
    goal_create,
    indicator_save,
    indicator_set_yearly,
    strategy_change_status,
    strategy_create,
)

from .consultations import consultations_load
from .data.current.schedule import CURRENT_SCHEDULE
from .data.current.strategy import CURRENT_STRATEGY
from .data.governments import GOVERNMENTS, MAIN_SLUG, NEIGHBOUR_SLUG
from .data.historical.schedule import HISTORICAL_SCHEDULE
from .data.historical.strategy import HISTORICAL_STRATEGY
from .data.institutions import NEIGHBOUR_INSTITUTIONS, TOWN_INSTITUTIONS
from .data.neighbour import NEIGHBOUR_STRATEGY
from .data.users import PASSWORD, USERS
from .diagnosis import diagnosis_load
from .documents import documents_load
from .monitoring import monitoring_load
from .participation import participation_load
from .portal import portal_load
from .preparation import preparation_load

Institutions = dict[str, Institution]
Sources = dict[str, FinancingSource]


def demo_logins() -> list[tuple[str, str, str]]:
    """(username, password, description in Polish) of every demo account."""
    return [(user["username"], PASSWORD, user["description"]) for user in USERS]


def load_demo(*, stdout: TextIO | None = None) -> dict:
    """Create the demo data set unless it is there already.

    Returns ``{"created": bool, "logins": [(username, password, description), …],
    "existing_users": [username, …]}``; existing users (of the same names, created before
    the demo) are left as they are, password included.
    """
    with transaction.atomic():
        if LocalGovernment.objects.filter(slug=MAIN_SLUG).exists():
            _say(stdout, _("The demo data is already loaded; nothing was changed."))
            return {"created": False, "logins": demo_logins(), "existing_users": []}
        governments, institutions = _load_governments(stdout)
        # The accounts come early: the mayor's account records the report's approval.
        existing_users = _load_users(stdout, governments, institutions)
        town = governments[MAIN_SLUG]
        current = _load_strategies(stdout, governments, institutions)
        _load_diagnosis(stdout, town, governments)
        _load_monitoring(stdout, current)
        documents = _load_publication(stdout, town, current)
        _load_next_strategy(stdout, town)
        _say(
            stdout,
            _("Documents made and marked as published: %(n)s.") % {"n": len(documents)},
        )

    return {"created": True, "logins": demo_logins(), "existing_users": existing_users}


def _say(stdout: TextIO | None, message: str) -> None:
    if stdout is not None:
        stdout.write(message + "\n")


# The sections of load_demo, in the order they load -------------------------------------


def _load_governments(
    stdout: TextIO | None,
) -> tuple[dict[str, LocalGovernment], dict[str, Institutions]]:
    """The local governments and their institutions (by government slug, then key)."""
    governments = _create_governments()
    town, neighbour = governments[MAIN_SLUG], governments[NEIGHBOUR_SLUG]
    town_institutions = _create_institutions(town, TOWN_INSTITUTIONS)
    neighbour_institutions = _create_institutions(neighbour, NEIGHBOUR_INSTITUTIONS)
    _say(
        stdout,
        _("Local governments: %(governments)s, institutions of the town: %(institutions)s.")
        % {"governments": len(governments), "institutions": len(town_institutions)},
    )
    return governments, {MAIN_SLUG: town_institutions, NEIGHBOUR_SLUG: neighbour_institutions}


def _load_users(
    stdout: TextIO | None,
    governments: dict[str, LocalGovernment],
    institutions: dict[str, Institutions],
) -> list[str]:
    existing_users = _create_users(governments, institutions)
    for username in existing_users:
        _say(
            stdout,
            _("The account “%(username)s” already existed; its password was not changed.")
            % {"username": username},
        )
    return existing_users


def _load_strategies(
    stdout: TextIO | None,
    governments: dict[str, LocalGovernment],
    institutions: dict[str, Institutions],
) -> Strategy:
    """The town's current and historical strategies and the neighbour's; returns the current."""
    town, neighbour = governments[MAIN_SLUG], governments[NEIGHBOUR_SLUG]
    town_institutions = institutions[MAIN_SLUG]
    current = _create_strategy(town, CURRENT_STRATEGY, town_institutions)
    _create_schedule(current, CURRENT_SCHEDULE)
    consultation = consultations_load(town, current)
    _say(
        stdout,
        _("Public consultation with its report: %(title)s, comments: %(comments)s.")
        % {"title": consultation.title, "comments": consultation.comments.count()},
    )
    _advance_status(current, CURRENT_STRATEGY["statuses"])
    _say(stdout, _("Current strategy – actions: %(n)s.") % {"n": current.actions.count()})

    historical = _create_strategy(town, HISTORICAL_STRATEGY, town_institutions)
    _create_schedule(historical, HISTORICAL_SCHEDULE)
    _advance_status(historical, HISTORICAL_STRATEGY["statuses"])
    _say(stdout, _("Historical strategy – actions: %(n)s.") % {"n": historical.actions.count()})

    neighbour_strategy = _create_strategy(
        neighbour, NEIGHBOUR_STRATEGY, institutions[NEIGHBOUR_SLUG]
    )
    _advance_status(neighbour_strategy, NEIGHBOUR_STRATEGY["statuses"])
    return current


def _load_diagnosis(
    stdout: TextIO | None, town: LocalGovernment, governments: dict[str, LocalGovernment]
) -> None:
    diagnosis = diagnosis_load(
        town=town, others=[g for g in governments.values() if g.pk != town.pk]
    )
    _say(
        stdout,
        _(
            "Diagnosis of %(unit)s from synthetic figures – units: %(units)s, "
            "comparison group: %(group)s, problems flagged: %(flagged)s."
        )
        % {
            "unit": town.unit.name,
            "units": diagnosis.units,
            "group": diagnosis.group,
            "flagged": sum(diagnosis.flagged.values()),
        },
    )


def _load_monitoring(stdout: TextIO | None, current: Strategy) -> None:
    cycles = monitoring_load(current)
    _say(
        stdout,
        _("Monitoring: %(cycles)s cycles, %(forms)s forms.")
        % {"cycles": len(cycles), "forms": sum(c.forms.count() for c in cycles)},
    )


def _load_publication(
    stdout: TextIO | None, town: LocalGovernment, current: Strategy
) -> list[GeneratedDocument]:
    """The current strategy's documents and the public portal; returns the documents (told
    about last)."""
    documents = documents_load(town, current)
    portal_load(town)
    return documents


def _load_next_strategy(stdout: TextIO | None, town: LocalGovernment) -> None:
    """The next strategy in preparation, with its teams and a finished workshop."""
    next_strategy = preparation_load(town)
    _say(
        stdout,
        _("Next strategy in preparation: %(title)s, schedule steps: %(steps)s.")
        % {"title": next_strategy.title, "steps": next_strategy.schedule_steps.count()},
    )
    teams, workshop = participation_load(town, next_strategy)
    _say(
        stdout,
        _("Teams: %(teams)s; a finished workshop with %(ballots)s votes.")
        % {"teams": len(teams), "ballots": workshop.ballots.count()},
    )


# Local governments, institutions, users ---------------------------------------------------


def _create_governments() -> dict[str, LocalGovernment]:
    by_key: dict[str, LocalGovernment] = {}
    for spec in GOVERNMENTS:
        by_key[spec["key"]] = government_create(
            name=spec["name"],
            slug=spec["slug"],
            kind=spec["kind"],
            teryt=spec["teryt"],
            parent=by_key[spec["parent"]] if spec["parent"] else None,
        )
    return {government.slug: government for government in by_key.values()}


def _create_institutions(government: LocalGovernment, specs: list[dict]) -> Institutions:
    fields = ("name", "short_name", "kind", "address", "email", "phone")
    return {
        spec["key"]: institution_save(
            institution=Institution(
                government=government, **{name: spec[name] for name in fields if name in spec}
            )
        )
        for spec in specs
    }


def _create_users(
    governments: dict[str, LocalGovernment], institutions: dict[str, Institutions]
) -> list[str]:
    """Create the demo accounts; return the names of those that already existed."""
    user_model = get_user_model()
    # Every account has the same published password: hash it once (what set_password does)
    # rather than seven times, which alone would take about two seconds.
    password_hash = make_password(PASSWORD)
    existing = []
    for spec in USERS:
        user, created = user_model.objects.get_or_create(
            username=spec["username"],
            defaults={
                "first_name": spec["first_name"],
                "last_name": spec["last_name"],
                "email": spec["email"],
                "is_staff": spec.get("is_superuser", False),
                "is_superuser": spec.get("is_superuser", False),
            },
        )
        if created:
            user.password = password_hash
            user.save(update_fields=["password"])
        else:
            existing.append(user.username)
        if spec["government"]:
            institution_key = spec.get("institution")
            membership_grant(
                user=user,
                government=governments[spec["government"]],
                role=spec["role"],
                institution=institutions[spec["government"]][institution_key]
                if institution_key
                else None,
            )
    return existing


# Strategies ----------------------------------------------------------------------------


def _create_strategy(
    government: LocalGovernment, spec: dict, institutions: Institutions
) -> Strategy:
    strategy = strategy_create(
        government=government,
        title=spec["title"],
        year_from=spec["year_from"],
        year_to=spec["year_to"],
        level_names=spec["levels"],
        mission=spec["mission"],
        vision=spec["vision"],
    )
    sources = {source.name: source for source in FinancingSource.objects.for_government(government)}
    for area in spec["areas"]:
        area_goal = goal_create(
            strategy=strategy,
            parent=None,
            title=area["title"],
            description=area.get("description", ""),
        )
        if "strategic_goal" in area:  # four levels: area / strategic / operational / action
            strategic = goal_create(
                strategy=strategy, parent=area_goal, title=area["strategic_goal"]
            )
            for operational_spec in area["operational_goals"]:
                operational = goal_create(
                    strategy=strategy, parent=strategic, title=operational_spec["title"]
                )
                _create_indicators(strategy, operational_spec, institutions, goal=operational)
                for action_spec in operational_spec["actions"]:
                    _create_action(strategy, operational, action_spec, institutions, sources)
        else:  # two levels: area / action
            for action_spec in area["actions"]:
                _create_action(
                    strategy,
                    area_goal,
                    _with_seed_defaults(spec, action_spec),
                    institutions,
                    sources,
                )
    return strategy


def _with_seed_defaults(strategy_spec: dict, action_spec: dict) -> dict:
    """Fill in what a seed action leaves to its strategy: the period and the original text."""
    action_spec = dict(action_spec)
    if "action_years" in strategy_spec and "years" not in action_spec:
        action_spec["years"] = strategy_spec["action_years"]
    if "financing" in action_spec:
        action_spec["description"] = (
            f"Źródło finansowania (zapis harmonogramu): {action_spec['financing'] or '—'}\n"
            f"Odpowiedzialni (zapis harmonogramu): {action_spec['responsible'] or '—'}"
        )
    return action_spec


def _create_action(
    strategy: Strategy,
    goal: Goal,
    spec: dict,
    institutions: Institutions,
    sources: Sources,
) -> Action:
    continuous = spec.get("continuous", False)
    year_from, year_to = (None, None) if continuous else spec["years"]
    action = action_save(
        action=Action(
            strategy=strategy,
            goal=goal,
            title=spec["title"],
            description=spec.get("description", ""),
            is_continuous=continuous,
            year_from=year_from,
            year_to=year_to,
        ),
        implementers=[institutions[key] for key in spec["implementers"]],
        partners=[institutions[key] for key in spec.get("partners", [])],
        sources=[sources[name] for name in spec.get("sources", [])],
        priorities=_priorities_by_year(spec.get("priorities", []), strategy, year_from, year_to),
    )
    if spec.get("amounts"):
        fundings = {funding.source.name: funding for funding in action.fundings.all()}
        action_set_planned_amounts(
            action=action,
            amounts={
                (fundings[name].pk, year): Decimal(amount)
                for name, by_year in spec["amounts"].items()
                for year, amount in by_year.items()
            },
        )
    _create_indicators(strategy, spec, institutions, action=action)
    return action


def _priorities_by_year(
    ranges: list[tuple[str, int, int]],
    strategy: Strategy,
    year_from: int | None,
    year_to: int | None,
) -> dict[int, str]:
    """Expand (priority, first, last) ranges to years, kept within the action's period."""
    first = year_from or strategy.year_from
    last = year_to or strategy.year_to
    return {
        year: priority
        for priority, range_first, range_last in ranges
        for year in range(max(range_first, first), min(range_last, last) + 1)
    }


def _create_indicators(
    strategy: Strategy,
    spec: dict,
    institutions: Institutions,
    *,
    goal: Goal | None = None,
    action: Action | None = None,
) -> None:
    for indicator_spec in spec.get("indicators", []):
        baseline_value, baseline_year = indicator_spec["baseline"]
        target_value, target_year = indicator_spec["target"]
        indicator = indicator_save(
            indicator=Indicator(
                strategy=strategy,
                goal=goal,
                action=action,
                name=indicator_spec["name"],
                unit=indicator_spec["unit"],
                baseline_value=_decimal(baseline_value),
                baseline_year=baseline_year,
                target_value=_decimal(target_value),
                target_year=target_year,
                target_description=indicator_spec.get("target_description", ""),
                direction=indicator_spec["direction"],
                frequency=indicator_spec.get("frequency", Indicator.Frequency.YEARLY),
                data_source=indicator_spec.get("data_source", ""),
                responsible=institutions[indicator_spec["responsible"]],
            )
        )
        indicator_set_yearly(
            indicator=indicator,
            values={year: _decimal(v) for year, v in indicator_spec.get("values", {}).items()},
            milestones={
                year: _decimal(v) for year, v in indicator_spec.get("milestones", {}).items()
            },
        )


def _decimal(value: int | float) -> Decimal:
    return Decimal(str(value))


def _advance_status(strategy: Strategy, steps: list[dict]) -> None:
    """The statuses a strategy went through; adoption as a coordinator records it (the
    resolution and the adopted version frozen with it)."""
    for step in steps:
        if step["status"] == Strategy.Status.ADOPTED:
            strategy_adopt(
                strategy=strategy,
                resolution_number=step["resolution_number"],
                resolution_date=step["resolution_date"],
                gaps_confirmed=True,  # recorded on the version, as a coordinator would
            )
        else:
            strategy_change_status(strategy=strategy, **step)


# Preparation schedule ------------------------------------------------------------------


def _create_schedule(strategy: Strategy, steps: list[dict]) -> None:
    for spec in steps:
        continuous = spec.get("continuous", False)
        schedule_step_save(
            step=ScheduleStep(
                strategy=strategy,
                name=spec["name"],
                month_from=_month(spec["month_from"]),
                month_to=None if continuous else _month(spec["month_to"]),
                is_continuous=continuous,
                executor=spec["executor"],
                cooperating=spec["cooperating"],
            )
        )


def _month(year_month: tuple[int, int]) -> datetime.date:
    year, month = year_month
    return datetime.date(year, month, 1)

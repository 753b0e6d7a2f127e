"""Consultations for tests: a strategy with two sections frozen into a version, and a
consultation of it in any state (by its dates)."""

import datetime

from django.utils import timezone

from strategies.models import Strategy
from strategies.tests.factories import StrategyFactory, action, goal, indicator
from versions.services import version_freeze

from .. import selectors, services
from ..models import Consultation

DAY = datetime.timedelta(days=1)


def draft_strategy(government) -> Strategy:
    strategy = StrategyFactory(government=government)
    family = goal(strategy, "Rodzina")
    support = goal(strategy, "Wsparcie rodzin w kryzysie", parent=family)
    act = action(strategy, support, title="Asystent rodziny")
    indicator(strategy, act, target_value=40, target_year=2030)
    seniors = goal(strategy, "Seniorzy")
    action(strategy, goal(strategy, "Aktywność seniorów", parent=seniors), title="Klub seniora")
    return strategy


def sections_of(consultation: Consultation) -> list[int]:
    return list(selectors.consultation_sections(consultation))


def consultation(
    strategy: Strategy,
    *,
    state: str = "open",
    starts_on: datetime.date | None = None,
    ends_on: datetime.date | None = None,
) -> Consultation:
    """A consultation that is ``planned``, ``open`` or ``closed`` today."""
    today = timezone.localdate()
    if starts_on is None:
        starts_on = {
            "planned": today + 5 * DAY,
            "open": today - 5 * DAY,
            "closed": today - 50 * DAY,
        }[state]
    version = version_freeze(strategy=strategy, kind="consultation")
    return services.consultation_create(
        strategy=strategy,
        version=version,
        title=f"Konsultacje projektu {strategy.title}",
        starts_on=starts_on,
        ends_on=ends_on,
        announcement="Zapraszamy do zgłaszania uwag.",
        how_to_participate="Formularz na tej stronie lub pisemnie w urzędzie.",
        today=min(starts_on, today),  # planned back then, if it starts in the past
    )


def comment(consultation: Consultation, **fields):
    """A comment sent while the consultation was open (whatever today is)."""
    fields.setdefault("section", None)
    fields.setdefault("author_name", "Jan Kowalski")
    fields.setdefault("text", "Proszę dodać działania dla opiekunów osób starszych.")
    return services.comment_submit(
        consultation=consultation, today=consultation.starts_on, **fields
    )


def consultation_with_comment(strategy: Strategy):
    """An open consultation with one comment and one invitation (test_access's world)."""
    made = consultation(strategy, state="open")
    invitation, _token = services.invitation_create(consultation=made, name="Gmina Przykładowa")
    return made, comment(made), invitation

import datetime

from strategies.tests.factories import StrategyFactory
from workshops import services, tokens
from workshops.models import Workshop


def workshop(strategy=None, *, government=None, problems=(), status="draft", **fields) -> Workshop:
    """A workshop with the given problems, brought to ``status`` through the services."""
    strategy = strategy or StrategyFactory(government=government)
    fields.setdefault("title", "Warsztat: rodzina")
    fields.setdefault("date", datetime.date(2025, 3, 12))
    created = services.workshop_create(strategy=strategy, **fields)
    for title in problems:
        services.workshop_problem_add(workshop=created, title=title)
    if status in ("open", "closed"):
        services.workshop_set_status(workshop=created, status="open")
    if status == "closed":
        services.workshop_set_status(workshop=created, status="closed")
    return created


def participant_token(w: Workshop) -> str:
    return tokens.token_for(w.link_salt, tokens.PARTICIPANT)


def projector_token(w: Workshop) -> str:
    return tokens.token_for(w.link_salt, tokens.PROJECTOR)


def items(w: Workshop) -> list:
    return list(w.problems.order_by("position"))

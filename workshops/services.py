"""Writes to workshops: every change is one transaction and validated before it is saved."""

import datetime
from collections.abc import Mapping

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.client import address_hash, refuse_beyond
from core.services import next_position, save_validated
from diagnosis.models import Problem
from governments.models import Institution
from strategies import services as strategy_services
from strategies.models import Action, Goal, Strategy

from . import tokens
from .models import (
    MAX_CODES,
    Ballot,
    BallotScore,
    ParticipantCode,
    SwotEntry,
    Workshop,
    WorkshopProblem,
)

# Status changes a workshop may make; anything else is refused. A closed workshop may be
# opened again (a second session of the same meeting); its votes are kept.
STATUS_TRANSITIONS: dict[str, set[str]] = {
    Workshop.Status.DRAFT: {Workshop.Status.OPEN},
    Workshop.Status.OPEN: {Workshop.Status.CLOSED},
    Workshop.Status.CLOSED: {Workshop.Status.OPEN},
}
MAX_SWOT_ENTRIES_PER_PARTICIPANT = 30

# Ballots without codes: one address casts at most as many new ballots as participants are
# expected, within one session. In a workshop room every phone on the venue's Wi-Fi shares
# one public address (NAT), so a limit of "a few a minute" would turn away the room itself;
# the expected number is what the room may honestly cast from one address, and it is what
# the projector sets the ballots against. Without an expected number, a large room's worth.
# The window is a meeting (a morning or an afternoon): a workshop opened again on another
# day starts afresh. The coordinator who sees people refused raises the expected number,
# or hands out one-time codes instead (each admits one ballot; no cap by address).
DEFAULT_BALLOTS_PER_ADDRESS = 30
BALLOT_WINDOW = datetime.timedelta(hours=4)
BALLOT_ADDRESS_SCOPE = "workshops.ballot"  # the key of the ballots' address hashes


def _set_links(workshop: Workshop) -> None:
    workshop.link_salt = tokens.new_salt()
    workshop.participant_digest = tokens.token_digest(
        tokens.token_for(workshop.link_salt, tokens.PARTICIPANT)
    )
    workshop.projector_digest = tokens.token_digest(
        tokens.token_for(workshop.link_salt, tokens.PROJECTOR)
    )


@transaction.atomic
def workshop_create(
    *,
    strategy: Strategy,
    title: str,
    date: datetime.date,
    place: str = "",
    participants: str = "",
    participants_count: int | None = None,
    area: Goal | None = None,
    mode: str = Workshop.Mode.POINTS,
    budget: int = 10,
    requires_codes: bool = False,
) -> Workshop:
    workshop = Workshop(
        strategy=strategy,
        title=title,
        date=date,
        place=place,
        participants=participants,
        participants_count=participants_count,
        area=area,
        mode=mode,
        budget=budget,
        requires_codes=requires_codes,
    )
    _set_links(workshop)
    return save_validated(workshop)


@transaction.atomic
def workshop_update(
    *,
    workshop: Workshop,
    title: str,
    date: datetime.date,
    place: str = "",
    participants: str = "",
    participants_count: int | None = None,
    area: Goal | None = None,
    mode: str = Workshop.Mode.POINTS,
    budget: int = 10,
    requires_codes: bool = False,
) -> Workshop:
    """Change a workshop's description; the way of voting stays once anyone has voted."""
    if workshop.ballots.exists():
        errors = {}
        if mode != workshop.mode:
            errors["mode"] = _("Participants have already voted: the way cannot change.")
        if budget != workshop.budget:
            errors["budget"] = _("Participants have already voted: the points cannot change.")
        if requires_codes != workshop.requires_codes:
            errors["requires_codes"] = _(
                "Participants have already voted: whether codes are needed cannot change."
            )
        if errors:
            raise ValidationError(errors)
    workshop.title = title
    workshop.date = date
    workshop.place = place
    workshop.participants = participants
    workshop.participants_count = participants_count
    workshop.area = area
    workshop.mode = mode
    workshop.budget = budget
    workshop.requires_codes = requires_codes
    return save_validated(workshop)


@transaction.atomic
def workshop_set_status(*, workshop: Workshop, status: str) -> Workshop:
    if status not in STATUS_TRANSITIONS.get(workshop.status, set()):
        raise ValidationError(
            _("A workshop cannot go from “%(old)s” to “%(new)s”.")
            % {
                "old": workshop.get_status_display(),
                "new": dict(Workshop.Status.choices).get(status, status),
            }
        )
    workshop.status = status
    return save_validated(workshop)


@transaction.atomic
def workshop_links_reset(*, workshop: Workshop) -> Workshop:
    """New participant and projector links; the old ones stop working (404)."""
    _set_links(workshop)
    workshop.save(update_fields=["link_salt", "participant_digest", "projector_digest"])
    return workshop


@transaction.atomic
def workshop_codes_generate(*, workshop: Workshop, count: int) -> list[ParticipantCode]:
    """Make ``count`` more one-time participant codes (numbered after the last ones); the
    cards show them (workshops.tokens.code_for), the database keeps their keyed hashes."""
    locked = Workshop.objects.select_for_update().get(pk=workshop.pk)
    if not locked.requires_codes:
        raise ValidationError(_("The workshop does not use one-time codes: choose them first."))
    made = locked.codes.count()
    if not 1 <= count <= MAX_CODES - made:
        raise ValidationError(
            {
                "count": _("You can make from 1 to %(n)s more codes (at most %(max)s in all).")
                % {"n": max(MAX_CODES - made, 0), "max": MAX_CODES}
            }
        )
    if not locked.code_salt:
        locked.code_salt = tokens.new_salt()
        locked.save(update_fields=["code_salt"])
    workshop.code_salt = locked.code_salt
    last = locked.codes.order_by("-number").values_list("number", flat=True).first() or 0
    codes = []
    for number in range(last + 1, last + 1 + count):
        code = ParticipantCode(
            workshop=locked,
            number=number,
            digest=tokens.code_digest(tokens.code_for(locked.code_salt, number)),
        )
        code.full_clean()
        codes.append(code)
    return ParticipantCode.objects.bulk_create(codes)


@transaction.atomic
def workshop_delete(*, workshop: Workshop) -> None:
    """Goals and actions already made of the results stay in the strategy."""
    workshop.delete()


# Problems to prioritise ---------------------------------------------------------------------


def _refuse_if_voted(workshop: Workshop) -> None:
    if workshop.ballots.exists():
        raise ValidationError(
            _("Participants have already voted: the list of problems can no longer change.")
        )


@transaction.atomic
def workshop_problem_add(*, workshop: Workshop, title: str, problem=None) -> WorkshopProblem:
    _refuse_if_voted(workshop)
    if problem is not None and problem.government_id != workshop.strategy.government_id:
        raise ValidationError(_("The problem belongs to another local government."))
    return save_validated(
        WorkshopProblem(
            workshop=workshop,
            title=title.strip(),
            problem=problem,
            position=next_position(workshop.problems.all()),
        )
    )


@transaction.atomic
def workshop_problems_load(*, workshop: Workshop) -> int:
    """Add the confirmed and flagged problems of the government's diagnosis (serious ones
    first) that are not on the list yet; returns how many were added."""

    _refuse_if_voted(workshop)
    present = workshop.problems.filter(problem__isnull=False).values("problem_id")
    problems = (
        Problem.objects.filter(
            government_id=workshop.strategy.government_id,
            status__in=[Problem.Status.CONFIRMED, Problem.Status.FLAGGED],
        )
        .exclude(pk__in=present)
        .order_by("-serious", "status", "domain", "title")
    )
    position = next_position(workshop.problems.all())
    items = [
        WorkshopProblem(workshop=workshop, title=p.title, problem=p, position=position + n)
        for n, p in enumerate(problems)
    ]
    for item in items:
        item.full_clean()
    WorkshopProblem.objects.bulk_create(items)
    return len(items)


@transaction.atomic
def workshop_problem_delete(*, item: WorkshopProblem) -> None:
    _refuse_if_voted(item.workshop)
    item.delete()


# Ballots ------------------------------------------------------------------------------------


def _refuse_if_not_open(workshop: Workshop) -> None:
    if not workshop.is_open:
        raise ValidationError(_("The workshop is not open: nothing can be sent now."))


def _scores(workshop: Workshop, values: Mapping[int, int]) -> list[tuple[int, int, int | None]]:
    """(item id, points, rank) for each problem given something; raises for bad values."""
    item_ids = list(workshop.problems.values_list("pk", flat=True))
    if set(values) - set(item_ids):
        raise ValidationError(_("The ballot names a problem outside this workshop."))
    if any(value is None or value < 0 for value in values.values()):
        raise ValidationError(_("Points and places cannot be negative."))
    given = {pk: value for pk, value in values.items() if value > 0}
    if not given:
        raise ValidationError(_("Give points to at least one problem."))
    if workshop.mode == Workshop.Mode.POINTS:
        total = sum(given.values())
        if total > workshop.budget:
            raise ValidationError(
                _("You gave %(total)s points; you have %(budget)s to give.")
                % {"total": total, "budget": workshop.budget}
            )
        return [(pk, points, None) for pk, points in given.items()]
    count = len(item_ids)
    if any(rank > count for rank in given.values()):
        raise ValidationError(_("Places go from 1 to %(n)s.") % {"n": count})
    if len(set(given.values())) != len(given):
        raise ValidationError(_("Each place can be given to one problem only."))
    return [(pk, count - rank + 1, rank) for pk, rank in given.items()]


def _code_to_use(workshop: Workshop, code: str) -> ParticipantCode:
    """The unused one-time code of this workshop that the participant typed."""
    if not tokens.normalise(code):
        raise ValidationError({"code": _("Type the one-time code from your card.")})
    found = (
        ParticipantCode.objects.select_for_update()
        .filter(workshop=workshop, digest__in=tokens.code_digests(code))
        .first()
    )
    if found is None:
        raise ValidationError(
            {
                "code": _(
                    "There is no such code in this workshop. Check it on your card, "
                    "for example ABCD-EFGH."
                )
            }
        )
    if Ballot.objects.filter(code=found).exists():
        raise ValidationError(
            {"code": _("This code has already been used: each code admits one ballot.")}
        )
    return found


def _refuse_beyond_address_cap(workshop: Workshop, digest: str) -> None:
    cap = workshop.participants_count or DEFAULT_BALLOTS_PER_ADDRESS
    refuse_beyond(
        Ballot.objects.filter(
            workshop=workshop,
            address_hash=digest,
            created_at__gt=timezone.now() - BALLOT_WINDOW,
        ),
        limit=cap,
        message=ngettext(
            "%(n)s ballot has already been cast from this network, as many as this workshop "
            "accepts from one network. If you have not voted yet, ask the coordinator to "
            "raise the number of participants.",
            "%(n)s ballots have already been cast from this network, as many as this "
            "workshop accepts from one network. If you have not voted yet, ask the "
            "coordinator to raise the number of participants.",
            cap,
        )
        % {"n": cap},
    )


@transaction.atomic
def ballot_cast(
    *,
    workshop: Workshop,
    participant: str,
    values: Mapping[int, int],
    code: str = "",
    address: str | None = None,
) -> Ballot:
    """Record a participant's vote: points per problem (the sum within the budget) or places
    in a ranking (1 = most important; 0 = not ranked). A participant has one ballot per
    workshop: voting again replaces it. A new ballot needs, in a workshop that requires
    codes, an unused one-time ``code`` of it; otherwise it counts against the cap on one
    ``address`` (DEFAULT_BALLOTS_PER_ADDRESS above). The participant pages always give the
    address (core.client.client_address); None is for ballots that do not come through
    them (the demo, tests), which are not capped."""
    # One new ballot of a workshop at a time: a code is used once, the cap holds.
    workshop = Workshop.objects.select_for_update().get(pk=workshop.pk)
    _refuse_if_not_open(workshop)
    if not participant:
        raise ValidationError(_("The participant is unknown."))
    scores = _scores(workshop, values)
    ballot = Ballot.objects.filter(workshop=workshop, participant=participant).first()
    if ballot is None:
        digest = address_hash(address, scope=BALLOT_ADDRESS_SCOPE) if address is not None else ""
        ballot = Ballot(workshop=workshop, participant=participant, address_hash=digest)
        if workshop.requires_codes:
            ballot.code = _code_to_use(workshop, code)
        elif address is not None:
            _refuse_beyond_address_cap(workshop, digest)
        ballot.save()
    ballot = Ballot.objects.select_for_update().get(pk=ballot.pk)
    ballot.scores.all().delete()
    BallotScore.objects.bulk_create(
        BallotScore(ballot=ballot, item_id=pk, points=points, rank=rank)
        for pk, points, rank in scores
    )
    ballot.save(update_fields=["updated_at"])
    return ballot


# The SWOT board -----------------------------------------------------------------------------


@transaction.atomic
def swot_entry_add(*, workshop: Workshop, participant: str, quadrant: str, text: str) -> SwotEntry:
    _refuse_if_not_open(workshop)
    if (
        participant
        and workshop.swot_entries.filter(participant=participant).count()
        >= MAX_SWOT_ENTRIES_PER_PARTICIPANT
    ):
        raise ValidationError(
            _("You have added %(n)s entries, as many as one person may.")
            % {"n": MAX_SWOT_ENTRIES_PER_PARTICIPANT}
        )
    return save_validated(
        SwotEntry(workshop=workshop, participant=participant, quadrant=quadrant, text=text.strip())
    )


@transaction.atomic
def swot_entry_set_hidden(*, entry: SwotEntry, hidden: bool) -> SwotEntry:
    """The coordinator hides an entry (off-topic, offensive, a duplicate) or shows it again;
    hidden entries are kept but shown neither to participants nor on the projector."""
    entry.hidden = hidden
    entry.save(update_fields=["hidden"])
    return entry


# Results into the strategy --------------------------------------------------------------------


def _origin(workshop: Workshop) -> str:
    return _("From the workshop “%(title)s” of %(date)s.") % {
        "title": workshop.title,
        "date": date_format(workshop.date, "j E Y"),
    }


def _goal_from(workshop: Workshop, title: str) -> Goal:
    goal = strategy_services.goal_create(
        strategy=workshop.strategy,
        parent=workshop.area,
        title=title[:500],
        description=_origin(workshop),
    )
    return goal


def _action_from(
    workshop: Workshop, title: str, goal: Goal, implementer: Institution | None
) -> Action:
    strategy = workshop.strategy
    if goal.strategy_id != strategy.pk:
        raise ValidationError({"goal": _("The goal belongs to another strategy.")})
    if implementer is not None and implementer.government_id != strategy.government_id:
        raise ValidationError({"implementer": _("The institution is of another government.")})
    try:
        return strategy_services.action_save(
            action=Action(
                strategy=strategy,
                goal=goal,
                title=title[:1000],
                description=_origin(workshop),
                year_from=strategy.year_from,
                year_to=strategy.year_to,
            ),
            implementers=[implementer] if implementer else [],
        )
    except ValidationError as error:
        if hasattr(error, "error_dict") and "implementers" in error.error_dict:
            raise ValidationError({"implementer": error.error_dict["implementers"]}) from error
        raise


def _refuse_if_made(source, attribute: str) -> None:
    if getattr(source, f"{attribute}_id"):
        message = {
            "goal": _("A goal has already been made of this result."),
            "action": _("An action has already been made of this result."),
        }[attribute]
        raise ValidationError(message)


def _make_goal(source, title: str) -> Goal:
    """A result (a problem or a SWOT entry) becomes a goal, once."""
    _refuse_if_made(source, "goal")
    source.goal = _goal_from(source.workshop, title)
    source.save(update_fields=["goal"])
    return source.goal


def _make_action(source, title: str, goal: Goal, implementer: Institution | None) -> Action:
    """A result becomes an action under ``goal``, once."""
    _refuse_if_made(source, "action")
    source.action = _action_from(source.workshop, title, goal, implementer)
    source.save(update_fields=["action"])
    return source.action


@transaction.atomic
def workshop_problem_make_goal(*, item: WorkshopProblem) -> Goal:
    """A prioritised problem becomes a goal under the workshop's area (or at the top level
    without one). A confirmed problem of the diagnosis is linked to the new goal."""

    goal = _make_goal(item, item.title)
    if item.problem_id and item.problem.status == Problem.Status.CONFIRMED:
        item.problem.goals.add(goal)
    return goal


@transaction.atomic
def workshop_problem_make_action(
    *, item: WorkshopProblem, goal: Goal, implementer: Institution | None = None
) -> Action:
    return _make_action(item, item.title, goal, implementer)


@transaction.atomic
def swot_entry_make_goal(*, entry: SwotEntry) -> Goal:
    return _make_goal(entry, entry.text)


@transaction.atomic
def swot_entry_make_action(
    *, entry: SwotEntry, goal: Goal, implementer: Institution | None = None
) -> Action:
    return _make_action(entry, entry.text, goal, implementer)

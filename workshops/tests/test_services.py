"""The rules of workshops: one ballot per participant, the budget, a ranking's places, the
states, the SWOT board, and turning results into goals and actions of the strategy."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from diagnosis.models import Problem
from governments.tests.factories import InstitutionFactory
from strategies.models import Strategy
from strategies.tests.factories import StrategyFactory, goal, leaf_goal
from workshops import services, tokens
from workshops.models import Ballot, BallotScore, SwotEntry, Workshop
from workshops.selectors import priority_results, swot_board

from .factories import items, workshop

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    """The rules' messages are matched by their English source text."""
    with translation.override("en"):
        yield


PROBLEMS = ("Ubóstwo", "Bezrobocie", "Przemoc domowa")


@pytest.fixture
def open_workshop(government):
    return workshop(government=government, problems=PROBLEMS, status="open")


def test_a_participant_has_one_ballot_and_voting_again_replaces_it(open_workshop):
    poverty, jobs, violence = items(open_workshop)
    services.ballot_cast(
        workshop=open_workshop, participant="a", values={poverty.pk: 6, jobs.pk: 4}
    )
    services.ballot_cast(workshop=open_workshop, participant="a", values={violence.pk: 10})
    assert Ballot.objects.filter(workshop=open_workshop).count() == 1
    assert list(BallotScore.objects.values_list("item_id", "points")) == [(violence.pk, 10)]
    services.ballot_cast(workshop=open_workshop, participant="b", values={poverty.pk: 3})
    results = {r.item.pk: (r.points, r.voters) for r in priority_results(open_workshop)}
    assert results == {violence.pk: (10, 1), poverty.pk: (3, 1), jobs.pk: (0, 0)}


def test_the_database_refuses_a_second_ballot_of_a_participant(open_workshop):
    Ballot.objects.create(workshop=open_workshop, participant="a")
    with pytest.raises(IntegrityError), transaction.atomic():
        Ballot.objects.create(workshop=open_workshop, participant="a")


@pytest.mark.parametrize(
    "values, message",
    [
        ({0: 6, 1: 5}, "11"),  # over the budget of 10
        ({0: -1, 1: 3}, "negative"),
        ({0: 0, 1: 0}, "at least one"),
    ],
)
def test_points_stay_within_the_budget_and_are_not_negative(open_workshop, values, message):
    ids = [item.pk for item in items(open_workshop)]
    with pytest.raises(ValidationError) as error:
        services.ballot_cast(
            workshop=open_workshop,
            participant="a",
            values={ids[index]: value for index, value in values.items()},
        )
    assert message in " ".join(error.value.messages)
    assert not Ballot.objects.exists()


def test_a_ballot_cannot_name_another_workshops_problem(open_workshop, government):
    other = workshop(government=government, problems=["Samotność"], status="open")
    with pytest.raises(ValidationError):
        services.ballot_cast(
            workshop=open_workshop, participant="a", values={items(other)[0].pk: 1}
        )


def test_a_ranking_gives_points_by_place(government):
    ranked = workshop(government=government, problems=PROBLEMS, status="open", mode="ranking")
    poverty, jobs, violence = items(ranked)
    services.ballot_cast(
        workshop=ranked, participant="a", values={violence.pk: 1, poverty.pk: 2, jobs.pk: 0}
    )
    services.ballot_cast(workshop=ranked, participant="b", values={violence.pk: 2, jobs.pk: 1})
    results = {r.item.pk: (r.points, r.average_rank) for r in priority_results(ranked)}
    assert results[violence.pk] == (3 + 2, 1.5)
    assert results[jobs.pk] == (3, 1.0)
    assert results[poverty.pk] == (2, 2.0)
    with pytest.raises(ValidationError, match="one problem only"):
        services.ballot_cast(workshop=ranked, participant="c", values={violence.pk: 1, jobs.pk: 1})
    with pytest.raises(ValidationError, match="from 1 to 3"):
        services.ballot_cast(workshop=ranked, participant="c", values={violence.pk: 4})


@pytest.mark.parametrize("status", ["draft", "closed"])
def test_a_workshop_that_is_not_open_refuses_votes_and_entries(government, status):
    shut = workshop(government=government, problems=PROBLEMS, status=status)
    with pytest.raises(ValidationError, match="not open"):
        services.ballot_cast(workshop=shut, participant="a", values={items(shut)[0].pk: 1})
    with pytest.raises(ValidationError, match="not open"):
        services.swot_entry_add(workshop=shut, participant="a", quadrant="strength", text="NGO")


@pytest.mark.parametrize(
    "old, new, allowed",
    [
        ("draft", "open", True),
        ("open", "closed", True),
        ("closed", "open", True),
        ("draft", "closed", False),
        ("open", "draft", False),
        ("closed", "draft", False),
        ("open", "open", False),
    ],
)
def test_status_transitions(government, old, new, allowed):
    w = workshop(government=government, status=old)
    if allowed:
        services.workshop_set_status(workshop=w, status=new)
        w.refresh_from_db()
        assert w.status == new
    else:
        with pytest.raises(ValidationError):
            services.workshop_set_status(workshop=w, status=new)


def test_a_closed_workshop_keeps_its_votes_when_opened_again(open_workshop):
    services.ballot_cast(
        workshop=open_workshop, participant="a", values={items(open_workshop)[0].pk: 5}
    )
    services.workshop_set_status(workshop=open_workshop, status="closed")
    services.workshop_set_status(workshop=open_workshop, status="open")
    assert open_workshop.ballots.count() == 1


def test_problems_load_from_the_diagnosis_once(government, other_government):
    w = workshop(government=government)
    make = Problem.objects.create
    make(government=government, domain="safety", title="Przemoc", status="confirmed", serious=True)
    make(government=government, domain="labour", title="Bezrobocie", status="flagged")
    make(government=government, domain="labour", title="Odrzucony", status="dismissed")
    make(government=other_government, domain="labour", title="Cudzy", status="confirmed")
    assert services.workshop_problems_load(workshop=w) == 2
    assert [i.title for i in items(w)] == ["Przemoc", "Bezrobocie"]
    assert services.workshop_problems_load(workshop=w) == 0


def test_the_list_of_problems_and_the_way_of_voting_stay_once_anyone_voted(open_workshop):
    first = items(open_workshop)[0]
    services.ballot_cast(workshop=open_workshop, participant="a", values={first.pk: 1})
    with pytest.raises(ValidationError):
        services.workshop_problem_add(workshop=open_workshop, title="Nowy")
    with pytest.raises(ValidationError):
        services.workshop_problem_delete(item=first)
    with pytest.raises(ValidationError) as error:
        services.workshop_update(
            workshop=open_workshop, title="X", date=open_workshop.date, mode="ranking", budget=10
        )
    assert "mode" in error.value.error_dict
    services.workshop_update(workshop=open_workshop, title="Nowa nazwa", date=open_workshop.date)
    assert Workshop.objects.get().title == "Nowa nazwa"


def test_the_area_is_a_top_level_element_of_the_same_strategy(government):
    strategy = StrategyFactory(government=government)
    area = goal(strategy, "Rodzina")
    w = workshop(strategy, area=area)
    assert w.area == area
    with pytest.raises(ValidationError):
        workshop(strategy, area=goal(strategy, "Cel", parent=area))
    with pytest.raises(ValidationError):
        workshop(strategy, area=goal(StrategyFactory(government=government), "Obcy"))


def test_hidden_entries_are_kept_but_left_off_the_board(open_workshop):
    shown = services.swot_entry_add(
        workshop=open_workshop, participant="a", quadrant="strength", text="Aktywne NGO"
    )
    rude = services.swot_entry_add(
        workshop=open_workshop, participant="b", quadrant="threat", text="Wulgarny wpis"
    )
    services.swot_entry_set_hidden(entry=rude, hidden=True)
    board = {q.key: q.entries for q in swot_board(open_workshop)}
    assert board["strength"] == [shown] and board["threat"] == []
    full = {q.key: q.entries for q in swot_board(open_workshop, with_hidden=True)}
    assert full["threat"] == [rude]


def test_a_participant_may_add_only_so_many_entries(open_workshop, monkeypatch):
    monkeypatch.setattr(services, "MAX_SWOT_ENTRIES_PER_PARTICIPANT", 2)
    for n in range(2):
        services.swot_entry_add(
            workshop=open_workshop, participant="a", quadrant="weakness", text=f"Wpis {n}"
        )
    with pytest.raises(ValidationError):
        services.swot_entry_add(
            workshop=open_workshop, participant="a", quadrant="weakness", text="Jeszcze"
        )
    services.swot_entry_add(workshop=open_workshop, participant="b", quadrant="weakness", text="B")
    with pytest.raises(ValidationError):
        services.swot_entry_add(workshop=open_workshop, participant="c", quadrant="x", text="?")


def test_new_links_replace_the_old_ones(open_workshop):
    old = tokens.token_for(open_workshop.link_salt, tokens.PARTICIPANT)
    services.workshop_links_reset(workshop=open_workshop)
    new = tokens.token_for(open_workshop.link_salt, tokens.PARTICIPANT)
    assert new != old and len(new) == tokens.LENGTH
    assert Workshop.objects.filter(participant_digest=tokens.token_digest(new)).exists()
    assert not Workshop.objects.filter(participant_digest=tokens.token_digest(old)).exists()
    assert new not in str(Workshop.objects.values().get())  # only digests are stored


def test_a_problem_becomes_a_goal_under_the_area_linked_to_the_diagnosis(government):
    strategy = StrategyFactory(government=government)
    area = goal(strategy, "Rodzina")
    problem = Problem.objects.create(
        government=government, domain="safety", title="Przemoc domowa", status="confirmed"
    )
    w = workshop(strategy, area=area)
    services.workshop_problems_load(workshop=w)
    item = items(w)[0]
    made = services.workshop_problem_make_goal(item=item)
    assert (made.parent, made.depth, made.title) == (area, 2, "Przemoc domowa")
    assert "Warsztat: rodzina" in made.description
    assert list(problem.goals.all()) == [made]
    item.refresh_from_db()
    assert item.goal == made
    with pytest.raises(ValidationError, match="already"):
        services.workshop_problem_make_goal(item=item)


def test_an_entry_becomes_a_top_level_goal_without_an_area(open_workshop):
    entry = services.swot_entry_add(
        workshop=open_workshop, participant="a", quadrant="opportunity", text="Środki z UE"
    )
    made = services.swot_entry_make_goal(entry=entry)
    assert made.depth == 1 and made.parent is None
    assert SwotEntry.objects.get().goal == made


def test_a_result_becomes_an_action_without_an_implementer_in_a_draft(open_workshop):
    target = leaf_goal(open_workshop.strategy)
    item = items(open_workshop)[0]
    made = services.workshop_problem_make_action(item=item, goal=target)
    assert (made.goal, made.title, made.year_from, made.year_to) == (target, "Ubóstwo", 2021, 2030)
    assert not made.participants.exists()
    item.refresh_from_db()
    assert item.action == made
    with pytest.raises(ValidationError, match="already"):
        services.workshop_problem_make_action(item=item, goal=target)


def test_an_adopted_strategy_needs_an_implementer_for_the_action(open_workshop, government):
    target = leaf_goal(open_workshop.strategy)
    Strategy.objects.filter(pk=open_workshop.strategy_id).update(status="adopted")
    open_workshop.strategy.refresh_from_db()
    entry = services.swot_entry_add(
        workshop=open_workshop, participant="a", quadrant="weakness", text="Brak mieszkań"
    )
    with pytest.raises(ValidationError) as error:
        services.swot_entry_make_action(entry=entry, goal=target)
    assert "implementer" in error.value.error_dict
    pup = InstitutionFactory(government=government)
    made = services.swot_entry_make_action(entry=entry, goal=target, implementer=pup)
    assert [p.institution for p in made.implementers()] == [pup]


def test_an_action_goes_only_under_a_goal_of_the_last_goal_level(open_workshop):
    top = goal(open_workshop.strategy, "Obszar")
    with pytest.raises(ValidationError):
        services.workshop_problem_make_action(item=items(open_workshop)[0], goal=top)


def test_tied_problems_share_a_place(open_workshop):
    a, b, c = items(open_workshop)
    services.ballot_cast(
        workshop=open_workshop, participant="x", values={a.pk: 4, b.pk: 4, c.pk: 2}
    )
    assert [(r.place, r.points, r.share) for r in priority_results(open_workshop)] == [
        (1, 4, 100),
        (1, 4, 100),
        (3, 2, 50),
    ]

"""The workshop pages: the participant's short link (one workshop, only while open), the
projector, and the coordinator's pages, including turning results into the strategy."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from core.testing import CheckedClient, html_tree
from governments.tests.factories import InstitutionFactory
from strategies.models import Action, Goal
from strategies.tests.factories import StrategyFactory, goal, leaf_goal
from workshops import services
from workshops.models import Ballot, SwotEntry, Workshop
from workshops.participants import COOKIE

from .factories import items, participant_token, projector_token, workshop

pytestmark = pytest.mark.django_db

PROBLEMS = ("Ubóstwo", "Bezrobocie", "Przemoc domowa")


def polish(text: str) -> str:
    with translation.override("pl"):
        return translation.gettext(text)


@pytest.fixture
def open_workshop(government):
    return workshop(government=government, problems=PROBLEMS, status="open")


def vote_url(w: Workshop) -> str:
    return reverse("workshop_vote", kwargs={"token": participant_token(w)})


def base(w: Workshop) -> dict:
    return {
        "government": w.strategy.government.slug,
        "strategy": w.strategy_id,
        "workshop": w.pk,
    }


# The participant's link ---------------------------------------------------------------------


def test_a_phone_votes_once_and_voting_again_replaces_its_ballot(client, open_workshop):
    poverty, jobs, violence = items(open_workshop)
    page = client.get(vote_url(open_workshop))
    assert page.status_code == 200
    assert COOKIE in page.cookies and page.cookies[COOKIE]["httponly"]
    response = client.post(vote_url(open_workshop), {f"p{poverty.pk}": 7, f"p{jobs.pk}": 3})
    assert response.status_code == 302
    again = client.post(vote_url(open_workshop), {f"p{violence.pk}": 10})
    assert again.status_code == 302
    assert Ballot.objects.count() == 1
    assert dict(Ballot.objects.get().scores.values_list("item_id", "points")) == {violence.pk: 10}
    shown = html_tree(client.get(vote_url(open_workshop)))
    assert shown.find(f".//input[@name='p{violence.pk}']").get("value") == "10"
    other_phone = CheckedClient()
    other_phone.get(vote_url(open_workshop))
    other_phone.post(vote_url(open_workshop), {f"p{poverty.pk}": 2})
    assert Ballot.objects.count() == 2


def test_a_vote_or_entry_without_the_participants_cookie_is_refused(client, open_workshop):
    # each such request would otherwise count as a new phone: unlimited ballots
    first = items(open_workshop)[0]
    swot_url = reverse("workshop_swot", kwargs={"token": participant_token(open_workshop)})
    message = polish(
        "Nothing was saved: this phone had not opened the workshop link yet. It has now; "
        "send again. (The page needs cookies to count one vote per phone.)"
    )
    for url, data in (
        (vote_url(open_workshop), {f"p{first.pk}": 1}),
        (swot_url, {"quadrant": "strength", "text": "Aktywne koło gospodyń"}),
    ):
        script = CheckedClient()
        for _ in range(3):
            response = script.post(url, data)
            assert response.status_code == 400
            assert message in response.content.decode()
            script.cookies.pop(COOKIE)  # cleared, as a script would
    assert not Ballot.objects.exists() and not SwotEntry.objects.exists()
    # the refused page gave the cookie: sending again from it counts
    assert client.post(vote_url(open_workshop), {f"p{first.pk}": 1}).status_code == 400
    assert client.post(vote_url(open_workshop), {f"p{first.pk}": 1}).status_code == 302
    assert client.post(swot_url, {"quadrant": "threat", "text": "Smog"}).status_code == 302
    assert Ballot.objects.count() == 1 and SwotEntry.objects.count() == 1


def test_a_forged_cookie_does_not_count_as_a_participant(client, open_workshop):
    first = items(open_workshop)[0]
    client.cookies[COOKIE] = "not-signed"
    assert client.post(vote_url(open_workshop), {f"p{first.pk}": 1}).status_code == 400
    assert not Ballot.objects.exists()
    client.post(vote_url(open_workshop), {f"p{first.pk}": 1})  # with the cookie it was given
    participant = Ballot.objects.get().participant
    assert participant != "not-signed" and len(participant) == 64


def test_points_over_the_budget_are_refused_with_an_error_summary(client, open_workshop):
    poverty, jobs, _ = items(open_workshop)
    client.get(vote_url(open_workshop))
    response = client.post(vote_url(open_workshop), {f"p{poverty.pk}": 8, f"p{jobs.pk}": 5})
    assert response.status_code == 400
    assert b"error-summary" in response.content
    negative = client.post(vote_url(open_workshop), {f"p{poverty.pk}": -2})
    assert negative.status_code == 400
    assert not Ballot.objects.exists()


def test_a_ranking_is_chosen_from_places(client, government):
    ranked = workshop(government=government, problems=PROBLEMS, status="open", mode="ranking")
    poverty, jobs, violence = items(ranked)
    page = html_tree(client.get(vote_url(ranked)))
    assert len(page.findall(".//select")) == 3
    client.post(vote_url(ranked), {f"p{violence.pk}": 1, f"p{poverty.pk}": 2, f"p{jobs.pk}": 0})
    scores = dict(Ballot.objects.get().scores.values_list("item_id", "rank"))
    assert scores == {violence.pk: 1, poverty.pk: 2}
    duplicate = client.post(vote_url(ranked), {f"p{violence.pk}": 1, f"p{poverty.pk}": 1})
    assert duplicate.status_code == 400


def test_the_link_opens_only_its_own_workshop(client, open_workshop, government):
    other = workshop(government=government, title="Inny warsztat", status="open")
    mine = client.get(vote_url(open_workshop)).content.decode()
    assert open_workshop.title in mine and "Inny warsztat" not in mine
    # the projector's token is no participant's token, and nothing is guessed
    projector_as_vote = reverse("workshop_vote", kwargs={"token": projector_token(other)})
    assert client.get(projector_as_vote).status_code == 404
    assert client.get(reverse("workshop_vote", kwargs={"token": "abcdefghjk"})).status_code == 404
    # a vote sent through one workshop's link cannot reach another's problems
    theirs = workshop(government=government, problems=["Samotność"], status="open")
    response = client.post(vote_url(open_workshop), {f"p{items(theirs)[0].pk}": 5})
    assert response.status_code == 400 and not Ballot.objects.exists()


def test_the_code_typed_by_hand_finds_the_workshop(client, open_workshop):
    code = participant_token(open_workshop).upper()
    typed = f"{code[:5]}-{code[5:]} "
    response = client.get(reverse("workshop_enter"), {"kod": typed})
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200
    assert client.get(reverse("workshop_enter")).status_code == 200


def test_a_closed_workshop_says_so_with_410(client, open_workshop):
    services.workshop_set_status(workshop=open_workshop, status="closed")
    first = items(open_workshop)[0]
    for response in (
        client.get(vote_url(open_workshop)),
        client.post(vote_url(open_workshop), {f"p{first.pk}": 1}),
        client.get(reverse("workshop_swot", kwargs={"token": participant_token(open_workshop)})),
    ):
        assert response.status_code == 410
        assert polish("The workshop is closed") in response.content.decode()
    assert not Ballot.objects.exists()


def test_a_workshop_not_opened_yet_refuses_with_403(client, government):
    draft = workshop(government=government, problems=PROBLEMS)
    response = client.get(vote_url(draft))
    assert response.status_code == 403
    assert polish("The workshop has not started yet") in response.content.decode()


def test_old_links_stop_working_after_new_ones_are_made(client, open_workshop):
    old = vote_url(open_workshop)
    services.workshop_links_reset(workshop=open_workshop)
    assert client.get(old).status_code == 404
    assert client.get(vote_url(open_workshop)).status_code == 200


def test_participants_add_swot_entries_and_see_the_board(client, open_workshop):
    url = reverse("workshop_swot", kwargs={"token": participant_token(open_workshop)})
    assert client.get(url).status_code == 200
    response = client.post(url, {"quadrant": "strength", "text": "Aktywne koło gospodyń"})
    assert response.status_code == 302
    entry = SwotEntry.objects.get()
    assert entry.quadrant == "strength" and len(entry.participant) == 64
    assert "Aktywne koło gospodyń" in client.get(url).content.decode()
    assert client.post(url, {"quadrant": "strength", "text": ""}).status_code == 400
    partial = client.get(url, headers={"HX-Request": "true"})
    assert b"<html" not in partial.content and b"Aktywne" in partial.content


# The projector ------------------------------------------------------------------------------


def projector_url(w: Workshop, shown: str = "priorities") -> str:
    return reverse("workshop_projector", kwargs={"token": projector_token(w)}) + f"?widok={shown}"


def test_the_projector_shows_results_with_numbers_and_no_hidden_entries(client, open_workshop):
    poverty, jobs, _ = items(open_workshop)
    services.ballot_cast(workshop=open_workshop, participant="a", values={jobs.pk: 7})
    services.ballot_cast(
        workshop=open_workshop, participant="b", values={jobs.pk: 2, poverty.pk: 1}
    )
    page = html_tree(client.get(projector_url(open_workshop)))
    rows = [
        ["".join(cell.itertext()).strip() for cell in row]
        for row in page.findall(".//table/tbody/tr")
    ]
    assert rows[0] == ["1.", "Bezrobocie", "9"] and rows[1] == ["2.", "Ubóstwo", "1"]
    assert page.find(".//*[@hx-trigger='every 5s']") is not None
    services.swot_entry_add(workshop=open_workshop, participant="a", quadrant="threat", text="Smog")
    rude = services.swot_entry_add(
        workshop=open_workshop, participant="a", quadrant="threat", text="Obraźliwy wpis"
    )
    services.swot_entry_set_hidden(entry=rude, hidden=True)
    board = client.get(projector_url(open_workshop, "swot")).content.decode()
    assert "Smog" in board and "Obraźliwy" not in board


def test_the_projector_sets_the_ballots_against_the_expected_participants(client, open_workshop):
    # more ballots than people in the room show that someone voted more than once
    first = items(open_workshop)[0]
    for participant in "abc":
        services.ballot_cast(workshop=open_workshop, participant=participant, values={first.pk: 1})

    def counted() -> str:
        span = html_tree(client.get(projector_url(open_workshop))).find(".//h2/span")
        return " ".join("".join(span.itertext()).split())

    def polish_plural(singular: str, plural: str, count: int, **values) -> str:
        with translation.override("pl"):
            return translation.ngettext(singular, plural, count) % values

    assert counted() == "· " + polish_plural("%(n)s vote", "%(n)s votes", 3, n=3)
    Workshop.objects.filter(pk=open_workshop.pk).update(participants_count=2)
    assert counted() == "· " + polish_plural(
        "ballots: %(n)s of %(expected)s expected participant",
        "ballots: %(n)s of %(expected)s expected participants",
        2,
        n=3,
        expected=2,
    )


def test_the_projector_works_after_closing_but_not_with_a_participant_token(client, open_workshop):
    services.workshop_set_status(workshop=open_workshop, status="closed")
    assert client.get(projector_url(open_workshop)).status_code == 200
    wrong = reverse("workshop_projector", kwargs={"token": participant_token(open_workshop)})
    assert client.get(wrong).status_code == 404


def test_the_projector_partial_makes_a_fixed_number_of_queries(client, open_workshop):
    def count(shown: str) -> int:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(
                projector_url(open_workshop, shown), headers={"HX-Request": "true"}
            )
        assert response.status_code == 200 and b"<html" not in response.content
        return len(queries)

    assert count("priorities") <= 3 and count("swot") <= 3
    for n in range(5):
        services.ballot_cast(
            workshop=open_workshop, participant=f"p{n}", values={items(open_workshop)[n % 3].pk: 3}
        )
        services.swot_entry_add(
            workshop=open_workshop, participant=f"p{n}", quadrant="strength", text=f"Wpis {n}"
        )
    assert count("priorities") == 3  # the workshop, the results, the number of ballots
    assert count("swot") == 2  # the workshop, the board


# The coordinator's pages --------------------------------------------------------------------


def test_the_coordinator_plans_and_runs_a_workshop(coordinator_client, government):
    strategy = StrategyFactory(government=government)
    area = goal(strategy, "Rodzina")
    slug = {"government": government.slug, "strategy": strategy.pk}
    assert coordinator_client.get(reverse("workshop_list", kwargs=slug)).status_code == 200
    assert coordinator_client.get(reverse("workshop_create", kwargs=slug)).status_code == 200
    response = coordinator_client.post(
        reverse("workshop_create", kwargs=slug),
        {
            "title": "Warsztat o rodzinie",
            "date": "2025-03-12",
            "place": "GOPS, sala 3",
            "participants": "PUP, szkoły, NGO",
            "participants_count": "18",
            "area": area.pk,
            "mode": "points",
            "budget": "10",
        },
    )
    w = Workshop.objects.get()
    assert response.status_code == 302 and w.area == area
    kw = base(w)
    detail = coordinator_client.get(reverse("workshop_detail", kwargs=kw)).content.decode()
    assert participant_token(w).upper()[:5] in detail  # the short code
    assert reverse("workshop_projector", kwargs={"token": projector_token(w)}) in detail
    coordinator_client.post(reverse("workshop_problem_add", kwargs=kw), {"title": "Samotność"})
    assert (
        coordinator_client.post(reverse("workshop_problem_add", kwargs=kw), {}).status_code == 400
    )
    coordinator_client.post(reverse("workshop_problems_load", kwargs=kw))
    assert [i.title for i in items(w)] == ["Samotność"]
    coordinator_client.post(reverse("workshop_status", kwargs=kw), {"status": "open"})
    w.refresh_from_db()
    assert w.status == "open"
    coordinator_client.post(reverse("workshop_status", kwargs=kw), {"status": "draft"})
    w.refresh_from_db()
    assert w.status == "open"  # refused: an open workshop only closes
    assert coordinator_client.get(reverse("workshop_edit", kwargs=kw)).status_code == 200
    coordinator_client.post(
        reverse("workshop_problem_delete", kwargs={**kw, "item": items(w)[0].pk})
    )
    assert not w.problems.exists()
    assert coordinator_client.get(reverse("workshop_list", kwargs=slug)).status_code == 200
    assert coordinator_client.get(reverse("workshop_delete", kwargs=kw)).status_code == 200
    coordinator_client.post(reverse("workshop_delete", kwargs=kw))
    assert not Workshop.objects.exists()


def test_results_become_goals_and_actions_with_one_action_each(
    coordinator_client, open_workshop, government
):
    strategy = open_workshop.strategy
    target = leaf_goal(strategy)
    poverty = items(open_workshop)[0]
    services.ballot_cast(workshop=open_workshop, participant="a", values={poverty.pk: 10})
    entry = services.swot_entry_add(
        workshop=open_workshop, participant="a", quadrant="weakness", text="Brak mieszkań"
    )
    kw = base(open_workshop)
    results = coordinator_client.get(reverse("workshop_results", kwargs=kw))
    assert "Dodaj jako cel" in results.content.decode() or b"Add as a goal" in results.content
    coordinator_client.post(reverse("problem_make_goal", kwargs={**kw, "item": poverty.pk}))
    made_goal = Goal.objects.get(title="Ubóstwo")
    assert made_goal.depth == 1
    action_url = reverse("entry_make_action", kwargs={**kw, "entry": entry.pk})
    form = html_tree(coordinator_client.get(action_url))
    assert form.find(f".//select[@name='goal']/option[@value='{target.pk}']") is not None
    coordinator_client.post(action_url, {"goal": target.pk, "implementer": ""})
    made_action = Action.objects.get(title="Brak mieszkań")
    entry.refresh_from_db()
    poverty.refresh_from_db()
    assert (entry.action, poverty.goal) == (made_action, made_goal)
    page = coordinator_client.get(reverse("workshop_results", kwargs=kw)).content.decode()
    assert (
        reverse(
            "goal_detail",
            kwargs={"government": government.slug, "strategy": strategy.pk, "goal": made_goal.pk},
        )
        in page
    )
    assert coordinator_client.get(action_url).status_code == 200  # says it was made already
    pup = InstitutionFactory(government=government)
    problem_action = reverse("problem_make_action", kwargs={**kw, "item": poverty.pk})
    coordinator_client.post(problem_action, {"goal": target.pk, "implementer": pup.pk})
    assert [p.institution for p in Action.objects.get(title="Ubóstwo").implementers()] == [pup]


def test_an_action_under_a_goal_of_another_strategy_is_refused(coordinator_client, open_workshop):
    elsewhere = leaf_goal(StrategyFactory(government=open_workshop.strategy.government))
    url = reverse(
        "problem_make_action", kwargs={**base(open_workshop), "item": items(open_workshop)[0].pk}
    )
    assert coordinator_client.post(url, {"goal": elsewhere.pk}).status_code == 200
    assert not Action.objects.filter(title="Ubóstwo").exists()


def test_the_coordinator_hides_an_entry_in_place(coordinator_client, open_workshop):
    entry = services.swot_entry_add(
        workshop=open_workshop, participant="a", quadrant="threat", text="Spam"
    )
    url = reverse("swot_entry_hide", kwargs={**base(open_workshop), "entry": entry.pk})
    partial = coordinator_client.post(url, {"hidden": "1"}, headers={"HX-Request": "true"})
    assert partial.status_code == 200 and b"<html" not in partial.content
    entry.refresh_from_db()
    assert entry.hidden
    coordinator_client.post(url, {"hidden": "0"})
    entry.refresh_from_db()
    assert not entry.hidden


def test_another_governments_coordinator_finds_nothing(client, open_workshop, other_coordinator):
    client.force_login(other_coordinator)
    kw = base(open_workshop)
    for name in ("workshop_detail", "workshop_results", "workshop_edit"):
        assert client.get(reverse(name, kwargs=kw)).status_code == 404
    own = {**kw, "government": other_coordinator.memberships.get().government.slug}
    assert client.get(reverse("workshop_detail", kwargs=own)).status_code == 404


def test_a_reader_sees_results_but_not_the_links(client, open_workshop, reader):
    client.force_login(reader)
    kw = base(open_workshop)
    detail = client.get(reverse("workshop_detail", kwargs=kw)).content.decode()
    assert participant_token(open_workshop) not in detail
    assert client.get(reverse("workshop_results", kwargs=kw)).status_code == 200


def test_the_list_makes_a_fixed_number_of_queries(coordinator_client, government):
    strategy = StrategyFactory(government=government)
    url = reverse("workshop_list", kwargs={"government": government.slug, "strategy": strategy.pk})

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert coordinator_client.get(url).status_code == 200
        return len(queries)

    workshop(strategy, problems=PROBLEMS)
    before = count()
    for n in range(4):
        workshop(strategy, title=f"Warsztat {n}", problems=PROBLEMS, status="open")
    assert count() == before


def test_the_results_page_makes_a_fixed_number_of_queries(coordinator_client, open_workshop):
    url = reverse("workshop_results", kwargs=base(open_workshop))
    target = leaf_goal(open_workshop.strategy)

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert coordinator_client.get(url).status_code == 200
        return len(queries)

    first = items(open_workshop)[0]
    services.ballot_cast(workshop=open_workshop, participant="a", values={first.pk: 5})
    entry = services.swot_entry_add(
        workshop=open_workshop, participant="a", quadrant="threat", text="Wpis"
    )
    services.swot_entry_make_goal(entry=entry)
    before = count()
    for n, item in enumerate(items(open_workshop)):
        services.ballot_cast(workshop=open_workshop, participant=f"p{n}", values={item.pk: 2})
        services.workshop_problem_make_goal(item=item)
        services.workshop_problem_make_action(item=item, goal=target)
        made = services.swot_entry_add(
            workshop=open_workshop, participant=f"p{n}", quadrant="strength", text=f"Wpis {n}"
        )
        services.swot_entry_make_action(entry=made, goal=target)
    assert count() == before

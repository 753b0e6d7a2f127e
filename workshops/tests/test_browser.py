"""The participant's phone and the projector in a real browser (Debian's Chromium driven by
Playwright): a 360 px wide phone votes with the keyboard alone, and axe-core finds no
WCAG 2.1 A/AA violations on the participant's pages and the projector."""

import pytest
from django.urls import reverse

from core.tests.test_browser import (
    _axe_violations,
    browser,
    page,
    wait_until,
)
from workshops import services, tokens
from workshops.models import Ballot, Workshop

from .factories import items, participant_token, projector_token, workshop

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]

PROBLEMS = ("Ubóstwo", "Bezrobocie", "Przemoc domowa", "Samotność osób starszych")


@pytest.fixture
def phone(browser, live_server):
    """A participant's phone: no account, 360 px wide."""
    context = browser.new_context(
        base_url=live_server.url, locale="pl-PL", viewport={"width": 360, "height": 740}
    )
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def open_workshop(government):
    return workshop(government=government, problems=PROBLEMS, status="open")


def _fits(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth")


def test_a_phone_votes_with_the_keyboard_alone(phone, open_workshop):
    poverty, jobs, *_ = items(open_workshop)
    phone.goto(reverse("workshop_vote", kwargs={"token": participant_token(open_workshop)}))
    assert _fits(phone) <= 360
    left = phone.locator("#points-left")  # shown by the script, updated as one types
    assert left.is_visible() and "10" in left.inner_text()
    # Tab from the top of the page to the first problem's points, skipping the links.
    for _ in range(20):
        phone.keyboard.press("Tab")
        if phone.evaluate("document.activeElement.id") == f"id_p{poverty.pk}":
            break
    else:
        pytest.fail("the first field cannot be reached with Tab")
    phone.keyboard.press("Control+A")
    phone.keyboard.type("6")
    phone.keyboard.press("Tab")
    assert phone.evaluate("document.activeElement.id") == f"id_p{jobs.pk}"
    phone.keyboard.press("Control+A")
    phone.keyboard.type("4")
    assert "10" not in left.inner_text() and "0" in left.inner_text()
    phone.keyboard.press("Enter")  # sends the form
    phone.wait_for_selector(".messages")
    ballot = Ballot.objects.get()
    assert dict(ballot.scores.values_list("item_id", "points")) == {poverty.pk: 6, jobs.pk: 4}
    assert _axe_violations(phone) == []
    assert _fits(phone) <= 360


def test_participant_and_projector_pages_have_no_wcag_violations(
    phone, browser, live_server, open_workshop
):
    poverty, jobs, *_ = items(open_workshop)
    services.ballot_cast(
        workshop=open_workshop, participant="a", values={poverty.pk: 7, jobs.pk: 3}
    )
    for quadrant, text in [
        ("strength", "Aktywne organizacje pozarządowe"),
        ("weakness", "Brak mieszkań chronionych"),
        ("opportunity", "Środki z funduszy europejskich"),
        ("threat", "Starzenie się mieszkańców"),
    ]:
        services.swot_entry_add(
            workshop=open_workshop, participant="a", quadrant=quadrant, text=text
        )
    token = participant_token(open_workshop)
    problems = {}
    paths = [
        reverse("workshop_vote", kwargs={"token": token}),
        reverse("workshop_swot", kwargs={"token": token}),
        reverse("workshop_enter"),
    ]
    for path in paths:
        response = phone.goto(path)
        assert response.status == 200, path
        assert _fits(phone) <= 360, path
        if violations := _axe_violations(phone):
            problems[path] = violations
    phone.goto(paths[1])
    # errors shown next to the fields are accessible too
    phone.locator("form.swot-form button[type=submit]").click()
    phone.wait_for_selector(".error-summary")
    if violations := _axe_violations(phone):
        problems["swot with errors"] = violations

    # more ballots than expected participants: the projector says so
    services.ballot_cast(workshop=open_workshop, participant="b", values={jobs.pk: 1})
    Workshop.objects.filter(pk=open_workshop.pk).update(participants_count=1)
    screen = browser.new_context(base_url=live_server.url, locale="pl-PL")
    projector = screen.new_page()
    projector_path = reverse("workshop_projector", kwargs={"token": projector_token(open_workshop)})
    for shown in ("priorities", "swot"):
        response = projector.goto(f"{projector_path}?widok={shown}")
        assert response.status == 200
        if shown == "priorities":
            assert projector.locator("#live .over-cap").is_visible()
        if violations := _axe_violations(projector):
            problems[f"projector {shown}"] = violations
    screen.close()
    assert not problems, problems


def test_a_phone_votes_with_its_one_time_code_and_a_used_one_is_refused_at_the_field(
    phone, browser, live_server, government
):
    coded = workshop(government=government, problems=PROBLEMS, status="open", requires_codes=True)
    services.workshop_codes_generate(workshop=coded, count=2)
    code = tokens.display_code(tokens.code_for(coded.code_salt, 1))
    poverty, *_ = items(coded)
    path = reverse("workshop_vote", kwargs={"token": participant_token(coded)})
    phone.goto(path)
    assert _fits(phone) <= 360
    phone.get_by_label("Twój jednorazowy kod").fill(code.lower())
    phone.locator(f"#id_p{poverty.pk}").fill("10")
    phone.locator("form.ballot button[type=submit]").click()
    phone.wait_for_selector(".messages")
    assert Ballot.objects.get().code.number == 1
    assert phone.locator("#id_code").count() == 0  # changing the vote needs no code

    other = browser.new_context(
        base_url=live_server.url, locale="pl-PL", viewport={"width": 360, "height": 740}
    ).new_page()
    other.goto(path)
    other.locator("#id_code").fill(code)
    other.locator(f"#id_p{poverty.pk}").fill("3")
    other.locator("form.ballot button[type=submit]").click()
    other.wait_for_selector(".error-summary")
    assert other.locator("#id_code").get_attribute("aria-invalid") == "true"
    assert "już użyty" in other.locator("#id_code_error").inner_text()
    assert _axe_violations(other) == []
    assert _fits(other) <= 360
    other.context.close()
    assert Ballot.objects.count() == 1


def test_the_projector_refreshes_itself(browser, live_server, open_workshop):
    screen = browser.new_context(base_url=live_server.url, locale="pl-PL")
    projector = screen.new_page()
    projector.goto(reverse("workshop_projector", kwargs={"token": projector_token(open_workshop)}))
    projector.evaluate("window.__notReloaded = true")
    services.ballot_cast(
        workshop=open_workshop, participant="late", values={items(open_workshop)[3].pk: 10}
    )
    wait_until(
        projector,
        "document.querySelector('#live tbody tr th').innerText.includes('Samotność')",
        timeout=12_000,
    )
    assert projector.evaluate("window.__notReloaded") is True
    screen.close()


def test_coordinator_pages_have_no_wcag_violations(page, open_workshop, government):
    from strategies.tests.factories import leaf_goal

    coded = workshop(open_workshop.strategy, problems=PROBLEMS, status="open", requires_codes=True)
    services.workshop_codes_generate(workshop=coded, count=4)

    target = leaf_goal(open_workshop.strategy)
    poverty, jobs, *_ = items(open_workshop)
    services.ballot_cast(workshop=open_workshop, participant="a", values={poverty.pk: 7})
    services.workshop_problem_make_goal(item=poverty)
    entry = services.swot_entry_add(
        workshop=open_workshop, participant="a", quadrant="strength", text="Aktywne NGO"
    )
    services.swot_entry_make_action(entry=entry, goal=target)
    hidden = services.swot_entry_add(
        workshop=open_workshop, participant="b", quadrant="threat", text="Spam"
    )
    services.swot_entry_set_hidden(entry=hidden, hidden=True)
    strategy = {"government": government.slug, "strategy": open_workshop.strategy_id}
    kw = {**strategy, "workshop": open_workshop.pk}
    paths = [
        reverse("workshop_list", kwargs=strategy),
        reverse("workshop_create", kwargs=strategy),
        reverse("workshop_detail", kwargs=kw),
        reverse("workshop_results", kwargs=kw),
        reverse("problem_make_action", kwargs={**kw, "item": jobs.pk}),
        reverse("workshop_codes", kwargs={**strategy, "workshop": coded.pk}),
        reverse("workshop_detail", kwargs={**strategy, "workshop": coded.pk}),
    ]
    problems = {}
    for path in paths:
        response = page.goto(path)
        assert response.status == 200, path
        if violations := _axe_violations(page):
            problems[path] = violations
    assert not problems, problems
    page.set_viewport_size({"width": 360, "height": 740})  # the links wrap on a phone
    page.goto(paths[2])
    assert _fits(page) <= 360
    page.set_viewport_size({"width": 1280, "height": 720})
    # hiding an entry swaps it in place, without a reload
    page.goto(paths[3])
    page.evaluate("window.__notReloaded = true")
    page.locator(f"#entry-{entry.pk} button[name=hidden]").click()
    page.wait_for_selector(f"#entry-{entry.pk}.swot-entry-hidden")
    assert page.evaluate("window.__notReloaded") is True

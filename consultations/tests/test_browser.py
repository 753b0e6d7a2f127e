"""The public consultation in a real browser: axe-core finds no WCAG 2.1 A/AA violation on
the page with its comment form and honeypot, on the form's errors and on the report; a
360 px screen needs no sideways scrolling; a comment can be sent with the keyboard alone."""

import pytest
from django.urls import reverse

from core.tests.test_browser import (
    _axe_violations,
    browser,
)

from .. import services
from ..models import Comment
from .factories import DAY, comment, consultation, draft_strategy, sections_of

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]


@pytest.fixture
def consultations(government):
    strategy = draft_strategy(government)
    current = consultation(strategy, state="open")
    first = sections_of(current)[0]
    comment(current, section=first, organisation="Stowarzyszenie <b>Razem</b>")
    comment(current, text="Bardzo długie słowo: " + "x" * 300)
    past = consultation(strategy, state="open")
    remark = comment(past, section=first, proposed_wording="Nowe brzmienie", justification="Bo")
    invitation, _token = services.invitation_create(consultation=past, name="Gmina Dolna")
    opinion = comment(past, invitation=invitation, text="Opinia pozytywna")
    type(past).objects.filter(pk=past.pk).update(
        starts_on=past.starts_on - 60 * DAY, ends_on=past.ends_on - 60 * DAY
    )
    past.refresh_from_db()
    services.comment_answer(comment=remark, answer="rejected", reason="Poza zakresem", by=None)
    services.comment_answer(comment=opinion, answer="accepted", reason="", by=None)
    services.consultation_report_publish(consultation=past, by=None)
    slug = government.slug
    return {
        "page": reverse(
            "portal_consultation", kwargs={"government": slug, "consultation": current.pk}
        ),
        "report": reverse(
            "portal_consultation_report", kwargs={"government": slug, "consultation": past.pk}
        ),
        "list": reverse("portal_consultations", kwargs={"government": slug}),
    }


def test_the_public_consultation_pages_have_no_wcag_violations(
    browser,
    live_server,
    consultations,
):
    context = browser.new_context(base_url=live_server.url, locale="pl-PL")
    page = context.new_page()
    problems = {}
    for name in ("page", "report", "list"):
        assert page.goto(consultations[name]).status == 200, name
        if violations := _axe_violations(page):
            problems[name] = violations
    page.goto(consultations["page"])
    page.click("form.narrow button[type=submit]")  # empty: errors next to the fields
    page.wait_for_selector(".error-summary")
    if violations := _axe_violations(page):
        problems["errors"] = violations
    assert not problems, problems
    context.close()


def test_the_pages_fit_a_small_screen_and_a_comment_goes_with_the_keyboard(
    browser,
    live_server,
    consultations,
):
    context = browser.new_context(
        base_url=live_server.url, locale="pl-PL", viewport={"width": 360, "height": 740}
    )
    page = context.new_page()
    too_wide = {}
    for name in ("page", "report", "list"):
        page.goto(consultations[name])
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 360:
            too_wide[name] = width
    assert not too_wide, too_wide

    page.goto(consultations["page"])
    before = Comment.objects.count()
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "section":
            break
    typed = {
        "author_name": "Zofia Klawiatura",
        "organisation": "",
        "email": "zofia@example.org",
        "text": "Uwaga wysłana samą klawiaturą.",
        "proposed_wording": "",
        "justification": "",
    }
    for name, value in typed.items():
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.name") == name
        if value:
            page.keyboard.type(value)
    page.keyboard.press("Tab")  # the honeypot is skipped: straight to the button
    assert page.evaluate("document.activeElement.tagName") == "BUTTON"
    page.keyboard.press("Enter")
    page.wait_for_selector(".message-success")
    assert Comment.objects.count() == before + 1
    assert Comment.objects.latest("pk").author_name == "Zofia Klawiatura"
    context.close()

"""Every public page of the demo in a real browser: no WCAG 2.1 A/AA violation found by
axe-core, nothing wider than a 360 px screen, and the pages work with the keyboard."""

import tempfile

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

from core.tests.test_browser import (
    _axe_violations,
    browser,
)

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]


def public_pages() -> list[str]:
    from documents.models import GeneratedDocument
    from monitoring.models import MonitoringCycle
    from portal import selectors
    from strategies.models import Strategy

    strategy = Strategy.objects.get(government__slug="przykladowo", status="adopted")
    base = {"government": "przykladowo", "strategy": strategy.pk}
    cycle = MonitoringCycle.objects.get(strategy=strategy, status="published")
    indicator = strategy.indicators.filter(values__isnull=False).first()
    assert GeneratedDocument.objects.filter(is_published=True).exists()
    assert selectors.published_documents(strategy).exists()
    from consultations.models import Consultation
    from workshops import tokens
    from workshops.models import Workshop

    consultation = Consultation.objects.get(strategy=strategy)
    workshop = Workshop.objects.get(strategy__government__slug="przykladowo")
    projector = tokens.token_for(workshop.link_salt, tokens.PROJECTOR)
    gov = {"government": "przykladowo"}
    return [
        reverse("portal_consultations", kwargs=gov),
        reverse("portal_consultation", kwargs={**gov, "consultation": consultation.pk}),
        reverse("portal_consultation_report", kwargs={**gov, "consultation": consultation.pk}),
        reverse("workshop_enter"),
        reverse("workshop_projector", kwargs={"token": projector}),
        reverse("workshop_projector", kwargs={"token": projector}) + "?widok=swot",
        reverse("login"),
        reverse("portal_index"),
        reverse("portal_government", kwargs={"government": "przykladowo"}),
        reverse("portal_accessibility", kwargs={"government": "przykladowo"}),
        reverse("portal_strategy", kwargs=base),
        reverse("portal_indicators", kwargs=base),
        reverse("portal_indicator", kwargs={**base, "indicator": indicator.pk}),
        reverse("portal_report", kwargs={**base, "cycle": cycle.pk}),
        reverse("portal_open_data", kwargs=base),
    ]


@pytest.fixture
def demo(live_server):
    with override_settings(MEDIA_ROOT=tempfile.mkdtemp()):
        call_command("load_catalogue", verbosity=0)
        call_command("load_demo", "--quiet")
        yield live_server


def test_every_public_page_of_the_demo_is_accessible(browser, demo):
    context = browser.new_context(base_url=demo.url, locale="pl-PL")
    page = context.new_page()
    problems = {}
    for path in public_pages():
        response = page.goto(path)
        assert response.status == 200, path
        if violations := _axe_violations(page):
            problems[path] = violations
    assert not problems, problems
    context.close()


def test_public_pages_fit_a_small_screen_and_work_with_the_keyboard(browser, demo):
    context = browser.new_context(
        base_url=demo.url, locale="pl-PL", viewport={"width": 360, "height": 740}
    )
    page = context.new_page()
    too_wide = {}
    for path in public_pages():
        page.goto(path)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 360:
            too_wide[path] = width
    assert not too_wide, too_wide
    # From the government's page to a strategy with the keyboard alone.
    page.goto(reverse("portal_government", kwargs={"government": "przykladowo"}))
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    for _ in range(40):
        page.keyboard.press("Tab")
        if "/strategie/" in (page.evaluate("document.activeElement.href") or ""):
            break
    page.keyboard.press("Enter")
    page.wait_for_url("**/strategie/**")
    assert page.locator("h1").inner_text().startswith("Strategia")
    context.close()

"""The pages in a real browser (Debian's Chromium driven by Playwright): axe-core finds no
WCAG 2.1 A/AA violations, the tree works with the keyboard, htmx moves without a reload,
and a 360 px wide screen needs no sideways scrolling."""

import os
import shutil
from pathlib import Path

import pytest
from django.urls import reverse

from governments.tests.factories import InstitutionFactory
from preparation.models import ScheduleStep
from strategies.models import FinancingSource
from strategies.tests.factories import StrategyFactory, action, goal, indicator

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
AXE = Path(__file__).parent / "vendor" / "axe-4.14.1.min.js"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

if not Path(CHROMIUM).exists():
    if os.environ.get("CI"):
        raise RuntimeError("CI must run the browser tests: install Debian's chromium (.ci/run).")
    pytest.skip("Chromium is not installed (apt-get install chromium)", allow_module_level=True)

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]


# Every page the browser opens records what its Content-Security-Policy refused; the axe
# check reports it with the WCAG violations (an init script is not subject to the policy).
CSP_WATCH = """
document.addEventListener('securitypolicyviolation', (event) => {
    (window.__cspRefused = window.__cspRefused || []).push(
        event.violatedDirective + ' ' + (event.blockedURI || 'inline') + ' at ' +
        event.sourceFile + ':' + event.lineNumber);
});
"""


class CspWatchingBrowser:
    """The Playwright browser whose contexts watch for CSP violations."""

    def __init__(self, browser) -> None:
        self._browser = browser

    def new_context(self, **kwargs):
        context = self._browser.new_context(**kwargs)
        context.add_init_script(script=CSP_WATCH)
        return context

    def __getattr__(self, name):
        return getattr(self._browser, name)


@pytest.fixture(scope="module")
def browser():
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # Playwright's sync API runs a loop
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield CspWatchingBrowser(instance)
        instance.close()


@pytest.fixture
def page(browser, live_server, coordinator):
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    session = SessionStore()
    session[SESSION_KEY] = str(coordinator.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = coordinator.get_session_auth_hash()
    session.save()
    context = browser.new_context(base_url=live_server.url, locale="pl-PL")
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": session.session_key,
                "url": live_server.url,
            }
        ]
    )
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def demo_strategy(government):
    strategy = StrategyFactory(government=government)
    pup = InstitutionFactory(government=government, name="Powiatowy Urząd Pracy", short_name="PUP")
    pfron = FinancingSource.objects.get(government=government, kind="pfron")
    area = goal(strategy, "Bezrobocie")
    first = goal(strategy, "Aktywizacja długotrwale bezrobotnych", parent=area)
    goal(strategy, "Nowe miejsca pracy", parent=area)
    act = action(strategy, first, title="Kluby pracy", implementers=[pup], sources=[pfron])
    action(strategy, first, title="Prace społecznie użyteczne", implementers=[pup])
    indicator(
        strategy, act, baseline_value=10, baseline_year=2020, target_value=40, target_year=2030
    )
    ScheduleStep.objects.create(
        strategy=strategy,
        name="Diagnoza",
        month_from="2020-03-01",
        month_to="2020-05-01",
        executor="Zespół programowy",
    )
    return strategy


def _pages(strategy, government):
    base = {"government": government.slug, "strategy": strategy.pk}
    act = strategy.actions.first()
    return [
        reverse("government_dashboard", kwargs={"government": government.slug}),
        reverse("strategy_detail", kwargs=base),
        reverse("plan", kwargs=base),
        reverse("framework", kwargs=base),
        reverse("schedule", kwargs=base),
        reverse("strategy_history", kwargs=base),
        reverse("action_detail", kwargs={**base, "action": act.pk}),
        reverse("action_edit", kwargs={**base, "action": act.pk}),
        reverse("indicator_detail", kwargs={**base, "indicator": act.indicators.first().pk}),
        reverse("goal_create", kwargs=base),
        reverse("strategy_create", kwargs={"government": government.slug}),
        reverse("institution_list", kwargs={"government": government.slug}),
        reverse("local_figures", kwargs={"government": government.slug}),
    ]


def wait_until(page, expression: str, timeout: float = 5000) -> None:
    """Poll a JavaScript expression until it is true. (Playwright's wait_for_function
    evaluates its predicate with eval() inside the page, which the CSP refuses; each
    evaluate() here goes through the DevTools protocol instead.)"""
    import time

    deadline = time.monotonic() + timeout / 1000
    while not page.evaluate(f"() => Boolean({expression})"):
        if time.monotonic() > deadline:
            raise AssertionError(f"not true within {timeout} ms: {expression}")
        page.wait_for_timeout(100)


def _axe_violations(page) -> list[str]:
    """axe-core's WCAG 2.1 A/AA violations on the page, and whatever its Content-Security-
    Policy refused. axe is evaluated through the DevTools protocol, which the policy does
    not govern (a <script> tag with it inline would be refused)."""
    refused = page.evaluate("() => window.__cspRefused || []")
    page.evaluate("() => {\n" + AXE.read_text(encoding="utf-8") + "\n}")
    result = page.evaluate(
        """async () => await axe.run(document, {
            runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}
        })"""
    )
    return [f"CSP refused {what}" for what in refused] + [
        f"{v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['target']})"
        for v in result["violations"]
    ]


def test_pages_have_no_wcag_violations(page, demo_strategy, government):
    problems = {}
    for path in _pages(demo_strategy, government):
        response = page.goto(path)
        assert response.status == 200, path
        violations = _axe_violations(page)
        if violations:
            problems[path] = violations
    assert not problems, problems


def test_form_errors_have_no_wcag_violations(page, government):
    page.goto(reverse("strategy_create", kwargs={"government": government.slug}))
    page.get_by_role("button", name="Zapisz").click()
    page.wait_for_selector(".error-summary")
    assert _axe_violations(page) == []


def test_tree_collapses_with_the_keyboard(page, demo_strategy, government):
    page.goto(
        reverse(
            "strategy_detail", kwargs={"government": government.slug, "strategy": demo_strategy.pk}
        )
    )
    summary = page.locator("summary").first
    assert page.locator("details").first.get_attribute("open") is not None
    summary.focus()
    page.keyboard.press("Enter")
    assert page.locator("details").first.get_attribute("open") is None
    assert not page.get_by_text("Kluby pracy").is_visible()
    page.keyboard.press("Enter")
    assert page.get_by_text("Kluby pracy").is_visible()


def test_moving_an_element_does_not_reload_the_page(page, demo_strategy, government):
    page.goto(
        reverse(
            "strategy_detail", kwargs={"government": government.slug, "strategy": demo_strategy.pk}
        )
    )
    page.evaluate("window.__notReloaded = true")
    page.get_by_role("button", name="Przesuń 1.1.2 w górę").click()
    wait_until(
        page,
        "document.querySelector('#tree').innerText.indexOf('Prace społecznie') <"
        " document.querySelector('#tree').innerText.indexOf('Kluby pracy')",
    )
    assert page.evaluate("window.__notReloaded") is True
    focused = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert focused and focused.startswith("Przesuń")


def test_plan_filter_updates_without_reload(page, demo_strategy, government):
    page.goto(reverse("plan", kwargs={"government": government.slug, "strategy": demo_strategy.pk}))
    page.evaluate("window.__notReloaded = true")
    page.get_by_label("Źródło finansowania").select_option(label="PFRON")
    wait_until(
        page, "!document.querySelector('#plan-results').innerText.includes('Prace społecznie')"
    )
    assert page.evaluate("window.__notReloaded") is True
    assert "source=" in page.url
    assert page.locator("#plan-status").inner_text().startswith("1 działanie")


def test_small_screen_needs_no_sideways_scrolling(browser, page, demo_strategy, government):
    page.set_viewport_size({"width": 360, "height": 740})
    for path in _pages(demo_strategy, government):
        page.goto(path)
        width = page.evaluate("document.documentElement.scrollWidth")
        wide = page.evaluate(
            """() => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > 361
                    && !(e.parentElement && e.parentElement.closest('.table-scroll')))
                .slice(0, 6).map(e => e.tagName + '.' + e.className)"""
        )
        assert width <= 360, (path, width, wide)


def test_diagnosis_pages_have_no_wcag_violations(browser, page, government):
    from diagnosis import services
    from diagnosis.models import Problem
    from diagnosis.tests.world import build_world

    build_world(government)
    services.comparison_group_default(government=government)
    services.problems_refresh(government=government)
    problem = Problem.objects.get(government=government)
    slug = {"government": government.slug}
    paths = [
        reverse("diagnosis", kwargs=slug),
        reverse("diagnosis_domain", kwargs={**slug, "domain": "rynek-pracy"}),
        reverse("problem_detail", kwargs={**slug, "problem": problem.pk}),
        reverse("comparison_group", kwargs=slug),
        reverse("comparison_group_edit", kwargs=slug),
        reverse("diagnosis_chapter", kwargs=slug),
        reverse("diagnosis_indicators", kwargs=slug),
        reverse("bdl_import", kwargs=slug),
        reverse("bdl_csv_import", kwargs=slug),
    ]
    problems = {}
    for path in paths:
        response = page.goto(path)
        assert response.status == 200, path
        if violations := _axe_violations(page):
            problems[path] = violations
    assert not problems, problems
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(paths[1])
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def test_monitoring_pages_have_no_wcag_violations(page, demo_strategy, government):
    import datetime

    from monitoring import services

    cycle = services.cycle_open(
        strategy=demo_strategy, year=2025, deadline=datetime.date(2099, 3, 31)
    )
    form = cycle.forms.first()
    base = {"government": government.slug, "strategy": demo_strategy.pk}
    paths = [
        reverse("cycle_list", kwargs=base),
        reverse("cycle_board", kwargs={**base, "cycle": cycle.pk}),
        reverse("form_fill", kwargs={**base, "cycle": cycle.pk, "form": form.pk}),
        reverse("cycle_report", kwargs={**base, "cycle": cycle.pk}),
        reverse("approval_stages", kwargs={"government": government.slug}),
        reverse("action_over_years", kwargs={**base, "action": form.actions.first().action_id}),
    ]
    problems = {}
    for path in paths:
        response = page.goto(path)
        assert response.status == 200, path
        if violations := _axe_violations(page):
            problems[path] = violations
    assert not problems, problems


def test_the_form_saves_itself_as_one_types(page, demo_strategy, government):
    import datetime

    from monitoring import services

    cycle = services.cycle_open(
        strategy=demo_strategy, year=2025, deadline=datetime.date(2099, 3, 31)
    )
    form = cycle.forms.first()
    report = form.actions.first()
    page.goto(
        reverse(
            "form_fill",
            kwargs={
                "government": government.slug,
                "strategy": demo_strategy.pk,
                "cycle": cycle.pk,
                "form": form.pk,
            },
        )
    )
    page.fill(f"#id_a{report.pk}_what_done", "Spotkania co tydzień")
    page.wait_for_selector("#save-status >> text=Szkic zapisano")
    report.refresh_from_db()
    assert report.what_done == "Spotkania co tydzień"
    # The next change is saved too: the page took the new version from the answer.
    page.fill(f"#id_a{report.pk}_what_done", "Spotkania co dwa tygodnie")
    wait_until(page, "document.querySelector('#id_version').value === '2'", timeout=10000)
    report.refresh_from_db()
    assert report.what_done == "Spotkania co dwa tygodnie"


def test_documents_pages_have_no_wcag_violations_and_show_progress(page, demo_strategy, government):
    """A document requested in the page shows a progress bar, then, made by the worker,
    appears ready for download without a reload (htmx polls while anything is pending)."""
    from core.testing import run_worker
    from documents.models import GeneratedDocument

    base = {"government": government.slug, "strategy": demo_strategy.pk}
    GeneratedDocument.objects.create(
        government=government,
        strategy=demo_strategy,
        kind="report",
        format="docx",
        status="failed",
        error="Brak danych",
    )
    page.goto(reverse("document_list", kwargs=base))
    page.get_by_label("PDF").check()
    page.get_by_role("button", name="Przygotuj dokument").click()
    page.wait_for_selector("progress")
    problems = {}
    if violations := _axe_violations(page):
        problems["documents, pending"] = violations
    run_worker()
    page.get_by_role("link", name="Pobierz").wait_for(timeout=10_000)  # polled, not reloaded
    assert page.locator("progress").count() == 0
    if violations := _axe_violations(page):
        problems["documents, ready"] = violations
    for path in (
        reverse("document_look", kwargs={"government": government.slug}),
        reverse("strategy_texts", kwargs=base),
    ):
        response = page.goto(path)
        assert response.status == 200, path
        if violations := _axe_violations(page):
            problems[path] = violations
    assert not problems, problems


def test_the_policy_refuses_inline_script_in_the_browser_and_the_check_reports_it(page, government):
    """The CSP is enforced by a real browser: an inline script injected into a page does
    not run, and _axe_violations reports the refusal (so every page it checks is clean)."""
    page.goto(reverse("government_dashboard", kwargs={"government": government.slug}))
    page.evaluate(
        """() => {
            const script = document.createElement('script');
            script.textContent = 'window.__ran = true';
            document.body.appendChild(script);
        }"""
    )
    page.wait_for_timeout(100)
    assert page.evaluate("() => window.__ran === true") is False
    problems = _axe_violations(page)
    assert any(p.startswith("CSP refused script-src") for p in problems), problems

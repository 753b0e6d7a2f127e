"""The monitoring pages as the coordinator, the team and an implementer use them."""

import datetime

import pytest
from django.urls import reverse

from conftest import _member
from core.testing import html_tree
from governments.tests.factories import InstitutionFactory
from monitoring import services
from monitoring.models import MonitoringCycle, ReportForm
from strategies.models import FinancingSource
from strategies.tests.factories import StrategyFactory, action, indicator, leaf_goal

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup(government):
    strategy = StrategyFactory(government=government)
    pup = InstitutionFactory(government=government, name="Powiatowy Urząd Pracy")
    ops = InstitutionFactory(government=government, name="MOPS")
    budget = FinancingSource.objects.filter(government=government).first()
    clubs = action(strategy, leaf_goal(strategy), title="Kluby pracy", implementers=[pup])
    clubs_funding = clubs.fundings.create(source=budget)
    meals = action(strategy, clubs.goal, title="Posiłki", implementers=[ops])
    indicator(
        strategy,
        clubs,
        name="Uczestnicy klubów",
        responsible=pup,
        baseline_value=10,
        baseline_year=2020,
        target_value=40,
        target_year=2030,
    )
    return {
        "strategy": strategy,
        "pup": pup,
        "ops": ops,
        "budget": budget,
        "clubs": clubs,
        "meals": meals,
        "funding": clubs_funding,
    }


def url(government, name, **kwargs):
    return reverse(name, kwargs={"government": government.slug, **kwargs})


def _open(setup):
    return services.cycle_open(
        strategy=setup["strategy"], year=2025, deadline=datetime.date(2099, 3, 31)
    )


def _form_urls(government, form):
    kwargs = {"strategy": form.cycle.strategy_id, "cycle": form.cycle_id, "form": form.pk}
    return url(government, "form_fill", **kwargs), url(government, "form_save", **kwargs)


def test_the_coordinator_opens_a_cycle_and_sees_the_board(coordinator_client, government, setup):
    list_url = url(government, "cycle_list", strategy=setup["strategy"].pk)
    page = coordinator_client.get(list_url)
    assert "Nie otwarto jeszcze" in page.content.decode()
    past = coordinator_client.post(list_url, {"year": 2025, "deadline": "2020-01-01"})
    assert "przeszłości" in past.content.decode()
    response = coordinator_client.post(list_url, {"year": 2025, "deadline": "2099-03-31"})
    cycle = MonitoringCycle.objects.get(strategy=setup["strategy"])
    assert response["Location"] == url(
        government, "cycle_board", strategy=setup["strategy"].pk, cycle=cycle.pk
    )
    board = coordinator_client.get(response["Location"])
    rows = html_tree(board).findall(".//table/tbody/tr")
    assert [row.find("th/a").text for row in rows] == ["MOPS", "Powiatowy Urząd Pracy"]
    assert all("nieotwarty" in "".join(row.itertext()) for row in rows)


def test_an_implementer_fills_in_autosaves_and_submits_once(client, government, setup):
    cycle = _open(setup)
    form = cycle.forms.get(institution=setup["pup"])
    client.force_login(_member(government, "implementer", setup["pup"]))
    overview = client.get(url(government, "cycle_list", strategy=setup["strategy"].pk))
    assert "Formularze twojej instytucji" in overview.content.decode()
    fill_url, save_url = _form_urls(government, form)
    page = client.get(fill_url)
    form.refresh_from_db()
    assert form.status == "draft"  # opened: the board shows it
    report = form.actions.get()
    indicator_report = form.indicators.get()
    fields = {
        "version": 0,
        f"a{report.pk}_status": "done",
        f"a{report.pk}_what_done": "12 spotkań klubu",
        f"a{report.pk}_people_reached": "45",
        f"a{report.pk}_s{setup['budget'].pk}": "1 250,50",
        f"i{indicator_report.pk}_value": "25",
        f"i{indicator_report.pk}_source": "listy obecności",
    }
    assert f"a{report.pk}_s{setup['budget'].pk}" in page.content.decode()
    saved = client.post(save_url, fields, headers={"HX-Request": "true"})
    assert saved.status_code == 200
    assert "Szkic zapisano" in saved.content.decode()
    assert 'value="1"' in saved.content.decode()  # the new version, out of band
    report.refresh_from_db()
    assert (report.what_done, report.people_reached) == ("12 spotkań klubu", 45)
    assert str(report.spending.get().amount) == "1250.50"
    # A second tab still at version 0 cannot overwrite the saved draft.
    stale = client.post(
        save_url, {**fields, f"a{report.pk}_what_done": "stare"}, headers={"HX-Request": "true"}
    )
    assert "ktoś inny" in stale.content.decode().lower()
    report.refresh_from_db()
    assert report.what_done == "12 spotkań klubu"
    # Submitted with the button (no JavaScript needed), then read-only.
    submitted = client.post(save_url, {**fields, "version": 1, "submit": "1"})
    assert submitted.status_code == 302
    form.refresh_from_db()
    assert form.status == "submitted" and form.submitted_at is not None
    again = client.post(save_url, {**fields, "version": form.version, "submit": "1"})
    assert again.status_code == 302
    assert form.history.filter(status="submitted").count() == 1
    read_only = client.get(fill_url)
    assert save_url not in read_only.content.decode()
    assert "12 spotkań klubu" in read_only.content.decode()


def test_an_implementer_sees_only_their_institutions_form(client, government, setup):
    cycle = _open(setup)
    client.force_login(_member(government, "implementer", setup["pup"]))
    other = cycle.forms.get(institution=setup["ops"])
    fill_url, save_url = _form_urls(government, other)
    assert client.get(fill_url).status_code == 403
    assert client.post(save_url, {"version": 0}).status_code == 403


def test_the_team_returns_a_form_and_accepts_it(coordinator_client, government, setup):
    cycle = _open(setup)
    form = cycle.forms.get(institution=setup["ops"])
    report = form.actions.get()
    services.form_save(
        form=form, version=0, data={"actions": {report.pk: {"status": "not_started"}}}
    )
    services.form_submit(form=form, by="Anna")
    kwargs = {"strategy": setup["strategy"].pk, "cycle": cycle.pk, "form": form.pk}
    page = coordinator_client.get(url(government, "form_fill", **kwargs))
    assert "Zwróć do poprawy" in page.content.decode()
    coordinator_client.post(url(government, "form_return", **kwargs), {"comment": "Dlaczego?"})
    form.refresh_from_db()
    assert form.status == ReportForm.Status.RETURNED
    returned = coordinator_client.get(url(government, "form_fill", **kwargs))
    assert "Dlaczego?" in returned.content.decode()
    services.form_submit(form=form, by="Anna")
    coordinator_client.post(url(government, "form_accept", **kwargs))
    form.refresh_from_db()
    assert form.status == ReportForm.Status.ACCEPTED


def test_what_is_missing_is_listed(client, government, setup):
    cycle = _open(setup)
    form = cycle.forms.get(institution=setup["pup"])
    client.force_login(_member(government, "implementer", setup["pup"]))
    fill_url, save_url = _form_urls(government, form)
    page = client.get(fill_url).content.decode()
    assert "Status działania „Kluby pracy”" in page
    refused = client.post(save_url, {"version": 0, "submit": "1"}, follow=True)
    assert "nie może jeszcze zostać wysłany" in refused.content.decode()
    form.refresh_from_db()
    assert form.status == "draft"


def test_reminders_go_to_those_who_have_not_submitted(
    coordinator_client, government, setup, mailoutbox
):
    cycle = _open(setup)
    setup["pup"].email = "pup@example.org"
    setup["pup"].save()
    ops_form = cycle.forms.get(institution=setup["ops"])
    member = _member(government, "implementer", setup["ops"])
    member.email = "mops@example.org"
    member.save()
    remind_url = url(government, "cycle_remind", strategy=setup["strategy"].pk, cycle=cycle.pk)
    coordinator_client.post(remind_url, {"form": ops_form.pk})
    assert [m.to for m in mailoutbox] == [["mops@example.org"]]
    assert ops_form.pk and "formularze" in mailoutbox[0].body  # the link to the form
    report = ops_form.actions.get()
    services.form_save(
        form=ops_form, version=0, data={"actions": {report.pk: {"status": "not_started"}}}
    )
    services.form_submit(form=ops_form, by="Anna")
    mailoutbox.clear()
    page = coordinator_client.post(remind_url, follow=True)
    assert [m.to for m in mailoutbox] == [["pup@example.org"]]  # the MOPS has submitted
    assert "Wysłane przypomnienia: 1" in page.content.decode()
    assert cycle.forms.get(institution=setup["pup"]).reminded_at is not None


def test_a_save_click_racing_the_autosave_is_no_conflict(client, government, setup):
    """Clicking Submit blurs the field, which autosaves first: the click then carries the
    old version, but the content is what is stored, so the submission goes through."""
    cycle = _open(setup)
    form = cycle.forms.get(institution=setup["pup"])
    client.force_login(_member(government, "implementer", setup["pup"]))
    fill_url, save_url = _form_urls(government, form)
    client.get(fill_url)
    report = form.actions.get()
    fields = {"version": 0, f"a{report.pk}_status": "in_progress"}
    indicator_report = form.indicators.get()
    fields[f"i{indicator_report.pk}_comment"] = "Dane w marcu"
    assert client.post(save_url, fields, headers={"HX-Request": "true"}).status_code == 200
    response = client.post(save_url, {**fields, "submit": "1"})
    assert response.status_code == 302
    form.refresh_from_db()
    assert form.status == "submitted"


def test_the_team_looking_at_a_form_does_not_open_it(coordinator_client, government, setup):
    cycle = _open(setup)
    form = cycle.forms.get(institution=setup["pup"])
    fill_url, _save_url = _form_urls(government, form)
    assert coordinator_client.get(fill_url).status_code == 200
    form.refresh_from_db()
    assert form.status == "not_opened"  # the board still tells the truth

"""Opening a cycle, filling in, submitting, returning and accepting the forms."""

import datetime
import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from governments.tests.factories import InstitutionFactory
from monitoring import selectors, services
from monitoring.models import Approval, ReportForm
from strategies.models import IndicatorValue
from strategies.tests.factories import StrategyFactory, action, indicator, leaf_goal

DEADLINE = datetime.date(2026, 2, 28)


@pytest.fixture
def plan(government):
    strategy = StrategyFactory(government=government)
    ops = InstitutionFactory(government=government, name="MOPS")
    pup = InstitutionFactory(government=government, name="PUP")
    police = InstitutionFactory(government=government, name="Policja")
    unused = InstitutionFactory(government=government, name="Szkoła")
    goal = leaf_goal(strategy)
    clubs = action(strategy, goal, title="Kluby pracy", implementers=[pup], partners=[ops])
    old = action(
        strategy, goal, title="Dawny program", implementers=[police], year_from=2021, year_to=2022
    )
    meals = action(strategy, goal, title="Posiłki", implementers=[ops], is_continuous=True)
    families = indicator(
        strategy,
        meals,
        responsible=ops,
        baseline_value=10,
        baseline_year=2020,
        target_value=20,
        target_year=2030,
    )
    return {
        "strategy": strategy,
        "ops": ops,
        "pup": pup,
        "police": police,
        "unused": unused,
        "clubs": clubs,
        "old": old,
        "meals": meals,
        "families": families,
    }


def _form(cycle, institution) -> ReportForm:
    return cycle.forms.get(institution=institution)


@pytest.mark.django_db
def test_a_cycle_sends_each_institution_exactly_its_actions_and_indicators(plan):
    cycle = services.cycle_open(strategy=plan["strategy"], year=2025, deadline=DEADLINE)
    forms = {f.institution.name: f for f in cycle.forms.all()}
    assert set(forms) == {"MOPS", "PUP"}  # the police's action ended in 2022; no school
    ops = forms["MOPS"]
    assert {r.action.title for r in ops.actions.all()} == {"Kluby pracy", "Posiłki"}
    assert [r.indicator for r in ops.indicators.all()] == [plan["families"]]
    assert {r.action.title for r in forms["PUP"].actions.all()} == {"Kluby pracy"}
    assert not forms["PUP"].indicators.exists()
    assert all(f.status == "not_opened" for f in forms.values())
    assert list(cycle.approvals.values_list("name", flat=True)) == [
        "zespół ds. monitorowania",
        "zespół koordynacyjny",
        "burmistrz",
        "komisja rady",
        "sesja rady",
    ]
    with pytest.raises(ValidationError):
        services.cycle_open(strategy=plan["strategy"], year=2025, deadline=DEADLINE)
    with pytest.raises(ValidationError):
        services.cycle_open(strategy=plan["strategy"], year=2035, deadline=DEADLINE)


@pytest.mark.django_db
def test_drafts_are_saved_and_a_stale_copy_cannot_overwrite_them(plan):
    cycle = services.cycle_open(strategy=plan["strategy"], year=2025, deadline=DEADLINE)
    form = _form(cycle, plan["ops"])
    meals = form.actions.get(action=plan["meals"])
    # Two people of the MOPS open the form: both copies are at version 0.
    services.form_save(
        form=form, version=0, data={"actions": {meals.pk: {"what_done": "Wydano 3000 posiłków"}}}
    )
    with pytest.raises(services.Conflict):
        services.form_save(form=form, version=0, data={"actions": {meals.pk: {"what_done": "Nic"}}})
    meals.refresh_from_db()
    form.refresh_from_db()
    assert meals.what_done == "Wydano 3000 posiłków"
    assert (form.status, form.version) == ("draft", 1)


@pytest.mark.django_db
def test_a_form_is_submitted_once_and_then_read_only(plan):
    cycle = services.cycle_open(strategy=plan["strategy"], year=2025, deadline=DEADLINE)
    form = _form(cycle, plan["pup"])
    clubs = form.actions.get()
    with pytest.raises(ValidationError) as missing:
        services.form_submit(form=form, by="Jan")
    assert "Kluby pracy" in missing.value.messages[0]
    services.form_save(
        form=form,
        version=0,
        data={"actions": {clubs.pk: {"status": "done", "what_done": "12 spotkań"}}},
    )
    assert services.form_submit(form=form, by="Jan") is True
    assert services.form_submit(form=form, by="Jan") is False  # the double click
    form.refresh_from_db()
    assert form.status == "submitted"
    assert form.history.filter(status="submitted").count() == 1
    with pytest.raises(ValidationError):
        services.form_save(form=form, version=form.version, data={})


@pytest.mark.django_db
def test_return_for_correction_then_accept_writes_the_indicator_values(plan):
    cycle = services.cycle_open(strategy=plan["strategy"], year=2025, deadline=DEADLINE)
    form = _form(cycle, plan["ops"])
    data = {
        "actions": {
            r.pk: {"status": "in_progress", "what_done": "Trwa"} for r in form.actions.all()
        },
        "indicators": {form.indicators.get().pk: {"value": 14, "source": "sprawozdanie"}},
    }
    services.form_save(form=form, version=0, data=data)
    services.form_submit(form=form, by="Anna")
    with pytest.raises(ValidationError):
        services.form_return(form=form, comment=" ")
    services.form_return(form=form, comment="Podajcie źródło danych")
    form.refresh_from_db()
    assert form.status == "returned" and form.is_editable
    services.form_submit(form=form, by="Anna")
    services.form_accept(form=form)
    value = IndicatorValue.objects.get(indicator=plan["families"], year=2025)
    assert (value.value, value.note) == (14, "sprawozdanie")
    with pytest.raises(ValidationError):
        services.form_accept(form=form)


@pytest.mark.django_db
def test_recommendations_reach_next_years_forms(plan):
    from monitoring.models import Recommendation

    first = services.cycle_open(strategy=plan["strategy"], year=2024, deadline=DEADLINE)
    recommendation = Recommendation.objects.create(cycle=first, text="Więcej klubów pracy")
    recommendation.institutions.set([plan["pup"]])
    second = services.cycle_open(strategy=plan["strategy"], year=2025, deadline=DEADLINE)
    pup = _form(second, plan["pup"])
    assert [r.recommendation for r in pup.responses.all()] == [recommendation]
    assert not _form(second, plan["ops"]).responses.exists()
    assert any("Więcej klubów" in text for text in selectors.form_missing(pup))
    assert Approval.objects.filter(cycle=second).count() == 5


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_submissions_are_recorded_once(plan):
    if connection.vendor != "postgresql":
        pytest.skip("threads share no in-memory SQLite database; row locks are PostgreSQL's")
    cycle = services.cycle_open(strategy=plan["strategy"], year=2025, deadline=DEADLINE)
    form = _form(cycle, plan["pup"])
    clubs = form.actions.get()
    services.form_save(
        form=form, version=0, data={"actions": {clubs.pk: {"status": "not_started"}}}
    )
    barrier, results = threading.Barrier(2), []

    def submit():
        from django.db import connection as thread_connection

        try:
            barrier.wait()
            results.append(services.form_submit(form=form, by="Jan"))
        finally:
            thread_connection.close()

    threads = [threading.Thread(target=submit) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False, True]
    assert form.history.filter(status="submitted").count() == 1


@pytest.mark.django_db
def test_inactive_institutions_and_indicators_of_finished_actions_stay_out(plan):
    from strategies.tests.factories import indicator as make_indicator

    make_indicator(
        plan["strategy"],
        plan["old"],
        name="Uczestnicy dawnego programu",
        responsible=plan["ops"],
        baseline_value=1,
        baseline_year=2021,
        target_value=2,
        target_year=2022,
    )
    plan["pup"].is_active = False
    plan["pup"].save()
    cycle = services.cycle_open(strategy=plan["strategy"], year=2025, deadline=DEADLINE)
    assert [f.institution.name for f in cycle.forms.all()] == ["MOPS"]
    ops = cycle.forms.get()
    assert [r.indicator for r in ops.indicators.all()] == [plan["families"]]

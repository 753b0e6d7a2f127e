"""The yearly report: assembled from the forms, with conclusions, recommendations and their
follow-up, the approval path and publication."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.testing import html_tree
from governments.tests.factories import InstitutionFactory
from monitoring import services
from monitoring.models import MonitoringCycle
from monitoring.presentation import report_summary_lines
from monitoring.report import cycle_report
from strategies.models import FinancingSource, PlannedAmount
from strategies.tests.factories import StrategyFactory, action, goal

pytestmark = pytest.mark.django_db
DEADLINE = datetime.date(2099, 3, 31)


@pytest.fixture
def world(government):
    strategy = StrategyFactory(government=government)
    pup = InstitutionFactory(government=government, name="PUP")
    ops = InstitutionFactory(government=government, name="MOPS")
    budget = FinancingSource.objects.get(government=government, kind="gmina_budget")
    area = goal(strategy, "Rynek pracy")
    target = goal(strategy, "Aktywizacja", parent=area)
    clubs = action(
        strategy, target, title="Kluby pracy", implementers=[pup], partners=[ops], sources=[budget]
    )
    PlannedAmount.objects.create(funding=clubs.fundings.get(), year=2025, amount=10000)
    cycle = services.cycle_open(strategy=strategy, year=2025, deadline=DEADLINE)
    pup_form = cycle.forms.get(institution=pup)
    report = pup_form.actions.get()
    services.form_save(
        form=pup_form,
        version=0,
        data={
            "actions": {
                report.pk: {
                    "status": "done",
                    "what_done": "12 spotkań",
                    "people_reached": 40,
                    "spending": {budget.pk: 7500},
                }
            }
        },
    )
    ops_form = cycle.forms.get(institution=ops)
    services.form_save(
        form=ops_form,
        version=0,
        data={"actions": {ops_form.actions.get().pk: {"status": "in_progress"}}},
    )
    return {"strategy": strategy, "cycle": cycle, "pup": pup, "ops": ops, "area": area}


def _accept(form) -> None:
    services.form_submit(form=form, by="Anna")
    form.refresh_from_db()
    services.form_accept(form=form)


def test_the_report_gathers_what_institutions_reported(world):
    _accept(world["cycle"].forms.get(institution=world["pup"]))
    with CaptureQueriesContext(connection) as queries:
        report = cycle_report(world["cycle"], show_draft=lambda institution_id: True)
    assert len(queries) <= 19  # fixed: no query per area, action, institution or indicator
    (area,) = report.areas
    assert (area.number, area.title) == ("1", "Rynek pracy")
    (row,) = area.actions
    assert row.number == "1.1.1" and row.status == "done"  # the implementer's, not the partner's
    assert [e.institution for e in row.entries] == ["PUP", "MOPS"]
    assert row.people_reached == 40
    (money,) = report.money
    assert (money.planned, money.spent) == (10000, 7500)
    assert report.action_counts["done"] == 1
    assert (report.pending.forms, report.pending.spent) == (1, 0)  # MOPS's draft, no money


def test_the_reports_totals_count_only_accepted_forms(world):
    """A draft, a returned or a submitted form is work in progress: the totals (actions by
    status, money spent) count accepted forms alone; the rest is shown apart."""
    cycle, budget = (
        world["cycle"],
        world["strategy"].government.financing_sources.get(kind="gmina_budget"),
    )
    report = cycle_report(cycle, show_draft=lambda institution_id: True)
    assert report.areas[0].actions[0].status == "done"  # the table shows the draft…
    assert report.action_counts == {"none": 1}  # …the totals do not count it
    assert report.spent_total == 0
    assert (report.pending.forms, report.pending.spent) == (2, 7500)
    lines = report_summary_lines(report)
    assert "Nieprzyjęte jeszcze: 2 formularze, kwoty 7\xa0500,00 zł" in lines[-1]
    pup_form = cycle.forms.get(institution=world["pup"])
    services.form_submit(form=pup_form, by="Anna")
    submitted = cycle_report(cycle)
    assert submitted.spent_total == 0 and submitted.pending.spent == 7500  # not accepted yet
    pup_form.refresh_from_db()
    services.form_accept(form=pup_form)
    accepted = cycle_report(cycle)
    assert accepted.action_counts == {"done": 1} and accepted.spent_total == 7500
    assert (accepted.pending.forms, accepted.pending.spent) == (1, 0)
    assert budget.name in [row.source for row in accepted.money]


def test_the_report_page_with_conclusions_and_recommendations(
    coordinator_client, government, world
):
    cycle = world["cycle"]
    _accept(cycle.forms.get(institution=world["pup"]))
    kwargs = {"government": government.slug, "strategy": world["strategy"].pk, "cycle": cycle.pk}
    coordinator_client.post(
        reverse("conclusions_edit", kwargs=kwargs), {"conclusions": "Rok udany."}
    )
    response = coordinator_client.post(
        reverse("recommendation_create", kwargs=kwargs),
        {
            "text": "Więcej klubów pracy",
            "institutions": [world["pup"].pk],
            "goal": world["area"].pk,
        },
    )
    assert response.status_code == 302
    page = coordinator_client.get(reverse("cycle_report", kwargs=kwargs))
    text = page.content.decode()
    assert "Rok udany." in text and "Więcej klubów pracy" in text and "12 spotkań" in text
    money = html_tree(page).findall(".//tfoot/tr/td")
    assert [td.text for td in money] == ["10\xa0000,00", "7\xa0500,00"]
    empty = coordinator_client.post(
        reverse("recommendation_create", kwargs=kwargs), {"text": "Bez adresata"}
    )
    assert empty.status_code == 200 and "error-summary" in empty.content.decode()


def test_next_years_forms_answer_the_recommendations_and_the_report_shows_it(world):
    cycle = world["cycle"]
    services.recommendation_save(
        cycle=cycle, text="Więcej klubów pracy", institutions=[world["pup"]]
    )
    following = services.cycle_open(strategy=world["strategy"], year=2026, deadline=DEADLINE)
    form = following.forms.get(institution=world["pup"])
    response = form.responses.get()
    services.form_save(
        form=form, version=0, data={"responses": {response.pk: "Otwarto drugi klub"}}
    )
    report = cycle_report(following, show_draft=lambda institution_id: True)  # the team
    (follow_up,) = report.follow_ups
    assert follow_up.recommendation.text == "Więcej klubów pracy"
    assert [r.response for r in follow_up.responses] == ["Otwarto drugi klub"]
    (follow_up,) = cycle_report(following).follow_ups  # a draft's answer is not for all
    assert follow_up.responses == []


def test_the_approval_path_goes_in_order_and_ends_in_publication(world, team_member, approver):
    from governments.models import Membership

    recorders = {
        "team": Membership.objects.get(user=team_member),
        "approver": Membership.objects.get(user=approver),
    }

    def record(step, **kwargs):
        services.approval_record(approval=step, by=recorders[step.recorded_by_role], **kwargs)

    cycle = world["cycle"]
    steps = list(cycle.approvals.all())
    day = datetime.date(2026, 4, 1)
    with pytest.raises(ValidationError, match="przyjmie wszystkie"):
        record(steps[0], decision="approved", date=day)
    for form in cycle.forms.all():
        services.form_submit(form=form, by="Anna")
        services.form_accept(form=form)
    with pytest.raises(ValidationError):
        services.cycle_publish(cycle=cycle)
    with pytest.raises(ValidationError, match="wcześniejsze"):
        record(steps[1], decision="approved", date=day)
    with pytest.raises(ValidationError):
        record(steps[0], decision="approved")  # no date
    record(steps[0], decision="approved", date=day)
    cycle.refresh_from_db()
    assert cycle.status == MonitoringCycle.Status.APPROVAL
    with pytest.raises(ValidationError) as early:
        record(steps[1], decision="noted", date=day - datetime.timedelta(days=1))
    assert "date" in early.value.error_dict
    record(steps[1], decision="returned", date=day, note="Popraw")
    cycle.refresh_from_db()
    steps = list(cycle.approvals.all())
    assert cycle.status == MonitoringCycle.Status.REPORTING
    assert [s.decision for s in steps[:2]] == ["pending", "returned"]  # the whole way again
    record(steps[0], decision="approved", date=day)
    for step in steps[1:-1]:
        record(step, decision="noted", date=day)
    with pytest.raises(ValidationError, match="etap już zdecydował"):
        record(steps[0], decision="pending")
    with pytest.raises(ValidationError) as error:
        record(steps[-1], decision="approved", date=day)
    assert "document_number" in error.value.error_dict  # the council session's resolution
    record(steps[-1], decision="approved", date=day, document_number="XX/123/2026")
    cycle.refresh_from_db()
    assert cycle.status == MonitoringCycle.Status.APPROVED
    with pytest.raises(ValidationError):  # an approved report is a record
        services.conclusions_set(cycle=cycle, text="Zmiana po fakcie")
    services.cycle_publish(cycle=cycle)
    cycle.refresh_from_db()
    assert cycle.status == "published" and cycle.published_at is not None
    with pytest.raises(ValidationError):
        record(steps[0], decision="returned", date=day)


def test_reported_actions_institutions_and_sources_are_not_deleted(world):
    from governments import services as government_services
    from strategies import services as strategy_services

    cycle = world["cycle"]
    report = cycle.forms.get(institution=world["pup"]).actions.get()
    with pytest.raises(ValidationError, match="sprawozda"):
        strategy_services.action_delete(action=report.action)
    with pytest.raises(ValidationError, match="sprawozda"):
        strategy_services.goal_delete(goal=world["area"])
    with pytest.raises(ValidationError, match="monitoringu"):
        government_services.institution_delete(institution=world["pup"])
    source = report.spending.get().source
    with pytest.raises(ValidationError, match="monitoringu"):
        strategy_services.financing_source_delete(source=source)
    world["strategy"].delete()  # a whole strategy goes with its cycles
    assert not MonitoringCycle.objects.exists()


def test_money_only_from_the_actions_own_sources(world, government):
    other = (
        FinancingSource.objects.filter(government=government).exclude(kind="gmina_budget").first()
    )
    form = world["cycle"].forms.get(institution=world["pup"])
    report = form.actions.get()
    with pytest.raises(ValidationError):
        services.form_save(
            form=form,
            version=form.version,
            data={"actions": {report.pk: {"spending": {other.pk: 999}}}},
        )


def test_the_government_sets_its_own_approval_path(coordinator_client, government, world):
    page_url = reverse("approval_stages", kwargs={"government": government.slug})
    page = coordinator_client.get(page_url)
    assert "sesja rady" in page.content.decode()
    data = {
        "etapy-TOTAL_FORMS": "3",
        "etapy-INITIAL_FORMS": "0",
        "etapy-0-name": "zespół ds. monitorowania",
        "etapy-0-recorded_by_role": "team",
        "etapy-1-name": "",
        "etapy-1-recorded_by_role": "approver",
        "etapy-2-name": "rada gminy",
        "etapy-2-needs_document": "on",
        "etapy-2-recorded_by_role": "approver",
    }
    assert coordinator_client.post(page_url, data).status_code == 302
    following = services.cycle_open(strategy=world["strategy"], year=2026, deadline=DEADLINE)
    assert list(following.approvals.values_list("name", "needs_document")) == [
        ("zespół ds. monitorowania", False),
        ("rada gminy", True),
    ]
    assert world["cycle"].approvals.count() == 5  # an open cycle keeps its path


def test_an_action_over_the_years(coordinator_client, government, world):
    following = services.cycle_open(strategy=world["strategy"], year=2026, deadline=DEADLINE)
    form = following.forms.get(institution=world["pup"])
    services.form_save(
        form=form,
        version=0,
        data={"actions": {form.actions.get().pk: {"status": "in_progress", "what_done": "Dalej"}}},
    )
    action = form.actions.get().action
    page = coordinator_client.get(
        reverse(
            "action_over_years",
            kwargs={
                "government": government.slug,
                "strategy": world["strategy"].pk,
                "action": action.pk,
            },
        )
    )
    captions = [c.text for c in html_tree(page).findall(".//table/caption")]
    assert captions == ["Raport za 2026", "Raport za 2025"]
    assert "12 spotkań" in page.content.decode() and "Dalej" in page.content.decode()


# Drafts: an institution's unsubmitted form is seen by the team and that institution only --


def _report_page(client, government, world):
    kwargs = {
        "government": government.slug,
        "strategy": world["strategy"].pk,
        "cycle": world["cycle"].pk,
    }
    return client.get(reverse("cycle_report", kwargs=kwargs))


def test_a_reader_sees_no_unsubmitted_drafts_in_the_report(client, reader, government, world):
    client.force_login(reader)
    page = _report_page(client, government, world)
    text = page.content.decode()
    assert page.status_code == 200
    assert "PUP" in text and "MOPS" in text  # who reports is no secret …
    assert "12 spotkań" not in text  # … what a draft says is
    money = html_tree(page).findall(".//tfoot/tr/td")
    assert [td.text for td in money] == ["10\xa0000,00", "0,00"]  # no draft's spending
    form = world["cycle"].forms.get(institution=world["pup"])
    services.form_submit(form=form, by="Anna")
    text = _report_page(client, government, world).content.decode()
    assert "12 spotkań" in text  # submitted: everyone of the government reads it


def test_an_implementer_sees_its_own_draft_but_not_another_institutions(client, government, world):
    from conftest import _member

    ops_form = world["cycle"].forms.get(institution=world["ops"])
    services.form_save(
        form=ops_form,
        version=ops_form.version,
        data={"actions": {ops_form.actions.get().pk: {"what_done": "Nabór trwa"}}},
    )
    client.force_login(_member(government, "implementer", world["ops"]))
    text = _report_page(client, government, world).content.decode()
    assert "Nabór trwa" in text
    assert "12 spotkań" not in text


def test_the_team_sees_every_draft_in_the_report(client, team_member, government, world):
    client.force_login(team_member)
    assert "12 spotkań" in _report_page(client, government, world).content.decode()


def test_a_reader_sees_no_drafts_in_an_action_over_the_years(client, reader, government, world):
    action = world["cycle"].forms.get(institution=world["pup"]).actions.get().action
    client.force_login(reader)
    page = client.get(
        reverse(
            "action_over_years",
            kwargs={
                "government": government.slug,
                "strategy": world["strategy"].pk,
                "action": action.pk,
            },
        )
    )
    assert page.status_code == 200
    assert "12 spotkań" not in page.content.decode()
    assert "7\xa0500,00" not in page.content.decode()

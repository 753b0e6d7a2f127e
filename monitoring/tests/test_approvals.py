"""Who records each step of a report's approval path: the team its own steps, the approver
(the mayor's role) the mayor's and the council's; a coordinator only on the approver's
behalf, said so in the report."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from conftest import _member
from core.testing import html_tree
from governments.models import Membership
from governments.tests.factories import InstitutionFactory
from monitoring import services
from monitoring.models import Approval, ApprovalStage, Recorder
from strategies.tests.factories import StrategyFactory, action, leaf_goal

pytestmark = pytest.mark.django_db
DAY = datetime.date(2026, 4, 1)
TEAM_STEPS = (0, 1)  # monitoring team, coordination team
APPROVER_STEPS = (2, 3, 4)  # mayor, council committee, council session


@pytest.fixture
def cycle(government):
    """A cycle whose every form is accepted: the report is ready for its approval path."""
    strategy = StrategyFactory(government=government)
    pup = InstitutionFactory(government=government, name="PUP")
    action(strategy, leaf_goal(strategy), title="Kluby pracy", implementers=[pup])
    cycle = services.cycle_open(strategy=strategy, year=2025, deadline=datetime.date(2099, 1, 1))
    form = cycle.forms.get()
    report = form.actions.get()
    services.form_save(
        form=form,
        version=0,
        data={"actions": {report.pk: {"status": "done", "what_done": "12 spotkań"}}},
    )
    services.form_submit(form=form, by="Anna")
    services.form_accept(form=form)
    return cycle


def steps(cycle) -> list[Approval]:
    return list(cycle.approvals.order_by("position", "id"))


def edit_url(cycle, step: Approval) -> str:
    return reverse(
        "approval_edit",
        kwargs={
            "government": cycle.strategy.government.slug,
            "strategy": cycle.strategy_id,
            "cycle": cycle.pk,
            "approval": step.pk,
        },
    )


def report_url(cycle) -> str:
    return reverse(
        "cycle_report",
        kwargs={
            "government": cycle.strategy.government.slug,
            "strategy": cycle.strategy_id,
            "cycle": cycle.pk,
        },
    )


def membership(user) -> Membership:
    return Membership.objects.get(user=user)


def decided(number: str = "") -> dict:
    return {"decision": "approved", "date": DAY.isoformat(), "document_number": number}


def pass_team_steps(cycle, team_member) -> None:
    for position in TEAM_STEPS:
        services.approval_record(
            approval=steps(cycle)[position],
            by=membership(team_member),
            decision="noted",
            date=DAY,
        )


def record_links(page) -> list[str]:
    return [
        a.get("href")
        for a in html_tree(page).findall(".//a")
        if "zatwierdzanie" in a.get("href", "")
    ]


def test_the_default_path_names_the_team_then_the_approver(cycle):
    assert [s.recorded_by_role for s in steps(cycle)] == [
        Recorder.TEAM,
        Recorder.TEAM,
        Recorder.APPROVER,
        Recorder.APPROVER,
        Recorder.APPROVER,
    ]


def test_the_approver_opens_and_records_their_step(client, approver, team_member, cycle):
    pass_team_steps(cycle, team_member)
    mayor = steps(cycle)[2]
    client.force_login(approver)
    page = client.get(report_url(cycle))
    assert page.status_code == 200
    assert record_links(page) == [edit_url(cycle, s) for s in steps(cycle)[2:]]
    assert client.get(edit_url(cycle, mayor)).status_code == 200
    response = client.post(edit_url(cycle, mayor), decided())
    assert response.status_code == 302
    mayor.refresh_from_db()
    assert (mayor.decision, mayor.recorded_by, mayor.on_behalf) == ("approved", approver, False)


def test_a_team_member_cannot_record_the_mayors_or_the_councils_decision(
    client, team_member, cycle
):
    pass_team_steps(cycle, team_member)
    client.force_login(team_member)
    assert record_links(client.get(report_url(cycle))) == [
        edit_url(cycle, s) for s in steps(cycle)[:2]
    ]
    for position in APPROVER_STEPS:
        step = steps(cycle)[position]
        assert client.get(edit_url(cycle, step)).status_code == 403
        assert client.post(edit_url(cycle, step), decided("XX/1/2026")).status_code == 403
        with pytest.raises(ValidationError, match="wpisuje"):
            services.approval_record(
                approval=step,
                by=membership(team_member),
                decision="approved",
                date=DAY,
                document_number="XX/1/2026",
            )
    assert [s.decision for s in steps(cycle)[2:]] == ["pending"] * 3


def test_a_team_member_records_the_team_steps(client, team_member, cycle):
    client.force_login(team_member)
    for position in TEAM_STEPS:
        step = steps(cycle)[position]
        assert client.get(edit_url(cycle, step)).status_code == 200
        assert client.post(edit_url(cycle, step), decided()).status_code == 302
    assert [(s.decision, s.recorded_by) for s in steps(cycle)[:2]] == [
        ("approved", team_member),
        ("approved", team_member),
    ]


def test_the_approver_cannot_record_the_teams_step(client, approver, cycle):
    client.force_login(approver)
    step = steps(cycle)[0]
    assert client.get(edit_url(cycle, step)).status_code == 403
    assert client.post(edit_url(cycle, step), decided()).status_code == 403
    with pytest.raises(ValidationError, match="wpisuje"):
        services.approval_record(
            approval=step, by=membership(approver), decision="approved", date=DAY
        )


def test_a_coordinator_records_the_approvers_step_only_on_their_behalf(
    client, coordinator, team_member, cycle
):
    coordinator.first_name, coordinator.last_name = "Anna", "Kowalska"
    coordinator.save()
    pass_team_steps(cycle, team_member)
    mayor = steps(cycle)[2]
    client.force_login(coordinator)
    page = client.get(edit_url(cycle, mayor))
    assert page.status_code == 200 and 'name="on_behalf"' in page.content.decode()
    refused = client.post(edit_url(cycle, mayor), decided())
    assert refused.status_code == 200
    error = html_tree(refused).find(".//*[@id='id_on_behalf_error']")
    assert error is not None and "w jego imieniu" in "".join(error.itertext())
    mayor.refresh_from_db()
    assert mayor.decision == "pending"
    response = client.post(edit_url(cycle, mayor), {**decided(), "on_behalf": "on"})
    assert response.status_code == 302
    mayor.refresh_from_db()
    assert (mayor.decision, mayor.recorded_by, mayor.on_behalf) == ("approved", coordinator, True)
    text = client.get(report_url(cycle)).content.decode()
    assert "wpisane przez Anna Kowalska w imieniu zatwierdzającego" in text


def test_the_coordinators_team_steps_need_no_behalf(client, coordinator, cycle):
    client.force_login(coordinator)
    step = steps(cycle)[0]
    assert 'name="on_behalf"' not in client.get(edit_url(cycle, step)).content.decode()
    assert client.post(edit_url(cycle, step), decided()).status_code == 302
    step.refresh_from_db()
    assert (step.recorded_by, step.on_behalf) == (coordinator, False)


@pytest.mark.parametrize("role", ["implementer", "reader"])
def test_implementers_and_readers_record_nothing(client, government, team_member, cycle, role):
    institution = cycle.forms.get().institution if role == "implementer" else None
    user = _member(government, role, institution)
    pass_team_steps(cycle, team_member)
    client.force_login(user)
    page = client.get(report_url(cycle))
    assert page.status_code == 200 and record_links(page) == []
    for step in steps(cycle):
        assert client.get(edit_url(cycle, step)).status_code == 403, (role, step.name)
        assert client.post(edit_url(cycle, step), decided("X/1")).status_code == 403
        with pytest.raises(ValidationError):
            services.approval_record(
                approval=step, by=membership(user), decision="approved", date=DAY
            )


def test_a_user_of_another_government_gets_404(client, other_government, cycle):
    client.force_login(_member(other_government, "approver"))
    for step in steps(cycle):
        assert client.get(edit_url(cycle, step)).status_code == 404
        assert client.post(edit_url(cycle, step), decided()).status_code == 404


def test_a_returned_report_clears_who_recorded_the_other_steps(
    client, coordinator, approver, team_member, cycle
):
    pass_team_steps(cycle, team_member)
    services.approval_record(
        approval=steps(cycle)[2],
        by=membership(coordinator),
        decision="approved",
        date=DAY,
        on_behalf=True,
    )
    services.approval_record(
        approval=steps(cycle)[3], by=membership(approver), decision="returned", date=DAY
    )
    assert [(s.decision, s.recorded_by, s.on_behalf) for s in steps(cycle)] == [
        ("pending", None, False),
        ("pending", None, False),
        ("pending", None, False),
        ("returned", approver, False),
        ("pending", None, False),
    ]


def test_the_approval_path_page_says_who_records_each_step(coordinator_client, government, cycle):
    page_url = reverse("approval_stages", kwargs={"government": government.slug})
    page = coordinator_client.get(page_url)
    assert page.status_code == 200
    data = {
        "etapy-TOTAL_FORMS": "3",
        "etapy-INITIAL_FORMS": "0",
        "etapy-0-name": "zespół ds. monitorowania",
        "etapy-0-recorded_by_role": "team",
        "etapy-1-name": "wójt",
        "etapy-1-recorded_by_role": "approver",
        "etapy-2-name": "",
        "etapy-2-recorded_by_role": "approver",
    }
    assert coordinator_client.post(page_url, data).status_code == 302
    assert list(
        ApprovalStage.objects.filter(government=government).values_list("name", "recorded_by_role")
    ) == [("zespół ds. monitorowania", "team"), ("wójt", "approver")]
    following = services.cycle_open(
        strategy=cycle.strategy, year=2026, deadline=datetime.date(2099, 1, 1)
    )
    assert list(following.approvals.values_list("name", "recorded_by_role")) == [
        ("zespół ds. monitorowania", "team"),
        ("wójt", "approver"),
    ]


def test_the_published_report_shows_the_decisions_but_not_who_entered_them(
    client, coordinator, approver, team_member, cycle
):
    coordinator.first_name, coordinator.last_name = "Anna", "Kowalska"
    coordinator.save()
    pass_team_steps(cycle, team_member)
    services.approval_record(
        approval=steps(cycle)[2],
        by=membership(coordinator),
        decision="approved",
        date=DAY,
        on_behalf=True,
    )
    services.approval_record(
        approval=steps(cycle)[3], by=membership(approver), decision="approved", date=DAY
    )
    services.approval_record(
        approval=steps(cycle)[4],
        by=membership(approver),
        decision="approved",
        date=DAY,
        document_number="XX/123/2026",
    )
    services.cycle_publish(cycle=cycle)
    strategy = cycle.strategy
    strategy.status = "adopted"
    strategy.save(update_fields=["status"])
    page = client.get(
        reverse(
            "portal_report",
            kwargs={
                "government": strategy.government.slug,
                "strategy": strategy.pk,
                "cycle": cycle.pk,
            },
        )
    )
    assert page.status_code == 200
    text = page.content.decode()
    assert "XX/123/2026" in text and "Anna Kowalska" not in text
    # The mayor's decision was entered for them: the public report says so (not by whom).
    assert text.count("wpisane przez koordynatora w imieniu zatwierdzającego") == 1
    assert record_links(page) == []
    from documents.builders.report import report_document

    approval_table = report_document(cycle).blocks
    cells = [
        cell
        for block in approval_table
        if getattr(block, "caption", "") == "Ścieżka zatwierdzania raportu"
        for row in block.rows
        for cell in row
    ]
    assert "XX/123/2026" in cells and "Anna Kowalska" not in cells
    assert any(
        c.endswith("(wpisane przez koordynatora w imieniu zatwierdzającego)") for c in cells
    ), cells


def test_changes_to_the_approval_path_are_on_record(coordinator_client, coordinator, government):
    from monitoring.models import ApprovalStage
    from monitoring.selectors import DEFAULT_APPROVAL_STAGES

    services.approval_stages_set(  # the default path, saved
        government=government,
        stages=[(str(name), doc, recorder) for name, doc, recorder in DEFAULT_APPROVAL_STAGES],
    )
    response = coordinator_client.post(
        reverse("approval_stages", kwargs={"government": government.slug}),
        {
            "etapy-TOTAL_FORMS": "1",
            "etapy-INITIAL_FORMS": "0",
            "etapy-MIN_NUM_FORMS": "0",
            "etapy-MAX_NUM_FORMS": "1000",
            "etapy-0-name": "Burmistrz",
            "etapy-0-needs_document": "",
            "etapy-0-recorded_by_role": "team",
        },
    )
    assert response.status_code == 302
    history = ApprovalStage.history.filter(government=government)
    assert history.filter(history_type="-").count() == 5  # the default path removed …
    added = history.get(history_type="+", name="Burmistrz")
    assert added.recorded_by_role == "team" and added.history_user == coordinator


def test_dates_of_decisions_and_publication_come_in_order(approver, team_member, cycle):
    """No decision in the future nor before the reported year ends; a report is published
    after its last decision, never before it nor in the future."""
    first = steps(cycle)[0]
    for wrong in (datetime.date(2025, 12, 31), timezone.localdate() + datetime.timedelta(days=1)):
        with pytest.raises(ValidationError) as error:
            services.approval_record(
                approval=first, by=membership(team_member), decision="noted", date=wrong
            )
        assert "date" in error.value.error_dict
    pass_team_steps(cycle, team_member)
    for step in steps(cycle)[2:]:
        services.approval_record(
            approval=step,
            by=membership(approver),
            decision="approved",
            date=DAY,
            document_number="XX/123/2026" if step.needs_document else "",
        )
    before = datetime.datetime(2026, 3, 31, 12, tzinfo=datetime.UTC)
    with pytest.raises(ValidationError, match="po jego zatwierdzeniu"):
        services.cycle_publish(cycle=cycle, at=before)
    with pytest.raises(ValidationError):
        services.cycle_publish(cycle=cycle, at=timezone.now() + datetime.timedelta(days=2))
    services.cycle_publish(cycle=cycle, at=datetime.datetime(2026, 4, 2, 12, tzinfo=datetime.UTC))
    cycle.refresh_from_db()
    assert cycle.published_at.date() == datetime.date(2026, 4, 2)

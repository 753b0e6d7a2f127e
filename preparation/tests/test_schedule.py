import datetime

import pytest
from django.urls import reverse

from preparation.models import ScheduleStep
from preparation.selectors import schedule_timeline
from strategies.tests.factories import StrategyFactory

pytestmark = pytest.mark.django_db


def url(name, strategy, **kwargs):
    return reverse(
        name, kwargs={"government": strategy.government.slug, "strategy": strategy.pk, **kwargs}
    )


def test_add_steps_with_months_and_a_continuous_one(coordinator_client, government):
    strategy = StrategyFactory(government=government)
    response = coordinator_client.post(
        url("schedule_step_create", strategy),
        {
            "name": "Powołanie Zespołu Programowego",
            "month_from": "2024-05",
            "executor": "Burmistrz Miasta",
            "cooperating": "PCPR, PUP, KPP",
        },
    )
    assert response.status_code == 302
    coordinator_client.post(
        url("schedule_step_create", strategy),
        {
            "name": "Ustalenie celów i działań",
            "month_from": "2024-10",
            "month_to": "2024-12",
            "executor": "Grupy robocze",
        },
    )
    coordinator_client.post(
        url("schedule_step_create", strategy),
        {
            "name": "Monitoring i wdrażanie strategii",
            "month_from": "2025-07",
            "is_continuous": "on",
            "executor": "Wydział Spraw Społecznych",
        },
    )
    first, second, third = ScheduleStep.objects.order_by("position")
    assert (first.month_from, first.month_to) == (datetime.date(2024, 5, 1),) * 2
    assert second.month_to == datetime.date(2024, 12, 1)
    assert third.is_continuous and third.month_to is None
    page = coordinator_client.get(url("schedule", strategy)).content.decode()
    assert "październik 2024" in page.lower() or "2024" in page
    assert "Grupy robocze" in page


def test_last_month_before_first_is_refused(coordinator_client, government):
    strategy = StrategyFactory(government=government)
    response = coordinator_client.post(
        url("schedule_step_create", strategy),
        {"name": "Diagnoza", "month_from": "2024-09", "month_to": "2024-06", "executor": "Zespół"},
    )
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()
    assert not ScheduleStep.objects.exists()


def test_timeline_marks_the_months_of_each_step(government):
    strategy = StrategyFactory(government=government)
    a = ScheduleStep.objects.create(
        strategy=strategy,
        name="A",
        month_from=datetime.date(2024, 5, 1),
        month_to=datetime.date(2024, 5, 1),
        executor="X",
    )
    b = ScheduleStep.objects.create(
        strategy=strategy,
        name="B",
        month_from=datetime.date(2024, 10, 1),
        month_to=datetime.date(2024, 12, 1),
        executor="X",
    )
    c = ScheduleStep.objects.create(
        strategy=strategy,
        name="C",
        month_from=datetime.date(2025, 1, 1),
        is_continuous=True,
        executor="X",
    )
    timeline = schedule_timeline([a, b, c], tail_months=2)
    assert timeline.months[0] == datetime.date(2024, 5, 1)
    assert timeline.months[-1] == datetime.date(2025, 3, 1)
    rows = {step.name: cells for step, cells in timeline.rows}
    assert sum(rows["A"]) == 1
    assert sum(rows["B"]) == 3
    assert rows["C"][-3:] == [True, True, True]
    assert schedule_timeline([]).months == []


def test_reorder_steps_with_htmx(coordinator_client, government):
    strategy = StrategyFactory(government=government)
    for name in ("Pierwszy", "Drugi"):
        coordinator_client.post(
            url("schedule_step_create", strategy),
            {"name": name, "month_from": "2024-05", "executor": "X"},
        )
    second = ScheduleStep.objects.get(name="Drugi")
    response = coordinator_client.post(
        url("schedule_step_move", strategy, step=second.pk),
        {"direction": "up"},
        HTTP_HX_REQUEST="true",
    )
    content = response.content.decode()
    assert 'id="schedule-table"' in content and "<html" not in content
    assert content.index("Drugi") < content.index("Pierwszy")

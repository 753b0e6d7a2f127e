"""The board of forms and the yearly report make a number of queries that does not grow with
the number of forms, actions, indicators or recommendations (issue 4)."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from conftest import _member
from governments.tests.factories import InstitutionFactory
from monitoring import services
from monitoring.models import MonitoringCycle
from strategies.models import FinancingSource, PlannedAmount
from strategies.tests.factories import StrategyFactory, action, goal, indicator

pytestmark = pytest.mark.django_db

DEADLINE = datetime.date(2099, 3, 31)
PAGES = ["cycle_board", "cycle_report"]
MAX_QUERIES = {"cycle_board": 8, "cycle_report": 35}


def build(government, *, institutions: int, areas: int, actions_per_area: int) -> MonitoringCycle:
    """A strategy whose 2025 cycle has forms in every state, money spent against the plan,
    indicator values and answers to the 2024 report's recommendations."""
    strategy = StrategyFactory(government=government)
    members = [
        InstitutionFactory(government=government, name=f"Instytucja {n}")
        for n in range(institutions)
    ]
    budget = FinancingSource.objects.get(government=government, kind="gmina_budget")
    pfron = FinancingSource.objects.get(government=government, kind="pfron")
    measured = {
        "baseline_value": 10,
        "baseline_year": 2020,
        "target_value": 40,
        "target_year": 2030,
    }
    n = 0
    for a in range(areas):
        area = goal(strategy, f"Obszar {a}")
        operational = goal(strategy, f"Cel {a}", parent=area)
        indicator(strategy, operational, name=f"Wskaźnik celu {a}", responsible=members[a % 2])
        for _ in range(actions_per_area):
            act = action(
                strategy,
                operational,
                title=f"Działanie {n}",
                implementers=[members[n % institutions]],
                partners=[members[(n + 1) % institutions]],
                sources=[budget, pfron] if n % 2 else [budget],
            )
            for funding in act.fundings.all():
                PlannedAmount.objects.create(funding=funding, year=2025, amount=1000 + n)
            indicator(
                strategy,
                act,
                name=f"Wskaźnik działania {n}",
                responsible=members[(n + 2) % institutions],
                **measured,
            )
            n += 1
    previous = services.cycle_open(strategy=strategy, year=2024, deadline=DEADLINE)
    for k in range(institutions // 2):
        services.recommendation_save(
            cycle=previous,
            text=f"Rekomendacja {k}",
            institutions=members[k : k + 2],
            goal=area,
        )
    cycle = services.cycle_open(strategy=strategy, year=2025, deadline=DEADLINE)
    for k, form in enumerate(cycle.forms.order_by("pk")):
        if k % 4 == 3:
            continue  # not opened
        funded = {
            report.pk: list(report.action.fundings.values_list("source_id", flat=True))
            for report in form.actions.select_related("action")
        }
        services.form_save(
            form=form,
            version=0,
            data={
                "actions": {
                    pk: {
                        "status": "done",
                        "what_done": "Zajęcia",
                        "people_reached": 10,
                        "spending": dict.fromkeys(sources, 100),
                    }
                    for pk, sources in funded.items()
                },
                "indicators": {
                    r.pk: {"value": 12, "source": "MOPS"} for r in form.indicators.all()
                },
                "responses": {r.pk: "Zrobiono" for r in form.responses.all()},
            },
        )
        if k % 4 == 2:
            continue  # a draft
        services.form_submit(form=form, by="Anna")
        if k % 4 == 0:
            services.form_accept(form=form)
    services.recommendation_save(cycle=cycle, text="Na przyszły rok", institutions=members[:2])
    return cycle


def count_queries(client, cycle: MonitoringCycle, name: str) -> int:
    path = reverse(
        name,
        kwargs={
            "government": cycle.strategy.government.slug,
            "strategy": cycle.strategy_id,
            "cycle": cycle.pk,
        },
    )
    client.get(path)  # warm-up: caches filled on the first request are not the page's
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured)


def test_board_and_report_query_counts_do_not_grow_with_the_cycle(
    coordinator_client, government, other_government
):
    small = build(government, institutions=2, areas=1, actions_per_area=1)
    large = build(other_government, institutions=8, areas=3, actions_per_area=5)
    assert large.forms.count() == 8 and small.forms.count() == 2
    other_client = type(coordinator_client)()
    other_client.force_login(_member(other_government, "coordinator"))
    for name in PAGES:
        small_count = count_queries(coordinator_client, small, name)
        large_count = count_queries(other_client, large, name)
        assert small_count == large_count, (name, small_count, large_count)
        assert large_count <= MAX_QUERIES[name], (name, large_count)

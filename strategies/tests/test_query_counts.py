"""The tree, the plan and its filters make a number of queries that does not grow with size."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from governments.tests.factories import InstitutionFactory
from strategies.models import FinancingSource
from strategies.tests.factories import StrategyFactory, action, goal, indicator

pytestmark = pytest.mark.django_db

PAGES = [
    ("strategy_detail", {}),
    ("plan", {}),
    ("plan", {"year": 2025}),
    ("plan", {"institution": "pup", "source": "pfron", "year": 2024}),
    ("plan_xlsx", {}),
]
MAX_QUERIES = 20


def build(government, areas: int, goals_per_area: int, actions_per_goal: int):
    strategy = StrategyFactory(government=government)
    pup = InstitutionFactory(government=government)
    others = [InstitutionFactory(government=government) for _ in range(3)]
    pfron = FinancingSource.objects.get(government=government, kind="pfron")
    for a in range(areas):
        area = goal(strategy, f"Obszar {a}")
        for g in range(goals_per_area):
            operational = goal(strategy, f"Cel {a}.{g}", parent=area)
            indicator(strategy, operational)
            for n in range(actions_per_goal):
                act = action(
                    strategy,
                    operational,
                    title=f"Działanie {a}.{g}.{n}",
                    implementers=[pup, others[n % 3]],
                    partners=[others[(n + 1) % 3]],
                    sources=[pfron],
                    year_from=2022,
                    year_to=2026,
                )
                indicator(strategy, act)
    return strategy, {"pup": pup.pk, "pfron": pfron.pk}


def count_queries(client, strategy, name, params, ids):
    query = {key: ids.get(value, value) for key, value in params.items()}
    path = reverse(name, kwargs={"government": strategy.government.slug, "strategy": strategy.pk})
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, query)
    assert response.status_code == 200
    return len(captured)


def test_query_counts_do_not_grow_with_the_strategy(
    coordinator_client, government, other_government
):
    from conftest import _member

    small, small_ids = build(government, areas=1, goals_per_area=1, actions_per_goal=1)
    large, large_ids = build(other_government, areas=3, goals_per_area=3, actions_per_goal=4)
    other_client = type(coordinator_client)()
    other_client.force_login(_member(other_government, "coordinator"))
    for name, params in PAGES:
        small_count = count_queries(coordinator_client, small, name, params, small_ids)
        large_count = count_queries(other_client, large, name, params, large_ids)
        assert small_count == large_count, (name, params, small_count, large_count)
        assert large_count <= MAX_QUERIES, (name, large_count)

"""The change history: field-level differences, paging, and a bounded number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from strategies import services
from strategies.models import Goal
from strategies.tests.factories import StrategyFactory, goal

pytestmark = pytest.mark.django_db


def _history_url(strategy):
    return reverse(
        "strategy_history",
        kwargs={"government": strategy.government.slug, "strategy": strategy.pk},
    )


def test_each_change_shows_old_and_new_value(coordinator_client, government):
    strategy = StrategyFactory(government=government)
    area = goal(strategy, "Rodzina")
    for title in ("Rodzina w kryzysie", "Rodzina i dzieci"):
        services.goal_update(goal=Goal.objects.get(pk=area.pk), title=title, description="")
    content = coordinator_client.get(_history_url(strategy)).content.decode()
    assert "<del>Rodzina</del> → <ins>Rodzina w kryzysie</ins>" in content
    assert "<del>Rodzina w kryzysie</del> → <ins>Rodzina i dzieci</ins>" in content


def test_history_pages_and_query_count_do_not_grow(coordinator_client, government):
    strategy = StrategyFactory(government=government)
    area = goal(strategy, "Obszar")
    for n in range(3):
        services.goal_update(goal=area, title=f"Obszar {n}", description="")
    with CaptureQueriesContext(connection) as small:
        coordinator_client.get(_history_url(strategy))
    for n in range(120):
        services.goal_update(goal=area, title=f"Obszar wersja {n}", description="")
        goal(strategy, f"Inny obszar {n}")
    with CaptureQueriesContext(connection) as large:
        first = coordinator_client.get(_history_url(strategy)).content.decode()
    assert len(large) <= len(small) + 5  # a few more models have changes on the page
    assert "Obszar wersja 119" in first and "Obszar wersja 10<" not in first
    second = coordinator_client.get(_history_url(strategy), {"strona": 2}).content.decode()
    assert "Strona 2 z" in second


def test_labels_of_participants_and_fundings_cost_no_query_each(coordinator_client, government):
    from governments.tests.factories import InstitutionFactory
    from strategies.models import FinancingSource
    from strategies.tests.factories import action, leaf_goal

    strategy = StrategyFactory(government=government)
    operational = leaf_goal(strategy)
    source = FinancingSource.objects.filter(government=government).first()
    institution = InstitutionFactory(government=government)

    def add(count):
        for _ in range(count):
            action(strategy, operational, implementers=[institution], sources=[source])

    add(2)
    with CaptureQueriesContext(connection) as small:
        coordinator_client.get(_history_url(strategy))
    add(30)
    with CaptureQueriesContext(connection) as large:
        content = coordinator_client.get(_history_url(strategy)).content.decode()
    assert len(large) <= len(small) + 3
    assert f"{institution.short_name or institution.name}" in content

"""The data migrations of monitoring, run on rows made before them."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("monitoring", "0003_reported_rows_restricted")]
AFTER = [("monitoring", "0004_approval_recorders")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_existing_paths_leave_the_mayors_and_the_councils_steps_to_the_approver():
    from strategies.tests.factories import StrategyFactory

    strategy = StrategyFactory()  # governments and strategies stay as they are
    apps = _migrate(BEFORE)
    try:
        stage = apps.get_model("monitoring", "ApprovalStage")
        names = [
            "zespół ds. monitorowania",
            "Zespół koordynacyjny",
            "monitoring team",
            "burmistrz",
            "komisja rady",
            "sesja rady",
            "rada gminy",
        ]
        cycle = apps.get_model("monitoring", "MonitoringCycle").objects.create(
            strategy_id=strategy.pk, year=2025, deadline="2026-03-31"
        )
        approval = apps.get_model("monitoring", "Approval")
        for position, name in enumerate(names):
            stage.objects.create(government_id=strategy.government_id, position=position, name=name)
            approval.objects.create(cycle=cycle, position=position, name=name)
        apps = _migrate(AFTER)
        expected = ["team"] * 3 + ["approver"] * 4
        for model in ("ApprovalStage", "Approval"):
            rows = apps.get_model("monitoring", model).objects.order_by("position")
            assert [row.recorded_by_role for row in rows] == expected, model
            assert not any(getattr(row, "on_behalf", False) for row in rows)
    finally:
        _migrate(_latest())


def _latest():
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()

"""The host administrator can administer everything in the Django admin."""

from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.test import Client, RequestFactory
from django.urls import reverse

from governments.tests.factories import UserFactory
from strategies.tests.factories import StrategyFactory, action, indicator

pytestmark = pytest.mark.django_db

# Every app of the project (not Django's or a library's): built from INSTALLED_APPS, so a new
# app is checked without anyone remembering to add it here.
DOMAIN_APPS = {
    config.label
    for config in apps.get_app_configs()
    if Path(config.path).parent == Path(settings.BASE_DIR) and config.models_module is not None
}


def test_the_project_apps_are_found():
    assert {"governments", "monitoring", "documents", "portal", "workshops"} <= DOMAIN_APPS


def test_every_app_has_an_admin_module():
    for app in DOMAIN_APPS:
        assert (Path(settings.BASE_DIR) / app / "admin.py").exists(), app


def test_every_domain_model_is_registered():
    for app in DOMAIN_APPS:
        for model in apps.get_app_config(app).get_models():
            if model.__name__.startswith("Historical"):
                continue
            if model.__name__ in {"ActionParticipant", "ActionPriority", "PlannedAmount"}:
                continue  # edited inline on their parents
            if model.__name__ in {
                "Level",
                "IndicatorValue",
                "IndicatorMilestone",
                "ImportTask",
                "ActionSpending",
                "Approval",
                "WorkshopProblem",
                "BallotScore",
            }:
                continue  # edited inline on their parents
            assert admin.site.is_registered(model), model.__name__


def test_admin_pages_open_for_the_superuser(government):
    strategy = StrategyFactory(government=government)
    act = action(strategy)
    indicator(strategy, act)
    superuser = UserFactory(is_staff=True, is_superuser=True)
    client = Client()  # the admin's own markup is Django's, not checked by our page rules
    client.force_login(superuser)
    for model, model_admin in admin.site._registry.items():
        if model._meta.app_label not in DOMAIN_APPS:
            continue
        info = (model._meta.app_label, model._meta.model_name)
        assert client.get(reverse("admin:{}_{}_changelist".format(*info))).status_code == 200
        request = RequestFactory().get("/admin/")
        request.user = superuser
        adding = 200 if model_admin.has_add_permission(request) else 403  # records: no adding
        assert client.get(reverse("admin:{}_{}_add".format(*info))).status_code == adding
        obj = model.objects.first()
        if obj is not None:
            change = reverse("admin:{}_{}_change".format(*info), args=[obj.pk])
            assert client.get(change).status_code == 200, info
            history = reverse("admin:{}_{}_history".format(*info), args=[obj.pk])
            assert client.get(history).status_code == 200, info
        assert model_admin is not None


# The models without history rows, each for a reason ADR 4 gives: a monitoring form's
# contents (saved as people type), rows the installation writes, and what anonymous
# workshop participants send from their phones.
WITHOUT_HISTORY = {
    "ActionReport",
    "ActionSpending",
    "IndicatorReport",
    "RecommendationResponse",
    "TerritorialUnit",
    "Variable",
    "Observation",
    "OwnObservation",
    "ImportJob",
    "ImportTask",
    "GeneratedDocument",
    "FormLink",
    "Ballot",
    "BallotScore",
    "ParticipantCode",
    "SwotEntry",
}


def test_every_model_people_type_into_keeps_its_history():
    from simple_history.models import HistoricalRecords  # noqa: F401 (what ADR 4 names)

    missing = []
    for app in DOMAIN_APPS:
        for model in apps.get_app_config(app).get_models():
            name = model.__name__
            if name.startswith("Historical") or name in WITHOUT_HISTORY:
                continue
            if not hasattr(model, "history"):
                missing.append(f"{app}.{name}")
    assert missing == []

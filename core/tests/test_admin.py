"""The host administrator can administer everything in the Django admin."""

import pytest
from django.contrib import admin
from django.test import Client
from django.urls import reverse

from governments.tests.factories import UserFactory
from strategies.tests.factories import StrategyFactory, action, indicator

pytestmark = pytest.mark.django_db

DOMAIN_APPS = {"governments", "strategies", "preparation", "diagnosis"}


def test_every_domain_model_is_registered():
    from django.apps import apps

    for app in DOMAIN_APPS:
        for model in apps.get_app_config(app).get_models():
            if model.__name__.startswith("Historical"):
                continue
            if model.__name__ in {"ActionParticipant", "ActionPriority", "PlannedAmount"}:
                continue  # edited inline on their parents
            if model.__name__ in {"Level", "IndicatorValue", "IndicatorMilestone", "ImportTask"}:
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
        assert client.get(reverse("admin:{}_{}_add".format(*info))).status_code == 200
        obj = model.objects.first()
        if obj is not None:
            change = reverse("admin:{}_{}_change".format(*info), args=[obj.pk])
            assert client.get(change).status_code == 200, info
            history = reverse("admin:{}_{}_history".format(*info), args=[obj.pk])
            assert client.get(history).status_code == 200, info
        assert model_admin is not None

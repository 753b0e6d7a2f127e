"""Fixtures shared by every app's tests: fast hashing, a page-checking client, personas."""

import pytest
from hypothesis import HealthCheck, settings

from core.testing import CheckedClient

# Property tests check behaviour, not speed (benchmarks/ measure time): on a loaded CI
# machine a slow example must not fail the suite.
settings.register_profile("project", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("project")


@pytest.fixture(autouse=True)
def _fast_and_isolated(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"  # uploads and generated documents
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def client():
    return CheckedClient()


@pytest.fixture
def government(db):
    from governments.tests.factories import LocalGovernmentFactory

    return LocalGovernmentFactory()


@pytest.fixture
def other_government(db):
    from governments.tests.factories import LocalGovernmentFactory

    return LocalGovernmentFactory()


def _member(government, role, institution=None):
    from governments.models import Membership
    from governments.tests.factories import UserFactory

    user = UserFactory()
    Membership.objects.create(user=user, government=government, role=role, institution=institution)
    return user


@pytest.fixture
def coordinator(government):
    return _member(government, "coordinator")


@pytest.fixture
def team_member(government):
    return _member(government, "team_member")


@pytest.fixture
def implementer(government):
    from governments.tests.factories import InstitutionFactory

    return _member(government, "implementer", InstitutionFactory(government=government))


@pytest.fixture
def approver(government):
    return _member(government, "approver")


@pytest.fixture
def reader(government):
    return _member(government, "reader")


@pytest.fixture
def other_coordinator(other_government):
    return _member(other_government, "coordinator")


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client

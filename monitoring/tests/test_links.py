"""A personal link opens one form and nothing else; it expires; it can be revoked."""

import datetime

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from core.crypto import token_digest
from governments.tests.factories import InstitutionFactory
from monitoring import services
from monitoring.models import FormLink
from strategies.tests.factories import StrategyFactory, action, leaf_goal

pytestmark = pytest.mark.django_db


@pytest.fixture
def forms(government, coordinator):
    strategy = StrategyFactory(government=government)
    goal = leaf_goal(strategy)
    ngo = InstitutionFactory(government=government, name="Stowarzyszenie Razem")
    school = InstitutionFactory(government=government, name="Szkoła")
    action(strategy, goal, title="Świetlica", implementers=[ngo])
    action(strategy, goal, title="Pedagog", implementers=[school])
    cycle = services.cycle_open(strategy=strategy, year=2025, deadline=datetime.date(2099, 3, 31))
    return {
        "ngo": cycle.forms.get(institution=ngo),
        "school": cycle.forms.get(institution=school),
        "coordinator": coordinator,
    }


def _fill(token):
    return reverse("link_fill", kwargs={"token": token})


def test_a_link_opens_its_form_and_can_save_and_submit_it(client, forms):
    token = services.link_create(form=forms["ngo"], recipient="Ewa", by=forms["coordinator"])
    page = client.get(_fill(token))
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"]  # an institution's report, without an account
    text = page.content.decode()
    assert "Stowarzyszenie Razem" in text and "Świetlica" in text
    assert "Pedagog" not in text and "Szkoła" not in text
    report = forms["ngo"].actions.get()
    response = client.post(
        reverse("link_save", kwargs={"token": token}),
        {"version": 0, f"a{report.pk}_status": "in_progress", "submit": "1"},
    )
    assert response["Location"] == _fill(token)
    forms["ngo"].refresh_from_db()
    assert forms["ngo"].status == "submitted"
    assert forms["ngo"].submitted_by == "Ewa (link osobisty)"


def test_a_link_opens_nothing_else(client, forms, government):
    token = services.link_create(form=forms["ngo"], recipient="Ewa", by=forms["coordinator"])
    client.get(_fill(token))
    school = forms["school"]
    kwargs = {"strategy": school.cycle.strategy_id, "cycle": school.cycle_id, "form": school.pk}
    other = client.get(reverse("form_fill", kwargs={"government": government.slug, **kwargs}))
    assert other.status_code == 302 and other["Location"].startswith(reverse("login"))
    ngo_by_id = client.get(
        reverse(
            "form_fill",
            kwargs={
                "government": government.slug,
                **kwargs,
                "form": forms["ngo"].pk,
            },
        )
    )
    assert ngo_by_id.status_code == 302  # the link is not a session: ids need an account
    report = school.actions.get()
    # Another form's field names sent to this link's address change nothing there.
    client.post(
        reverse("link_save", kwargs={"token": token}),
        {"version": 0, f"a{report.pk}_status": "done"},
    )
    report.refresh_from_db()
    assert report.status == ""
    assert client.get(_fill("wrong-token")).status_code == 404


def test_a_link_expires(client, forms):
    with time_machine.travel(datetime.datetime(2026, 1, 1, 12, tzinfo=datetime.UTC)):
        token = services.link_create(
            form=forms["ngo"], recipient="Ewa", by=forms["coordinator"], days=10
        )
    with time_machine.travel(datetime.datetime(2026, 1, 10, 12, tzinfo=datetime.UTC)):
        assert client.get(_fill(token)).status_code == 200
    with time_machine.travel(datetime.datetime(2026, 1, 11, 13, tzinfo=datetime.UTC)):
        gone = client.get(_fill(token))
        assert gone.status_code == 410
        assert "wygasł" in gone.content.decode()
        save = client.post(reverse("link_save", kwargs={"token": token}), {"version": 0})
        assert save.status_code == 410


def test_a_link_can_be_revoked_by_the_team(coordinator_client, forms, government):
    ngo = forms["ngo"]
    kwargs = {
        "government": government.slug,
        "strategy": ngo.cycle.strategy_id,
        "cycle": ngo.cycle_id,
        "form": ngo.pk,
    }
    response = coordinator_client.post(
        reverse("link_create", kwargs=kwargs), {"recipient": "Ewa", "days": 30}, follow=True
    )
    text = response.content.decode()
    assert "/formularz/" in text  # the address, shown once
    token = text.split("/formularz/")[1].split("/")[0]
    link = FormLink.objects.get(form=ngo)
    assert link.token_digest == token_digest(token) and token not in link.token_digest
    anonymous = Client()
    assert anonymous.get(_fill(token)).status_code == 200
    coordinator_client.post(reverse("link_revoke", kwargs={**kwargs, "link": link.pk}))
    gone = anonymous.get(_fill(token))
    assert gone.status_code == 410 and "unieważniony" in gone.content.decode()

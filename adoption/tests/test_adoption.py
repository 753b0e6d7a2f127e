"""Adoption in one step: the council's resolution is recorded and the adopted version frozen
with it; numbers and dates that no council writes are refused; a consultation puts a draft
in consultation and its report brings it back."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from adoption.services import strategy_adopt
from consultations import services as consultations
from consultations.tests.factories import consultation, draft_strategy
from strategies.models import Strategy
from strategies.tests.factories import StrategyFactory, action
from versions.models import StrategyVersion

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 12, 2)


def _adoptable(government) -> Strategy:
    strategy = StrategyFactory(government=government)
    action(strategy)  # with an implementer
    return strategy


def test_adoption_records_the_resolution_and_freezes_the_adopted_version(government, coordinator):
    strategy = _adoptable(government)
    version = strategy_adopt(
        strategy=strategy,
        resolution_number="Nr XXXV/245/2021",
        resolution_date=datetime.date(2021, 5, 27),
        user=coordinator,
        today=TODAY,
        gaps_confirmed=True,
    )
    strategy.refresh_from_db()
    assert strategy.status == Strategy.Status.ADOPTED
    assert (strategy.resolution_number, strategy.resolution_date) == (
        "XXXV/245/2021",
        datetime.date(2021, 5, 27),
    )
    assert version.kind == StrategyVersion.Kind.ADOPTED
    assert version.resolution_number == "XXXV/245/2021"
    assert version.snapshot["strategy"]["status"] == Strategy.Status.ADOPTED
    assert [a["title"] for a in version.snapshot["actions"]] == list(
        strategy.actions.values_list("title", flat=True)
    )
    assert version.snapshot["actions"][0]["implementers"]  # the whole content, implementers too


@pytest.mark.parametrize("number", ["....", "Nr ....", "brak", "XX/___/2021", "245"])
def test_a_placeholder_number_is_refused_and_nothing_is_frozen(government, number):
    strategy = _adoptable(government)
    with pytest.raises(ValidationError) as error:
        strategy_adopt(
            strategy=strategy,
            resolution_number=number,
            resolution_date=datetime.date(2021, 5, 27),
            today=TODAY,
        )
    assert "resolution_number" in error.value.error_dict
    strategy.refresh_from_db()
    assert strategy.status == Strategy.Status.DRAFT and not StrategyVersion.objects.exists()


def test_a_date_in_the_future_is_refused(government):
    strategy = _adoptable(government)
    with pytest.raises(ValidationError) as error:
        strategy_adopt(
            strategy=strategy,
            resolution_number="XV.120.2026",
            resolution_date=TODAY + datetime.timedelta(days=1),
            today=TODAY,
        )
    assert "resolution_date" in error.value.error_dict


def test_the_council_adopts_after_the_consultation_ended(government, coordinator):
    strategy = draft_strategy(government)
    consulted = consultation(strategy, state="closed")
    with pytest.raises(ValidationError) as error:
        strategy_adopt(
            strategy=strategy,
            resolution_number=f"X/1/{consulted.ends_on.year}",
            resolution_date=consulted.ends_on,
            today=consulted.ends_on + datetime.timedelta(days=30),
        )
    assert "resolution_date" in error.value.error_dict
    after = consulted.ends_on + datetime.timedelta(days=1)
    strategy_adopt(
        strategy=strategy,
        resolution_number=f"X/1/{after.year}",
        resolution_date=after,
        today=after,
        gaps_confirmed=True,
    )
    assert Strategy.objects.get(pk=strategy.pk).status == Strategy.Status.ADOPTED


def test_an_adopted_strategy_is_not_adopted_again(government):
    strategy = _adoptable(government)
    strategy_adopt(
        strategy=strategy,
        resolution_number="XXXV/245/2021",
        resolution_date=datetime.date(2021, 5, 27),
        today=TODAY,
        gaps_confirmed=True,
    )
    with pytest.raises(ValidationError):
        strategy_adopt(
            strategy=strategy,
            resolution_number="XXXVI/250/2021",
            resolution_date=datetime.date(2021, 6, 27),
            today=TODAY,
        )
    assert StrategyVersion.objects.filter(kind="adopted").count() == 1


def test_a_consultation_puts_a_draft_in_consultation_and_its_report_brings_it_back(
    government, coordinator
):
    strategy = draft_strategy(government)
    assert strategy.status == Strategy.Status.DRAFT
    made = consultation(strategy, state="closed")
    assert Strategy.objects.get(pk=strategy.pk).status == Strategy.Status.CONSULTATION
    consultations.consultation_report_publish(
        consultation=made, by=coordinator, today=made.ends_on + datetime.timedelta(days=3)
    )
    assert Strategy.objects.get(pk=strategy.pk).status == Strategy.Status.DRAFT


def test_the_adoption_page_records_it_and_shows_the_version(coordinator_client, government):
    strategy = _adoptable(government)
    url = reverse("strategy_adopt", kwargs={"government": government.slug, "strategy": strategy.pk})
    page = coordinator_client.get(url)
    assert page.status_code == 200
    refused = coordinator_client.post(
        url, {"resolution_number": "....", "resolution_date": "2021-05-27"}
    )
    assert refused.status_code == 200 and 'aria-invalid="true"' in refused.content.decode()
    unconfirmed = coordinator_client.post(
        url, {"resolution_number": "XXXV/245/2021", "resolution_date": "2021-05-27"}
    )
    assert unconfirmed.status_code == 200 and not StrategyVersion.objects.exists()
    assert 'id="id_gaps_confirmed"' in unconfirmed.content.decode()
    done = coordinator_client.post(
        url,
        {
            "resolution_number": "XXXV/245/2021",
            "resolution_date": "2021-05-27",
            "gaps_confirmed": "on",
        },
    )
    version = StrategyVersion.objects.get(strategy=strategy)
    assert done.status_code == 302 and done["Location"].endswith(f"/wersje/{version.pk}/")
    status_page = coordinator_client.get(
        reverse("strategy_status", kwargs={"government": government.slug, "strategy": strategy.pk})
    )
    assert 'value="adopted"' not in status_page.content.decode()  # adopted here, not there

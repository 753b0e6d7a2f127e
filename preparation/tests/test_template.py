"""Starting the preparation from the template schedule; statuses and overdue steps."""

import datetime

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.urls import reverse

from governments.models import LocalGovernment
from preparation.models import ScheduleStep, StepStatus
from preparation.services import schedule_from_template
from preparation.template import STEPS
from strategies.tests.factories import StrategyFactory

pytestmark = pytest.mark.django_db


def url(strategy, name):
    return reverse(name, kwargs={"government": strategy.government.slug, "strategy": strategy.pk})


def test_the_template_dates_its_steps_from_the_first_month(government):
    strategy = StrategyFactory(government=government)
    steps = schedule_from_template(strategy=strategy, start=datetime.date(2026, 3, 17))
    assert len(steps) == len(STEPS) >= 14
    first, *_, consultation, _final, _committees, _council, _promotion, monitoring, _coord = steps
    assert (first.month_from, first.month_to) == (datetime.date(2026, 3, 1),) * 2
    assert "35" in consultation.name  # the act on development policy's minimum
    assert consultation.month_to > consultation.month_from  # two months: over 35 days
    assert monitoring.is_continuous and monitoring.month_to is None
    assert [s.position for s in steps] == list(range(len(steps)))
    with pytest.raises(ValidationError):
        schedule_from_template(strategy=strategy, start=datetime.date(2026, 3, 1))
    assert ScheduleStep.objects.filter(strategy=strategy).count() == len(STEPS)


def test_the_template_names_the_parties_of_the_kind_of_unit(government):
    government.kind = LocalGovernment.Kind.POWIAT
    government.save()
    strategy = StrategyFactory(government=government)
    steps = schedule_from_template(strategy=strategy, start=datetime.date(2026, 1, 1))
    assert "PCPR" in steps[-1].executor


def test_the_page_starts_from_the_template_and_marks_overdue_steps(coordinator_client, government):
    strategy = StrategyFactory(government=government)
    page = coordinator_client.get(url(strategy, "schedule")).content.decode()
    assert url(strategy, "schedule_template") in page
    response = coordinator_client.post(url(strategy, "schedule_template"), {"start": "2026-01"})
    assert response.status_code == 302
    first = ScheduleStep.objects.filter(strategy=strategy).first()
    with time_machine.travel(datetime.date(2026, 3, 10)):
        page = coordinator_client.get(url(strategy, "schedule")).content.decode()
        assert "jest zaległy" in page or "są zaległe" in page or "zaległ" in page
        first.status = StepStatus.DONE
        first.save()
        second = ScheduleStep.objects.filter(strategy=strategy)[1]
        assert second.is_overdue(datetime.date(2026, 3, 10))  # February, not done
        assert not first.is_overdue(datetime.date(2026, 3, 10))
        assert not ScheduleStep.objects.get(pk=second.pk + 1).is_overdue(
            datetime.date(2026, 3, 10)
        )  # March to May: not over yet


def test_a_reader_cannot_fill_the_schedule(client, reader, government):
    strategy = StrategyFactory(government=government)
    client.force_login(reader)
    assert client.post(url(strategy, "schedule_template"), {"start": "2026-01"}).status_code == 403
    assert not ScheduleStep.objects.exists()

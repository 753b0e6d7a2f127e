"""The completeness check names every gap, each with where it is filled in; adopting with
gaps needs a confirmation, which the adopted version records."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from adoption.completeness import strategy_gaps
from adoption.services import strategy_adopt
from strategies.models import PlannedAmount, Strategy
from strategies.tests.factories import StrategyFactory, action, goal, indicator
from versions.models import StrategyVersion

pytestmark = pytest.mark.django_db


def complete(government) -> Strategy:
    """A strategy with nothing missing: an indicator with baseline and target in its area,
    an action with implementer, source and planned amount, both system texts."""
    strategy = StrategyFactory(government=government)
    strategy.implementation_system = "Koordynuje MOPS."
    strategy.monitoring_system = "Raport co roku."
    strategy.save()
    area = goal(strategy, "Rodzina")
    act = action(strategy, goal(strategy, "Wsparcie", parent=area), title="Asystent rodziny")
    source = government.financing_sources.first()
    funding = act.fundings.create(source=source, position=0)
    PlannedAmount.objects.create(funding=funding, year=strategy.year_from, amount=Decimal(1000))
    indicator(
        strategy,
        act,
        baseline_value=10,
        baseline_year=strategy.year_from,
        target_value=20,
        target_year=strategy.year_to,
    )
    return strategy


def texts(strategy) -> list[str]:
    return [gap.text for gap in strategy_gaps(strategy)]


def test_a_complete_strategy_has_no_gaps(government):
    assert strategy_gaps(complete(government)) == []


def test_each_missing_element_is_named_with_where_to_fill_it_in(government):
    strategy = complete(government)
    at = {"government": government.slug, "strategy": strategy.pk}
    bare = goal(strategy, "Seniorzy")  # an area with no indicator
    lonely = action(
        strategy, goal(strategy, "Klub", parent=bare), title="Klub seniora", implementers=[]
    )
    first = strategy.actions.get(title="Asystent rodziny")
    vague = indicator(strategy, first, name="Liczba klubów")  # no baseline, no target
    strategy.monitoring_system = ""
    strategy.save()
    gaps = {gap.text: gap.url for gap in strategy_gaps(strategy)}
    assert gaps == {
        "Obszar 2 „Seniorzy” nie ma żadnego wskaźnika.": reverse(
            "goal_detail", kwargs={**at, "goal": bare.pk}
        ),
        "Działanie 2.1.1 „Klub seniora” nie ma realizatora.": reverse(
            "action_edit", kwargs={**at, "action": lonely.pk}
        ),
        "Działanie 2.1.1 „Klub seniora” nie ma źródła finansowania.": reverse(
            "action_edit", kwargs={**at, "action": lonely.pk}
        ),
        "Wskaźnik „Liczba klubów” nie ma wartości bazowej.": reverse(
            "indicator_edit", kwargs={**at, "indicator": vague.pk}
        ),
        "Wskaźnik „Liczba klubów” nie ma wartości docelowej.": reverse(
            "indicator_edit", kwargs={**at, "indicator": vague.pk}
        ),
        "Nie opisano systemu monitorowania i ewaluacji.": reverse("strategy_texts", kwargs=at),
    }


def test_an_empty_financial_framework_and_texts_are_gaps(government):
    strategy = complete(government)
    PlannedAmount.objects.all().delete()
    strategy.implementation_system = ""
    strategy.save()
    assert texts(strategy) == [
        "Ramy finansowe są puste: żadne działanie nie ma zaplanowanych kwot.",
        "Nie opisano systemu wdrażania.",
    ]


def test_adopting_with_gaps_needs_a_confirmation_that_the_version_records(government, coordinator):
    strategy = complete(government)
    strategy.implementation_system = ""
    strategy.save()
    arguments = {
        "strategy": strategy,
        "resolution_number": "XXXV/245/2021",
        "resolution_date": datetime.date(2021, 5, 27),
        "user": coordinator,
    }
    with pytest.raises(ValidationError) as error:
        strategy_adopt(**arguments)
    assert "gaps_confirmed" in error.value.error_dict
    version = strategy_adopt(**arguments, gaps_confirmed=True)
    assert "Nie opisano systemu wdrażania." in version.note
    assert coordinator.get_username() in version.note or coordinator.get_full_name() in version.note


def test_a_complete_strategy_is_adopted_without_a_confirmation(government):
    version = strategy_adopt(
        strategy=complete(government),
        resolution_number="XXXV/245/2021",
        resolution_date=datetime.date(2021, 5, 27),
    )
    assert version.kind == StrategyVersion.Kind.ADOPTED and version.note == ""

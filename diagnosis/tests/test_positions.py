"""Indicator values from stored figures and a unit's position in its group."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diagnosis.formulas import parse
from diagnosis.models import LocalFigure, Observation, TerritorialUnit, Variable
from diagnosis.selectors import group_position, indicator_values
from governments.tests.factories import LocalGovernmentFactory


@pytest.mark.django_db
def test_values_combine_bdl_figures_and_the_governments_own():
    population = Variable.objects.create(bdl_id=72305, name="Ludność")
    own_unit = TerritorialUnit.objects.create(bdl_id="011212106022", name="A", level=6, kind="2")
    other = TerritorialUnit.objects.create(bdl_id="011212106033", name="B", level=6, kind="3")
    for unit, people in ((own_unit, 10000), (other, 20000)):
        Observation.objects.create(variable=population, unit=unit, year=2023, value=people)
    government = LocalGovernmentFactory(kind="rural_gmina", teryt="1206022", unit=own_unit)
    LocalFigure.objects.create(government=government, code="blue_cards", year=2023, value=25)
    per_1000 = parse("L_blue_cards / v72305 * 1000")
    values = indicator_values(
        per_1000, unit_ids=[own_unit.pk, other.pk], years=[2022, 2023], government=government
    )
    assert values[own_unit.pk] == {2022: None, 2023: pytest.approx(2.5)}
    assert values[other.pk][2023] is None  # the neighbour's local figures are not ours
    people = indicator_values(parse("v72305"), unit_ids=[other.pk], years=[2023])
    assert people[other.pk][2023] == 20000


def test_position_when_lower_is_better():
    values = {1: 5.0, 2: 10.0, 3: 15.0, 4: 20.0, 5: None}
    position = group_position(values, unit_id=2, direction="down")
    assert (position.rank, position.count) == (2, 4)
    assert position.percentile == 75.0  # better than or equal to 3 of 4
    assert position.median == pytest.approx(12.5)
    assert (position.lower_quartile, position.upper_quartile) == (8.75, 16.25)


def test_position_when_higher_is_better_and_too_small_groups():
    values = {1: 5.0, 2: 10.0, 3: 15.0}
    assert group_position(values, unit_id=3, direction="up").rank == 1
    assert group_position({1: 1.0, 2: 2.0}, unit_id=1, direction="up") is None
    assert group_position({1: None, 2: 2.0, 3: 3.0, 4: 4.0}, unit_id=1, direction="up") is None


@given(st.lists(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), min_size=3, max_size=40))
def test_rank_and_percentile_agree(numbers):
    values = dict(enumerate(numbers))
    for direction in ("up", "down"):
        position = group_position(values, unit_id=0, direction=direction)
        assert 1 <= position.rank <= position.count == len(numbers)
        assert 0 < position.percentile <= 100
        assert position.lower_quartile <= position.median <= position.upper_quartile
        best = min(numbers) if direction == "down" else max(numbers)
        if numbers[0] == best:
            assert position.rank == 1 and position.percentile == 100.0

"""Storing observations in bulk: inserts, updates, missing values, the caller's transaction.

The same tests run on SQLite (bulk_create) and, with DATABASE_URL, on PostgreSQL (COPY into
a staging table, then one INSERT … ON CONFLICT)."""

import pytest
from django.db import IntegrityError, transaction

from diagnosis.models import Observation, TerritorialUnit, Variable
from diagnosis.services import observations_store


@pytest.fixture
def population(db):
    return Variable.objects.create(bdl_id=72305, name="Ludność")


@pytest.fixture
def gminy(db):
    return [
        TerritorialUnit.objects.create(bdl_id=f"0112121060{n}2", name=f"G{n}", level=6, kind="2")
        for n in range(3)
    ]


def stored():
    return {
        (o.unit_id, o.year): (o.value, o.attribute)
        for o in Observation.objects.order_by("unit_id", "year")
    }


def test_rows_are_inserted_and_counted(population, gminy):
    rows = [(population.pk, unit.pk, year, 1000.0 + year, 1) for unit in gminy for year in (22, 23)]
    assert observations_store(rows) == 6
    assert stored()[(gminy[1].pk, 23)] == (1023.0, 1)
    assert Observation.objects.count() == 6


def test_a_generator_is_read_once_and_nothing_is_stored_for_no_rows(population, gminy):
    assert observations_store(iter([])) == 0
    rows = ((population.pk, unit.pk, 2023, 5.0, 1) for unit in gminy)
    assert observations_store(rows) == 3
    assert Observation.objects.count() == 3


def test_a_stored_value_is_replaced_and_other_rows_are_kept(population, gminy):
    observations_store([(population.pk, u.pk, 2023, 100.0, 1) for u in gminy])
    changed = [
        (population.pk, gminy[0].pk, 2023, 0.0, 94),
        (population.pk, gminy[0].pk, 2024, 7, 1),
    ]
    assert observations_store(changed) == 2
    values = stored()
    assert values[(gminy[0].pk, 2023)] == (0.0, 94)  # a real zero replaces the old figure
    assert values[(gminy[0].pk, 2024)] == (7.0, 1)
    assert values[(gminy[1].pk, 2023)] == (100.0, 1)
    assert Observation.objects.count() == 4


def test_missing_values_are_stored_as_none_and_can_be_filled_later(population, gminy):
    observations_store([(population.pk, gminy[0].pk, 2023, None, 4)])
    assert stored()[(gminy[0].pk, 2023)] == (None, 4)
    observations_store([(population.pk, gminy[0].pk, 2023, 9500.0, 1)])
    assert stored()[(gminy[0].pk, 2023)] == (9500.0, 1)
    observations_store([(population.pk, gminy[0].pk, 2023, None, 50)])
    assert stored()[(gminy[0].pk, 2023)] == (None, 50)


def test_a_rollback_of_the_callers_transaction_leaves_nothing(population, gminy):
    with pytest.raises(RuntimeError), transaction.atomic():
        observations_store([(population.pk, u.pk, 2023, 1.0, 1) for u in gminy])
        observations_store([(population.pk, u.pk, 2024, 2.0, 1) for u in gminy])
        assert Observation.objects.count() == 6  # visible inside the transaction
        raise RuntimeError("the caller fails after storing")
    assert Observation.objects.count() == 0


def test_a_row_of_an_unknown_unit_or_variable_stores_nothing_of_the_call(population, gminy):
    good = (population.pk, gminy[0].pk, 2023, 1.0, 1)
    with pytest.raises(IntegrityError, match="territorialunit"):
        observations_store([good, (population.pk, 999_999, 2023, 2.0, 1)])
    with pytest.raises(IntegrityError, match="variable"):
        observations_store([good, (999_999, gminy[0].pk, 2023, 2.0, 1)])
    assert Observation.objects.count() == 0


def test_deleting_a_unit_or_variable_deletes_its_observations(population, gminy):
    other = Variable.objects.create(bdl_id=60559, name="Gęstość zaludnienia")
    observations_store([(v.pk, u.pk, 2023, 1.0, 1) for v in (population, other) for u in gminy])
    gminy[0].delete()
    other.delete()
    assert set(Observation.objects.values_list("variable_id", "unit_id")) == {
        (population.pk, gminy[1].pk),
        (population.pk, gminy[2].pk),
    }


@pytest.mark.django_db(transaction=True)
def test_calls_in_autocommit_and_in_one_transaction_each_clean_up_after_themselves():
    population = Variable.objects.create(bdl_id=72305, name="Ludność")
    unit = TerritorialUnit.objects.create(bdl_id="011212106022", name="A", level=6, kind="2")
    assert observations_store([(population.pk, unit.pk, 2022, 1.0, 1)]) == 1
    assert observations_store([(population.pk, unit.pk, 2023, 2.0, 1)]) == 1
    with transaction.atomic():
        observations_store([(population.pk, unit.pk, 2022, 3.0, 1)])
        observations_store([(population.pk, unit.pk, 2024, 4.0, 1)])
    assert {year: value for (_, year), (value, _) in stored().items()} == {
        2022: 3.0,
        2023: 2.0,
        2024: 4.0,
    }

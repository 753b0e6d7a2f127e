"""The comparison group, the figures of the domain pages, the flags and their review."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from diagnosis import services
from diagnosis.models import ComparisonGroup, DiagnosisIndicator, Problem
from diagnosis.selectors import diagnosis_setting, indicator_figures
from diagnosis.tests.world import build_world
from governments.tests.factories import LocalGovernmentFactory
from strategies.tests.factories import StrategyFactory, leaf_goal

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(government):
    return build_world(government)


def test_the_default_group_is_the_same_kind_of_similar_size(government, world):
    group = services.comparison_group_default(government=government)
    members = set(group.units.all())
    # 20,000 residents: ×/÷1.5 gives 13,333–30,000, i.e. towns 2–11; no rural gmina.
    assert members == set(world["urban"][1:11])
    assert group.is_default
    assert "gmina miejska" in group.criteria
    assert "13\xa0300" in group.criteria and "30\xa0000" in group.criteria


def test_the_group_widens_until_it_is_big_enough(government, world, monkeypatch):
    monkeypatch.setattr(services.comparison, "GROUP_MIN_SIZE", 11)
    group = services.comparison_group_default(government=government)
    assert group.units.count() == 11  # ×/÷2 takes every other town


def test_a_group_chosen_by_hand_holds_units_of_the_same_level_only(government, world):
    services.comparison_group_set(government=government, unit_ids=[world["urban"][3].pk])
    group = ComparisonGroup.objects.get(government=government)
    assert not group.is_default and list(group.units.all()) == [world["urban"][3]]
    with pytest.raises(ValidationError):
        services.comparison_group_set(government=government, unit_ids=[world["powiat"].pk])


def test_figures_of_the_unit_its_wider_units_and_its_group(government, world):
    services.comparison_group_default(government=government)
    setting = diagnosis_setting(government)
    assert [u.pk for u in setting.wider] == [
        world["powiat"].pk,
        world["voivodeship"].pk,
        world["poland"].pk,
    ]
    (figures,) = indicator_figures([world["unemployment"]], setting=setting)
    assert figures.series[world["own"].pk][2019] == pytest.approx(10.0)
    assert figures.series[world["own"].pk][2023] == pytest.approx(14.0)
    assert figures.series[world["powiat"].pk][2023] == pytest.approx(6.0)
    assert figures.latest_year == 2023
    position = figures.position
    assert (position.rank, position.count) == (11, 11)  # the worst of the group
    assert position.median == pytest.approx(5.2)
    assert figures.worse_than_group and figures.worsening
    assert figures.trend.change == pytest.approx(0.4)


def test_the_figures_take_a_fixed_number_of_queries(government, world):
    services.comparison_group_default(government=government)
    setting = diagnosis_setting(government)
    many = [world["unemployment"], world["people"]] + [
        DiagnosisIndicator.objects.create(
            code=f"X{n}",
            name=f"Wskaźnik {n}",
            domain="labour_market",
            unit="%",
            direction="down",
            formula=f"v10514 / v152 * {n}",
            source="GUS",
        )
        for n in range(10)
    ]
    with CaptureQueriesContext(connection) as queries:
        result = indicator_figures(many, setting=setting, government=government)
    assert len(result) == 12
    assert len(queries) <= 4


def test_flags_are_raised_kept_when_reviewed_and_withdrawn(government, world):
    services.comparison_group_default(government=government)
    counts = services.problems_refresh(government=government)
    problem = Problem.objects.get(government=government)
    assert counts["new"] == 1 and problem.indicator == world["unemployment"]
    assert problem.status == Problem.Status.FLAGGED and problem.domain == "labour_market"
    assert problem.facts["group"]["rank"] == 11 and problem.facts["trend"]["from_year"] == 2019

    strategy = StrategyFactory(government=government)
    goal = leaf_goal(strategy)
    services.problem_review(
        problem=problem, status="confirmed", serious=True, comment="Tak", goal_ids=[goal.pk]
    )
    services.problems_refresh(government=government)
    problem.refresh_from_db()
    assert problem.status == "confirmed" and list(problem.goals.all()) == [goal]

    # The figures improve: the reviewed problem stays but no longer shows in the data.
    from diagnosis.models import Observation

    Observation.objects.filter(unit=world["own"], variable__bdl_id=10514).update(value=1)
    services.problems_refresh(government=government)
    problem.refresh_from_db()
    assert problem.status == "confirmed" and not problem.in_data


def test_an_unreviewed_flag_goes_when_the_data_no_longer_show_it(government, world):
    from diagnosis.models import Observation

    services.comparison_group_default(government=government)
    services.problems_refresh(government=government)
    Observation.objects.filter(unit=world["own"], variable__bdl_id=10514).update(value=1)
    assert services.problems_refresh(government=government)["removed"] == 1
    assert not Problem.objects.filter(government=government).exists()


def test_review_rules(government, world, other_government):
    problem = Problem.objects.create(government=government, domain="safety", title="Przemoc")
    own_goal = leaf_goal(StrategyFactory(government=government))
    foreign_goal = leaf_goal(StrategyFactory(government=other_government))
    with pytest.raises(ValidationError):
        services.problem_review(problem=problem, status="confirmed", goal_ids=[foreign_goal.pk])
    with pytest.raises(ValidationError):
        services.problem_review(problem=problem, status="dismissed", goal_ids=[own_goal.pk])
    services.problem_review(problem=problem, status="dismissed", serious=True, comment="Nie")
    problem.refresh_from_db()
    assert problem.status == "dismissed" and not problem.serious  # only confirmed is serious


def test_a_government_without_a_unit_gets_clear_errors():
    government = LocalGovernmentFactory()
    assert diagnosis_setting(government) is None
    for call in (services.comparison_group_default, services.problems_refresh):
        with pytest.raises(ValidationError, match="jednostką statystyczną"):
            call(government=government)


def test_an_import_also_fetches_the_voivodeships_of_group_members_elsewhere(government, world):
    from diagnosis.models import TerritorialUnit

    elsewhere = TerritorialUnit.objects.create(
        bdl_id="023002064011", name="Miasto w Wielkopolsce", level=6, kind="1"
    )
    services.comparison_group_set(
        government=government, unit_ids=[world["urban"][2].pk, elsewhere.pk]
    )
    job = services.import_plan(government=government, variable_ids=[72305], years=[2023])
    pairs = set(job.tasks.values_list("unit_level", "parent_bdl_id"))
    assert (6, "011200000000") in pairs  # the own voivodeship's gminy
    assert (6, "023000000000") in pairs  # and those of the other member's voivodeship
    assert len(pairs) == 5

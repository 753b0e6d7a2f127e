"""Business rules of the strategy register, tested through the services."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from governments.tests.factories import InstitutionFactory, LocalGovernmentFactory
from strategies import selectors, services
from strategies.models import Action, FinancingSource, Goal, Indicator, Strategy
from strategies.tests.factories import StrategyFactory, action, goal, indicator, leaf_goal

pytestmark = pytest.mark.django_db


def test_a_strategy_has_two_to_four_levels(government):
    with pytest.raises(ValidationError):
        StrategyFactory(government=government, levels=["Obszar"])
    with pytest.raises(ValidationError):
        StrategyFactory(government=government, levels=["a", "b", "c", "d", "e"])
    strategy = StrategyFactory(government=government, levels=["Obszar", "Cel operacyjny"])
    assert [lvl.name for lvl in strategy.levels.all()] == ["Obszar", "Cel operacyjny"]


def test_last_year_before_first_is_refused(government):
    with pytest.raises(ValidationError) as error:
        StrategyFactory(government=government, year_from=2030, year_to=2021)
    assert "year_to" in error.value.error_dict


def test_levels_can_be_renamed_but_depth_is_fixed_once_goals_exist(government):
    strategy = StrategyFactory(government=government)
    services.strategy_set_levels(strategy=strategy, names=["A", "B", "C", "D"])
    assert strategy.levels.count() == 4
    goal(strategy)
    services.strategy_set_levels(strategy=strategy, names=["Obszar", "Cel", "Kierunek", "Zadanie"])
    assert list(strategy.levels.values_list("name", flat=True)) == [
        "Obszar",
        "Cel",
        "Kierunek",
        "Zadanie",
    ]
    with pytest.raises(ValidationError):
        services.strategy_set_levels(strategy=strategy, names=["Obszar", "Zadanie"])
    assert strategy.levels.count() == 4


def test_goals_stop_at_the_last_goal_level(government):
    strategy = StrategyFactory(government=government)  # Obszar / Cel operacyjny / Działanie
    area = goal(strategy, "Rodzina")
    operational = goal(strategy, "Wsparcie rodzin", parent=area)
    assert (area.depth, operational.depth) == (1, 2)
    with pytest.raises(ValidationError):
        goal(strategy, "Za głęboko", parent=operational)


def test_actions_belong_under_the_last_goal_level(government):
    strategy = StrategyFactory(government=government)
    area = goal(strategy)
    with pytest.raises(ValidationError) as error:
        action(strategy, area)
    assert "goal" in error.value.error_dict
    assert not Action.objects.exists()


def test_action_period_must_lie_within_the_strategy(government):
    strategy = StrategyFactory(government=government, year_from=2021, year_to=2030)
    with pytest.raises(ValidationError) as error:
        action(strategy, year_from=2019, year_to=2022)
    assert "year_from" in error.value.error_dict
    with pytest.raises(ValidationError) as error:
        action(strategy, year_from=2025, year_to=2023)
    assert "year_to" in error.value.error_dict


def test_action_without_years_must_be_continuous(government):
    strategy = StrategyFactory(government=government)
    with pytest.raises(ValidationError) as error:
        action(strategy, is_continuous=False, year_from=2022)
    assert "year_to" in error.value.error_dict


def test_continuous_action_covers_every_year(government):
    strategy = StrategyFactory(government=government)
    act = action(strategy, is_continuous=True, year_from=2022, year_to=2023)
    assert (act.year_from, act.year_to) == (None, None)
    assert all(act.covers_year(year) for year in strategy.years)
    ranged = action(strategy, leaf_goal(strategy), year_from=2022, year_to=2024)
    assert [y for y in strategy.years if ranged.covers_year(y)] == [2022, 2023, 2024]
    assert set(Action.objects.covering_year(2021)) == {act}


def test_participants_keep_order_and_roles(government):
    strategy = StrategyFactory(government=government)
    pup, ops, ngo = (InstitutionFactory(government=government) for _ in range(3))
    act = action(strategy, implementers=[ops, pup], partners=[ngo])
    assert [p.institution for p in act.implementers()] == [ops, pup]
    assert [p.institution for p in act.partners()] == [ngo]
    services.action_save(action=act, implementers=[pup], partners=[ops, ngo])
    act = Action.objects.get(pk=act.pk)
    assert [p.institution for p in act.implementers()] == [pup]
    assert [p.institution for p in act.partners()] == [ops, ngo]


def test_an_institution_is_not_both_implementer_and_partner(government):
    strategy = StrategyFactory(government=government)
    pup = InstitutionFactory(government=government)
    with pytest.raises(ValidationError):
        action(strategy, implementers=[pup], partners=[pup])
    assert not Action.objects.exists()  # nothing half-saved


def test_another_governments_institution_or_source_is_refused(government):
    strategy = StrategyFactory(government=government)
    stranger = LocalGovernmentFactory()
    with pytest.raises(ValidationError):
        action(strategy, implementers=[InstitutionFactory(government=stranger)])
    with pytest.raises(ValidationError):
        action(strategy, sources=[FinancingSource.objects.filter(government=stranger).first()])
    assert not Action.objects.exists()


def test_priorities_change_by_year(government):
    strategy = StrategyFactory(government=government)
    act = action(strategy)
    services.action_save(
        action=act,
        implementers=[p.institution for p in act.implementers()],
        priorities={2021: "important", 2022: "very_important", 2023: ""},
    )
    assert {p.year: p.priority for p in act.priorities.all()} == {
        2021: "important",
        2022: "very_important",
    }


def test_planned_amounts_per_source_and_year(government):
    strategy = StrategyFactory(government=government)
    budget = FinancingSource.objects.get(government=government, kind="gmina_budget")
    act = action(strategy, sources=[budget])
    funding = act.fundings.get()
    services.action_set_planned_amounts(
        action=act, amounts={(funding.pk, 2022): Decimal("1500.50"), (funding.pk, 2023): None}
    )
    assert funding.amount_in(2022) == Decimal("1500.50")
    with pytest.raises(ValidationError):
        services.action_set_planned_amounts(action=act, amounts={(funding.pk, 2022): Decimal(-1)})
    with pytest.raises(ValidationError):
        services.action_set_planned_amounts(action=act, amounts={(funding.pk, 2040): Decimal(1)})
    funding.refresh_from_db()
    assert funding.amount_in(2022) == Decimal("1500.50")


def test_indicator_target_year_cannot_precede_baseline(government):
    strategy = StrategyFactory(government=government)
    act = action(strategy)
    with pytest.raises(ValidationError) as error:
        indicator(
            strategy, act, baseline_value=10, baseline_year=2025, target_value=5, target_year=2022
        )
    assert "target_year" in error.value.error_dict
    ok = indicator(
        strategy, act, baseline_value=10, baseline_year=2020, target_value=5, target_year=2030
    )
    assert ok.owner == act


def test_indicator_values_and_milestones_by_year(government):
    strategy = StrategyFactory(government=government)
    ind = indicator(strategy, leaf_goal(strategy))
    services.indicator_set_yearly(
        indicator=ind,
        values={2021: Decimal(3), 2022: Decimal(4)},
        milestones={2025: Decimal(10)},
    )
    services.indicator_set_yearly(
        indicator=ind, values={2021: None, 2022: Decimal(5)}, milestones={}
    )
    assert {v.year: v.value for v in ind.values.all()} == {2022: Decimal(5)}
    assert {m.year: m.value for m in ind.milestones.all()} == {2025: Decimal(10)}


def test_moving_goals_and_actions(government):
    strategy = StrategyFactory(government=government)
    first, _second, third = (goal(strategy, title) for title in ("A", "B", "C"))
    assert services.goal_move(goal=third, direction="up")
    order = list(
        Goal.objects.filter(parent=None).order_by("position").values_list("title", flat=True)
    )
    assert order == ["A", "C", "B"]
    assert not services.goal_move(goal=first, direction="up")
    operational = goal(strategy, "Cel", parent=first)
    a1 = action(strategy, operational, title="Pierwsze")
    a2 = action(strategy, operational, title="Drugie")
    services.action_move(action=a2, direction="up")
    assert list(operational.actions.order_by("position").values_list("title", flat=True)) == [
        "Drugie",
        "Pierwsze",
    ]
    assert a1.pk


def test_deleting_a_goal_reports_and_takes_what_is_under_it(government):
    strategy = StrategyFactory(government=government)
    area = goal(strategy)
    operational = goal(strategy, "Cel", parent=area)
    act = action(strategy, operational)
    indicator(strategy, act)
    indicator(strategy, operational)
    assert selectors.goal_delete_summary(area) == {"goals": 1, "actions": 1, "indicators": 2}
    services.goal_delete(goal=area)
    assert not Goal.objects.exists() and not Action.objects.exists()
    assert not Indicator.objects.exists()


def test_status_transitions(government):
    strategy = StrategyFactory(government=government)
    with pytest.raises(ValidationError):  # no actions yet
        services.strategy_change_status(
            strategy=strategy,
            status="adopted",
            resolution_number="X/1/2021",
            resolution_date="2021-05-01",
        )
    act = action(strategy)
    services.strategy_change_status(strategy=strategy, status="consultation")
    services.action_save(action=act, implementers=[])  # the implementer is removed
    with pytest.raises(ValidationError) as error:
        services.strategy_change_status(
            strategy=strategy,
            status="adopted",
            resolution_number="X/1/2021",
            resolution_date="2021-05-01",
        )
    assert "implementer" in str(error.value) or "realizator" in str(error.value)
    services.action_save(action=act, implementers=[InstitutionFactory(government=government)])
    adopted = services.strategy_change_status(
        strategy=strategy,
        status="adopted",
        resolution_number="X/1/2021",
        resolution_date="2021-05-01",
    )
    assert adopted.status == Strategy.Status.ADOPTED
    with pytest.raises(ValidationError):
        services.strategy_change_status(strategy=adopted, status="draft")
    with pytest.raises(ValidationError):
        services.strategy_delete(strategy=adopted)
    assert services.strategy_change_status(strategy=adopted, status="expired").status == "expired"


def test_changing_the_period_refuses_to_strand_actions(government):
    strategy = StrategyFactory(government=government, year_from=2021, year_to=2030)
    action(strategy, year_from=2028, year_to=2030)
    with pytest.raises(ValidationError):
        services.strategy_update(strategy=strategy, year_to=2027)
    strategy.refresh_from_db()
    assert strategy.year_to == 2030


def test_financing_source_in_use_cannot_be_deleted(government):
    strategy = StrategyFactory(government=government)
    source = FinancingSource.objects.filter(government=government).first()
    action(strategy, sources=[source])
    with pytest.raises(ValidationError):
        services.financing_source_delete(source=source)
    assert FinancingSource.objects.filter(pk=source.pk).exists()


def test_a_body_named_twice_is_kept_once(government):
    strategy = StrategyFactory(government=government)
    ngo = InstitutionFactory(government=government)
    source = FinancingSource.objects.filter(government=government).first()
    act = action(strategy, implementers=[ngo, ngo], sources=[source, source])
    assert [p.institution for p in act.implementers()] == [ngo]
    assert act.fundings.count() == 1


def test_priority_or_amount_outside_the_actions_years_is_refused(government):
    strategy = StrategyFactory(government=government)
    source = FinancingSource.objects.filter(government=government).first()
    act = action(strategy, year_from=2022, year_to=2023, sources=[source])
    implementers = [p.institution for p in act.implementers()]
    with pytest.raises(ValidationError) as error:
        services.action_save(action=act, implementers=implementers, priorities={2025: "important"})
    assert "priority_2025" in error.value.error_dict
    funding = act.fundings.get()
    with pytest.raises(ValidationError) as error:
        services.action_set_planned_amounts(action=act, amounts={(funding.pk, 2026): Decimal(5)})
    assert f"amount_{funding.pk}_2026" in error.value.error_dict
    services.action_save(action=act, implementers=implementers, priorities={2023: "important"})
    act.year_to = 2022  # shortening the period drops the priority of the year it no longer has
    services.action_save(action=act, implementers=implementers, priorities={})
    assert not act.priorities.exists()


def test_shortening_the_period_and_clearing_priorities_in_one_save(government):
    strategy = StrategyFactory(government=government)
    act = action(strategy, year_from=2021, year_to=2027)
    implementers = [p.institution for p in act.implementers()]
    services.action_save(
        action=act, implementers=implementers, priorities={2025: "important", 2026: "low"}
    )
    act.year_to = 2023
    services.action_save(
        action=act, implementers=implementers, priorities={2025: "", 2026: "", 2021: "low"}
    )
    assert act.priorities_by_year() == {2021: "low"}


def test_an_adopted_strategy_keeps_an_implementer_on_every_action(government):
    strategy = StrategyFactory(government=government)
    act = action(strategy)
    services.strategy_change_status(
        strategy=strategy,
        status="adopted",
        resolution_number="X/1/2021",
        resolution_date="2021-05-01",
    )
    act.strategy.refresh_from_db()
    with pytest.raises(ValidationError) as error:
        services.action_save(action=act, implementers=[])
    assert "implementers" in error.value.error_dict
    corrected = services.strategy_change_status(
        strategy=strategy,
        status="adopted",
        resolution_number="X/2/2021",
        resolution_date="2021-05-02",
    )
    assert corrected.resolution_number == "X/2/2021"


def test_an_action_moved_to_another_goal_goes_to_its_end(government):
    strategy = StrategyFactory(government=government)
    first, second = leaf_goal(strategy), leaf_goal(strategy)
    action(strategy, second, title="A")
    action(strategy, second, title="B")
    moved = action(strategy, first, title="C")
    moved.goal = second
    services.action_save(action=moved, implementers=[p.institution for p in moved.implementers()])
    titles = list(second.actions.order_by("position", "id").values_list("title", flat=True))
    assert titles == ["A", "B", "C"]


def test_rows_of_another_government_are_refused_by_the_models_too(government, other_government):
    """The admin bypasses the services; the models' own validation still refuses."""
    from strategies.models import ActionFunding, ActionParticipant

    strategy = StrategyFactory(government=government)
    act = action(strategy)
    with pytest.raises(ValidationError):
        ActionParticipant(
            action=act, institution=InstitutionFactory(government=other_government), role="partner"
        ).full_clean()
    with pytest.raises(ValidationError):
        ActionFunding(
            action=act, source=FinancingSource.objects.filter(government=other_government).first()
        ).full_clean()
    with pytest.raises(ValidationError):
        Indicator(
            strategy=strategy,
            action=act,
            name="x",
            unit="x",
            responsible=InstitutionFactory(government=other_government),
        ).full_clean()

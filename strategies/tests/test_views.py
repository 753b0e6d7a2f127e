"""The register as a user works with it: forms, validation messages, confirmation, htmx."""

from io import BytesIO

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from governments.tests.factories import InstitutionFactory
from strategies.models import Action, FinancingSource, Goal, Indicator, Strategy
from strategies.tests.factories import StrategyFactory, action, goal, indicator, leaf_goal

pytestmark = pytest.mark.django_db


def url(name, strategy, **kwargs):
    return reverse(
        name, kwargs={"government": strategy.government.slug, "strategy": strategy.pk, **kwargs}
    )


def test_create_a_strategy_with_its_levels(coordinator_client, government):
    response = coordinator_client.post(
        reverse("strategy_create", kwargs={"government": government.slug}),
        {
            "title": "Strategia 2026–2035",
            "year_from": 2026,
            "year_to": 2035,
            "levels-level_1": "Cel strategiczny",
            "levels-level_2": "Cel szczegółowy",
            "levels-level_3": "Kierunek działania",
            "levels-level_4": "",
        },
    )
    strategy = Strategy.objects.get()
    assert response.status_code == 302
    assert strategy.government == government
    assert list(strategy.levels.values_list("name", flat=True)) == [
        "Cel strategiczny",
        "Cel szczegółowy",
        "Kierunek działania",
    ]


def test_invalid_strategy_shows_polish_messages_next_to_fields(coordinator_client, government):
    response = coordinator_client.post(
        reverse("strategy_create", kwargs={"government": government.slug}),
        {"title": "", "year_from": 2030, "year_to": 2020, "levels-level_1": "Obszar"},
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "Wystąpił problem" in content  # the error summary
    assert 'aria-invalid="true"' in content
    assert "To pole jest wymagane." in content
    assert not Strategy.objects.exists()


def test_tree_numbers_goals_and_actions(coordinator_client, government):
    strategy = StrategyFactory(government=government)
    area1 = goal(strategy, "Rodzina")
    area2 = goal(strategy, "Bezrobocie")
    op = goal(strategy, "Aktywizacja", parent=area2)
    action(strategy, op, title="Programy aktywizacji")
    action(strategy, op, title="Kluby pracy")
    goal(strategy, "Wsparcie", parent=area1)
    content = coordinator_client.get(url("strategy_detail", strategy)).content.decode()
    assert "2.1.2" in content and "Kluby pracy" in content
    assert content.index("Rodzina") < content.index("Bezrobocie")
    assert "<details open>" in content  # expand and collapse without JavaScript


def test_add_goal_then_action_then_indicator_in_the_browser(coordinator_client, government):
    strategy = StrategyFactory(government=government)
    pup = InstitutionFactory(government=government, name="Powiatowy Urząd Pracy", short_name="PUP")
    coordinator_client.post(url("goal_create", strategy), {"title": "Bezrobocie"})
    area = Goal.objects.get()
    coordinator_client.post(
        url("goal_create", strategy), {"title": "Aktywizacja", "parent": area.pk}
    )
    operational = Goal.objects.get(depth=2)
    source = FinancingSource.objects.get(government=government, kind="pfron")
    response = coordinator_client.post(
        url("action_create", strategy) + f"?goal={operational.pk}",
        {
            "goal": operational.pk,
            "title": "Szkolenia osób z niepełnosprawnościami",
            "year_from": 2022,
            "year_to": 2024,
            "implementers": [pup.pk],
            "sources": [source.pk],
            "priority_2022": "very_important",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    act = Action.objects.get()
    assert [p.institution for p in act.implementers()] == [pup]
    assert act.priorities.get().priority == "very_important"
    response = coordinator_client.post(
        url("indicator_create", strategy) + f"?action={act.pk}",
        {
            "name": "Liczba przeszkolonych osób",
            "unit": "osoby",
            "baseline_value": "0",
            "baseline_year": 2021,
            "target_value": "45",
            "target_year": 2024,
            "direction": "up",
            "frequency": "yearly",
        },
    )
    assert response.status_code == 302
    assert Indicator.objects.get().action == act


def test_action_form_rejects_a_period_outside_the_strategy(coordinator_client, government):
    strategy = StrategyFactory(government=government, year_from=2021, year_to=2030)
    operational = leaf_goal(strategy)
    response = coordinator_client.post(
        url("action_create", strategy),
        {"goal": operational.pk, "title": "Za wcześnie", "year_from": 2015, "year_to": 2022},
    )
    assert response.status_code == 200
    assert "2021–2030" in response.content.decode()
    assert not Action.objects.exists()


def test_indicator_form_rejects_target_before_baseline(coordinator_client, government):
    strategy = StrategyFactory(government=government)
    operational = leaf_goal(strategy)
    response = coordinator_client.post(
        url("indicator_create", strategy) + f"?goal={operational.pk}",
        {
            "name": "Liczba rodzin",
            "unit": "rodziny",
            "baseline_value": "10",
            "baseline_year": 2026,
            "target_value": "20",
            "target_year": 2022,
            "direction": "up",
            "frequency": "yearly",
        },
    )
    assert response.status_code == 200
    assert "docelowy nie może" in response.content.decode().lower() or "rok docelowy" in (
        response.content.decode().lower()
    )
    assert not Indicator.objects.exists()


def test_negative_planned_amount_is_refused_next_to_the_field(coordinator_client, government):
    strategy = StrategyFactory(government=government)
    source = FinancingSource.objects.filter(government=government).first()
    act = action(strategy, sources=[source])
    funding = act.fundings.get()
    response = coordinator_client.post(
        url("action_amounts", strategy, action=act.pk), {f"amount_{funding.pk}_2022": "-5"}
    )
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()
    assert not funding.amounts.exists()
    response = coordinator_client.post(
        url("action_amounts", strategy, action=act.pk), {f"amount_{funding.pk}_2022": "1 250,50"}
    )
    assert response.status_code == 302
    assert str(funding.amounts.get().amount) == "1250.50"


def test_deleting_a_goal_asks_first_and_says_what_goes_with_it(coordinator_client, government):
    strategy = StrategyFactory(government=government)
    area = goal(strategy)
    operational = goal(strategy, "Cel", parent=area)
    action(strategy, operational)
    action(strategy, operational)
    confirm = coordinator_client.get(url("goal_delete", strategy, goal=area.pk))
    content = confirm.content.decode()
    assert confirm.status_code == 200
    assert "2 działania" in content and "1 cel" in content
    assert Goal.objects.count() == 2  # nothing deleted by looking
    coordinator_client.post(url("goal_delete", strategy, goal=area.pk))
    assert not Goal.objects.exists() and not Action.objects.exists()


def test_move_returns_the_tree_partial_for_htmx(coordinator_client, government):
    strategy = StrategyFactory(government=government)
    goal(strategy, "Pierwszy")
    second = goal(strategy, "Drugi")
    response = coordinator_client.post(
        url("goal_move", strategy, goal=second.pk), {"direction": "up"}, HTTP_HX_REQUEST="true"
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in content and 'id="tree"' in content
    assert content.index("Drugi") < content.index("Pierwszy")
    response = coordinator_client.post(
        url("goal_move", strategy, goal=second.pk), {"direction": "down"}
    )
    assert response.status_code == 302  # without JavaScript: back to the tree


def test_plan_filters_by_implementer_source_and_year(coordinator_client, government):
    strategy = StrategyFactory(government=government)
    pup = InstitutionFactory(government=government, short_name="PUP")
    ops = InstitutionFactory(government=government, short_name="MOPS")
    pfron = FinancingSource.objects.get(government=government, kind="pfron")
    operational = leaf_goal(strategy)
    action(
        strategy,
        operational,
        title="Staże zawodowe",
        implementers=[pup],
        year_from=2022,
        year_to=2023,
    )
    action(strategy, operational, title="Praca socjalna", implementers=[ops], sources=[pfron])
    plan = url("plan", strategy)
    by_pup = coordinator_client.get(plan, {"institution": pup.pk}).content.decode()
    assert "Staże zawodowe" in by_pup and "Praca socjalna" not in by_pup
    by_source = coordinator_client.get(plan, {"source": pfron.pk}).content.decode()
    assert "Praca socjalna" in by_source and "Staże zawodowe" not in by_source
    in_2025 = coordinator_client.get(plan, {"year": 2025}).content.decode()
    assert "Praca socjalna" in in_2025 and "Staże zawodowe" not in in_2025
    partial = coordinator_client.get(plan, {"year": 2022}, HTTP_HX_REQUEST="true")
    assert 'id="plan-results"' in partial.content.decode()
    assert "<html" not in partial.content.decode()


def test_plan_exports_xlsx_with_the_published_columns(coordinator_client, government):
    strategy = StrategyFactory(government=government)
    pup = InstitutionFactory(government=government, name="Powiatowy Urząd Pracy", short_name="PUP")
    ngo = InstitutionFactory(government=government, name="Stowarzyszenie Razem", short_name="")
    pfron = FinancingSource.objects.get(government=government, kind="pfron")
    area = goal(strategy, "Działania na rzecz osób niepełnosprawnych")
    operational = goal(strategy, "Rehabilitacja zawodowa", parent=area)
    action(
        strategy,
        operational,
        title="Finansowanie szkoleń osób niepełnosprawnych",
        implementers=[pup],
        partners=[ngo],
        sources=[pfron],
    )
    response = coordinator_client.get(url("plan_xlsx", strategy))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(BytesIO(response.content)).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    header = next(row for row in rows if row[0] == "Lp.")
    assert list(header) == [
        "Lp.",
        "Działanie",
        "Źródło finansowania",
        "Odpowiedzialny",
        "Partnerzy",
        "Okres realizacji",
        "Priorytet",
    ]
    assert [row[0] for row in rows if row[0] and str(row[0]).startswith("1. ")] == [
        "1. Działania na rzecz osób niepełnosprawnych"
    ]
    data = next(row for row in rows if row[0] == "1.1.1")
    assert list(data[1:6]) == [
        "Finansowanie szkoleń osób niepełnosprawnych",
        "PFRON",
        "Powiatowy Urząd Pracy (PUP)",
        "Stowarzyszenie Razem",
        "praca ciągła",
    ]


def test_history_shows_who_changed_what(coordinator_client, coordinator, government):
    strategy = StrategyFactory(government=government)
    area = goal(strategy, "Rodzina")
    coordinator_client.post(
        url("goal_edit", strategy, goal=area.pk), {"title": "Rodzina w kryzysie", "description": ""}
    )
    content = coordinator_client.get(url("goal_history", strategy, goal=area.pk)).content.decode()
    assert "Rodzina w kryzysie" in content
    assert coordinator.get_full_name() in content or coordinator.username in content
    feed = coordinator_client.get(url("strategy_history", strategy)).content.decode()
    assert "Rodzina w kryzysie" in feed
    coordinator_client.post(url("goal_delete", strategy, goal=area.pk))
    after = coordinator_client.get(url("goal_history", strategy, goal=area.pk))
    assert after.status_code == 200  # the history outlives the goal


def test_yearly_values_are_saved_from_the_form(coordinator_client, government):
    strategy = StrategyFactory(government=government)
    ind = indicator(strategy, leaf_goal(strategy), baseline_value=5, baseline_year=2020)
    response = coordinator_client.post(
        url("indicator_values", strategy, indicator=ind.pk),
        {"value_2021": "7", "value_2022": "8,5", "milestone_2025": "12"},
    )
    assert response.status_code == 302
    assert {v.year: str(v.value) for v in ind.values.all()} == {2021: "7.0000", 2022: "8.5000"}
    detail = coordinator_client.get(url("indicator_detail", strategy, indicator=ind.pk))
    assert "8,5" in detail.content.decode()


def test_financial_framework_sums_planned_amounts(coordinator_client, government):
    from decimal import Decimal

    from strategies import services

    strategy = StrategyFactory(government=government)
    pfron = FinancingSource.objects.get(government=government, kind="pfron")
    budget = FinancingSource.objects.get(government=government, kind="gmina_budget")
    operational = leaf_goal(strategy)
    first = action(strategy, operational, sources=[pfron, budget])
    second = action(strategy, operational, sources=[pfron])
    for act, amounts in (
        (first, {pfron: {2022: "1000"}, budget: {2022: "250.50", 2023: "300"}}),
        (second, {pfron: {2022: "500"}}),
    ):
        fundings = {f.source_id: f for f in act.fundings.all()}
        services.action_set_planned_amounts(
            action=act,
            amounts={
                (fundings[source.pk].pk, year): Decimal(value)
                for source, by_year in amounts.items()
                for year, value in by_year.items()
            },
        )
    content = coordinator_client.get(url("framework", strategy)).content.decode()
    assert "1500,00" in content.replace("\xa0", "").replace(" ", "")  # PFRON 2022
    assert "2050,50" in content.replace("\xa0", "").replace(" ", "")  # grand total


def test_indicators_can_be_reordered(coordinator_client, government):
    strategy = StrategyFactory(government=government)
    operational = leaf_goal(strategy)
    indicator(strategy, operational, name="Pierwszy wskaźnik")
    second = indicator(strategy, operational, name="Drugi wskaźnik")
    response = coordinator_client.post(
        url("indicator_move", strategy, indicator=second.pk), {"direction": "up"}, follow=True
    )
    assert response.redirect_chain[0][0].startswith(
        url("goal_detail", strategy, goal=operational.pk)
    )
    content = response.content.decode()
    assert content.index("Drugi wskaźnik") < content.index("Pierwszy wskaźnik")


def test_a_non_numeric_id_in_the_address_is_not_found(coordinator_client, government):
    strategy = StrategyFactory(government=government)
    for query in ("?parent=abc", "?parent=1.5"):
        assert coordinator_client.get(url("goal_create", strategy) + query).status_code == 404
    assert coordinator_client.get(url("action_create", strategy) + "?goal=x").status_code == 404
    assert (
        coordinator_client.get(url("indicator_create", strategy) + "?action=x").status_code == 404
    )


def test_xlsx_never_turns_user_text_into_a_formula(coordinator_client, government):
    strategy = StrategyFactory(government=government)
    evil = InstitutionFactory(government=government, name="=1+2", short_name="")
    action(strategy, title='=HYPERLINK("http://example.org","klik")', implementers=[evil])
    response = coordinator_client.get(url("plan_xlsx", strategy))
    sheet = load_workbook(BytesIO(response.content)).active
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value]
    texts = {cell.value: cell.data_type for cell in cells}
    assert texts['=HYPERLINK("http://example.org","klik")'] == "s"
    assert texts["=1+2"] == "s"


def test_history_survives_deleted_related_rows_and_shows_moves(coordinator_client, government):
    from strategies import services

    strategy = StrategyFactory(government=government)
    old_home, new_home = leaf_goal(strategy), leaf_goal(strategy)
    act = action(strategy, old_home)
    act.goal = new_home
    services.action_save(action=act, implementers=[p.institution for p in act.implementers()])
    services.goal_delete(goal=old_home.parent)  # the area of the old goal goes, with it
    leaf_goal(strategy)
    assert services.goal_move(goal=new_home.parent, direction="down")
    response = coordinator_client.get(url("strategy_history", strategy))
    assert response.status_code == 200
    content = response.content.decode()
    assert f"#{old_home.pk} (usunięty)" in content  # the action's old goal, since deleted
    assert "przesunięto" in content.lower()
    action_history = coordinator_client.get(url("action_history", strategy, action=act.pk))
    assert action_history.status_code == 200


def test_sources_reorder_and_show_their_history(coordinator_client, government):
    sources = list(FinancingSource.objects.filter(government=government).order_by("position"))
    base = {"government": government.slug}
    coordinator_client.post(
        reverse("source_move", kwargs={**base, "source": sources[1].pk}), {"direction": "up"}
    )
    order = list(FinancingSource.objects.filter(government=government).order_by("position"))
    assert order[:2] == [sources[1], sources[0]]
    history = coordinator_client.get(
        reverse("source_history", kwargs={**base, "source": sources[1].pk})
    )
    assert "przesunięto" in history.content.decode()


def test_filter_by_role_of_the_institution(coordinator_client, government):
    strategy = StrategyFactory(government=government)
    pup = InstitutionFactory(government=government)
    other = InstitutionFactory(government=government)
    operational = leaf_goal(strategy)
    action(strategy, operational, title="PUP realizuje", implementers=[pup])
    action(strategy, operational, title="PUP wspiera", implementers=[other], partners=[pup])
    plan = url("plan", strategy)
    either = coordinator_client.get(plan, {"institution": pup.pk}).content.decode()
    assert "PUP realizuje" in either and "PUP wspiera" in either
    as_partner = coordinator_client.get(plan, {"institution": pup.pk, "role": "partner"})
    assert "PUP wspiera" in as_partner.content.decode()
    assert "PUP realizuje" not in as_partner.content.decode()


def test_value_notes_are_saved_and_need_a_value(coordinator_client, government):
    strategy = StrategyFactory(government=government)
    ind = indicator(strategy, leaf_goal(strategy))
    bad = coordinator_client.post(
        url("indicator_values", strategy, indicator=ind.pk), {"note_2022": "bez wartości"}
    )
    assert bad.status_code == 200 and not ind.values.exists()
    coordinator_client.post(
        url("indicator_values", strategy, indicator=ind.pk),
        {"value_2022": "12", "note_2022": "dane z MOPS"},
    )
    assert ind.values.get().note == "dane z MOPS"


def test_a_goal_can_move_under_another_parent(coordinator_client, government):
    strategy = StrategyFactory(government=government)
    family, work = goal(strategy, "Rodzina"), goal(strategy, "Praca")
    moving = goal(strategy, "Wsparcie", parent=family)
    action(strategy, moving, title="Asystent rodziny")
    page = coordinator_client.get(url("goal_edit", strategy, goal=moving.pk)).content.decode()
    assert "2. Praca" in page
    coordinator_client.post(
        url("goal_edit", strategy, goal=moving.pk),
        {"title": "Wsparcie", "description": "", "parent": work.pk},
    )
    moving.refresh_from_db()
    assert moving.parent == work and moving.actions.count() == 1
    page = coordinator_client.get(url("strategy_detail", strategy)).content.decode()
    tree = page[page.index('id="tree"') :]
    assert tree.index("Praca") < tree.index("Wsparcie") < tree.index("Asystent rodziny")
    top = coordinator_client.get(url("goal_edit", strategy, goal=family.pk)).content.decode()
    assert 'name="parent"' not in top

"""Freezing versions and comparing them after real changes to a strategy."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils.translation import gettext

from governments.tests.factories import InstitutionFactory
from strategies import services as strategy_services
from strategies.models import Action, FinancingSource, Indicator
from strategies.tests.factories import StrategyFactory, action, goal, indicator
from versions.compare import compare
from versions.models import StrategyVersion
from versions.selectors import snapshot_tree, strategy_snapshot
from versions.services import version_freeze, version_update_note

pytestmark = pytest.mark.django_db

SNAPSHOT_QUERIES = 13


def build_strategy(government):
    """Four areas (Obszar / Cel operacyjny / Działanie) with actions and indicators."""
    strategy = StrategyFactory(government=government, title="Strategia 2021–2030")
    mops = InstitutionFactory(government=government, name="MOPS")
    pup = InstitutionFactory(government=government, name="PUP")
    family = goal(strategy, "Rodzina")
    support = goal(strategy, "Wsparcie rodzin", parent=family)
    care = goal(strategy, "Piecza zastępcza", parent=family)
    elderly = goal(strategy, "Seniorzy")
    clubs = goal(strategy, "Aktywni seniorzy", parent=elderly)
    homeless = goal(strategy, "Bezdomność")
    shelter = goal(strategy, "Schronienie", parent=homeless)
    disability = goal(strategy, "Niepełnosprawność")
    access = goal(strategy, "Dostępność", parent=disability)
    social_work = action(
        strategy, support, title="Praca socjalna z rodzinami", implementers=[mops], partners=[pup]
    )
    foster = action(strategy, care, title="Rodziny zastępcze", implementers=[mops])
    club = action(strategy, clubs, title="Kluby seniora", implementers=[mops])
    night = action(strategy, shelter, title="Noclegownia", implementers=[mops])
    return {
        "strategy": strategy,
        "family": family,
        "care": care,
        "elderly": elderly,
        "homeless": homeless,
        "shelter": shelter,
        "disability": disability,
        "access": access,
        "social_work": social_work,
        "foster": foster,
        "club": club,
        "night": night,
        "families": indicator(
            strategy,
            social_work,
            name="Rodziny objęte pracą socjalną",
            baseline_value=Decimal("20"),
            baseline_year=2020,
            target_value=Decimal("30"),
            target_year=2030,
        ),
        "seniors": indicator(strategy, club, name="Uczestnicy klubów", unit="osoby"),
        "beds": indicator(strategy, night, name="Miejsca w noclegowni"),
        "shelter_goal": indicator(strategy, shelter, name="Osoby wychodzące z bezdomności"),
        "homeless_area": indicator(strategy, homeless, name="Osoby bezdomne"),
    }


def test_a_version_freezes_the_whole_strategy(government):
    world = build_strategy(government)
    strategy = world["strategy"]
    pfron = FinancingSource.objects.get(government=government, kind="pfron")
    strategy_services.action_save(
        action=Action.objects.get(pk=world["club"].pk),
        implementers=list(world["club"].institutions.all()),
        sources=[pfron],
        priorities={2024: "important", 2025: "very_important"},
    )
    funding = world["club"].fundings.get()
    strategy_services.action_set_planned_amounts(
        action=world["club"], amounts={(funding.pk, 2024): Decimal("1250.50")}
    )

    version = version_freeze(strategy=strategy, kind="draft", note="Na zespół", user=None)

    snapshot = version.snapshot
    assert version.number == 1
    assert snapshot["strategy"]["title"] == "Strategia 2021–2030"
    assert [level["name"] for level in snapshot["levels"]] == [
        "Obszar",
        "Cel operacyjny",
        "Działanie",
    ]
    assert [(g["number"], g["title"]) for g in snapshot["goals"]][:3] == [
        ("1", "Rodzina"),
        ("1.1", "Wsparcie rodzin"),
        ("1.2", "Piecza zastępcza"),
    ]
    social_work = next(a for a in snapshot["actions"] if a["pk"] == world["social_work"].pk)
    assert social_work["number"] == "1.1.1"
    assert social_work["goal"] == world["social_work"].goal_id
    assert social_work["implementers"] == ["MOPS"]
    assert social_work["partners"] == ["PUP"]
    assert social_work["period"] == {"continuous": True, "year_from": None, "year_to": None}
    club = next(a for a in snapshot["actions"] if a["pk"] == world["club"].pk)
    assert club["financing"] == [{"source": pfron.name, "amounts": {"2024": "1250.5"}}]
    assert club["priorities"] == {"2024": "important", "2025": "very_important"}
    families = next(i for i in snapshot["indicators"] if i["pk"] == world["families"].pk)
    assert families["action"] == world["social_work"].pk and families["goal"] is None
    assert (families["baseline_value"], families["target_value"]) == ("20", "30")
    assert families["target_year"] == 2030
    assert len(snapshot["indicators"]) == 5


def test_the_snapshot_tree_is_sections_goals_actions_indicators(government):
    world = build_strategy(government)
    tree = snapshot_tree(strategy_snapshot(world["strategy"]))
    assert [section.title for section in tree.sections] == [
        "Rodzina",
        "Seniorzy",
        "Bezdomność",
        "Niepełnosprawność",
    ]
    homeless = tree.sections[2]
    assert [i["name"] for i in homeless.indicators] == ["Osoby bezdomne"]
    shelter = homeless.goals[0]
    assert (shelter.number, shelter.level) == ("3.1", "Cel operacyjny")
    night = shelter.actions[0]
    assert (night.number, night.title, night.level) == ("3.1.1", "Noclegownia", "Działanie")
    assert [i["name"] for i in night.indicators] == ["Miejsca w noclegowni"]


def test_snapshot_reads_a_fixed_number_of_queries(government, other_government):
    small = build_strategy(government)["strategy"]
    big = build_strategy(other_government)["strategy"]
    for n in range(5):
        area = goal(big, f"Obszar {n}")
        for m in range(3):
            operational = goal(big, f"Cel {n}.{m}", parent=area)
            indicator(big, operational)
            for k in range(3):
                indicator(big, action(big, operational, title=f"Działanie {n}.{m}.{k}"))
    counts = []
    for strategy in (small, big):
        with CaptureQueriesContext(connection) as captured:
            strategy_snapshot(strategy)
        counts.append(len(captured))
    assert counts == [SNAPSHOT_QUERIES, SNAPSHOT_QUERIES]


def test_versions_are_numbered_one_after_another_per_strategy(government):
    strategy = StrategyFactory(government=government)
    other = StrategyFactory(government=government)
    numbers = [version_freeze(strategy=strategy, kind="draft", note="").number for _ in range(3)]
    assert numbers == [1, 2, 3]
    assert version_freeze(strategy=other, kind="draft", note="").number == 1


def test_an_adopted_version_needs_the_resolution(government):
    strategy = StrategyFactory(government=government)
    with pytest.raises(ValidationError) as error:
        version_freeze(strategy=strategy, kind="adopted", note="")
    assert {"resolution_number", "resolution_date"} <= set(error.value.error_dict)
    with pytest.raises(ValidationError):
        version_freeze(strategy=strategy, kind="adopted", note="", resolution_number="XII/1/2024")
    assert not StrategyVersion.objects.exists()
    version = version_freeze(
        strategy=strategy,
        kind="adopted",
        note="",
        resolution_number="XII/1/2024",
        resolution_date=datetime.date(2024, 5, 30),
    )
    assert version.number == 1  # the refused attempts took no number


def test_a_draft_has_no_resolution(government):
    strategy = StrategyFactory(government=government)
    with pytest.raises(ValidationError):
        version_freeze(strategy=strategy, kind="draft", note="", resolution_number="XII/1/2024")
    draft = version_freeze(strategy=strategy, kind="draft", note="Projekt aktualizacji 2026")
    assert draft.resolution_number == ""  # an amendment before the vote is a draft


def test_an_amendment_needs_the_resolution_like_an_adopted_version(government):
    # the portal shows the latest adopted version or amendment as the adopted text
    strategy = StrategyFactory(government=government)
    with pytest.raises(ValidationError) as error:
        version_freeze(strategy=strategy, kind="amendment", note="Aktualizacja 2026")
    assert {"resolution_number", "resolution_date"} <= set(error.value.error_dict)
    with pytest.raises(ValidationError) as error:
        version_freeze(strategy=strategy, kind="amendment", resolution_number="XII/2/2026")
    assert set(error.value.error_dict) == {"resolution_date"}
    assert not StrategyVersion.objects.exists()
    amendment = version_freeze(
        strategy=strategy,
        kind="amendment",
        resolution_number="XII/2/2026",
        resolution_date=datetime.date(2026, 3, 26),
    )
    assert amendment.number == 1


def test_the_database_refuses_an_amendment_without_its_resolution(government):
    strategy = StrategyFactory(government=government)
    with pytest.raises(IntegrityError), transaction.atomic():
        StrategyVersion.objects.create(
            strategy=strategy, number=1, kind="amendment", snapshot=strategy_snapshot(strategy)
        )


def test_a_version_does_not_change_with_the_strategy(government):
    world = build_strategy(government)
    version = version_freeze(strategy=world["strategy"], kind="consultation", note="")
    frozen = version.snapshot
    strategy_services.goal_update(goal=world["family"], title="Rodzina i dzieci", description="")
    strategy_services.action_delete(action=world["night"])
    version.refresh_from_db()
    assert version.snapshot == frozen
    assert version.snapshot["goals"][0]["title"] == "Rodzina"


def test_only_the_label_and_note_of_a_version_may_be_edited(government, coordinator):
    world = build_strategy(government)
    version = version_freeze(
        strategy=world["strategy"], kind="draft", note="Stara notatka", user=coordinator
    )
    frozen = version.snapshot
    version.snapshot = {"tampered": True}  # an attempt through the note service is ignored
    version_update_note(version=version, label="Po zespole", note="Nowa notatka")
    version.refresh_from_db()
    assert (version.label, version.note) == ("Po zespole", "Nowa notatka")
    assert version.snapshot == frozen
    assert version.created_by == coordinator
    assert version.history.count() == 2  # frozen, then the note


def test_comparison_reports_exactly_the_real_changes(government):
    world = build_strategy(government)
    strategy = world["strategy"]
    first = version_freeze(strategy=strategy, kind="consultation", note="")

    # (a) move a goal under another parent: "Piecza zastępcza" 1.2 → 2.2 under Seniorzy
    strategy_services.goal_update(
        goal=world["care"], title="Piecza zastępcza", description="", parent=world["elderly"]
    )
    # (b) reword an action
    club = Action.objects.get(pk=world["club"].pk)
    club.title = "Kluby seniora w każdej dzielnicy"
    strategy_services.action_save(action=club, implementers=list(club.institutions.all()))
    # (c) change an indicator's target
    families = Indicator.objects.get(pk=world["families"].pk)
    families.target_value = Decimal("40")
    strategy_services.indicator_save(indicator=families)
    # (d) delete a section: the third area with its goal, action and three indicators
    gone = {name: world[name].pk for name in ("homeless", "night", "beds", "shelter_goal")}
    gone["homeless_area"] = world["homeless_area"].pk
    strategy_services.goal_delete(goal=world["homeless"])
    # (e) add an action with an indicator under Dostępność (now 3.1)
    ramps = action(strategy, world["access"], title="Likwidacja barier")
    indicator(strategy, ramps, name="Budynki bez barier")

    second = version_freeze(strategy=strategy, kind="draft", note="")
    result = compare(first.snapshot, second.snapshot)

    assert result.strategy == []
    # goals: one moved, two removed, none added or otherwise changed
    assert [c.pk for c in result.goals.changed] == [world["care"].pk]
    moved = result.goals.changed[0]
    assert moved.moved and moved.changed_fields == ["place"]
    assert (moved.old.number, moved.new.number) == ("1.2", "2.2")
    assert "Rodzina" in moved.change_of("place").old
    assert "Seniorzy" in moved.change_of("place").new
    assert {e.pk for e in result.goals.removed} == {gone["homeless"], world["shelter"].pk}
    assert result.goals.added == []
    # the area after the deleted one and its goal are only renumbered, not changed
    assert {(c.old.number, c.new.number) for c in result.goals.renumbered} == {
        ("4", "3"),
        ("4.1", "3.1"),
    }
    assert result.goals.unchanged == 6
    # actions: one reworded, one removed with its section, one added
    assert [c.pk for c in result.actions.changed] == [world["club"].pk]
    title = result.actions.changed[0].change_of("title")
    assert result.actions.changed[0].changed_fields == ["title"]
    assert (title.old_value, title.new_value) == (
        "Kluby seniora",
        "Kluby seniora w każdej dzielnicy",
    )
    assert not result.actions.changed[0].moved
    assert [e.pk for e in result.actions.removed] == [gone["night"]]
    assert [e.pk for e in result.actions.added] == [ramps.pk]
    assert [(c.old.number, c.new.number) for c in result.actions.renumbered] == [
        ("1.2.1", "2.2.1")  # the action of the moved goal went with it
    ]
    # indicators: one target changed, the three of the deleted section removed, one added
    assert [c.pk for c in result.indicators.changed] == [world["families"].pk]
    target = result.indicators.changed[0].change_of("target_value")
    assert result.indicators.changed[0].changed_fields == ["target_value"]
    assert (target.old_value, target.new_value) == ("30", "40")
    assert {e.pk for e in result.indicators.removed} == {
        gone["beds"],
        gone["shelter_goal"],
        gone["homeless_area"],
    }
    assert [e.title for e in result.indicators.added] == ["Budynki bez barier"]
    assert result.indicators.unchanged == 1


def test_a_change_to_a_chapter_of_the_document_is_reported(government):
    world = build_strategy(government)
    strategy = world["strategy"]
    strategy_services.strategy_update(
        strategy=strategy, legal_basis="Art. 16b ustawy o pomocy społecznej."
    )
    first = version_freeze(strategy=strategy, kind="draft", note="")
    assert first.snapshot["format"] == 2
    assert first.snapshot["strategy"]["legal_basis"] == "Art. 16b ustawy o pomocy społecznej."
    strategy_services.strategy_update(
        strategy=strategy,
        legal_basis="Art. 16b i art. 17 ust. 1 pkt 1 ustawy o pomocy społecznej.",
    )
    second = version_freeze(strategy=strategy, kind="draft", note="")
    result = compare(first.snapshot, second.snapshot)
    assert [change.field for change in result.strategy] == ["legal_basis"]
    change = result.strategy[0]
    assert change.label == gettext("legal basis")
    assert [s.text for s in change.new_segments if s.changed] == [" i art. 17 ust. 1 pkt 1"]


def test_comparison_with_the_current_working_state(government):
    world = build_strategy(government)
    version = version_freeze(strategy=world["strategy"], kind="draft", note="")
    assert compare(version.snapshot, strategy_snapshot(world["strategy"])).identical
    strategy_services.strategy_update(strategy=world["strategy"], mission="Godne życie")
    result = compare(version.snapshot, strategy_snapshot(world["strategy"]))
    assert [change.field for change in result.strategy] == ["mission"]

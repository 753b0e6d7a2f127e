"""compare() on hand-made snapshots: no database."""

import copy
import random
import time

import pytest
from django.utils.translation import gettext

from core.diff import DiffBudget
from versions.compare import Segment, compare, word_diff


def snapshot() -> dict:
    return {
        "format": 1,
        "strategy": {
            "pk": 1,
            "title": "Strategia",
            "year_from": 2021,
            "year_to": 2030,
            "status": "draft",
            "mission": "Pomoc",
            "vision": "",
            "resolution_number": "",
            "resolution_date": None,
        },
        "levels": [
            {"depth": 1, "name": "Obszar"},
            {"depth": 2, "name": "Cel"},
            {"depth": 3, "name": "Działanie"},
        ],
        "goals": [
            _goal(1, "1", None, 1, 0, "Rodzina"),
            _goal(2, "1.1", 1, 2, 0, "Wsparcie"),
            _goal(3, "1.2", 1, 2, 1, "Piecza"),
            _goal(4, "1.3", 1, 2, 2, "Przemoc"),
            _goal(5, "2", None, 1, 1, "Seniorzy"),
        ],
        "actions": [
            _action(10, "1.1.1", 2, 0, "Praca socjalna"),
            _action(11, "1.1.2", 2, 1, "Asystent rodziny"),
        ],
        "indicators": [
            {
                "pk": 20,
                "goal": None,
                "action": 10,
                "name": "Rodziny",
                "unit": "rodziny",
                "baseline_value": "20",
                "baseline_year": 2020,
                "target_value": "30",
                "target_year": 2030,
                "target_description": "",
                "direction": "up",
                "frequency": "yearly",
                "data_source": "OPS",
                "responsible": "MOPS",
                "milestones": {"2025": "25"},
            }
        ],
    }


def _goal(pk, number, parent, depth, position, title) -> dict:
    return {
        "pk": pk,
        "number": number,
        "parent": parent,
        "depth": depth,
        "level": "Obszar" if depth == 1 else "Cel",
        "position": position,
        "title": title,
        "description": "",
    }


def _action(pk, number, goal, position, title) -> dict:
    return {
        "pk": pk,
        "number": number,
        "goal": goal,
        "position": position,
        "title": title,
        "description": "",
        "period": {"continuous": True, "year_from": None, "year_to": None},
        "implementers": ["MOPS"],
        "partners": [],
        "financing": [{"source": "Budżet gminy", "amounts": {"2024": "1000"}}],
        "priorities": {"2024": "important"},
    }


def _goal_of(snap, pk) -> dict:
    return next(g for g in snap["goals"] if g["pk"] == pk)


def _action_of(snap, pk) -> dict:
    return next(a for a in snap["actions"] if a["pk"] == pk)


def test_identical_snapshots_have_no_differences():
    result = compare(snapshot(), snapshot())
    assert result.identical
    assert (result.goals.unchanged, result.actions.unchanged, result.indicators.unchanged) == (
        5,
        2,
        1,
    )


def test_added_and_removed_elements_are_matched_by_pk():
    old, new = snapshot(), snapshot()
    new["goals"] = [g for g in new["goals"] if g["pk"] != 5]
    new["goals"].append(_goal(6, "2", None, 1, 1, "Seniorzy"))  # same title, new element
    result = compare(old, new)
    assert [e.pk for e in result.goals.removed] == [5]
    assert [e.pk for e in result.goals.added] == [6]
    assert result.goals.changed == []


def test_field_changes_carry_old_and_new_values_with_labels():
    old, new = snapshot(), snapshot()
    action = _action_of(new, 10)
    action["period"] = {"continuous": False, "year_from": 2022, "year_to": 2024}
    action["partners"] = ["PUP"]
    action["financing"][0]["amounts"]["2024"] = "1500.5"
    action["priorities"]["2025"] = "very_important"
    result = compare(old, new)
    change = result.actions.changed[0]
    assert change.changed_fields == ["period", "partners", "financing", "priorities"]
    period = change.change_of("period")
    assert period.label == gettext("period")  # translated by the lead into locale/pl
    assert (period.old, period.new) == ("praca ciągła", "2022–2024")
    assert change.change_of("partners").old == "—"
    assert change.change_of("financing").new == "Budżet gminy (2024: 1\xa0500,5)"
    assert "bardzo ważne" in change.change_of("priorities").new
    assert not change.moved


def test_indicator_changes_and_a_move_to_another_owner():
    old, new = snapshot(), snapshot()
    indicator = new["indicators"][0]
    indicator["target_value"] = "35.5"
    indicator["direction"] = "down"
    indicator["action"] = 11
    result = compare(old, new)
    change = result.indicators.changed[0]
    assert change.moved
    assert change.changed_fields == ["place", "target_value", "direction"]
    assert change.change_of("target_value").new == "35,5"
    assert change.change_of("direction").new == "im mniej, tym lepiej"
    assert change.change_of("place").old == "1.1.1 Praca socjalna"
    assert change.change_of("place").new == "1.1.2 Asystent rodziny"


def test_a_goal_moved_to_another_parent_is_moved_and_its_children_renumbered():
    old, new = snapshot(), snapshot()
    moved = _goal_of(new, 2)
    moved.update(parent=5, number="2.1", position=0)
    for pk, number, position in ((3, "1.1", 0), (4, "1.2", 1)):
        _goal_of(new, pk).update(number=number, position=position)
    _action_of(new, 10)["number"] = "2.1.1"
    _action_of(new, 11)["number"] = "2.1.2"
    result = compare(old, new)
    assert [c.pk for c in result.goals.changed] == [2]
    assert result.goals.changed[0].moved
    assert {c.pk for c in result.goals.renumbered} == {3, 4}  # moved up a place, not moved
    assert result.actions.changed == []
    assert {c.pk for c in result.actions.renumbered} == {10, 11}


def test_a_change_of_order_among_siblings_is_a_move_of_the_one_that_moved():
    old, new = snapshot(), snapshot()
    # "Przemoc" goes first: 1.3 → 1.1; the other two keep their order and are renumbered
    for pk, number, position in ((4, "1.1", 0), (2, "1.2", 1), (3, "1.3", 2)):
        _goal_of(new, pk).update(number=number, position=position)
    result = compare(old, new)
    assert [c.pk for c in result.goals.changed] == [4]
    assert result.goals.changed[0].moved
    assert {c.pk for c in result.goals.renumbered} == {2, 3}


def test_the_strategys_own_fields():
    old, new = snapshot(), copy.deepcopy(snapshot())
    new["strategy"]["year_to"] = 2031
    new["strategy"]["mission"] = "Pomoc i wsparcie"
    new["levels"][1]["name"] = "Cel operacyjny"
    result = compare(old, new)
    assert [c.field for c in result.strategy] == ["period", "mission", "levels"]
    period, mission, levels = result.strategy
    assert (period.old, period.new) == ("2021–2030", "2021–2031")
    assert levels.new == "Obszar / Cel operacyjny / Działanie"
    assert [(s.text, s.changed) for s in mission.new_segments] == [
        ("Pomoc", False),
        (" i wsparcie", True),
    ]
    assert not result.identical


def test_an_old_snapshot_without_the_chapters_compares_cleanly_with_a_new_one():
    old = snapshot()  # format 1: no chapters of the document
    new = copy.deepcopy(old)
    new["format"] = 2
    new["strategy"].update(
        introduction="", legal_basis="", implementation_system="", monitoring_system=""
    )
    assert compare(old, new).identical
    new["strategy"]["monitoring_system"] = "Raport co roku."
    result = compare(old, new)
    assert [c.field for c in result.strategy] == ["monitoring_system"]
    assert (result.strategy[0].old, result.strategy[0].new) == ("—", "Raport co roku.")


def test_word_diff_marks_only_the_changed_words():
    before, after = word_diff("Kluby seniora w gminie", "Kluby seniora w każdej dzielnicy")
    assert [s.text for s in before if s.changed] == ["gminie"]
    assert [s.text for s in after if s.changed] == ["każdej dzielnicy"]
    assert "".join(s.text for s in after) == "Kluby seniora w każdej dzielnicy"


# Texts that made difflib's word diff take cubic time: only the spaces between the words
# match, so the matcher finds one space at a time (2 KB took 37 s, 4 KB over a minute).
def _repeated(size: int, word: str) -> str:
    return (f"{word} " * (size // (len(word) + 1) + 1))[:size]


def _random_words(size: int, vocabulary: list[str], seed: int) -> str:
    rng = random.Random(seed)  # noqa: S311 (test data, not secrets)
    words, length = [], 0
    while length < size:
        words.append(rng.choice(vocabulary))
        length += len(words[-1]) + 1
    return " ".join(words)[:size]


_SMALL = ["i", "w", "na", "z"]
_LARGE = [f"słowo{n}" for n in range(5000)]
ADVERSARIAL = {
    "one word repeated against another": lambda n: (_repeated(n, "a"), _repeated(n, "b")),
    "one word against two alternating": lambda n: (_repeated(n, "a"), _repeated(n, "a b")),
    "random words of a small vocabulary": lambda n: (
        _random_words(n, _SMALL, 1),
        _random_words(n, _SMALL, 2),
    ),
    "random words different everywhere": lambda n: (
        _random_words(n, _LARGE, 1),
        _random_words(n, _LARGE, 2),
    ),
}


@pytest.mark.parametrize("size", [4_000, 100_000], ids=["4 KB", "100 KB"])
@pytest.mark.parametrize("case", ADVERSARIAL)
def test_long_adversarial_texts_are_compared_in_well_under_a_second(case, size):
    old_text, new_text = ADVERSARIAL[case](size)
    old, new = snapshot(), snapshot()
    for pk in (1, 2, 3, 4, 5):  # five descriptions on one page, each adversarial
        _goal_of(old, pk)["description"] = old_text
        _goal_of(new, pk)["description"] = new_text

    # CPU time of this process: the bound is on the work done, not on how busy the machine
    # is with other processes (a parallel test run, a build)
    started = time.process_time()
    result = compare(old, new)
    elapsed = time.process_time() - started

    assert elapsed < 1, f"{elapsed:.2f} s of CPU"
    assert len(result.goals.changed) == 5
    for change in result.goals.changed:
        description = change.change_of("description")
        # whether compared word by word or shown whole, both texts are there in full
        assert "".join(s.text for s in description.old_segments) == old_text
        assert "".join(s.text for s in description.new_segments) == new_text


def test_a_text_too_costly_to_compare_word_by_word_is_shown_changed_as_a_whole():
    old_text, new_text = _repeated(4_000, "a"), _repeated(4_000, "b")
    assert word_diff(old_text, new_text) is None  # too costly word by word

    old, new = snapshot(), snapshot()
    _goal_of(old, 2)["description"] = old_text
    _goal_of(new, 2)["description"] = new_text
    _goal_of(new, 3)["description"] = "Piecza zastępcza"  # short: still word by word
    result = compare(old, new)
    long_change = result.goals.changed[0].change_of("description")
    short_change = result.goals.changed[1].change_of("description")
    assert long_change.whole and not short_change.whole
    assert (long_change.old, long_change.new) == (old_text, new_text)
    assert long_change.old_segments == [Segment(old_text, changed=True)]
    assert long_change.new_segments == [Segment(new_text, changed=True)]


def test_a_long_text_with_a_small_change_is_still_compared_word_by_word():
    text = _random_words(100_000, _LARGE, 1)
    cut = text.index(" ", 50_000)
    edited = text[:cut] + " nowe słowa" + text[cut:]
    before, after = word_diff(text, edited)
    assert [s.text for s in before if s.changed] == []
    assert [s.text for s in after if s.changed] == ["nowe słowa "]


def test_once_a_comparison_has_spent_its_budget_every_change_is_still_told(monkeypatch):
    monkeypatch.setattr("versions.compare.DiffBudget", lambda: DiffBudget(0))
    old, new = snapshot(), snapshot()
    new["strategy"]["mission"] = "Pomoc i wsparcie"
    for pk, number, position in ((4, "1.1", 0), (2, "1.2", 1), (3, "1.3", 2)):
        _goal_of(new, pk).update(number=number, position=position)
    result = compare(old, new)
    assert result.strategy[0].whole
    assert result.strategy[0].new_segments == [Segment("Pomoc i wsparcie", changed=True)]
    # without the longest run kept in order, every sibling whose place changed has moved
    assert {c.pk for c in result.goals.changed if c.moved} == {2, 3, 4}

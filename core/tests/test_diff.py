"""core.diff: difflib's answer within a bounded amount of work, None beyond it."""

import difflib
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core import diff
from core.diff import DIFF_LIMIT, DiffBudget, opcodes

WORDS = st.lists(st.sampled_from(["a", "b", "c", "seniora", "w", " ", "  "]), max_size=40)


@given(WORDS, WORDS)
def test_ordinary_sequences_get_exactly_difflibs_answer(a, b):
    expected = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    assert opcodes(a, b) == expected


def _apply(steps, a, b) -> list:
    """Turn a into b by the opcodes: they must describe every item exactly once."""
    result = []
    a_end = b_end = 0
    for tag, a1, a2, b1, b2 in steps:
        assert (a1, b1) == (a_end, b_end)
        a_end, b_end = a2, b2
        if tag == "equal":
            assert a[a1:a2] == b[b1:b2]
            result.extend(a[a1:a2])
        else:
            result.extend(b[b1:b2])
    assert (a_end, b_end) == (len(a), len(b))
    return result


@given(WORDS, WORDS)
def test_the_anchored_way_for_long_texts_describes_a_valid_edit(a, b):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(diff, "PLAIN_STEPS", 0)  # as if the matcher alone took too long
        steps = opcodes(a, b)
    assert _apply(steps, a, b) == b


def test_a_long_text_with_edits_all_over_it_is_still_compared_item_by_item():
    words = [f"słowo{n}" if n % 3 else "i" for n in range(10_000)]  # ~90 KB
    edited = list(words)
    for position in range(250, 10_000, 500):  # twenty edits, far apart
        edited[position] = "nowe"
    a, b = re.split(r"(\s+)", " ".join(words)), re.split(r"(\s+)", " ".join(edited))
    steps = opcodes(a, b)
    assert steps is not None
    assert _apply(steps, a, b) == b
    assert sum(1 for step in steps if step[0] == "replace") == 20


def test_a_comparison_beyond_its_limit_gives_up_and_charges_the_budget():
    a, b = ["a", " "] * 2_000, ["b", " "] * 2_000  # only the spaces match
    budget = DiffBudget(10 * DIFF_LIMIT)
    assert opcodes(a, b, budget=budget) is None
    spent = 10 * DIFF_LIMIT - budget.remaining
    assert 0 < spent <= DIFF_LIMIT


def test_once_the_budget_is_spent_even_a_small_comparison_gives_up():
    budget = DiffBudget(100)
    assert opcodes(["a", "b"], ["a", "c"], budget=budget) is not None
    budget.remaining = 0
    assert opcodes(["a", "b"], ["a", "c"], budget=budget) is None

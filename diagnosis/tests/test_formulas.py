import pytest
from django.core.exceptions import ValidationError
from hypothesis import given
from hypothesis import strategies as st

from diagnosis.formulas import parse


def test_a_formula_lists_what_it_needs_and_evaluates():
    formula = parse("L_blue_cards / v72305 * 1000")
    assert formula.bdl_variables == {72305} and formula.local_codes == {"blue_cards"}
    assert formula.evaluate({"L_blue_cards": 30, "v72305": 12000}) == pytest.approx(2.5)


def test_missing_figures_and_zero_divisors_give_no_value():
    formula = parse("(v10514 - v10515) / v152 * 100")
    assert formula.evaluate({"v10514": 10, "v152": 100}) is None
    assert formula.evaluate({"v10514": 10, "v10515": 4, "v152": 0}) is None
    assert formula.evaluate({"v10514": 10, "v10515": 4, "v152": 200}) == pytest.approx(3.0)


@pytest.mark.parametrize(
    "text",
    [
        "__import__('os').system('ls')",
        "v1.real",
        "open",
        "v1 ** 2",
        "v1 if v2 else v3",
        "'text'",
        "v1 +",
        "100",
        "True + v1",
    ],
)
def test_anything_but_arithmetic_over_figures_is_refused(text):
    with pytest.raises(ValidationError):
        parse(text)


@given(
    a=st.floats(min_value=-1e9, max_value=1e9, allow_nan=False),
    b=st.floats(min_value=-1e9, max_value=1e9, allow_nan=False),
)
def test_evaluation_matches_python_arithmetic(a, b):
    formula = parse("(v1 + v2) * 2 - v1 / 4")
    assert formula.evaluate({"v1": a, "v2": b}) == pytest.approx((a + b) * 2 - a / 4)

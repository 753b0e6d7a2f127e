"""The judgement of indicators: examples for each status and direction, then properties."""

from decimal import Decimal
from itertools import pairwise

import pytest
from django.utils.translation import override
from hypothesis import assume, event, given, settings
from hypothesis import strategies as st

from monitoring.classification import Plan, Status, judge

D = Decimal


def j(direction="up", baseline=100, baseline_year=2020, target=200, target_year=2030, **kw):
    kw.setdefault("milestones", {})
    kw.setdefault("values", {})
    return judge(
        direction=direction,
        baseline_value=baseline,
        baseline_year=baseline_year,
        target_value=target,
        target_year=target_year,
        **kw,
    )


# Examples: a rising indicator from 100 (2020) to 200 (2030): 150 is expected in 2025, the
# at-risk band is 10 (10% of the way).


@pytest.mark.parametrize(
    ("value", "status"),
    [
        (200, Status.ACHIEVED),
        (250, Status.ACHIEVED),
        (150, Status.ON_TRACK),
        (199, Status.ON_TRACK),
        (145, Status.AT_RISK),
        (140, Status.AT_RISK),
        (139.99, Status.OFF_TRACK),
        (90, Status.OFF_TRACK),
    ],
)
def test_a_rising_indicator(value, status):
    judgement = j(values={2025: value}, year=2025)
    assert judgement.status == status
    assert judgement.expected == D(150)
    assert judgement.expected_achievement == D("0.5")


@pytest.mark.parametrize(
    ("value", "status"),
    [
        (10, Status.ACHIEVED),
        (5, Status.ACHIEVED),
        (15, Status.ON_TRACK),
        (11, Status.ON_TRACK),
        (15.5, Status.AT_RISK),
        (16, Status.AT_RISK),
        (16.01, Status.OFF_TRACK),
        (25, Status.OFF_TRACK),
    ],
)
def test_a_falling_indicator_is_better_lower(value, status):
    # 20 → 10: 15 expected in 2025, band 1.
    judgement = j("down", 20, 2020, 10, 2030, values={2025: value}, year=2025)
    assert judgement.status == status


@pytest.mark.parametrize(
    ("value", "status"),
    [
        (30, Status.ACHIEVED),
        (31.5, Status.ACHIEVED),  # within 5% of 30
        (28.5, Status.ACHIEVED),
        (28, Status.AT_RISK),  # band 5% of |30| = 1.5 beyond the tolerance
        (33, Status.AT_RISK),
        (26.9, Status.OFF_TRACK),
        (40, Status.OFF_TRACK),
    ],
)
def test_keeping_a_level(value, status):
    judgement = j("keep", 30, 2020, 30, 2030, values={2025: value}, year=2025)
    assert judgement.status == status
    assert judgement.achievement is None  # no way from baseline to target


def test_keep_on_its_way_between_the_trajectory_and_the_target():
    # 20 → 30 kept: expected 25 in 2025, tolerance 5% of 30 = 1.5, band 1.
    assert j("keep", 20, 2020, 30, 2030, values={2025: 27}, year=2025).status == Status.ON_TRACK
    assert j("keep", 20, 2020, 30, 2030, values={2025: 23.5}, year=2025).status == Status.ON_TRACK
    assert j("keep", 20, 2020, 30, 2030, values={2025: 23}, year=2025).status == Status.AT_RISK
    assert j("keep", 20, 2020, 30, 2030, values={2025: 22}, year=2025).status == Status.OFF_TRACK
    assert j("keep", 20, 2020, 30, 2030, values={2025: 32}, year=2025).status == Status.AT_RISK


def test_achievement_is_the_share_of_the_way():
    judgement = j(values={2024: 160}, year=2024)
    assert judgement.achievement == D("0.6")
    assert judgement.expected == D(140)


def test_no_value_in_the_year_is_no_data_and_other_years_do_not_count():
    judgement = j(values={2023: 500, 2025: 500}, year=2024)
    assert judgement.status == Status.NO_DATA
    assert judgement.value is None
    assert judgement.expected == D(140)  # still shown beside the missing value


def test_without_a_target_nothing_is_judged():
    assert j(target=None, values={2024: 1}, year=2024).status == Status.NO_DATA
    assert j(target_year=None, values={2024: 1}, year=2024).status == Status.NO_DATA
    assert j(target=None, values={2024: 1}, year=2024).expected is None


def test_without_a_baseline_only_the_target_and_milestones_judge():
    no_baseline = {"baseline": None, "baseline_year": None}
    assert j(**no_baseline, values={2024: 200}, year=2024).status == Status.ACHIEVED
    early = j(**no_baseline, values={2024: 150}, year=2024)
    assert early.status == Status.NO_DATA
    assert early.expected is None
    assert early.achievement is None
    # From the target year on the target is expected; the band is 5% of the target.
    assert j(**no_baseline, values={2030: 195}, year=2030).status == Status.AT_RISK
    assert j(**no_baseline, values={2031: 150}, year=2031).status == Status.OFF_TRACK
    # A milestone starts the trajectory.
    with_milestone = j(**no_baseline, milestones={2025: 150}, values={2026: 160}, year=2026)
    assert with_milestone.expected == D(160)
    assert with_milestone.status == Status.ON_TRACK
    # A baseline value without its year is no baseline.
    assert j(baseline_year=None, values={2024: 150}, year=2024).status == Status.NO_DATA


def test_milestones_override_the_straight_line():
    milestones = {2022: 110, 2026: 190}
    assert j(milestones=milestones, values={}, year=2022).expected == D(110)
    assert j(milestones=milestones, values={}, year=2024).expected == D(150)
    assert j(milestones=milestones, values={}, year=2028).expected == D(195)
    # 150 in 2026 is on the straight line but far behind the milestone of 190.
    assert j(milestones=milestones, values={2026: 150}, year=2026).status == Status.OFF_TRACK
    assert j(values={2026: 150}, year=2026).status == Status.AT_RISK


def test_milestones_outside_the_way_are_ignored():
    milestones = {2019: 0, 2020: 0, 2030: 0, 2031: 0}
    assert j(milestones=milestones, values={}, year=2025).expected == D(150)
    assert j(milestones=milestones, values={}, year=2031).expected == D(200)


def test_before_the_baseline_year_the_baseline_and_after_the_target_year_the_target():
    assert j(values={2018: 100}, year=2018).status == Status.ON_TRACK
    assert j(values={2018: 100}, year=2018).expected == D(100)
    assert j(values={2033: 190}, year=2033).expected == D(200)
    assert j(values={2033: 190}, year=2033).status == Status.AT_RISK


def test_interpolated_values_are_rounded_to_the_databases_places():
    judgement = j(baseline=10, target=20, target_year=2023, values={2021: D("13.3333")}, year=2021)
    assert judgement.expected == D("13.3333")
    assert judgement.status == Status.ON_TRACK


def test_target_equal_to_baseline():
    # 50 → 50 up: no way to go; the band is 5% of the target.
    assert j(baseline=50, target=50, values={2025: 50}, year=2025).status == Status.ACHIEVED
    assert j(baseline=50, target=50, values={2025: 48}, year=2025).status == Status.AT_RISK
    assert j(baseline=50, target=50, values={2025: 47}, year=2025).status == Status.OFF_TRACK
    assert j(baseline=50, target=50, values={2025: 48}, year=2025).achievement is None


def test_zero_baseline_and_zero_target():
    # 0 → 10 up: the band is 1.
    assert j(baseline=0, target=10, values={2025: 5}, year=2025).status == Status.ON_TRACK
    assert j(baseline=0, target=10, values={2025: 4}, year=2025).status == Status.AT_RISK
    assert j(baseline=0, target=10, values={2025: 0}, year=2025).achievement == D(0)
    # 5 → 0 down: zero cases of eviction.
    assert j("down", 5, 2020, 0, 2030, values={2030: 0}, year=2030).status == Status.ACHIEVED
    # 0 → 0: any shortfall is off track, nothing is "a little" short of zero.
    assert j("down", 0, 2020, 0, 2030, values={2025: 0}, year=2025).status == Status.ACHIEVED
    assert j("down", 0, 2020, 0, 2030, values={2025: D("0.01")}, year=2025).status == (
        Status.OFF_TRACK
    )
    assert j("keep", 0, 2020, 0, 2030, values={2025: 1}, year=2025).status == Status.OFF_TRACK


def test_baseline_and_target_in_the_same_year():
    assert j(baseline_year=2030, values={2029: 100}, year=2029).status == Status.ON_TRACK
    assert j(baseline_year=2030, values={2030: 100}, year=2030).status == Status.OFF_TRACK


def test_a_target_on_the_wrong_side_is_a_floor():
    # "up" with a target below the baseline: the baseline already meets it.
    assert j(baseline=100, target=80, values={2024: 90}, year=2024).status == Status.ACHIEVED


def test_floats_and_decimals_agree():
    assert j(values={2025: 145.0}, year=2025) == j(values={2025: D(145)}, year=2025)
    assert j(values={2025: 0.1}, year=2025).value == D("0.1")


def test_bad_input_is_refused():
    with pytest.raises(ValueError, match="direction"):
        j("sideways", values={}, year=2025)
    with pytest.raises(ValueError, match="target year"):
        j(baseline_year=2031, values={}, year=2025)
    with pytest.raises(ValueError, match="finite"):
        j(values={2025: float("nan")}, year=2025)


def test_statuses_have_english_source_labels():
    with override("en"):
        assert [str(label) for label in Status.labels] == [
            "achieved",
            "on track",
            "at risk",
            "off track",
            "no data",
        ]


# Properties over directions, baselines, targets, milestones, values and years.

YEARS = st.integers(min_value=2000, max_value=2040)
NUMBERS = st.one_of(
    st.just(D(0)),
    st.decimals(min_value=-(10**6), max_value=10**6, places=4, allow_nan=False),
    st.integers(min_value=-1000, max_value=1000).map(D),
)


@st.composite
def plans(draw, *, with_target=False):
    """An indicator's plan; the baseline, target or milestones may be missing, the target
    may equal the baseline; ``with_target`` keeps the target (value and year)."""
    direction = draw(st.sampled_from(("up", "down", "keep")))
    baseline_year = draw(st.none() | YEARS)
    later = st.integers(min_value=baseline_year or 2000, max_value=2040)
    target_year = draw(later if with_target else st.none() | later)
    baseline = draw(st.none() | NUMBERS)
    same = st.just(baseline) if baseline is not None else NUMBERS
    target = draw(NUMBERS | same if with_target else st.none() | NUMBERS | same)
    milestones = draw(st.dictionaries(YEARS, NUMBERS, max_size=4))
    return {
        "direction": direction,
        "baseline_value": baseline,
        "baseline_year": baseline_year,
        "target_value": target,
        "target_year": target_year,
        "milestones": milestones,
    }


def near(data, plan, year):
    """A value anywhere, or close to what is expected in the year (to reach every status)."""
    built = Plan.of(**plan)
    anchor = built.expected(year)
    if anchor is None:
        anchor = built.target if built.target is not None else D(0)
    scale = max(built.band, built.keep_tolerance, D(1))
    if data.draw(st.integers(min_value=0, max_value=3)) == 0:
        return data.draw(NUMBERS)
    return anchor + data.draw(st.decimals(min_value=-3, max_value=3, places=2)) * scale


def better(direction, value, target, step):
    """A value at least as good as ``value`` by ``step`` ≥ 0 (keep: towards the target)."""
    if direction == "up":
        return value + step
    if direction == "down":
        return value - step
    if target is None:
        return value
    if value < target:
        return min(value + step, target)
    return max(value - step, target)


def target_of(plan):
    return plan["target_value"] if plan["target_year"] is not None else None


STEPS = st.decimals(min_value=0, max_value=10**6, places=4) | st.decimals(
    min_value=0, max_value=5, places=2
)


@given(plans(), YEARS, st.none() | NUMBERS)
def test_the_status_is_always_one_of_five(plan, year, value):
    judgement = judge(**plan, values={year: value} if value is not None else {}, year=year)
    assert judgement.status in set(Status)
    assert (judgement.status == Status.NO_DATA) == (judgement.rank is None)


@given(plans(with_target=True), YEARS)
def test_a_value_on_the_trajectory_is_never_at_risk_or_off_track(plan, year):
    expected = judge(**plan, values={}, year=year).expected
    assume(expected is not None)
    status = judge(**plan, values={year: expected}, year=year).status
    assert status in (Status.ON_TRACK, Status.ACHIEVED)


@settings(max_examples=300)
@given(plans(with_target=True), YEARS, STEPS, st.data())
def test_a_better_value_never_makes_the_status_worse(plan, year, step, data):
    value = near(data, plan, year)
    improved = better(plan["direction"], value, target_of(plan), step)
    before = judge(**plan, values={year: value}, year=year)
    after = judge(**plan, values={year: improved}, year=year)
    event(f"{before.status} -> {after.status}")
    if before.status == Status.ACHIEVED:
        assert after.status == Status.ACHIEVED
    if before.rank is not None:
        assert after.rank is not None  # a judged value stays judged when it improves
        assert after.rank >= before.rank, (before, after)


def negated(number):
    return None if number is None else -number


@settings(max_examples=300)
@given(plans(with_target=True), YEARS, st.data())
def test_mirroring_the_numbers_and_the_direction_gives_the_same_status(plan, year, data):
    value = near(data, plan, year)
    mirror = {
        **plan,
        "direction": {"up": "down", "down": "up", "keep": "keep"}[plan["direction"]],
        "baseline_value": negated(plan["baseline_value"]),
        "target_value": negated(plan["target_value"]),
        "milestones": {y: -v for y, v in plan["milestones"].items()},
    }
    original = judge(**plan, values={year: value}, year=year)
    mirrored = judge(**mirror, values={year: -value}, year=year)
    event(str(original.status))
    assert mirrored.status == original.status
    assert mirrored.achievement == original.achievement
    assert negated(mirrored.expected) == original.expected


@given(plans(with_target=True), YEARS, STEPS)
def test_meeting_the_target_is_always_achieved(plan, year, step):
    target = plan["target_value"]
    value = better(plan["direction"], target, target, step)
    assert judge(**plan, values={year: value}, year=year).status == Status.ACHIEVED


@given(plans(), YEARS, st.dictionaries(YEARS, NUMBERS, max_size=5))
def test_a_missing_year_is_no_data_whatever_the_other_years(plan, year, others):
    alone = judge(**plan, values={}, year=year)
    with_others = judge(**plan, values={y: v for y, v in others.items() if y != year}, year=year)
    assert alone == with_others
    assert alone.status == Status.NO_DATA


@given(plans(with_target=True), YEARS, NUMBERS, st.dictionaries(YEARS, NUMBERS, max_size=5))
def test_other_years_values_do_not_change_a_years_judgement(plan, year, value, others):
    alone = judge(**plan, values={year: value}, year=year)
    assert alone == judge(**plan, values={**others, year: value}, year=year)


@given(plans())
def test_the_trajectory_passes_through_its_points_and_stays_between_them(plan):
    built = Plan.of(**plan)
    for year, value in built.points:
        if year != built.baseline_year or year != built.target_year:
            assert built.expected(year) == value
    for (year0, value0), (year1, value1) in pairwise(built.points):
        for year in range(year0, year1 + 1):
            expected = built.expected(year)
            assert min(value0, value1) <= expected <= max(value0, value1)
    if built.points:
        assert built.expected(built.points[-1][0] + 5) == built.target
        early = built.expected(built.points[0][0] - 1)
        assert early == (built.baseline if built.baseline is not None else None)

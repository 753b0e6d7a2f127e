"""The judgement of an indicator in one year: how far it is against its target and against
the trajectory expected from its baseline. Pure Python (no database); the selectors feed it
the rows of Indicator, IndicatorMilestone and IndicatorValue.

Numbers
    Everything is computed in ``Decimal``, the database's type; ints and floats are turned
    into Decimal through their decimal text (``0.1`` is 0.1). Comparisons are exact, so no
    epsilon is needed. Interpolated expected values are rounded half-even to the database's
    four decimal places (a value typed as 13.3333 is on a trajectory of 13.3333…).

The trajectory (``expected``)
    Its points are (baseline year, baseline value), then the milestones in year order, then
    (target year, target value). Milestones not strictly between the baseline year and the
    target year are ignored: the baseline and the target win on their own years, and after
    the target year the target is expected. Between two points the line is straight.
    Before the baseline year the baseline is expected; from the target year on, the target.
    Without a baseline (no value or no year) the trajectory starts at the first milestone,
    and before it nothing is expected (``None``). Without a target (no value or no year)
    there is no trajectory at all. A baseline year equal to the target year gives the
    baseline before that year and the target from it.

Better and worse
    ``up``: higher is better; ``down``: lower is better; ``keep``: the closer to the target
    the better, within a tolerance of 5% of max(|target|, |target − baseline|) (zero for a
    target of 0 kept from a baseline of 0: then only the exact value keeps it). The direction
    decides even when the target lies on its "wrong" side of the baseline (``up`` with a
    target below the baseline): the target is then a floor that the baseline already meets.

The at-risk band
    10% of |target − baseline|; when that is zero (target equal to baseline, or no
    baseline), 5% of |target|; when the target is 0 too, the band is empty (any shortfall is
    off track: there is no scale by which a shortfall from zero could be called small).

The status, in this order
    1. ``no data``: no value for the year (values of other years are not carried over), or
       no target (value or year).
    2. ``achieved``: the value meets the target: ``up`` value ≥ target, ``down`` value ≤
       target, ``keep`` |value − target| ≤ tolerance. This holds in any year, also before
       the target year.
    3. ``no data``: nothing is expected in that year (no baseline, and the year is before
       the first milestone and the target year), so only "achieved" could be said.
    4. ``on track``: the value meets the expected value: ``up`` value ≥ expected, ``down``
       value ≤ expected, ``keep`` the value lies between the expected value and the target,
       or within the tolerance of that interval.
    5. ``at risk``: the value falls short of the expected value (for ``keep``: of that
       interval, beyond the tolerance) by at most the at-risk band.
    6. ``off track``: otherwise.

Achievement
    The share of the way from the baseline to the target: (value − baseline) / (target −
    baseline), e.g. 0.6; ``expected_achievement`` the same for the expected value. Both are
    ``None`` without a baseline, when the target equals the baseline, or without the value.

Properties (monitoring/tests/test_classification.py checks them with hypothesis): the value
on the trajectory is never at risk or off track; moving the value in the better direction
(for ``keep``: towards the target) never makes the status worse; negating every number and
swapping ``up`` for ``down`` gives the same status; a value meeting the target is achieved.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, localcontext
from itertools import pairwise

from django.db import models
from django.utils.translation import gettext_lazy as _

Number = Decimal | int | float

PLACES = Decimal("0.0001")  # the four decimal places of the database's values
RISK_SHARE = Decimal("0.1")  # at risk: short of the trajectory by ≤ 10% of the way
FLAT_SHARE = Decimal("0.05")  # ... or by ≤ 5% of the target where the way has no length
KEEP_SHARE = Decimal("0.05")  # keep: within 5% of max(|target|, |target − baseline|)

UP, DOWN, KEEP = "up", "down", "keep"


class Status(models.TextChoices):
    ACHIEVED = "achieved", _("achieved")
    ON_TRACK = "on_track", _("on track")
    AT_RISK = "at_risk", _("at risk")
    OFF_TRACK = "off_track", _("off track")
    NO_DATA = "no_data", _("no data")


# Better statuses rank higher; "no data" is not ranked.
RANK = {Status.OFF_TRACK: 0, Status.AT_RISK: 1, Status.ON_TRACK: 2, Status.ACHIEVED: 3}


@dataclass(frozen=True)
class Judgement:
    year: int
    status: Status
    value: Decimal | None
    expected: Decimal | None
    achievement: Decimal | None  # share of the way from baseline to target, 0.6 for 60%
    expected_achievement: Decimal | None

    @property
    def rank(self) -> int | None:
        return RANK.get(self.status)


def as_decimal(number: Number | None) -> Decimal | None:
    if number is None:
        return None
    if isinstance(number, bool):
        raise TypeError("a boolean is not a number here")
    if isinstance(number, Decimal):
        result = number
    elif isinstance(number, int):
        result = Decimal(number)
    elif isinstance(number, float):
        result = Decimal(repr(number))
    else:
        raise TypeError(f"not a number: {number!r}")
    if not result.is_finite():
        raise ValueError(f"not a finite number: {number!r}")
    return result


@dataclass(frozen=True)
class Plan:
    """An indicator's baseline, target and milestones, checked and turned into Decimal."""

    direction: str
    baseline: Decimal | None
    baseline_year: int | None
    target: Decimal | None
    target_year: int | None
    points: tuple[tuple[int, Decimal], ...]  # the trajectory; empty without a target

    @classmethod
    def of(
        cls,
        *,
        direction: str,
        baseline_value: Number | None,
        baseline_year: int | None,
        target_value: Number | None,
        target_year: int | None,
        milestones: Mapping[int, Number] | None = None,
    ) -> "Plan":
        if direction not in (UP, DOWN, KEEP):
            raise ValueError(f"unknown direction: {direction!r}")
        baseline = as_decimal(baseline_value)
        target = as_decimal(target_value)
        if baseline is None or baseline_year is None:
            baseline, baseline_year = None, None
        if target is None or target_year is None:
            target, target_year = None, None
        if baseline_year is not None and target_year is not None and target_year < baseline_year:
            raise ValueError("the target year is before the baseline year")
        points: list[tuple[int, Decimal]] = []
        if target is not None:
            if baseline is not None:
                points.append((baseline_year, baseline))
            for year in sorted(milestones or {}):
                if (baseline_year is None or year > baseline_year) and year < target_year:
                    points.append((year, as_decimal(milestones[year])))
            points.append((target_year, target))
        return cls(str(direction), baseline, baseline_year, target, target_year, tuple(points))

    @property
    def span(self) -> Decimal:
        if self.baseline is None or self.target is None:
            return Decimal(0)
        return abs(self.target - self.baseline)

    @property
    def band(self) -> Decimal:
        """How far short of the trajectory a value may be and still be only at risk."""
        if self.target is None:
            return Decimal(0)
        return RISK_SHARE * self.span if self.span else FLAT_SHARE * abs(self.target)

    @property
    def keep_tolerance(self) -> Decimal:
        if self.target is None:
            return Decimal(0)
        return KEEP_SHARE * max(abs(self.target), self.span)

    def expected(self, year: int) -> Decimal | None:
        points = self.points
        if not points:
            return None
        last_year, last_value = points[-1]
        if year >= last_year:
            return last_value
        first_year, first_value = points[0]
        if year <= first_year:
            if year == first_year or self.baseline is not None:
                return first_value
            return None
        for (year0, value0), (year1, value1) in pairwise(points):
            if year0 <= year < year1:
                if year == year0:
                    return value0
                with localcontext(prec=40, rounding=ROUND_HALF_EVEN):
                    step = (value1 - value0) * (year - year0) / (year1 - year0)
                    return (value0 + step).quantize(PLACES)
        raise AssertionError("unreachable: the points are in year order")  # pragma: no cover

    def share(self, number: Decimal | None) -> Decimal | None:
        """The share of the way from the baseline to the target (0.6 for 60%)."""
        if number is None or self.baseline is None or self.target is None or not self.span:
            return None
        with localcontext(prec=40, rounding=ROUND_HALF_EVEN):
            return ((number - self.baseline) / (self.target - self.baseline)).quantize(PLACES)

    def status(self, value: Decimal | None, expected: Decimal | None) -> Status:
        target = self.target
        if value is None or target is None:
            return Status.NO_DATA
        if self.direction == KEEP:
            tolerance = self.keep_tolerance
            if abs(value - target) <= tolerance:
                return Status.ACHIEVED
            if expected is None:
                return Status.NO_DATA
            low, high = min(expected, target), max(expected, target)
            gap = low - value if value < low else value - high if value > high else Decimal(0)
            if gap <= tolerance:
                return Status.ON_TRACK
            return Status.AT_RISK if gap <= tolerance + self.band else Status.OFF_TRACK
        sign = 1 if self.direction == UP else -1
        if sign * (value - target) >= 0:
            return Status.ACHIEVED
        if expected is None:
            return Status.NO_DATA
        shortfall = sign * (expected - value)
        if shortfall <= 0:
            return Status.ON_TRACK
        return Status.AT_RISK if shortfall <= self.band else Status.OFF_TRACK

    def judge(self, values: Mapping[int, Number], year: int) -> Judgement:
        value = as_decimal(values.get(year))
        expected = self.expected(year)
        return Judgement(
            year=year,
            status=self.status(value, expected),
            value=value,
            expected=expected,
            achievement=self.share(value),
            expected_achievement=self.share(expected),
        )


def judge(
    *,
    direction: str,
    baseline_value: Number | None,
    baseline_year: int | None,
    target_value: Number | None,
    target_year: int | None,
    milestones: Mapping[int, Number] | None = None,
    values: Mapping[int, Number],
    year: int,
) -> Judgement:
    """The judgement of an indicator in ``year`` by the rules in this module's docstring."""
    plan = Plan.of(
        direction=direction,
        baseline_value=baseline_value,
        baseline_year=baseline_year,
        target_value=target_value,
        target_year=target_year,
        milestones=milestones,
    )
    return plan.judge(values, year)

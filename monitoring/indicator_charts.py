"""An indicator's chart for the judgement pages (and the yearly report's documents): the
measured values, the expected trajectory as a dashed line, and the baseline and the target
as reference lines; core/charts.py draws it with its text alternative and data table."""

from decimal import Decimal

from django.utils.translation import gettext as _

from core.charts import LineChart, ReferenceLine, Series

from .selectors import IndicatorHistory

MAX_DECIMALS = 4  # the database keeps four decimal places


def _places(number: Decimal) -> int:
    exponent = number.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def chart_decimals(given: list[Decimal], derived: list[Decimal]) -> int:
    """As many decimals as the figures typed in use; one more where the trajectory's
    interpolated values need it (13.3 between 10 and 20), at most four."""
    decimals = min(MAX_DECIMALS, max((_places(n) for n in given), default=0))
    if any(_places(n) > decimals for n in derived):
        decimals = min(MAX_DECIMALS, decimals + 1)
    return decimals


def indicator_chart(history: IndicatorHistory) -> LineChart:
    plan = history.plan
    years = history.chart_years
    start = plan.points[0][0] if plan.points else None
    expected = {year: plan.expected(year) for year in years if start is not None and year >= start}
    measured = Series(
        _("Measured value"),
        tuple((year, _float(history.values.get(year))) for year in years),
        emphasis=True,
    )
    trajectory = Series(
        _("Expected value (trajectory)"),
        tuple((year, _float(expected.get(year))) for year in years),
        dashed=True,
    )
    references = []
    if plan.baseline is not None:
        references.append(
            ReferenceLine(
                _("Baseline (%(year)s)") % {"year": plan.baseline_year}, float(plan.baseline)
            )
        )
    if plan.target is not None:
        references.append(
            ReferenceLine(_("Target (%(year)s)") % {"year": plan.target_year}, float(plan.target))
        )
    given = [n for n in (plan.baseline, plan.target) if n is not None]
    given += [value for _year, value in plan.points] + list(history.values.values())
    return LineChart(
        title=history.indicator.name,
        unit=history.indicator.unit,
        series=(measured, trajectory),
        references=tuple(references),
        decimals=chart_decimals(given, [n for n in expected.values() if n is not None]),
    )


def _float(number: Decimal | None) -> float | None:
    return None if number is None else float(number)

"""Reads of the diagnosis: indicator values from stored figures, and a unit's position
among its comparison group."""

import statistics
from collections import defaultdict
from dataclasses import dataclass

from .formulas import Formula
from .models import DiagnosisIndicator, LocalFigure, Observation


def indicator_values(
    formula: Formula,
    *,
    unit_ids: list[int],
    years: list[int],
    government=None,
) -> dict[int, dict[int, float | None]]:
    """{unit id: {year: value}} of one formula, in one query for the BDL figures and one for
    the local ones. Local figures exist only for ``government``'s own unit."""
    names: dict[tuple[int, int], dict[str, float | None]] = defaultdict(dict)
    if formula.bdl_variables:
        rows = Observation.objects.filter(
            variable__bdl_id__in=formula.bdl_variables, unit_id__in=unit_ids, year__in=years
        ).values_list("unit_id", "year", "variable__bdl_id", "value")
        for unit_id, year, variable_id, value in rows:
            names[(unit_id, year)][f"v{variable_id}"] = value
    if formula.local_codes and government is not None and government.unit_id in unit_ids:
        rows = LocalFigure.objects.filter(
            government=government, code__in=formula.local_codes, year__in=years
        ).values_list("year", "code", "value")
        for year, code, value in rows:
            names[(government.unit_id, year)][f"L_{code}"] = float(value)
    return {
        unit_id: {year: formula.evaluate(names.get((unit_id, year), {})) for year in years}
        for unit_id in unit_ids
    }


@dataclass(frozen=True)
class GroupPosition:
    value: float
    rank: int  # 1 = best (for "neutral" indicators: the highest value)
    count: int
    percentile: float  # share of the group the unit does better than or equal to, 0–100
    median: float
    lower_quartile: float
    upper_quartile: float


def group_position(
    values: dict[int, float | None], *, unit_id: int, direction: str
) -> GroupPosition | None:
    """Where one unit stands among the units with a value; None if it has none itself or
    the group is too small to say anything (fewer than 3 values)."""
    own = values.get(unit_id)
    known = sorted(v for v in values.values() if v is not None)
    if own is None or len(known) < 3:
        return None
    better_first = known if direction == DiagnosisIndicator.Direction.DOWN else known[::-1]
    rank = better_first.index(own) + 1
    not_better = sum(
        1
        for v in known
        if (v >= own if direction == DiagnosisIndicator.Direction.DOWN else v <= own)
    )
    q1, median, q3 = statistics.quantiles(known, n=4, method="inclusive")
    return GroupPosition(
        value=own,
        rank=rank,
        count=len(known),
        percentile=round(100.0 * not_better / len(known), 1),
        median=median,
        lower_quartile=q1,
        upper_quartile=q3,
    )

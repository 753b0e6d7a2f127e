"""Reads of the diagnosis: indicator values from stored figures, and a unit's position
among its comparison group."""

import statistics
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import BooleanField, Count, Value
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from governments.models import LocalGovernment

from .catalogue import CATALOGUE
from .formulas import Formula, parse
from .models import (
    ComparisonGroup,
    DiagnosisIndicator,
    ImportJob,
    LocalFigure,
    Observation,
    OwnObservation,
    Problem,
    TerritorialUnit,
    Variable,
)


def figure_rows(
    *, bdl_ids, variables: dict[int, int], unit_ids, years, government=None
) -> tuple[list[tuple[int, int, int, float | None]], set[int]]:
    """The stored figures of the BDL variables ``bdl_ids`` for the units and years (None:
    every year), as (unit id, year, BDL variable id, value), in one query whatever their
    number: the shared figures (``variables``: {Variable pk: BDL id} of those in the shared
    register), with ``government``'s own layer (files it sent, OwnObservation, which may
    hold a variable the register lacks) in place of the shared figure of the same variable,
    unit and year. Also returns the BDL ids of the variables that took any value from the
    own layer (shown as their source). Without a government, the shared figures only."""
    years_only = {} if years is None else {"year__in": years}
    shared = (
        Observation.objects.filter(variable_id__in=variables, unit_id__in=unit_ids, **years_only)
        .annotate(own=Value(False, output_field=BooleanField()))
        .values_list("unit_id", "year", "variable_id", "value", "own")
    )
    rows = shared
    if government is not None:
        own = (
            OwnObservation.objects.filter(
                government=government,
                variable_bdl_id__in=set(bdl_ids),
                unit_id__in=unit_ids,
                **years_only,
            )
            .annotate(own=Value(True, output_field=BooleanField()))
            .values_list("unit_id", "year", "variable_bdl_id", "value", "own")
        )
        rows = shared.union(own, all=True)
    found: dict[tuple[int, int, int], float | None] = {}
    own_rows = []
    for unit_id, year, variable, value, is_own in rows:
        if is_own:
            own_rows.append((unit_id, year, variable, value))
        else:
            found[(unit_id, year, variables[variable])] = value
    for unit_id, year, bdl_id, value in own_rows:  # the own layer wins, whatever the order
        found[(unit_id, year, bdl_id)] = value
    result = [(unit_id, year, bdl_id, value) for (unit_id, year, bdl_id), value in found.items()]
    return result, {bdl_id for _unit, _year, bdl_id, _value in own_rows}


def indicator_values(
    formula: Formula,
    *,
    unit_ids: list[int],
    years: list[int],
    government=None,
) -> dict[int, dict[int, float | None]]:
    """{unit id: {year: value}} of one formula, in two queries for the BDL figures (the
    variables, then the figures with ``government``'s own layer) and one for the local
    ones. Local figures exist only for ``government``'s own unit."""
    names: dict[tuple[int, int], dict[str, float | None]] = defaultdict(dict)
    if formula.bdl_variables:
        variables = dict(
            Variable.objects.filter(bdl_id__in=formula.bdl_variables).values_list("pk", "bdl_id")
        )
        rows, _own = figure_rows(
            bdl_ids=formula.bdl_variables,
            variables=variables,
            unit_ids=unit_ids,
            years=years,
            government=government,
        )
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


# The diagnosis of one local government --------------------------------------------------

POPULATION_VARIABLE = 72305  # BDL: population total (31 XII)
TREND_WINDOW = 5  # years looked at for "getting worse"
TREND_MIN_POINTS = 3
TREND_MIN_CHANGE = 0.10  # a relative change of 10% in the worse direction


@dataclass(frozen=True)
class Setting:
    """What a government's diagnosis compares: its unit, the wider units it lies in
    (powiat, voivodeship, Poland, nearest first) and its comparison group."""

    unit: TerritorialUnit
    wider: tuple[TerritorialUnit, ...]
    group_ids: tuple[int, ...]
    years: tuple[int, ...]


@dataclass(frozen=True)
class Trend:
    from_year: int
    from_value: float
    to_year: int
    to_value: float
    change: float | None  # relative, e.g. 0.12 for +12%; None when it starts from zero
    worsening: bool


@dataclass
class IndicatorFigures:
    indicator: DiagnosisIndicator
    series: dict[int, dict[int, float | None]]  # unit id → year → value (own and wider)
    latest_year: int | None = None
    group_values: dict[int, float | None] = field(default_factory=dict)
    position: GroupPosition | None = None
    trend: Trend | None = None
    # Some figures come from a file the local government sent (its own layer), not from
    # the BDL as the installation imported it: the pages and documents say so.
    own_files: bool = False

    @property
    def worse_than_group(self) -> bool:
        """Markedly worse: beyond the group's quartile on the worse side."""
        p, direction = self.position, self.indicator.direction
        if p is None or p.count < 5:
            return False
        if direction == DiagnosisIndicator.Direction.DOWN:
            return p.value > p.upper_quartile
        if direction == DiagnosisIndicator.Direction.UP:
            return p.value < p.lower_quartile
        return False

    @property
    def worsening(self) -> bool:
        return self.trend is not None and self.trend.worsening


def wider_units(unit: TerritorialUnit) -> tuple[TerritorialUnit, ...]:
    """The powiat, voivodeship and Poland a unit lies in (as far as the register knows)."""
    chain, current = [], unit.parent
    keep = {
        TerritorialUnit.Level.POLAND,
        TerritorialUnit.Level.VOIVODESHIP,
        TerritorialUnit.Level.POWIAT,
    }
    while current is not None:
        if current.level in keep:
            chain.append(current)
        current = current.parent
    if not any(u.level == TerritorialUnit.Level.POLAND for u in chain):
        poland = (
            TerritorialUnit.objects.filter(
                level=TerritorialUnit.Level.POLAND, synthetic=unit.synthetic
            )
            .order_by("bdl_id")
            .first()
        )
        if poland is not None:
            chain.append(poland)
    return tuple(chain)


def diagnosis_setting(government) -> Setting | None:
    """None while the government is not tied to a statistical unit."""
    unit = government.unit
    if unit is None:
        return None
    group = ComparisonGroup.objects.filter(government=government).first()
    group_ids = tuple(group.units.values_list("pk", flat=True)) if group else ()
    years = tuple(
        sorted(
            set(Observation.objects.filter(unit=unit).values_list("year", flat=True).distinct())
            | set(
                OwnObservation.objects.filter(government=government, unit=unit)
                .values_list("year", flat=True)
                .distinct()
            )
            | set(
                LocalFigure.objects.filter(government=government)
                .values_list("year", flat=True)
                .distinct()
            )
        )
    )
    return Setting(unit=unit, wider=wider_units(unit), group_ids=group_ids, years=years)


def _trend(series: dict[int, float | None], direction: str) -> Trend | None:
    known = [(year, value) for year, value in sorted(series.items()) if value is not None]
    window = known[-TREND_WINDOW:]
    if len(window) < TREND_MIN_POINTS:
        return None
    (from_year, first), (to_year, last) = window[0], window[-1]
    change = (last - first) / abs(first) if first else None
    worse_sign = {DiagnosisIndicator.Direction.DOWN: 1, DiagnosisIndicator.Direction.UP: -1}.get(
        direction, 0
    )
    if change is None:
        worsening = worse_sign != 0 and (last - first) * worse_sign > 0
    else:
        worsening = worse_sign != 0 and change * worse_sign >= TREND_MIN_CHANGE
    return Trend(from_year, first, to_year, last, change, worsening)


def indicator_figures(indicators, *, setting: Setting, government=None) -> list[IndicatorFigures]:
    """Every figure the diagnosis shows for the indicators, in three queries whatever their
    number: the variables, the series of the unit and its wider units over the years, and
    the comparison group's values in the latest year the unit has each indicator for."""
    indicators = list(indicators)
    formulas = {indicator.pk: parse(indicator.formula) for indicator in indicators}
    bdl_ids = set().union(*(f.bdl_variables for f in formulas.values())) if formulas else set()
    variables = dict(Variable.objects.filter(bdl_id__in=bdl_ids).values_list("pk", "bdl_id"))
    own_ids = [setting.unit.pk, *(u.pk for u in setting.wider)]
    years = list(setting.years)
    rows, own_variables = figure_rows(
        bdl_ids=bdl_ids, variables=variables, unit_ids=own_ids, years=years, government=government
    )
    names = _formula_names(rows)
    if government is not None:
        _add_local_figures(names, formulas, setting=setting, years=years, government=government)
    result = []
    for indicator in indicators:
        formula = formulas[indicator.pk]
        series = {
            unit_id: {year: formula.evaluate(names.get((unit_id, year), {})) for year in years}
            for unit_id in own_ids
        }
        own = series[setting.unit.pk]
        latest = max((year for year, value in own.items() if value is not None), default=None)
        result.append(
            IndicatorFigures(
                indicator=indicator,
                series=series,
                latest_year=latest,
                trend=_trend(own, indicator.direction),
                own_files=bool(formula.bdl_variables & own_variables),
            )
        )
    _add_group(
        result, formulas, bdl_ids, setting=setting, variables=variables, government=government
    )
    return result


def _formula_names(rows) -> dict[tuple[int, int], dict[str, float | None]]:
    """{(unit id, year): {"v<bdl id>": value}}: the names a formula reads."""
    names: dict[tuple[int, int], dict[str, float | None]] = defaultdict(dict)
    for unit_id, year, bdl_id, value in rows:
        names[(unit_id, year)][f"v{bdl_id}"] = value
    return names


def _add_local_figures(names, formulas, *, setting: Setting, years, government) -> None:
    """The government's own figures (``L_<code>``) beside the BDL ones of its unit."""
    local_codes = set().union(*(f.local_codes for f in formulas.values())) if formulas else set()
    if not local_codes:
        return
    for year, code, value in LocalFigure.objects.filter(
        government=government, code__in=local_codes, year__in=years
    ).values_list("year", "code", "value"):
        names[(setting.unit.pk, year)][f"L_{code}"] = float(value)


def _add_group(result, formulas, bdl_ids, *, setting: Setting, variables, government) -> None:
    """The comparison group's values and the unit's position among them, in the latest year
    the unit has each indicator for: only the BDL indicators (local figures exist for the
    government alone)."""
    group_ids = [pk for pk in setting.group_ids if pk != setting.unit.pk]
    wanted = [
        f
        for f in result
        if f.latest_year is not None
        and formulas[f.indicator.pk].bdl_variables
        and not formulas[f.indicator.pk].local_codes
    ]
    if not (group_ids and wanted):
        return
    rows, group_own = figure_rows(
        bdl_ids=bdl_ids,
        variables=variables,
        unit_ids=group_ids,
        years={f.latest_year for f in wanted},
        government=government,
    )
    group_names = _formula_names(rows)
    for figures in wanted:
        if formulas[figures.indicator.pk].bdl_variables & group_own:
            figures.own_files = True
        formula, year = formulas[figures.indicator.pk], figures.latest_year
        values = {
            unit_id: formula.evaluate(group_names.get((unit_id, year), {})) for unit_id in group_ids
        }
        values[setting.unit.pk] = figures.series[setting.unit.pk][year]
        figures.group_values = values
        figures.position = group_position(
            values, unit_id=setting.unit.pk, direction=figures.indicator.direction
        )


def diagnosis_overview(government) -> dict:
    """Counts per domain (indicators, flags to review, confirmed problems, serious ones no
    goal answers) and the serious problems no goal answers, in three queries."""

    domains: dict[str, dict] = defaultdict(
        lambda: {"indicators": 0, "flagged": 0, "confirmed": 0, "unanswered": 0}
    )
    for row in (
        DiagnosisIndicator.objects.available_to(government).values("domain").annotate(n=Count("pk"))
    ):
        domains[row["domain"]]["indicators"] = row["n"]
    problems = Problem.objects.filter(government=government).annotate(goal_count=Count("goals"))
    unanswered = []
    for problem in problems.order_by("domain", "title"):
        counts = domains[problem.domain]
        if problem.status == Problem.Status.FLAGGED:
            counts["flagged"] += 1
        elif problem.status == Problem.Status.CONFIRMED:
            counts["confirmed"] += 1
            if problem.serious and problem.goal_count == 0:
                counts["unanswered"] += 1
                unanswered.append(problem)
    return {"domains": dict(domains), "unanswered": unanswered}


@dataclass(frozen=True)
class GroupMember:
    unit: TerritorialUnit
    population: float | None


def latest_populations(unit_ids, government=None) -> dict[int, float]:
    """Each unit's population in the latest year the database has it for (with
    ``government``'s own layer in place of the shared figures)."""
    latest: dict[int, tuple[int, float]] = {}
    variables = dict(
        Variable.objects.filter(bdl_id=POPULATION_VARIABLE).values_list("pk", "bdl_id")
    )
    rows, _own = figure_rows(
        bdl_ids={POPULATION_VARIABLE},
        variables=variables,
        unit_ids=list(unit_ids),
        years=None,
        government=government,
    )
    for unit_id, year, _variable, value in rows:
        if value is not None and (unit_id not in latest or latest[unit_id][0] < year):
            latest[unit_id] = (year, value)
    return {unit_id: value for unit_id, (_year, value) in latest.items()}


def comparison_group_members(government) -> list[GroupMember]:
    """The group's units with their latest population, largest first."""
    group = ComparisonGroup.objects.filter(government=government).first()
    if group is None:
        return []
    units = list(group.units.select_related("parent").order_by("name"))
    population = latest_populations([u.pk for u in units], government)
    members = [GroupMember(u, population.get(u.pk)) for u in units]
    return sorted(members, key=lambda m: -(m.population or 0))


CANDIDATE_LIMIT = 200


def comparable_units(unit: TerritorialUnit):
    """The units a unit may be compared with: the same level, for gminy the same kind
    (urban, rural, urban-rural), real or synthetic like itself; not the unit itself."""
    units = TerritorialUnit.objects.filter(level=unit.level, synthetic=unit.synthetic)
    if unit.level == TerritorialUnit.Level.GMINA:
        units = units.filter(kind=unit.kind)
    return units.exclude(pk=unit.pk)


def comparison_group_candidates(government) -> list[tuple[int, str]]:
    """Choices for the group: units of the same level and kind, the nearest in population
    first (at most CANDIDATE_LIMIT, plus every current member)."""

    unit = government.unit
    units = list(comparable_units(unit).select_related("parent"))
    population = latest_populations([u.pk for u in units] + [unit.pk], government)
    own = population.get(unit.pk, 0)
    group = ComparisonGroup.objects.filter(government=government).first()
    members = set(group.units.values_list("pk", flat=True)) if group else set()
    units.sort(key=lambda u: (u.pk not in members, abs(population.get(u.pk, 1e12) - own)))
    chosen = [u for u in units if u.pk in members]
    chosen += [u for u in units if u.pk not in members][: max(0, CANDIDATE_LIMIT - len(chosen))]
    chosen.sort(key=lambda u: abs(population.get(u.pk, 1e12) - own))

    def label(u: TerritorialUnit) -> str:
        where = f", {u.parent.name}" if u.parent else ""
        if u.pk in population:
            return _("%(name)s%(where)s – %(population)s residents") % {
                "name": u.name,
                "where": where,
                "population": number_format(population[u.pk], 0, force_grouping=True),
            }
        return f"{u.name}{where}"

    return [(u.pk, label(u)) for u in chosen]


# Statistics imports ----------------------------------------------------------------------


def catalogue_variables() -> dict[str, list[int]]:
    """The BDL variables each domain's catalogue indicators use (diagnosis/catalogue.py),
    domain by domain in the order of DiagnosisIndicator.Domain; a domain whose indicators
    use only local figures is left out."""

    found: dict[str, set[int]] = defaultdict(set)
    for entry in CATALOGUE:
        found[entry["domain"]] |= parse(entry["formula"]).bdl_variables
    return {
        domain: sorted(found[domain])
        for domain in DiagnosisIndicator.Domain.values
        if found.get(domain)
    }


def import_jobs(government):
    """The government's statistics imports, newest first, with their progress counted."""

    return (
        ImportJob.objects.for_government(government)
        .with_progress()
        .select_related("requested_by")
        .order_by("-created_at")
    )


# Which unit stands for which kind of local government.
UNIT_FOR_KIND = {
    LocalGovernment.Kind.VOIVODESHIP: (TerritorialUnit.Level.VOIVODESHIP, None),
    LocalGovernment.Kind.POWIAT: (TerritorialUnit.Level.POWIAT, None),
    LocalGovernment.Kind.URBAN_GMINA: (TerritorialUnit.Level.GMINA, "1"),
    LocalGovernment.Kind.CITY_WITH_POWIAT_RIGHTS: (TerritorialUnit.Level.GMINA, "1"),
    LocalGovernment.Kind.RURAL_GMINA: (TerritorialUnit.Level.GMINA, "2"),
    LocalGovernment.Kind.URBAN_RURAL_GMINA: (TerritorialUnit.Level.GMINA, "3"),
}


def unit_for_government(government: LocalGovernment) -> TerritorialUnit | None:
    level, kind = UNIT_FOR_KIND[government.kind]
    units = TerritorialUnit.objects.filter(level=level, teryt=government.teryt)
    if kind:
        units = units.filter(kind=kind)
    return units.order_by("-refreshed_at").first()

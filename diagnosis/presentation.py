"""What the diagnosis pages (and the strategy document's diagnosis chapter) show: the
figures of selectors.py turned into charts, tables and sentences in plain Polish."""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.charts import LineChart, ReferenceLine, Series
from core.numbers import decimal_text as number

from .models import DiagnosisIndicator, DomainNarrative, Problem, TerritorialUnit
from .selectors import IndicatorFigures, Setting, diagnosis_setting, indicator_figures

Domain = DiagnosisIndicator.Domain

# Polish addresses of the domain pages.
DOMAIN_SLUGS = {
    Domain.DEMOGRAPHY: "demografia",
    Domain.SAFETY: "bezpieczenstwo",
    Domain.SOCIAL_ASSISTANCE: "pomoc-spoleczna",
    Domain.LABOUR_MARKET: "rynek-pracy",
    Domain.ECONOMY: "gospodarka",
    Domain.CIVIC_ACTIVITY: "aktywnosc-obywatelska",
}
DOMAINS_BY_SLUG = {slug: domain for domain, slug in DOMAIN_SLUGS.items()}

WIDER_LABELS = {
    TerritorialUnit.Level.POWIAT: gettext_lazy("powiat"),
    TerritorialUnit.Level.VOIVODESHIP: gettext_lazy("voivodeship"),
    TerritorialUnit.Level.POLAND: gettext_lazy("Poland"),
}


def decimals_for(unit: str) -> int:
    """Whole numbers for counts and amounts of money, one decimal for rates."""
    return 0 if unit in {"osoby", "zł", "zadania", "mieszkańcy na 1 pracownika"} else 1


def problem_reasons(problem: Problem) -> list[str]:
    """Why the data flag the problem, in plain Polish, from the facts kept at the refresh."""
    unit = problem.indicator.unit if problem.indicator else ""
    digits = decimals_for(unit)
    reasons = []
    if group := problem.facts.get("group"):
        reasons.append(
            _(
                "In %(year)s the value %(value)s %(unit)s is worse than in three quarters of "
                "the comparison group: place %(rank)s of %(count)s, group median "
                "%(median)s %(unit)s."
            )
            % {
                "year": group["year"],
                "value": number(group["value"], digits),
                "unit": unit,
                "rank": group["rank"],
                "count": group["count"],
                "median": number(group["median"], digits),
            }
        )
    if trend := problem.facts.get("trend"):
        change = trend.get("change")
        if change is None:
            text = _(
                "It is getting worse: from %(from)s in %(from_year)s to %(to)s in %(to_year)s."
            )
        elif change > 0:
            text = _(
                "It is getting worse: from %(from)s in %(from_year)s to %(to)s in %(to_year)s "
                "(up %(change)s%%)."
            )
        else:
            text = _(
                "It is getting worse: from %(from)s in %(from_year)s to %(to)s in %(to_year)s "
                "(down %(change)s%%)."
            )
        reasons.append(
            text
            % {
                "from": number(trend["from_value"], digits),
                "from_year": trend["from_year"],
                "to": number(trend["to_value"], digits),
                "to_year": trend["to_year"],
                "change": number(abs(100 * (change or 0)), 0),
            }
        )
    # A unit that ends in a full stop ("osoby na 10 tys.") ends the sentence too.
    return [reason.replace("..", ".") for reason in reasons]


@dataclass
class IndicatorView:
    """One indicator on a domain page."""

    figures: IndicatorFigures
    chart: LineChart
    problem: Problem | None

    @property
    def indicator(self) -> DiagnosisIndicator:
        return self.figures.indicator

    @property
    def has_data(self) -> bool:
        return not self.chart.is_empty

    @property
    def position_text(self) -> str:
        p = self.figures.position
        if p is None:
            return ""
        digits = decimals_for(self.indicator.unit)
        return _(
            "In %(year)s: place %(rank)s of %(count)s in the comparison group (better than or "
            "equal to %(percentile)s%% of it); group median %(median)s, quartiles %(q1)s and "
            "%(q3)s."
        ) % {
            "year": self.figures.latest_year,
            "rank": p.rank,
            "count": p.count,
            "percentile": number(p.percentile, 0),
            "median": number(p.median, digits),
            "q1": number(p.lower_quartile, digits),
            "q3": number(p.upper_quartile, digits),
        }


# A wider unit many times the unit's own value (counts of people: the powiat, voivodeship
# and Poland have more by size alone) would flatten the unit's line: the chart leaves it
# out, the table beside it still shows it.
COMPARABLE_FACTOR = 4.0


def _comparable(series: dict[int, float | None], own: dict[int, float | None]) -> bool:
    own_known = [v for _y, v in sorted(own.items()) if v is not None]
    known = [v for _y, v in sorted(series.items()) if v is not None]
    if not own_known or not known or own_known[-1] == 0:
        return bool(known)
    return abs(known[-1]) <= COMPARABLE_FACTOR * abs(own_known[-1])


def indicator_chart(figures: IndicatorFigures, setting: Setting) -> LineChart:
    indicator = figures.indicator
    own = figures.series[setting.unit.pk]
    units = [setting.unit]
    units += [u for u in setting.wider if _comparable(figures.series[u.pk], own)]
    series = tuple(
        Series(
            label=unit_label(unit, setting),
            points=tuple(sorted(figures.series[unit.pk].items())),
            emphasis=unit.pk == setting.unit.pk,
        )
        for unit in units
        if any(v is not None for v in figures.series[unit.pk].values())
    )
    references = ()
    if figures.position is not None:
        references = (
            ReferenceLine(
                _("group median %(year)s") % {"year": figures.latest_year},
                figures.position.median,
            ),
        )
    return LineChart(
        title=indicator.name,
        unit=indicator.unit,
        series=series,
        references=references,
        decimals=decimals_for(indicator.unit),
    )


def unit_label(unit: TerritorialUnit, setting: Setting) -> str:
    if unit.pk == setting.unit.pk:
        return unit.name
    return f"{unit.name} ({WIDER_LABELS.get(unit.level, unit.get_level_display())})"


@dataclass
class DomainView:
    domain: str
    label: str
    slug: str
    narrative: str
    indicators: list[IndicatorView]
    problems: list[Problem]


def domain_view(government, domain: str, setting: Setting | None = None) -> DomainView:
    setting = setting or diagnosis_setting(government)
    indicators = DiagnosisIndicator.objects.available_to(government).filter(domain=domain)
    problems = list(
        Problem.objects.filter(government=government, domain=domain)
        .select_related("indicator")
        .prefetch_related("goals__strategy")
        .order_by("status", "-serious", "title")
    )
    for problem in problems:
        problem.reasons = problem_reasons(problem)
    by_indicator = {p.indicator_id: p for p in problems if p.indicator_id}
    views = []
    if setting is not None:
        for figures in indicator_figures(indicators, setting=setting, government=government):
            views.append(
                IndicatorView(
                    figures=figures,
                    chart=indicator_chart(figures, setting),
                    problem=by_indicator.get(figures.indicator.pk),
                )
            )
    narrative = (
        DomainNarrative.objects.filter(government=government, domain=domain)
        .values_list("text", flat=True)
        .first()
    )
    return DomainView(
        domain=domain,
        label=Domain(domain).label,
        slug=DOMAIN_SLUGS[domain],
        narrative=narrative or "",
        indicators=views,
        problems=problems,
    )


# The diagnosis chapter of the strategy document --------------------------------------------


@dataclass
class ChapterRow:
    indicator: DiagnosisIndicator
    year: int | None
    values: list[str]  # own, then each wider unit, formatted
    median: str
    rank: str


@dataclass
class ChapterSection:
    domain: str
    label: str
    narrative: str
    rows: list[ChapterRow]
    charts: list[LineChart]
    problems: list[Problem]


@dataclass
class Chapter:
    setting: Setting | None
    columns: list[str]  # the unit and its wider units
    sections: list[ChapterSection]
    own_files: bool = False  # some figures come from files the government sent itself


def diagnosis_chapter(government) -> Chapter:
    """The diagnosis as the strategy document prints it: per domain the coordinator's text,
    a table of the latest figures against the wider units and the group, a chart for each
    confirmed problem's indicator, and the confirmed problems with the goals answering
    them. The web page and the documents (DOCX, PDF) are drawn from this one structure."""
    setting = diagnosis_setting(government)
    indicators = list(DiagnosisIndicator.objects.available_to(government))
    figures = (
        {
            f.indicator.pk: f
            for f in indicator_figures(indicators, setting=setting, government=government)
        }
        if setting
        else {}
    )
    narratives = dict(
        DomainNarrative.objects.filter(government=government).values_list("domain", "text")
    )
    problems = list(
        Problem.objects.filter(government=government, status=Problem.Status.CONFIRMED)
        .select_related("indicator")
        .prefetch_related("goals")
        .order_by("-serious", "title")
    )
    for problem in problems:
        problem.reasons = problem_reasons(problem)
    sections = [
        _chapter_section(
            domain,
            indicators=[i for i in indicators if i.domain == domain],
            problems=[p for p in problems if p.domain == domain],
            figures=figures,
            setting=setting,
            narrative=narratives.get(domain, ""),
        )
        for domain in Domain.values
    ]
    columns = [unit_label(u, setting) for u in [setting.unit, *setting.wider]] if setting else []
    return Chapter(
        setting=setting,
        columns=columns,
        sections=sections,
        own_files=any(f.own_files for f in figures.values()),
    )


def _chapter_section(
    domain: str, *, indicators, problems, figures, setting, narrative: str
) -> ChapterSection:
    """One domain: the latest figures of its indicators against the wider units and the
    group, and a chart for each confirmed problem's indicator."""
    rows, charts = [], []
    for indicator in indicators:
        f = figures.get(indicator.pk)
        if f is None or f.latest_year is None:
            continue
        digits = decimals_for(indicator.unit)
        units = [setting.unit, *setting.wider]
        rows.append(
            ChapterRow(
                indicator=indicator,
                year=f.latest_year,
                values=[number(f.series[u.pk].get(f.latest_year), digits) for u in units],
                median=number(f.position.median, digits) if f.position else "–",
                rank=f"{f.position.rank}/{f.position.count}" if f.position else "–",
            )
        )
    for problem in problems:
        f = figures.get(problem.indicator_id)
        if f is not None and f.latest_year is not None:
            charts.append(indicator_chart(f, setting))
    return ChapterSection(
        domain=domain,
        label=Domain(domain).label,
        narrative=narrative,
        rows=rows,
        charts=charts,
        problems=problems,
    )

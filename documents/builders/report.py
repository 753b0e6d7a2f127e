"""The yearly monitoring report of a cycle, as a document: everything the report page shows
(monitoring/report.py builds both), with a chart for each indicator of the highest level of
goals that has indicators (the areas' indicators, where they have them). The other
indicators are in the tables only: a chart takes some 75 ms to draw, and a big strategy
has hundreds of indicators."""

import datetime
from collections import defaultdict

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from monitoring.indicator_charts import indicator_chart
from monitoring.models import MonitoringCycle, ReportForm
from monitoring.presentation import area_summary, figure, percent, report_summary_lines
from monitoring.report import AreaReport, Report, cycle_report
from monitoring.selectors import history_of
from strategies.models import IndicatorMilestone, IndicatorValue

from ..content import (
    BulletList,
    Column,
    Document,
    Figure,
    GroupRow,
    Heading,
    Look,
    Paragraph,
    Table,
    TitlePage,
)
from .common import Progress, amount, long_date, no_progress, or_dash
from .strategy import full_title


def report_title(cycle: MonitoringCycle) -> str:
    return _("Report on the implementation of the strategy in %(year)s") % {"year": cycle.year}


def report_document(
    cycle: MonitoringCycle,
    *,
    look: Look | None = None,
    place: str = "",
    progress: Progress = no_progress,
) -> Document:
    progress(0.05, _("Reading the forms"))
    report = cycle_report(cycle)
    document = _report_frame(cycle, look=look, place=place)
    _summary(document, report)
    progress(0.15, _("Writing the actions"))
    _actions(document, report)
    progress(0.3, _("Judging the indicators"))
    _indicators(document, cycle, report, progress)
    progress(0.85, _("Writing the conclusions"))
    _money(document, report)
    _conclusions(document, cycle)
    _recommendations(document, report)
    _follow_ups(document, report)
    _approval(document, cycle, report)
    progress(0.9, _("Writing the file"))
    return document


def _report_frame(cycle: MonitoringCycle, *, look: Look | None, place: str) -> Document:
    """The empty document with its title page: the report's year, the strategy, the
    cycle's status while it is not locked."""
    strategy = cycle.strategy
    government = strategy.government
    year = cycle.year + 1
    return Document(
        title=f"{report_title(cycle)} – {full_title(strategy)}",
        author=government.name,
        title_page=TitlePage(
            government=government.name,
            title=report_title(cycle),
            subtitle=full_title(strategy),
            lines=() if cycle.is_locked else (cycle.get_status_display(),),
            place_and_date=f"{place}, {year}" if place else str(year),
        ),
        look=look or Look(),
    )


def _summary(document: Document, report: Report) -> None:
    document.add(Heading(_("Summary")))
    document.add(BulletList(tuple(report_summary_lines(report))))


def _actions(document: Document, report: Report) -> None:
    """Per area a heading, how many of its actions are in each state, and a table of what
    each institution reported on each action."""
    document.add(Heading(_("Implementation of the actions")))
    if not report.areas:
        document.add(Paragraph(_("No action has been reported yet.")))
    columns = (
        Column(_("Institution"), 2),
        Column(_("Status"), 1.1),
        Column(_("What was done"), 3.5),
        Column(_("People reached"), 1, "right"),
        Column(_("Money spent"), 1.6),
        Column(_("Problems met"), 2),
    )
    for area in report.areas:
        document.add(Heading(f"{area.number}. {area.title}", level=2, numbered=False))
        document.add(Paragraph(area_summary(area)))
        document.add(
            Table(
                caption=_("Actions of the area %(number)s") % {"number": area.number},
                columns=columns,
                rows=tuple(_action_rows(area)),
            )
        )


def _action_rows(area: AreaReport) -> list:
    """A group row per action, then a row per institution that reported on it."""
    rows: list = []
    for row in area.actions:
        rows.append(GroupRow(f"{row.number} {row.action.title}"))
        for entry in row.entries:
            institution = entry.institution
            if entry.form_status != ReportForm.Status.ACCEPTED:
                institution += f" ({_('form not accepted yet')})"
            rows.append(
                (
                    institution,
                    or_dash(entry.report.get_status_display()),
                    or_dash(entry.report.what_done),
                    "–"
                    if entry.report.people_reached is None
                    else str(entry.report.people_reached),
                    "\n".join(f"{source}: {amount(value)}" for source, value in entry.spending)
                    or "–",
                    or_dash(entry.report.problems),
                )
            )
    return rows


def _money(document: Document, report: Report) -> None:
    document.add(Heading(_("Money spent against the financial framework")))
    if not report.money:
        document.add(Paragraph(_("Neither planned amounts nor spending for this year.")))
        return
    document.add(
        Table(
            caption=_("Money spent against the financial framework"),
            columns=(
                Column(_("Financing source"), 3),
                Column(_("Planned (PLN)"), 1.5, "right"),
                Column(_("Spent (PLN)"), 1.5, "right"),
            ),
            rows=tuple(
                (row.source, amount(row.planned), amount(row.spent)) for row in report.money
            ),
            total=(_("Total"), amount(report.planned_total), amount(report.spent_total)),
        )
    )


def _conclusions(document: Document, cycle: MonitoringCycle) -> None:
    document.add(Heading(_("Conclusions")))
    document.add(Paragraph(cycle.conclusions or _("No conclusions have been written yet.")))


def _recommendations(document: Document, report: Report) -> None:
    """Each recommendation with whom it is addressed to and the goal or action it is about."""
    document.add(Heading(_("Recommendations")))
    if not report.recommendations:
        document.add(Paragraph(_("No recommendations yet.")))
        return
    items = []
    for recommendation in report.recommendations:
        where = [
            _("Addressed to: %(institutions)s")
            % {"institutions": ", ".join(i.name for i in recommendation.institutions.all())}
        ]
        if recommendation.goal:
            where.append(recommendation.goal.title)
        if recommendation.action:
            where.append(recommendation.action.title)
        items.append(f"{recommendation.text} ({'; '.join(where)})")
    document.add(BulletList(tuple(items)))


def _follow_ups(document: Document, report: Report) -> None:
    """What the institutions answered to last year's recommendations (only when there were
    any)."""
    if not report.follow_ups:
        return
    document.add(Heading(_("How last year's recommendations were followed")))
    rows: list = []
    for follow_up in report.follow_ups:
        rows.append(GroupRow(follow_up.recommendation.text))
        for response in follow_up.responses:
            rows.append((response.form.institution.name, or_dash(response.response)))
        if not follow_up.responses:
            rows.append(
                (
                    "–",
                    _(
                        "Not asked this year: the institutions it was addressed to "
                        "have no form in this cycle."
                    ),
                )
            )
    document.add(
        Table(
            caption=_("Answers to last year's recommendations"),
            columns=(Column(_("Institution"), 2), Column(_("Answer"), 5)),
            rows=tuple(rows),
        )
    )


def _approval(document: Document, cycle: MonitoringCycle, report: Report) -> None:
    """The approval path step by step, and the date of publication once published."""
    document.add(Heading(_("Approval")))
    if report.approvals:
        document.add(
            Table(
                caption=_("Approval path of the report"),
                columns=(
                    Column(_("Step"), 3),
                    Column(_("Decision"), 1.5),
                    Column(_("Date of the decision"), 1.5),
                    Column(_("Resolution or document number"), 2),
                ),
                rows=tuple(_approval_row(step) for step in report.approvals),
            )
        )
    else:
        document.add(Paragraph(_("The approval path has not started.")))
    if cycle.published_at:
        document.add(
            Paragraph(
                _("Published on %(date)s.") % {"date": date_format(cycle.published_at, "j E Y")}
            )
        )


def _approval_row(step) -> tuple[str, str, str, str]:
    on_behalf = (
        " (" + _("entered by the coordinator on the approver's behalf") + ")"
        if step.on_behalf
        else ""
    )
    return (
        step.name[:1].upper() + step.name[1:],
        step.get_decision_display() + on_behalf,
        or_dash(long_date(step.date)),
        or_dash(step.document_number),
    )


def _indicators(
    document: Document, cycle: MonitoringCycle, report: Report, progress: Progress
) -> None:
    """Per area a table judging its indicators, and the charts of the highest level of
    goals that has indicators."""
    document.add(Heading(_("Indicators")))
    judgements = report.judgements
    if not judgements.indicator_count:
        document.add(Paragraph(_("The strategy has no indicators.")))
        return
    columns = (
        Column(_("Indicator"), 3.5),
        Column(_("Unit"), 0.9),
        Column(_("Baseline"), 1, "right"),
        Column(_("Target"), 1, "right"),
        Column(_("Expected"), 1, "right"),
        Column(_("Value"), 1, "right"),
        Column(_("Share of the way"), 1, "right"),
        Column(_("Judgement"), 1.2),
    )
    charted = _charted(judgements)
    histories = _histories(cycle, [i for pairs in charted.values() for _n, i in pairs])
    total = len(charted) or 1
    drawn = 0
    for area in judgements.areas:
        if not area.rows:
            continue
        document.add(Heading(f"{area.node.number}. {area.node.title}", level=2, numbered=False))
        document.add(
            Table(
                caption=_("Indicators: %(area)s")
                % {"area": f"{area.node.number}. {area.node.title}"},
                columns=columns,
                rows=tuple(
                    (
                        f"{row.number} {row.indicator.name}",
                        row.indicator.unit,
                        figure(row.indicator.baseline_value),
                        figure(row.indicator.target_value),
                        figure(row.judgement.expected),
                        figure(row.judgement.value),
                        percent(row.judgement.achievement),
                        str(row.judgement.status.label),
                    )
                    for row in area.rows
                ),
            )
        )
        for number, indicator in charted.get(area.node.number, []):
            chart = indicator_chart(histories[indicator.pk])
            document.add(Figure(chart=chart, caption=f"{number}. {indicator.name}"))
            drawn += 1
            progress(0.3 + 0.55 * drawn / total, _("Drawing the charts"))


def _charted(judgements) -> dict[str, list]:
    """Per area (by its number), the (goal number, indicator) pairs to chart: those of the
    highest goal level that has any indicator."""
    level = 0
    nodes = [area.node for area in judgements.areas]
    while nodes:
        level += 1
        if any(node.indicators for node in nodes):
            break
        nodes = [child for node in nodes for child in node.children if not child.is_action]
    charted: dict[str, list] = {}
    for node in nodes:
        area = node.number.split(".")[0]
        charted.setdefault(area, []).extend((node.number, i) for i in node.indicators)
    return charted


def _histories(cycle: MonitoringCycle, indicators) -> dict:
    """The history of each indicator up to the cycle's year, in two queries."""
    ids = [i.pk for i in indicators]
    values: dict[int, dict] = defaultdict(dict)
    for indicator_id, year, value in IndicatorValue.objects.filter(
        indicator_id__in=ids, year__lte=cycle.year
    ).values_list("indicator_id", "year", "value"):
        values[indicator_id][year] = value
    milestones: dict[int, dict] = defaultdict(dict)
    for indicator_id, year, value in IndicatorMilestone.objects.filter(
        indicator_id__in=ids
    ).values_list("indicator_id", "year", "value"):
        milestones[indicator_id][year] = value
    end = datetime.date(cycle.year, 12, 31)
    return {
        i.pk: history_of(cycle.strategy, i, milestones[i.pk], values[i.pk], end) for i in indicators
    }

"""The strategy document: what the council adopts.

Chapters, in the order of the strategies the seeds show: introduction, legal basis,
diagnosis, mission and vision, goals, the action plan, indicators, the implementation
system, the monitoring and evaluation system, the financial framework and the preparation
schedule. The prose chapters are the coordinator's own texts (Strategy.introduction …);
where one is empty, a standard text made from the strategy's data stands in for it.
"""

from django.db.models import Count
from django.utils.translation import gettext as _

from diagnosis.presentation import diagnosis_chapter
from governments.models import Institution, LocalGovernment
from monitoring.models import ApprovalStage
from monitoring.presentation import figure
from preparation.selectors import schedule_steps
from strategies.models import ActionParticipant, Strategy
from strategies.selectors import action_plan, financial_framework, strategy_tree

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
from .common import (
    Progress,
    amount,
    draft_mark,
    long_date,
    no_progress,
    or_dash,
    plan_blocks,
)

GMINA_KINDS = {
    LocalGovernment.Kind.URBAN_GMINA,
    LocalGovernment.Kind.RURAL_GMINA,
    LocalGovernment.Kind.URBAN_RURAL_GMINA,
}


def period_text(strategy: Strategy) -> str:
    return _("for the years %(first)s–%(last)s") % {
        "first": strategy.year_from,
        "last": strategy.year_to,
    }


def full_title(strategy: Strategy) -> str:
    """The title with its period, unless the title already names it (most do)."""
    if str(strategy.year_from) in strategy.title:
        return strategy.title
    return f"{strategy.title} {period_text(strategy)}"


def strategy_title_page(strategy: Strategy, *, council: str, place: str) -> TitlePage:
    lines = []
    if strategy.resolution_number:
        lines.append(
            _("Attachment to resolution No. %(number)s of %(council)s of %(date)s")
            % {
                "number": strategy.resolution_number,
                "council": council or "…",
                "date": long_date(strategy.resolution_date) or "…",
            }
        )
    year = strategy.resolution_date.year if strategy.resolution_date else strategy.year_from - 1
    return TitlePage(
        government=strategy.government.name,
        title=strategy.title,
        subtitle=period_text(strategy),
        lines=tuple(lines),
        place_and_date=f"{place}, {year}" if place else str(year),
    )


def strategy_document(
    strategy: Strategy,
    *,
    look: Look | None = None,
    council: str = "",
    place: str = "",
    progress: Progress = no_progress,
) -> Document:
    government = strategy.government
    document = Document(
        title=full_title(strategy),
        author=government.name,
        title_page=strategy_title_page(strategy, council=council, place=place),
        look=look or Look(),
        draft_mark=draft_mark(strategy),
    )
    progress(0.05, _("Reading the strategy"))
    tree = strategy_tree(strategy)
    plan = action_plan(strategy)
    _introduction(document, strategy)
    _legal_basis(document, strategy)
    progress(0.15, _("Drawing the diagnosis"))
    _diagnosis(document, government, progress)
    progress(0.6, _("Writing the goals and actions"))
    _mission_and_vision(document, strategy)
    _goals(document, tree)
    _action_plan(document, plan)
    progress(0.7, _("Writing the indicators"))
    _indicators(document, tree)
    _implementation_system(document, strategy)
    _monitoring_system(document, strategy)
    progress(0.8, _("Writing the financial framework"))
    document.add(Heading(_("Financial framework")))
    document.add(_framework_table(strategy))
    _preparation_schedule(document, strategy)
    progress(0.85, _("Writing the file"))
    return document


def _introduction(document: Document, strategy: Strategy) -> None:
    document.add(Heading(_("Introduction")))
    document.add(Paragraph(strategy.introduction or _default_introduction(strategy)))


def _legal_basis(document: Document, strategy: Strategy) -> None:
    """The coordinator's text, or the acts for the kind of unit."""
    document.add(Heading(_("Legal basis")))
    if strategy.legal_basis:
        document.add(Paragraph(strategy.legal_basis))
    else:
        document.add(Paragraph(_("The strategy has been prepared on the basis of:")))
        document.add(BulletList(tuple(_legal_acts(strategy.government))))


def _mission_and_vision(document: Document, strategy: Strategy) -> None:
    document.add(Heading(_("Mission and vision")))
    if not (strategy.mission or strategy.vision):
        document.add(Paragraph(_("The mission and vision have not been written yet.")))
        return
    if strategy.mission:
        document.add(Heading(_("Mission"), level=2), Paragraph(strategy.mission, emphasis=True))
    if strategy.vision:
        document.add(Heading(_("Vision"), level=2), Paragraph(strategy.vision, emphasis=True))


def _goals(document: Document, tree) -> None:
    document.add(Heading(_("Goals of the strategy")))
    if not tree.roots:
        document.add(Paragraph(_("The strategy has no goals yet.")))
    for root in tree.roots:
        _goal_section(document, root)


def _action_plan(document: Document, plan) -> None:
    document.add(Heading(_("Action plan")))
    document.add(
        Paragraph(
            _(
                "The tables list the actions of each area with their financing sources, the "
                "institutions responsible for them and their partners, the period and the "
                "priority."
            )
        )
    )
    document.add(*plan_blocks(plan))


def _indicators(document: Document, tree) -> None:
    document.add(Heading(_("Indicators")))
    indicator_tables = list(_indicator_tables(tree))
    if not indicator_tables:
        document.add(Paragraph(_("The strategy has no indicators yet.")))
    document.add(*indicator_tables)


def _implementation_system(document: Document, strategy: Strategy) -> None:
    """The coordinator's text (or the standard one) and who implements how many actions."""
    document.add(Heading(_("Implementation system")))
    document.add(Paragraph(strategy.implementation_system or _default_implementation(strategy)))
    institutions = _implementers(strategy)
    if institutions:
        document.add(
            Table(
                caption=_("Institutions implementing the actions"),
                columns=(
                    Column(_("Institution"), 5),
                    Column(_("Actions as implementer"), 1.5, "right"),
                    Column(_("Actions as partner"), 1.5, "right"),
                ),
                rows=tuple(institutions),
            )
        )


def _monitoring_system(document: Document, strategy: Strategy) -> None:
    """The coordinator's text (or the standard one) and the steps approving the report."""
    document.add(Heading(_("Monitoring and evaluation system")))
    document.add(Paragraph(strategy.monitoring_system or _default_monitoring(strategy)))
    stages = list(
        ApprovalStage.objects.filter(government=strategy.government).values_list("name", flat=True)
    )
    if stages:
        document.add(Paragraph(_("The yearly monitoring report is approved in these steps:")))
        document.add(BulletList(tuple(f"{name[:1].upper()}{name[1:]}" for name in stages)))


def _preparation_schedule(document: Document, strategy: Strategy) -> None:
    document.add(Heading(_("Preparation schedule")))
    steps = schedule_steps(strategy)
    if steps:
        document.add(schedule_table(steps))
    else:
        document.add(Paragraph(_("The preparation schedule has not been entered.")))


def schedule_table(steps) -> Table:
    return Table(
        caption=_("Schedule of preparing the strategy"),
        columns=(
            Column(_("No."), 0.6),
            Column(_("Step"), 4),
            Column(_("Term"), 1.6),
            Column(_("Executor"), 2),
            Column(_("Cooperating bodies"), 3),
        ),
        rows=tuple(
            (f"{index}.", step.name, step.term(), step.executor, or_dash(step.cooperating))
            for index, step in enumerate(steps, start=1)
        ),
    )


def _legal_acts(government: LocalGovernment) -> list[str]:
    if (
        government.kind in GMINA_KINDS
        or government.kind == LocalGovernment.Kind.CITY_WITH_POWIAT_RIGHTS
    ):
        social = _(
            "art. 17 par. 1 point 1 of the Act of 12 March 2004 on social assistance, which "
            "obliges the gmina to prepare and implement a strategy for solving social problems"
        )
    elif government.kind == LocalGovernment.Kind.POWIAT:
        social = _(
            "art. 19 point 1 of the Act of 12 March 2004 on social assistance, which obliges "
            "the powiat to prepare and implement a strategy for solving social problems"
        )
    else:
        social = _(
            "art. 21 point 1 of the Act of 12 March 2004 on social assistance, which obliges "
            "the voivodeship to prepare a voivodeship strategy of social policy"
        )
    return [
        social,
        _(
            "the Act of 6 December 2006 on the principles of conducting development policy, "
            "which sets the content of strategic documents and their public consultation"
        ),
        _("the Act of 8 March 1990 on the gmina self-government")
        if government.kind in GMINA_KINDS
        else _("the acts on the powiat and voivodeship self-government"),
    ]


def _default_introduction(strategy: Strategy) -> str:
    return _(
        "The strategy for solving social problems of %(government)s %(period)s sets the "
        "directions of the local social policy: it names the problems found in the "
        "diagnosis, the goals that answer them, the actions that reach the goals, who "
        "carries them out and with what money, and how their results are measured."
    ) % {"government": strategy.government.name, "period": period_text(strategy)}


def _default_implementation(strategy: Strategy) -> str:
    return _(
        "The strategy is implemented by the institutions named in the action plan, each "
        "responsible for its actions, in cooperation with the partners named there. The "
        "social assistance centre coordinates the implementation. The actions are financed "
        "from the sources given in the financial framework, within the budgets adopted "
        "each year."
    )


def _default_monitoring(strategy: Strategy) -> str:
    return _(
        "The strategy is monitored every year. Each institution reports on its actions and "
        "on the indicators it is responsible for; the coordinator gathers the reports, "
        "judges each indicator against its target and the expected path towards it, and "
        "prepares the yearly monitoring report with conclusions and recommendations. The "
        "report is presented to the council. An evaluation of the whole strategy is made "
        "in its last year."
    )


def _diagnosis(document: Document, government: LocalGovernment, progress: Progress) -> None:
    chapter = diagnosis_chapter(government)
    document.add(Heading(_("Diagnosis of the social situation")))
    sections = [s for s in chapter.sections if s.narrative or s.rows or s.problems]
    if not sections:
        document.add(Paragraph(_("The diagnosis has not been prepared yet.")))
        return
    if chapter.setting:
        document.add(_diagnosis_sources(chapter))
    charts = sum(len(s.charts) for s in sections) or 1
    drawn = 0
    for section in sections:
        document.add(Heading(section.label[:1].upper() + section.label[1:], level=2))
        if section.narrative:
            document.add(Paragraph(section.narrative))
        if section.rows:
            document.add(_diagnosis_table(chapter, section))
        for chart in section.charts:
            document.add(Figure(chart=chart, caption=chart.title))
            drawn += 1
            progress(0.15 + 0.45 * drawn / charts, _("Drawing the diagnosis"))
        if section.problems:
            document.add(Heading(_("Problems found"), level=3, numbered=False))
            document.add(BulletList(tuple(_problem_text(p) for p in section.problems)))


def _diagnosis_sources(chapter) -> Paragraph:
    """Where the figures come from and what the tables compare."""
    return Paragraph(
        _(
            "The figures come from the Local Data Bank of Statistics Poland and from "
            "the institutions' own records. Each table compares %(unit)s with the "
            "wider units it lies in, the median of comparable units and its place "
            "among them (1 is the highest value)."
        )
        % {"unit": chapter.columns[0]}
        + (
            " "
            + _(
                "Some figures come from files exported from the BDL that the local "
                "government sent itself."
            )
            if chapter.own_files
            else ""
        )
    )


def _diagnosis_table(chapter, section) -> Table:
    return Table(
        caption=_("Figures: %(domain)s") % {"domain": section.label},
        columns=(
            Column(_("Indicator"), 3.2),
            Column(_("Year"), 0.8, "right"),
            *(Column(name, 1.3, "right") for name in chapter.columns),
            Column(_("Median of the group"), 1.2, "right"),
            Column(_("Place"), 1, "right"),
        ),
        rows=tuple(
            (
                f"{row.indicator.name} ({row.indicator.unit})",
                str(row.year or "–"),
                *row.values,
                row.median,
                row.rank,
            )
            for row in section.rows
        ),
    )


def _problem_text(problem) -> str:
    """ "Title – serious problem. Reasons. Answered by: goals." """
    text = problem.title
    if problem.serious:
        text += " – " + _("serious problem")
    reasons = " ".join(problem.reasons)
    if reasons:
        text += ". " + reasons
    goals = ", ".join(goal.title for goal in problem.goals.all())
    if goals:
        text += " " + _("Answered by: %(goals)s.") % {"goals": goals}
    return text


def _goal_section(document: Document, root) -> None:
    document.add(Heading(f"{root.number}. {root.title}", level=2, numbered=False))
    if root.goal.description:
        document.add(Paragraph(root.goal.description))
    items = []
    for node in _goal_children(root):
        level = f"{node.level.name}: " if node.level else ""
        line = f"{node.number}. {level}{node.title}"
        if node.goal.description:
            line += f" – {node.goal.description}"
        items.append(line)
    if items:
        document.add(BulletList(tuple(items)))


def _goal_children(node):
    for child in node.children:
        if not child.is_action:
            yield child
            yield from _goal_children(child)


def _indicator_tables(tree):
    columns = (
        Column(_("No."), 0.7),
        Column(_("Indicator"), 4),
        Column(_("Unit"), 1),
        Column(_("Baseline value (year)"), 1.4, "right"),
        Column(_("Target value (year)"), 1.4, "right"),
        Column(_("Data source"), 2),
    )
    for root in tree.roots:
        rows = []
        count = 0
        for node in _with_indicators(root):
            rows.append(GroupRow(f"{node.number}. {node.title}"))
            for indicator in node.indicators:
                count += 1
                rows.append(
                    (
                        f"{node.number}/{count}",
                        indicator.name,
                        indicator.unit,
                        _value_year(indicator.baseline_value, indicator.baseline_year),
                        _value_year(indicator.target_value, indicator.target_year)
                        if indicator.target_value is not None
                        else or_dash(indicator.target_description),
                        or_dash(indicator.data_source),
                    )
                )
        if count:
            yield Heading(f"{root.number}. {root.title}", level=2, numbered=False)
            yield Table(
                caption=_("Indicators: %(area)s") % {"area": f"{root.number}. {root.title}"},
                columns=columns,
                rows=tuple(rows),
            )


def _with_indicators(node):
    if node.indicators:
        yield node
    for child in node.children:
        yield from _with_indicators(child)


def _value_year(value, year) -> str:

    if value is None:
        return "–"
    return f"{figure(value)} ({year})" if year else figure(value)


def _implementers(strategy: Strategy) -> list[tuple[str, str, str]]:
    counts = (
        ActionParticipant.objects.filter(action__strategy=strategy)
        .values("institution_id", "role")
        .annotate(n=Count("id"))
    )
    by_institution: dict[int, dict[str, int]] = {}
    for row in counts:
        by_institution.setdefault(row["institution_id"], {})[row["role"]] = row["n"]
    institutions = Institution.objects.filter(pk__in=by_institution).order_by("name")
    return [
        (
            institution.label,
            str(by_institution[institution.pk].get(ActionParticipant.Role.IMPLEMENTER, 0)),
            str(by_institution[institution.pk].get(ActionParticipant.Role.PARTNER, 0)),
        )
        for institution in institutions
    ]


def _framework_table(strategy: Strategy) -> Table | Paragraph:
    framework = financial_framework(strategy)
    if not framework.rows:
        return Paragraph(_("No amounts have been planned yet."))
    return Table(
        caption=_("Planned amounts by financing source and year (PLN)"),
        columns=(
            Column(_("Financing source"), 3),
            *(Column(str(year), 1.2, "right") for year in framework.years),
            Column(_("Total"), 1.4, "right"),
        ),
        rows=tuple(
            (row.source_name, *(amount(a) for a in row.amounts), amount(row.total))
            for row in framework.rows
        ),
        total=(
            _("Total"),
            *(amount(total) for total in framework.year_totals),
            amount(framework.total),
        ),
    )

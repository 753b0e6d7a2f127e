"""The yearly report of a monitoring cycle, assembled from the forms: per area the actions
with what each institution reported, money spent per source against the plan, the summary,
the recommendations and how last year's were followed, and the approval record. The page
and the documents (issue 5) are drawn from this one structure."""

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import BooleanField, ExpressionWrapper, Q, Sum

from strategies.models import ActionParticipant, FinancingSource, PlannedAmount
from strategies.selectors import strategy_tree

from .models import (
    ActionReport,
    ActionSpending,
    MonitoringCycle,
    Recommendation,
    RecommendationResponse,
    ReportForm,
)
from .selectors import indicator_judgements


@dataclass
class InstitutionEntry:
    institution: str
    is_implementer: bool
    report: ActionReport  # blank when withheld
    form_status: str
    spending: list[tuple[str, Decimal]]
    withheld: bool = False  # an unsubmitted form this reader may not see (cycle_report)

    @property
    def is_accepted(self) -> bool:
        return self.form_status == ReportForm.Status.ACCEPTED


@dataclass
class ActionRow:
    number: str
    action: object
    entries: list[InstitutionEntry]

    @property
    def status(self) -> str:
        """The implementer's status; a partner's where the implementer has none."""
        for entry in sorted(self.entries, key=lambda e: not e.is_implementer):
            if entry.report.status:
                return entry.report.status
        return ""

    @property
    def accepted_status(self) -> str:
        """The status as the accepted forms report it (the implementer's first): what the
        report's totals count; "" while no accepted form reports the action."""
        accepted = [e for e in self.entries if e.is_accepted]
        for entry in sorted(accepted, key=lambda e: not e.is_implementer):
            if entry.report.status:
                return entry.report.status
        return ""

    @property
    def status_label(self) -> str:
        return ActionReport.Status(self.status).label if self.status else ""

    @property
    def people_reached(self) -> int | None:
        numbers = [e.report.people_reached for e in self.entries if e.report.people_reached]
        return sum(numbers) if numbers else None


@dataclass
class AreaReport:
    number: str
    title: str
    actions: list[ActionRow] = field(default_factory=list)

    @property
    def counts(self) -> Counter:
        """The actions by the status the accepted forms report ("none": no accepted report)."""
        return Counter(row.accepted_status or "none" for row in self.actions)


@dataclass
class MoneyRow:
    source: str
    planned: Decimal
    spent: Decimal  # as the accepted forms report it


@dataclass
class Pending:
    """What the forms not accepted yet say, shown apart from the report's totals."""

    forms: int = 0
    spent: Decimal = Decimal(0)


@dataclass
class FollowUp:
    recommendation: Recommendation
    responses: list[RecommendationResponse]


@dataclass
class Report:
    cycle: MonitoringCycle
    areas: list[AreaReport]
    money: list[MoneyRow]
    forms: Counter
    recommendations: list[Recommendation]
    follow_ups: list[FollowUp]
    approvals: list
    judgements: object  # selectors.StrategyJudgements of the cycle's year
    pending: Pending = field(default_factory=Pending)

    @property
    def action_counts(self) -> Counter:
        total: Counter = Counter()
        for area in self.areas:
            total.update(area.counts)
        return total

    @property
    def action_total(self) -> int:
        return sum(len(area.actions) for area in self.areas)

    @property
    def planned_total(self) -> Decimal:
        return sum((row.planned for row in self.money), Decimal(0))

    @property
    def spent_total(self) -> Decimal:
        return sum((row.spent for row in self.money), Decimal(0))


def _nobody(institution_id: int) -> bool:
    return False


def cycle_report(cycle: MonitoringCycle, *, show_draft: Callable[[int], bool] = _nobody) -> Report:
    """Everything the report shows, in a fixed number of queries whatever the size.

    A form not submitted yet (never opened, a draft, or returned for correction) is the
    institution's work in progress: its content (what was done, money spent, answers to
    recommendations) is shown only where ``show_draft(institution id)`` allows it; the
    team's report page passes ``Access.may_fill`` (the team, and each institution for its
    own form). By default nobody's, so documents and the portal hold only submitted and
    accepted forms."""
    strategy = cycle.strategy
    tree = strategy_tree(strategy)  # with indicators: the judgements read the same tree
    forms = list(cycle.forms.values_list("pk", "institution_id", "status"))
    withheld = {
        pk
        for pk, institution_id, status in forms
        if status in ReportForm.EDITABLE and not show_draft(institution_id)
    }
    areas = _areas(tree, _entries(cycle, withheld))
    money, pending_spent = _money(cycle, withheld)
    return Report(
        cycle=cycle,
        areas=areas,
        money=money,
        pending=Pending(
            forms=sum(1 for _pk, _i, status in forms if status != ReportForm.Status.ACCEPTED),
            spent=pending_spent,
        ),
        forms=Counter(status for _pk, _institution, status in forms),
        recommendations=list(
            cycle.recommendations.prefetch_related("institutions").select_related("goal", "action")
        ),
        follow_ups=_follow_ups(cycle, withheld),
        approvals=list(cycle.approvals.select_related("recorded_by")),
        judgements=indicator_judgements(strategy, cycle.year, tree=tree),
    )


def _entries(cycle: MonitoringCycle, withheld: set[int]) -> dict[int, list[InstitutionEntry]]:
    """{action id: what each institution reported on it}; a withheld form shows its
    institution and status but none of its content."""
    strategy = cycle.strategy
    reports = defaultdict(list)
    action_reports = ActionReport.objects.filter(form__cycle=cycle).select_related(
        "form__institution"
    )
    spending = defaultdict(list)
    for row in (
        ActionSpending.objects.filter(report__form__cycle=cycle)
        .exclude(report__form_id__in=withheld)
        .select_related("source")
    ):
        spending[row.report_id].append((row.source.name, row.amount))
    implementers = set(
        ActionParticipant.objects.filter(
            action__strategy=strategy, role=ActionParticipant.Role.IMPLEMENTER
        ).values_list("action_id", "institution_id")
    )
    for report in action_reports:
        institution = report.form.institution
        hidden = report.form_id in withheld
        reports[report.action_id].append(
            InstitutionEntry(
                institution=institution.name,
                is_implementer=(report.action_id, institution.pk) in implementers,
                report=ActionReport(form=report.form, action_id=report.action_id)
                if hidden
                else report,
                form_status=report.form.status,
                spending=spending.get(report.pk, []),
                withheld=hidden,
            )
        )
    return reports


def _areas(tree, reports: dict[int, list[InstitutionEntry]]) -> list[AreaReport]:
    """The reported actions under their areas (top-level goals), implementers first."""
    areas = []
    for root in tree.roots:
        area = AreaReport(number=root.number, title=root.title)
        for node in root.iter_actions():
            if node.action.pk in reports:
                area.actions.append(
                    ActionRow(
                        number=node.number,
                        action=node.action,
                        entries=sorted(
                            reports[node.action.pk],
                            key=lambda e: (not e.is_implementer, e.institution),
                        ),
                    )
                )
        if area.actions:
            areas.append(area)
    return areas


def _money(cycle: MonitoringCycle, withheld: set[int]) -> tuple[list[MoneyRow], Decimal]:
    """Planned and spent per source, spent as the accepted forms report it; and the money
    the forms not accepted yet report (none of a withheld form's), in one query."""

    planned = dict(
        PlannedAmount.objects.filter(funding__action__strategy=cycle.strategy, year=cycle.year)
        .values_list("funding__source_id")
        .annotate(total=Sum("amount"))
    )
    rows = (
        ActionSpending.objects.filter(report__form__cycle=cycle)
        .exclude(report__form_id__in=withheld)
        .annotate(
            accepted=ExpressionWrapper(
                Q(report__form__status=ReportForm.Status.ACCEPTED), output_field=BooleanField()
            )
        )
        .values_list("source_id", "accepted")
        .annotate(total=Sum("amount"))
    )
    spent, pending = {}, Decimal(0)
    for source_id, accepted, total in rows:
        if accepted:
            spent[source_id] = total
        else:
            pending += total or 0
    sources = FinancingSource.objects.filter(pk__in=set(planned) | set(spent)).order_by(
        "position", "name"
    )
    return [
        MoneyRow(
            source=source.name,
            planned=planned.get(source.pk) or Decimal(0),
            spent=spent.get(source.pk) or Decimal(0),
        )
        for source in sources
    ], pending


def _follow_ups(cycle: MonitoringCycle, withheld: set[int]) -> list[FollowUp]:
    """Every recommendation of the previous cycle and what the institutions answered in
    this one (none where no addressee had a form this year; withheld drafts left out)."""
    previous = (
        MonitoringCycle.objects.filter(strategy_id=cycle.strategy_id, year__lt=cycle.year)
        .order_by("-year")
        .first()
    )
    if previous is None:
        return []
    responses = defaultdict(list)
    for response in (
        RecommendationResponse.objects.filter(form__cycle=cycle)
        .exclude(form_id__in=withheld)
        .select_related("form__institution")
    ):
        responses[response.recommendation_id].append(response)
    return [
        FollowUp(r, responses[r.pk]) for r in previous.recommendations.order_by("position", "id")
    ]


def forms_summary(report: Report) -> dict[str, int]:
    return {status.label: report.forms.get(status.value, 0) for status in ReportForm.Status}

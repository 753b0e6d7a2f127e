"""What the public portal may show: adopted (or expired) strategies, published yearly
reports and their published documents, indicators of adopted strategies. Drafts and
strategies in preparation never appear (tests in portal/tests prove it)."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from consultations.models import Consultation
from documents.models import GeneratedDocument
from governments.models import LocalGovernment
from monitoring.models import MonitoringCycle
from strategies.models import IndicatorMilestone, IndicatorValue, Strategy
from strategies.selectors import strategy_tree
from versions.models import StrategyVersion

PUBLIC_STATUSES = (Strategy.Status.ADOPTED, Strategy.Status.EXPIRED)


def public_strategies(government: LocalGovernment):
    return Strategy.objects.filter(government=government, status__in=PUBLIC_STATUSES).order_by(
        "-year_from"
    )


def public_strategy(government: LocalGovernment, pk: int) -> Strategy | None:
    """An adopted strategy of the government, or None (drafts are not public)."""
    return public_strategies(government).select_related("government").filter(pk=pk).first()


def public_governments():
    """The governments with anything public: an adopted strategy or a consultation that has
    started (a gmina consulting its first strategy is on the list too)."""

    started = Consultation.objects.filter(
        strategy__government=OuterRef("pk"), starts_on__lte=timezone.localdate()
    )
    adopted = Strategy.objects.filter(government=OuterRef("pk"), status__in=PUBLIC_STATUSES)
    return LocalGovernment.objects.filter(Q(Exists(adopted)) | Q(Exists(started))).order_by("name")


def published_cycles(strategy: Strategy):
    return MonitoringCycle.objects.filter(
        strategy=strategy, status=MonitoringCycle.Status.PUBLISHED
    ).order_by("-year")


def published_cycle(strategy: Strategy, pk: int) -> MonitoringCycle | None:
    return published_cycles(strategy).filter(pk=pk).first()


def published_document(
    government: LocalGovernment, strategy_pk: int, pk: int
) -> GeneratedDocument | None:
    """A published document to download: of an adopted strategy, or the report of a
    consultation whose report is published (a first strategy is consulted as a draft);
    None for anything else."""
    strategy = Strategy.objects.filter(government=government, pk=strategy_pk).first()
    if strategy is None:
        return None
    record = published_documents(strategy).filter(pk=pk).first()
    if record is None:
        return None
    if record.consultation_id is None and strategy.status not in PUBLIC_STATUSES:
        return None
    return record


def published_documents(strategy: Strategy):
    """The versions of documents marked as published, with their cycles."""
    return (
        GeneratedDocument.objects.filter(
            strategy=strategy, is_published=True, status=GeneratedDocument.Status.DONE
        )
        # a report's document only once its year's report is published, a consultation
        # report's once the consultation's report is
        .exclude(Q(cycle__isnull=False) & ~Q(cycle__status=MonitoringCycle.Status.PUBLISHED))
        .exclude(Q(consultation__isnull=False) & Q(consultation__report_published_on=None))
        .select_related("cycle", "consultation")
        .order_by("kind", "-cycle__year", "format")
    )


def adopted_versions(strategy: Strategy):
    """The versions the council adopted (the adopted one and later amendments), the one in
    force first."""
    return StrategyVersion.objects.filter(
        strategy=strategy,
        kind__in=[StrategyVersion.Kind.ADOPTED, StrategyVersion.Kind.AMENDMENT],
    ).order_by("-number")


def adopted_version(strategy: Strategy):
    """The latest version the council adopted, or None for a strategy adopted before
    versions were kept: the portal then shows the strategy as it is. With a version, edits
    made since (a draft amendment) stay off the public pages until they are adopted and
    frozen."""
    return adopted_versions(strategy).first()


# The strategy's data as the public may see it -------------------------------------------


def hidden_years(strategy: Strategy) -> set[int]:
    """Years whose monitoring report is not published yet: their values (accepted from the
    institutions' forms) stay off the public pages until the report is. Years without a
    cycle (figures entered by hand) are public."""
    return set(
        MonitoringCycle.objects.filter(strategy=strategy)
        .exclude(status=MonitoringCycle.Status.PUBLISHED)
        .values_list("year", flat=True)
    )


def public_values(strategy: Strategy, indicator_ids=None) -> dict[int, dict[int, object]]:
    """indicator id → year → value, without the years of unpublished reports."""

    rows = IndicatorValue.objects.filter(indicator__strategy=strategy).exclude(
        year__in=hidden_years(strategy)
    )
    if indicator_ids is not None:
        rows = rows.filter(indicator_id__in=indicator_ids)
    values: dict[int, dict[int, object]] = {}
    for indicator_id, year, value in rows.values_list("indicator_id", "year", "value"):
        values.setdefault(indicator_id, {})[year] = value
    return values


@dataclass
class PublicStructure:
    """The strategy's tree (with indicators) as adopted, and the milestones to judge by."""

    tree: object  # strategies.selectors.StrategyTree
    milestones: dict[int, dict[int, object]]
    indicators: dict[int, object]  # id → Indicator as adopted


def public_structure(strategy: Strategy) -> PublicStructure:
    """The live tree laid over with the adopted version, where there is one: elements added
    since are left out and the adopted titles, numbers, baselines, targets and milestones
    replace today's (a draft amendment stays private). Without a version, the tree as is."""

    tree = strategy_tree(strategy)
    version = adopted_version(strategy)
    if version is None:
        milestones: dict[int, dict[int, object]] = {}
        for indicator_id, year, value in IndicatorMilestone.objects.filter(
            indicator__strategy=strategy
        ).values_list("indicator_id", "year", "value"):
            milestones.setdefault(indicator_id, {})[year] = value
        indicators = {i.pk: i for node in tree.nodes() for i in node.indicators}
        return PublicStructure(tree, milestones, indicators)
    snapshot = version.snapshot
    goals = {g["pk"]: g for g in snapshot.get("goals", [])}
    actions = {a["pk"]: a for a in snapshot.get("actions", [])}
    adopted = {i["pk"]: i for i in snapshot.get("indicators", [])}

    def overlay(node) -> bool:
        element = (actions if node.is_action else goals).get(node.obj.pk)
        if element is None:
            return False
        node.number = element["number"]
        node.obj.title = element["title"]
        node.children = [child for child in node.children if overlay(child)]
        kept = []
        for indicator in node.indicators:
            data = adopted.get(indicator.pk)
            if data is not None:
                _adopt_indicator(indicator, data)
                kept.append(indicator)
        node.indicators = kept
        return True

    tree.roots = [root for root in tree.roots if overlay(root)]
    milestones = {
        pk: {int(year): Decimal(value) for year, value in data.get("milestones", {}).items()}
        for pk, data in adopted.items()
    }
    indicators = {i.pk: i for node in tree.nodes() for i in node.indicators}
    return PublicStructure(tree, milestones, indicators)


def _adopt_indicator(indicator, data: dict) -> None:
    def number(value):
        return None if value in (None, "") else Decimal(value)

    indicator.name = data["name"]
    indicator.unit = data["unit"]
    indicator.baseline_value = number(data.get("baseline_value"))
    indicator.baseline_year = data.get("baseline_year")
    indicator.target_value = number(data.get("target_value"))
    indicator.target_year = data.get("target_year")
    indicator.target_description = data.get("target_description", "")
    indicator.direction = data.get("direction", indicator.direction)
    indicator.data_source = data.get("data_source", "")

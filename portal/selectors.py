"""What the public portal may show: adopted (or expired) strategies, published yearly
reports and their published documents, indicators of adopted strategies. Drafts and
strategies in preparation never appear (tests in portal/tests prove it)."""

from django.db.models import Count, Q
from django.shortcuts import get_object_or_404

from documents.models import GeneratedDocument
from governments.models import LocalGovernment
from monitoring.models import MonitoringCycle
from strategies.models import Strategy

PUBLIC_STATUSES = (Strategy.Status.ADOPTED, Strategy.Status.EXPIRED)


def public_strategies(government: LocalGovernment):
    return Strategy.objects.filter(government=government, status__in=PUBLIC_STATUSES).order_by(
        "-year_from"
    )


def public_strategy(government: LocalGovernment, pk: int) -> Strategy:
    """An adopted strategy of the government, or a 404 (drafts are not public)."""
    return get_object_or_404(public_strategies(government).select_related("government"), pk=pk)


def public_governments():
    """The governments with anything public, with the number of their adopted strategies."""
    return (
        LocalGovernment.objects.annotate(
            public_count=Count("strategies", filter=Q(strategies__status__in=PUBLIC_STATUSES))
        )
        .filter(public_count__gt=0)
        .order_by("name")
    )


def published_cycles(strategy: Strategy):
    return MonitoringCycle.objects.filter(
        strategy=strategy, status=MonitoringCycle.Status.PUBLISHED
    ).order_by("-year")


def published_cycle(strategy: Strategy, pk: int) -> MonitoringCycle:
    return get_object_or_404(published_cycles(strategy), pk=pk)


def published_documents(strategy: Strategy):
    """The versions of documents marked as published, with their cycles."""
    return (
        GeneratedDocument.objects.filter(
            strategy=strategy, is_published=True, status=GeneratedDocument.Status.DONE
        )
        # a report's document only once its year's report is published
        .exclude(Q(cycle__isnull=False) & ~Q(cycle__status=MonitoringCycle.Status.PUBLISHED))
        .select_related("cycle")
        .order_by("kind", "-cycle__year", "format")
    )


def adopted_version(strategy: Strategy):
    """The latest version the council adopted (the adopted one or a later amendment), or
    None for a strategy adopted before versions were kept: the portal then shows the
    strategy as it is. With a version, edits made since (a draft amendment) stay off the
    public pages until they are adopted and frozen."""
    from versions.models import StrategyVersion

    return (
        StrategyVersion.objects.filter(
            strategy=strategy,
            kind__in=[StrategyVersion.Kind.ADOPTED, StrategyVersion.Kind.AMENDMENT],
        )
        .order_by("-number")
        .first()
    )

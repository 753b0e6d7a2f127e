"""What a strategy still lacks before the council adopts it, each gap with the address of
the page where it is filled in. The list is shown on the adoption page; adopting with gaps
asks for a confirmation that the adopted version records (services.strategy_adopt).

What counts as a gap, in the order listed: an area (a top-level goal) with no indicator in
it; an action without an implementer or without a financing source; an indicator without a
baseline (value and year) or a target (value and year); a financial framework with no
planned amount; no implementation system or monitoring system text.
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext as _

from strategies.models import PlannedAmount, Strategy
from strategies.selectors import TreeNode, strategy_tree


@dataclass(frozen=True)
class Gap:
    text: str
    url: str  # where it is filled in


def strategy_gaps(strategy: Strategy) -> list[Gap]:
    """Every gap of the strategy, in a fixed number of queries."""
    tree = strategy_tree(strategy, with_plan=True)
    at = {"government": strategy.government.slug, "strategy": strategy.pk}
    gaps = []
    for root in tree.roots:
        if not any(node.indicators for node in root.subtree()):
            gaps.append(
                Gap(
                    _("Area %(number)s “%(title)s” has no indicator.")
                    % {"number": root.number, "title": root.title},
                    reverse("goal_detail", kwargs={**at, "goal": root.goal.pk}),
                )
            )
    for node in tree.action_nodes():
        gaps += _action_gaps(node, at)
    for node in tree.nodes():
        for indicator in node.indicators:
            gaps += _indicator_gaps(indicator, at)
    if not PlannedAmount.objects.filter(funding__action__strategy=strategy).exists():
        gaps.append(
            Gap(
                _("The financial framework is empty: no action has planned amounts."),
                reverse("framework", kwargs=at),
            )
        )
    texts = reverse("strategy_texts", kwargs=at)
    if not strategy.implementation_system.strip():
        gaps.append(Gap(_("The implementation system is not described."), texts))
    if not strategy.monitoring_system.strip():
        gaps.append(Gap(_("The monitoring and evaluation system is not described."), texts))
    return gaps


def _action_gaps(node: TreeNode, at: dict) -> list[Gap]:
    action, gaps = node.action, []
    named = {"number": node.number, "title": action.title}
    edit = reverse("action_edit", kwargs={**at, "action": action.pk})
    if not action.implementers():
        gaps.append(Gap(_("Action %(number)s “%(title)s” has no implementer.") % named, edit))
    if not action.financing():
        gaps.append(Gap(_("Action %(number)s “%(title)s” has no financing source.") % named, edit))
    return gaps


def _indicator_gaps(indicator, at: dict) -> list[Gap]:
    gaps = []
    edit = reverse("indicator_edit", kwargs={**at, "indicator": indicator.pk})
    if indicator.baseline_value is None or indicator.baseline_year is None:
        gaps.append(
            Gap(_("Indicator “%(name)s” has no baseline.") % {"name": indicator.name}, edit)
        )
    if indicator.target_value is None or indicator.target_year is None:
        gaps.append(Gap(_("Indicator “%(name)s” has no target.") % {"name": indicator.name}, edit))
    return gaps

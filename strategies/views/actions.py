"""The actions on the last level of goals: their page, the form with participants,
sources and priorities, planned amounts, deleting, moving, history."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.views import confirm_delete, history_page, save_form
from core.views import government_url as _url
from governments.access import Permission

from .. import services
from ..access import strategy_view
from ..forms import ActionForm, PlannedAmountsForm
from ..models import (
    Action,
    ActionFunding,
    ActionParticipant,
    ActionPriority,
    Goal,
    Indicator,
    PlannedAmount,
    Strategy,
)
from ..selectors import action_detail, strategy_tree
from .common import counts_text, history_id, move_response, strategy_goal, tree_url


def _goal_choices(strategy: Strategy) -> list[tuple[Goal, str]]:
    tree = strategy_tree(strategy, actions=Action.objects.none(), with_indicators=False)
    last = tree.goal_depth
    return [
        (node.goal, f"{node.number}. {node.goal.title}")
        for node in tree.goal_nodes()
        if node.goal.depth == last
    ]


def _action(request: HttpRequest, strategy: Strategy, pk: int) -> Action:
    try:
        return action_detail(strategy, pk)
    except Action.DoesNotExist as exc:
        raise Http404 from exc


@strategy_view(Permission.VIEW)
def action_view(request: HttpRequest, action: int) -> HttpResponse:
    strategy = request.strategy
    action = _action(request, strategy, action)
    tree = strategy_tree(
        strategy, actions=Action.objects.filter(pk=action.pk), with_indicators=False
    )
    node = next(n for n in tree.action_nodes())
    fundings = action.financing()
    years = list(strategy.years)
    framework = [(f, [f.amount_in(y) for y in years]) for f in fundings]
    return render(
        request,
        "strategies/action_detail.html",
        {
            "strategy": strategy,
            "action": action,
            "node": node,
            "level": tree.action_level,
            "years": years,
            "framework": framework,
        },
    )


def _action_form(request, strategy, instance=None, goal=None):
    initial = {"goal": goal.pk} if goal else None
    return ActionForm(
        request.POST or None,
        instance=instance,
        initial=initial,
        strategy=strategy,
        goal_choices=_goal_choices(strategy),
    )


def _save_action(form: ActionForm):
    data = form.cleaned_data
    return services.action_save(
        action=form.instance,
        implementers=list(data["implementers"]),
        partners=list(data["partners"]),
        sources=list(data["sources"]),
        priorities=form.priorities(),
    )


@strategy_view(Permission.EDIT)
def action_create(request: HttpRequest) -> HttpResponse:
    strategy = request.strategy
    goal_id = request.GET.get("goal")
    goal = strategy_goal(request, strategy, goal_id) if goal_id else None
    form = _action_form(request, strategy, goal=goal)
    if request.method == "POST" and save_form(form, lambda: _save_action(form)):
        messages.success(request, _("Added: %(title)s.") % {"title": form.instance.title})
        return redirect(tree_url(request, strategy, f"action-{form.instance.pk}"))
    return render(request, "strategies/action_form.html", {"form": form, "strategy": strategy})


@strategy_view(Permission.EDIT)
def action_edit(request: HttpRequest, action: int) -> HttpResponse:
    strategy = request.strategy
    action = _action(request, strategy, action)
    form = _action_form(request, strategy, instance=action)
    if request.method == "POST" and save_form(form, lambda: _save_action(form)):
        messages.success(request, _("Saved: %(title)s.") % {"title": action.title})
        return redirect(_url(request, "action_detail", strategy=strategy.pk, action=action.pk))
    return render(
        request,
        "strategies/action_form.html",
        {"form": form, "strategy": strategy, "action": action},
    )


@strategy_view(Permission.EDIT)
def action_amounts(request: HttpRequest, action: int) -> HttpResponse:
    strategy = request.strategy
    action = _action(request, strategy, action)
    form = PlannedAmountsForm(request.POST or None, action=action)
    if request.method == "POST" and save_form(
        form, lambda: services.action_set_planned_amounts(action=action, amounts=form.amounts())
    ):
        messages.success(request, _("The planned amounts have been saved."))
        return redirect(_url(request, "action_detail", strategy=strategy.pk, action=action.pk))
    return render(
        request,
        "strategies/action_amounts.html",
        {"form": form, "strategy": strategy, "action": action},
    )


@strategy_view(Permission.EDIT)
def action_delete(request: HttpRequest, action: int) -> HttpResponse:
    strategy = request.strategy
    action = _action(request, strategy, action)
    indicators = action.indicators.count()
    return confirm_delete(
        request,
        obj=action,
        delete=lambda: services.action_delete(action=action),
        success_url=tree_url(request, strategy, f"goal-{action.goal_id}"),
        cancel_url=_url(request, "action_detail", strategy=strategy.pk, action=action.pk),
        consequences=counts_text({"indicators": indicators}),
    )


@strategy_view(Permission.EDIT)
@require_POST
def action_move(request: HttpRequest, action: int) -> HttpResponse:
    strategy = request.strategy
    action = get_object_or_404(Action.objects.filter(strategy=strategy), pk=action)
    services.action_move(
        action=action, direction="up" if request.POST.get("direction") == "up" else "down"
    )
    return move_response(request, strategy, f"action-{action.pk}")


@strategy_view(Permission.VIEW)
def action_history(request: HttpRequest, action: int) -> HttpResponse:
    strategy = request.strategy
    action_id = history_id(Action, strategy, action)
    funding_ids = ActionFunding.history.filter(action_id=action_id).values("id")
    querysets = [
        Action.history.filter(id=action_id),
        ActionParticipant.history.filter(action_id=action_id).select_related("institution"),
        ActionFunding.history.filter(action_id=action_id).select_related("source"),
        PlannedAmount.history.filter(funding_id__in=funding_ids),
        ActionPriority.history.filter(action_id=action_id),
        Indicator.history.filter(action_id=action_id),
    ]
    label = Action.history.filter(id=action_id).first()
    return history_page(
        request,
        querysets=querysets,
        title=_("Change history: %(title)s") % {"title": label.title},
        back_url=tree_url(request, strategy, f"action-{action_id}"),
    )

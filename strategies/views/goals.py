"""The goals of a strategy's tree: their page, creating, editing, deleting, moving, history."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.views import confirm_delete, history_page, save_form
from governments.access import Permission

from .. import selectors, services
from ..access import strategy_view
from ..forms import GoalForm
from ..models import Action, Goal, Indicator
from .common import counts_text, history_id, move_response, strategy_goal, tree_url


@strategy_view(Permission.VIEW)
def goal_view(request: HttpRequest, goal: int) -> HttpResponse:
    strategy = request.strategy
    goal = strategy_goal(request, strategy, goal)
    tree = selectors.strategy_tree(strategy, actions=Action.objects.filter(goal=goal))
    node = next(n for n in tree.goal_nodes() if n.goal.pk == goal.pk)
    indicators = goal.indicators.select_related("responsible").order_by("position", "id")
    return render(
        request,
        "strategies/goal_detail.html",
        {
            "strategy": strategy,
            "goal": goal,
            "node": node,
            "indicators": indicators,
            "problems": goal.problems.order_by("domain", "title"),
        },
    )


@strategy_view(Permission.EDIT)
def goal_create(request: HttpRequest) -> HttpResponse:
    strategy = request.strategy
    parent_id = request.POST.get("parent") or request.GET.get("parent")
    parent = strategy_goal(request, strategy, parent_id) if parent_id else None
    levels = selectors.strategy_levels(strategy)
    depth = parent.depth + 1 if parent else 1
    if depth > len(levels) - 1:
        raise Http404
    form = GoalForm(request.POST or None)
    if request.method == "POST" and (
        saved := save_form(
            form,
            lambda: services.goal_create(strategy=strategy, parent=parent, **form.cleaned_data),
        )
    ):
        goal = saved.result
        messages.success(request, _("Added: %(title)s.") % {"title": goal.title})
        return redirect(tree_url(request, strategy, f"goal-{goal.pk}"))
    return render(
        request,
        "strategies/goal_form.html",
        {"form": form, "strategy": strategy, "parent": parent, "level": levels[depth - 1]},
    )


@strategy_view(Permission.EDIT)
def goal_edit(request: HttpRequest, goal: int) -> HttpResponse:
    strategy = request.strategy
    goal = strategy_goal(request, strategy, goal)
    parent_choices = None
    if goal.depth > 1:
        tree = selectors.strategy_tree(
            strategy, actions=Action.objects.none(), with_indicators=False
        )
        parent_choices = [
            (node.goal, f"{node.number}. {node.goal.title}")
            for node in tree.goal_nodes()
            if node.goal.depth == goal.depth - 1
        ]
    form = GoalForm(request.POST or None, instance=goal, parent_choices=parent_choices)
    if request.method == "POST" and save_form(
        form, lambda: services.goal_update(goal=goal, **form.cleaned_data)
    ):
        messages.success(request, _("Saved: %(title)s.") % {"title": goal.title})
        return redirect(tree_url(request, strategy, f"goal-{goal.pk}"))
    level = strategy.levels.filter(depth=goal.depth).first()
    return render(
        request,
        "strategies/goal_form.html",
        {"form": form, "strategy": strategy, "goal": goal, "parent": goal.parent, "level": level},
    )


@strategy_view(Permission.EDIT)
def goal_delete(request: HttpRequest, goal: int) -> HttpResponse:
    strategy = request.strategy
    goal = strategy_goal(request, strategy, goal)
    return confirm_delete(
        request,
        obj=goal,
        delete=lambda: services.goal_delete(goal=goal),
        success_url=tree_url(request, strategy),
        cancel_url=tree_url(request, strategy, f"goal-{goal.pk}"),
        consequences=counts_text(selectors.goal_delete_summary(goal)),
    )


@strategy_view(Permission.EDIT)
@require_POST
def goal_move(request: HttpRequest, goal: int) -> HttpResponse:
    strategy = request.strategy
    goal = strategy_goal(request, strategy, goal)
    services.goal_move(
        goal=goal, direction="up" if request.POST.get("direction") == "up" else "down"
    )
    return move_response(request, strategy, f"goal-{goal.pk}")


@strategy_view(Permission.VIEW)
def goal_history(request: HttpRequest, goal: int) -> HttpResponse:
    strategy = request.strategy
    goal_id = history_id(Goal, strategy, goal)
    querysets = [
        Goal.history.filter(id=goal_id),
        Indicator.history.filter(goal_id=goal_id),
    ]
    label = Goal.history.filter(id=goal_id).first()
    return history_page(
        request,
        querysets=querysets,
        title=_("Change history: %(title)s") % {"title": label.title},
        back_url=tree_url(request, strategy),
    )

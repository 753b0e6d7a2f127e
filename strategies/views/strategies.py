"""A local government's strategies and one strategy as a whole: the dashboard, the list,
creating, the tree, editing, levels, status, deleting and the change history."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from core.views import confirm_delete, history_page, save_form
from core.views import government_url as _url
from governments.access import Permission, government_view

from .. import selectors, services
from ..access import strategy_view
from ..forms import LevelsForm, StatusForm, StrategyForm
from ..models import (
    Action,
    ActionFunding,
    ActionParticipant,
    ActionPriority,
    Goal,
    Indicator,
    IndicatorMilestone,
    IndicatorValue,
    Level,
    PlannedAmount,
    Strategy,
)
from .common import counts_text, tree_context, tree_url


@government_view(Permission.VIEW)
def dashboard(request: HttpRequest) -> HttpResponse:
    """A local government's start page: its strategies."""
    strategies = Strategy.objects.for_government(request.government).with_counts()
    return render(request, "governments/dashboard.html", {"strategies": strategies})


@government_view(Permission.VIEW)
def strategy_list(request: HttpRequest) -> HttpResponse:
    strategies = (
        Strategy.objects.for_government(request.government).with_counts().order_by("-year_from")
    )
    return render(request, "strategies/strategy_list.html", {"strategies": strategies})


@government_view(Permission.MANAGE)
def strategy_create(request: HttpRequest) -> HttpResponse:
    form = StrategyForm(request.POST or None)
    levels_form = LevelsForm(
        request.POST or None, initial_names=services.DEFAULT_LEVEL_NAMES, prefix="levels"
    )
    if request.method == "POST" and levels_form.is_valid():
        saved = save_form(
            form,
            lambda: services.strategy_create(
                government=request.government,
                level_names=levels_form.cleaned_data["names"],
                **form.cleaned_data,
            ),
        )
        if saved:
            messages.success(request, _("The strategy has been created."))
            return redirect(tree_url(request, saved.result))
    return render(
        request,
        "strategies/strategy_form.html",
        {"form": form, "levels_form": levels_form, "strategy": None},
    )


@strategy_view(Permission.VIEW)
def strategy_detail(request: HttpRequest) -> HttpResponse:
    strategy = request.strategy
    template = (
        "strategies/partials/tree.html" if request.htmx else "strategies/strategy_detail.html"
    )
    return render(request, template, tree_context(request, strategy))


@strategy_view(Permission.MANAGE)
def strategy_edit(request: HttpRequest) -> HttpResponse:
    strategy = request.strategy
    form = StrategyForm(request.POST or None, instance=Strategy.objects.get(pk=strategy.pk))
    if request.method == "POST" and save_form(
        form, lambda: services.strategy_update(strategy=strategy, **form.cleaned_data)
    ):
        messages.success(request, _("The strategy has been saved."))
        return redirect(tree_url(request, strategy))
    return render(request, "strategies/strategy_form.html", {"form": form, "strategy": strategy})


@strategy_view(Permission.MANAGE)
def strategy_levels(request: HttpRequest) -> HttpResponse:
    strategy = request.strategy
    names = [level.name for level in selectors.strategy_levels(strategy)]
    form = LevelsForm(request.POST or None, initial_names=names)
    if request.method == "POST" and save_form(
        form,
        lambda: services.strategy_set_levels(strategy=strategy, names=form.cleaned_data["names"]),
    ):
        messages.success(request, _("The levels have been saved."))
        return redirect(tree_url(request, strategy))
    return render(
        request,
        "strategies/strategy_levels.html",
        {"form": form, "strategy": strategy, "has_goals": strategy.goals.exists()},
    )


@strategy_view(Permission.MANAGE)
def strategy_status(request: HttpRequest) -> HttpResponse:
    strategy = request.strategy
    form = StatusForm(
        request.POST or None,
        allowed=services.STATUS_TRANSITIONS[strategy.status],
        initial={"status": strategy.status},
    )
    if request.method == "POST" and save_form(
        form,
        lambda: services.strategy_change_status(strategy=strategy, **form.cleaned_data),
    ):
        messages.success(request, _("The status has been changed."))
        return redirect(tree_url(request, strategy))
    return render(
        request,
        "strategies/strategy_status.html",
        {
            "form": form,
            "strategy": strategy,
            "adoptable": strategy.is_draft,
        },
    )


@strategy_view(Permission.MANAGE)
def strategy_delete(request: HttpRequest) -> HttpResponse:
    strategy = request.strategy
    counts = {
        "goals": strategy.goals.count(),
        "actions": strategy.actions.count(),
        "indicators": strategy.indicators.count(),
    }
    return confirm_delete(
        request,
        obj=strategy,
        delete=lambda: services.strategy_delete(strategy=strategy),
        success_url=_url(request, "strategy_list"),
        cancel_url=tree_url(request, strategy),
        consequences=counts_text(counts),
    )


@strategy_view(Permission.VIEW)
def strategy_history(request: HttpRequest) -> HttpResponse:
    strategy = request.strategy
    action_ids = Action.history.filter(strategy_id=strategy.pk).values("id")
    funding_ids = ActionFunding.history.filter(action_id__in=action_ids).values("id")
    indicator_ids = Indicator.history.filter(strategy_id=strategy.pk).values("id")
    querysets = [
        Strategy.history.filter(id=strategy.pk),
        Level.history.filter(strategy_id=strategy.pk),
        Goal.history.filter(strategy_id=strategy.pk),
        Action.history.filter(strategy_id=strategy.pk),
        ActionParticipant.history.filter(action_id__in=action_ids).select_related("institution"),
        ActionFunding.history.filter(action_id__in=action_ids).select_related("source"),
        PlannedAmount.history.filter(funding_id__in=funding_ids),
        ActionPriority.history.filter(action_id__in=action_ids),
        Indicator.history.filter(strategy_id=strategy.pk),
        IndicatorValue.history.filter(indicator_id__in=indicator_ids),
        IndicatorMilestone.history.filter(indicator_id__in=indicator_ids),
    ]
    return history_page(
        request,
        querysets=querysets,
        title=_("Change history: %(title)s") % {"title": strategy.title},
        back_url=tree_url(request, strategy),
    )

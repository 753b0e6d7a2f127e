"""Screens of the strategy register. Each view: access, object, form, one service, response."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from core.links import url_templates
from core.views import confirm_delete, history_page, save_form
from core.views import government_url as _url
from core.views import id_or_404 as _id
from governments.access import Permission, government_view

from . import services
from .access import strategy_view
from .export import action_plan_xlsx_response
from .forms import (
    ActionForm,
    FinancingSourceForm,
    GoalForm,
    IndicatorForm,
    LevelsForm,
    PlanFilterForm,
    PlannedAmountsForm,
    StatusForm,
    StrategyForm,
    YearlyValuesForm,
)
from .models import (
    Action,
    ActionFunding,
    ActionParticipant,
    ActionPriority,
    FinancingSource,
    Goal,
    Indicator,
    IndicatorMilestone,
    IndicatorValue,
    Level,
    PlannedAmount,
    Strategy,
)
from .rendering import TreeRenderer
from .selectors import (
    PlanFilters,
    action_detail,
    action_plan,
    financial_framework,
    institutions_in_strategy,
    strategy_tree,
)


def _tree_url(request: HttpRequest, strategy: Strategy, anchor: str = "") -> str:
    url = _url(request, "strategy_detail", strategy=strategy.pk)
    return f"{url}#{anchor}" if anchor else url


# Strategies ----------------------------------------------------------------------------


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
            return redirect(_tree_url(request, saved.result))
    return render(
        request,
        "strategies/strategy_form.html",
        {"form": form, "levels_form": levels_form, "strategy": None},
    )


def _tree_context(request: HttpRequest, strategy: Strategy) -> dict:
    links = url_templates(
        {
            "goal_detail": "goal",
            "goal_create": None,
            "goal_move": "goal",
            "action_detail": "action",
            "action_create": None,
            "action_move": "action",
        },
        government=request.government.slug,
        strategy=strategy.pk,
    )
    tree = strategy_tree(strategy)
    renderer = TreeRenderer(
        tree,
        links=links,
        csrf_token=get_token(request),
        can_edit=request.access.can_edit,
    )
    return {"strategy": strategy, "tree": tree, "tree_html": renderer.render()}


@strategy_view(Permission.VIEW)
def strategy_detail(request: HttpRequest) -> HttpResponse:
    strategy = request.strategy
    template = (
        "strategies/partials/tree.html" if request.htmx else "strategies/strategy_detail.html"
    )
    return render(request, template, _tree_context(request, strategy))


@strategy_view(Permission.MANAGE)
def strategy_edit(request: HttpRequest) -> HttpResponse:
    strategy = request.strategy
    form = StrategyForm(request.POST or None, instance=Strategy.objects.get(pk=strategy.pk))
    if request.method == "POST" and save_form(
        form, lambda: services.strategy_update(strategy=strategy, **form.cleaned_data)
    ):
        messages.success(request, _("The strategy has been saved."))
        return redirect(_tree_url(request, strategy))
    return render(request, "strategies/strategy_form.html", {"form": form, "strategy": strategy})


@strategy_view(Permission.MANAGE)
def strategy_levels(request: HttpRequest) -> HttpResponse:
    strategy = request.strategy
    names = [level.name for level in services.strategy_levels(strategy)]
    form = LevelsForm(request.POST or None, initial_names=names)
    if request.method == "POST" and save_form(
        form,
        lambda: services.strategy_set_levels(strategy=strategy, names=form.cleaned_data["names"]),
    ):
        messages.success(request, _("The levels have been saved."))
        return redirect(_tree_url(request, strategy))
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
        initial={
            "status": strategy.status,
            "resolution_number": strategy.resolution_number,
            "resolution_date": strategy.resolution_date,
        },
    )
    if request.method == "POST" and save_form(
        form,
        lambda: services.strategy_change_status(strategy=strategy, **form.cleaned_data),
    ):
        messages.success(request, _("The status has been changed."))
        return redirect(_tree_url(request, strategy))
    return render(
        request,
        "strategies/strategy_status.html",
        {
            "form": form,
            "strategy": strategy,
            "problems": services.strategy_adoption_problems(strategy),
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
        cancel_url=_tree_url(request, strategy),
        consequences=_counts_text(counts),
    )


def _counts_text(counts: dict[str, int]) -> list[str]:
    texts = []
    if counts.get("goals"):
        texts.append(
            ngettext("%(n)s goal", "%(n)s goals", counts["goals"]) % {"n": counts["goals"]}
        )
    if counts.get("actions"):
        texts.append(
            ngettext("%(n)s action", "%(n)s actions", counts["actions"]) % {"n": counts["actions"]}
        )
    if counts.get("indicators"):
        texts.append(
            ngettext("%(n)s indicator", "%(n)s indicators", counts["indicators"])
            % {"n": counts["indicators"]}
        )
    return texts


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
        back_url=_tree_url(request, strategy),
    )


# The action plan -------------------------------------------------------------------------


def _plan_filters(request: HttpRequest, strategy: Strategy) -> tuple[PlanFilterForm, PlanFilters]:
    form = PlanFilterForm(
        request.GET or None, strategy=strategy, institutions=institutions_in_strategy(strategy)
    )
    filters = PlanFilters()
    if form.is_valid():
        data = form.cleaned_data
        filters = PlanFilters(
            institution_id=data["institution"].pk if data.get("institution") else None,
            role=data.get("role") or None,
            source_id=data["source"].pk if data.get("source") else None,
            year=data.get("year"),
        )
    return form, filters


@strategy_view(Permission.VIEW)
def plan(request: HttpRequest) -> HttpResponse:
    strategy = request.strategy
    form, filters = _plan_filters(request, strategy)
    context = {
        "strategy": strategy,
        "form": form,
        "filters": filters,
        "plan": action_plan(strategy, filters),
        "query": request.GET.urlencode(),
        "links": url_templates(
            {"action_detail": "action"},
            government=request.government.slug,
            strategy=strategy.pk,
        ),
    }
    template = "strategies/partials/plan_tables.html" if request.htmx else "strategies/plan.html"
    return render(request, template, context)


@strategy_view(Permission.VIEW)
def plan_xlsx(request: HttpRequest) -> HttpResponse:
    strategy = request.strategy
    _form, filters = _plan_filters(request, strategy)
    return action_plan_xlsx_response(strategy, action_plan(strategy, filters).areas, filters)


@strategy_view(Permission.VIEW)
def framework(request: HttpRequest) -> HttpResponse:
    strategy = request.strategy
    return render(
        request,
        "strategies/framework.html",
        {"strategy": strategy, "framework": financial_framework(strategy)},
    )


# Goals -----------------------------------------------------------------------------------


def _goal(request: HttpRequest, strategy: Strategy, pk) -> Goal:
    return get_object_or_404(Goal.objects.filter(strategy=strategy), pk=_id(pk))


@strategy_view(Permission.VIEW)
def goal_view(request: HttpRequest, goal: int) -> HttpResponse:
    strategy = request.strategy
    goal = _goal(request, strategy, goal)
    tree = strategy_tree(strategy, actions=Action.objects.filter(goal=goal))
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
    parent = _goal(request, strategy, parent_id) if parent_id else None
    levels = services.strategy_levels(strategy)
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
        return redirect(_tree_url(request, strategy, f"goal-{goal.pk}"))
    return render(
        request,
        "strategies/goal_form.html",
        {"form": form, "strategy": strategy, "parent": parent, "level": levels[depth - 1]},
    )


@strategy_view(Permission.EDIT)
def goal_edit(request: HttpRequest, goal: int) -> HttpResponse:
    strategy = request.strategy
    goal = _goal(request, strategy, goal)
    parent_choices = None
    if goal.depth > 1:
        tree = strategy_tree(strategy, actions=Action.objects.none(), with_indicators=False)
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
        return redirect(_tree_url(request, strategy, f"goal-{goal.pk}"))
    level = strategy.levels.filter(depth=goal.depth).first()
    return render(
        request,
        "strategies/goal_form.html",
        {"form": form, "strategy": strategy, "goal": goal, "parent": goal.parent, "level": level},
    )


@strategy_view(Permission.EDIT)
def goal_delete(request: HttpRequest, goal: int) -> HttpResponse:
    strategy = request.strategy
    goal = _goal(request, strategy, goal)
    return confirm_delete(
        request,
        obj=goal,
        delete=lambda: services.goal_delete(goal=goal),
        success_url=_tree_url(request, strategy),
        cancel_url=_tree_url(request, strategy, f"goal-{goal.pk}"),
        consequences=_counts_text(services.goal_delete_summary(goal)),
    )


def _move_response(request: HttpRequest, strategy: Strategy, anchor: str) -> HttpResponse:
    if request.htmx:
        return render(request, "strategies/partials/tree.html", _tree_context(request, strategy))
    return redirect(_tree_url(request, strategy, anchor))


@strategy_view(Permission.EDIT)
@require_POST
def goal_move(request: HttpRequest, goal: int) -> HttpResponse:
    strategy = request.strategy
    goal = _goal(request, strategy, goal)
    services.goal_move(
        goal=goal, direction="up" if request.POST.get("direction") == "up" else "down"
    )
    return _move_response(request, strategy, f"goal-{goal.pk}")


@strategy_view(Permission.VIEW)
def goal_history(request: HttpRequest, goal: int) -> HttpResponse:
    strategy = request.strategy
    goal_id = _history_id(Goal, strategy, goal)
    querysets = [
        Goal.history.filter(id=goal_id),
        Indicator.history.filter(goal_id=goal_id),
    ]
    label = Goal.history.filter(id=goal_id).first()
    return history_page(
        request,
        querysets=querysets,
        title=_("Change history: %(title)s") % {"title": label.title},
        back_url=_tree_url(request, strategy),
    )


def _history_id(model, strategy: Strategy, pk: int) -> int:
    """History stays readable after a delete, but only within the user's strategy."""
    if not model.history.filter(id=pk, strategy_id=strategy.pk).exists():
        raise Http404
    return pk


# Actions ---------------------------------------------------------------------------------


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
    goal = _goal(request, strategy, goal_id) if goal_id else None
    form = _action_form(request, strategy, goal=goal)
    if request.method == "POST" and save_form(form, lambda: _save_action(form)):
        messages.success(request, _("Added: %(title)s.") % {"title": form.instance.title})
        return redirect(_tree_url(request, strategy, f"action-{form.instance.pk}"))
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
        success_url=_tree_url(request, strategy, f"goal-{action.goal_id}"),
        cancel_url=_url(request, "action_detail", strategy=strategy.pk, action=action.pk),
        consequences=_counts_text({"indicators": indicators}),
    )


@strategy_view(Permission.EDIT)
@require_POST
def action_move(request: HttpRequest, action: int) -> HttpResponse:
    strategy = request.strategy
    action = get_object_or_404(Action.objects.filter(strategy=strategy), pk=action)
    services.action_move(
        action=action, direction="up" if request.POST.get("direction") == "up" else "down"
    )
    return _move_response(request, strategy, f"action-{action.pk}")


@strategy_view(Permission.VIEW)
def action_history(request: HttpRequest, action: int) -> HttpResponse:
    strategy = request.strategy
    action_id = _history_id(Action, strategy, action)
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
        back_url=_tree_url(request, strategy, f"action-{action_id}"),
    )


# Indicators ------------------------------------------------------------------------------


def _indicator(request: HttpRequest, strategy: Strategy, pk: int) -> Indicator:
    return get_object_or_404(
        Indicator.objects.filter(strategy=strategy)
        .select_related("goal", "action", "responsible")
        .prefetch_related("values", "milestones"),
        pk=pk,
    )


@strategy_view(Permission.VIEW)
def indicator_view(request: HttpRequest, indicator: int) -> HttpResponse:
    strategy = request.strategy
    indicator = _indicator(request, strategy, indicator)
    values = {v.year: v for v in indicator.values.all()}
    milestones = {m.year: m.value for m in indicator.milestones.all()}
    rows = [
        (year, milestones.get(year), values.get(year))
        for year in _indicator_years(strategy, indicator)
    ]
    return render(
        request,
        "strategies/indicator_detail.html",
        {"strategy": strategy, "indicator": indicator, "rows": rows},
    )


def _indicator_years(strategy: Strategy, indicator: Indicator) -> range:
    first = min(filter(None, [indicator.baseline_year, strategy.year_from]))
    return range(first, strategy.year_to + 1)


@strategy_view(Permission.EDIT)
def indicator_create(request: HttpRequest) -> HttpResponse:
    strategy = request.strategy
    owner = {}
    if request.GET.get("action"):
        owner["action"] = get_object_or_404(
            Action.objects.filter(strategy=strategy), pk=_id(request.GET["action"])
        )
    elif request.GET.get("goal"):
        owner["goal"] = _goal(request, strategy, request.GET["goal"])
    else:
        raise Http404
    form = IndicatorForm(request.POST or None, instance=Indicator(**owner), strategy=strategy)
    if request.method == "POST" and save_form(
        form, lambda: services.indicator_save(indicator=form.instance)
    ):
        messages.success(request, _("Added: %(name)s.") % {"name": form.instance.name})
        return redirect(
            _url(request, "indicator_detail", strategy=strategy.pk, indicator=form.instance.pk)
        )
    return render(
        request,
        "strategies/indicator_form.html",
        {"form": form, "strategy": strategy, "owner": next(iter(owner.values()))},
    )


@strategy_view(Permission.EDIT)
def indicator_edit(request: HttpRequest, indicator: int) -> HttpResponse:
    strategy = request.strategy
    indicator = _indicator(request, strategy, indicator)
    form = IndicatorForm(request.POST or None, instance=indicator, strategy=strategy)
    if request.method == "POST" and save_form(
        form, lambda: services.indicator_save(indicator=form.instance)
    ):
        messages.success(request, _("Saved: %(name)s.") % {"name": indicator.name})
        return redirect(
            _url(request, "indicator_detail", strategy=strategy.pk, indicator=indicator.pk)
        )
    return render(
        request,
        "strategies/indicator_form.html",
        {"form": form, "strategy": strategy, "indicator": indicator, "owner": indicator.owner},
    )


@strategy_view(Permission.EDIT)
def indicator_values(request: HttpRequest, indicator: int) -> HttpResponse:
    strategy = request.strategy
    indicator = _indicator(request, strategy, indicator)
    form = YearlyValuesForm(
        request.POST or None, indicator=indicator, years=_indicator_years(strategy, indicator)
    )
    if request.method == "POST" and save_form(
        form,
        lambda: services.indicator_set_yearly(
            indicator=indicator,
            values=form.values(),
            milestones=form.milestones(),
            notes=form.notes(),
        ),
    ):
        messages.success(request, _("The yearly values have been saved."))
        return redirect(
            _url(request, "indicator_detail", strategy=strategy.pk, indicator=indicator.pk)
        )
    return render(
        request,
        "strategies/indicator_values.html",
        {"form": form, "strategy": strategy, "indicator": indicator},
    )


@strategy_view(Permission.EDIT)
def indicator_delete(request: HttpRequest, indicator: int) -> HttpResponse:
    strategy = request.strategy
    indicator = _indicator(request, strategy, indicator)
    values = indicator.values.count()
    consequences = (
        [ngettext("%(n)s measured value", "%(n)s measured values", values) % {"n": values}]
        if values
        else []
    )
    return confirm_delete(
        request,
        obj=indicator,
        delete=lambda: services.indicator_delete(indicator=indicator),
        success_url=_tree_url(request, strategy),
        cancel_url=_url(request, "indicator_detail", strategy=strategy.pk, indicator=indicator.pk),
        consequences=consequences,
    )


@strategy_view(Permission.EDIT)
@require_POST
def indicator_move(request: HttpRequest, indicator: int) -> HttpResponse:
    strategy = request.strategy
    indicator = get_object_or_404(Indicator.objects.filter(strategy=strategy), pk=indicator)
    services.indicator_move(
        indicator=indicator, direction="up" if request.POST.get("direction") == "up" else "down"
    )
    if indicator.action_id:
        owner_url = _url(request, "action_detail", strategy=strategy.pk, action=indicator.action_id)
    else:
        owner_url = _url(request, "goal_detail", strategy=strategy.pk, goal=indicator.goal_id)
    return redirect(f"{owner_url}#indicator-{indicator.pk}")


@strategy_view(Permission.VIEW)
def indicator_history(request: HttpRequest, indicator: int) -> HttpResponse:
    strategy = request.strategy
    indicator_id = _history_id(Indicator, strategy, indicator)
    querysets = [
        Indicator.history.filter(id=indicator_id),
        IndicatorValue.history.filter(indicator_id=indicator_id),
        IndicatorMilestone.history.filter(indicator_id=indicator_id),
    ]
    label = Indicator.history.filter(id=indicator_id).first()
    return history_page(
        request,
        querysets=querysets,
        title=_("Change history: %(title)s") % {"title": label.name},
        back_url=_tree_url(request, strategy),
    )


# Financing sources -----------------------------------------------------------------------


def _source(request: HttpRequest, pk: int) -> FinancingSource:
    return get_object_or_404(FinancingSource.objects.for_government(request.government), pk=pk)


@government_view(Permission.VIEW)
def source_list(request: HttpRequest) -> HttpResponse:
    sources = FinancingSource.objects.for_government(request.government).order_by(
        "position", "name"
    )
    return render(request, "strategies/source_list.html", {"sources": sources})


@government_view(Permission.MANAGE)
def source_form(request: HttpRequest, source: int | None = None) -> HttpResponse:
    instance = (
        _source(request, source) if source else FinancingSource(government=request.government)
    )
    form = FinancingSourceForm(request.POST or None, instance=instance)
    if request.method == "POST" and save_form(
        form, lambda: services.financing_source_save(source=form.instance)
    ):
        messages.success(request, _("Saved: %(name)s.") % {"name": form.instance.name})
        return redirect(_url(request, "source_list"))
    return render(
        request,
        "core/form_page.html",
        {
            "form": form,
            "title": _("Edit the financing source") if source else _("New financing source"),
            "cancel_url": _url(request, "source_list"),
        },
    )


@government_view(Permission.MANAGE)
@require_POST
def source_move(request: HttpRequest, source: int) -> HttpResponse:
    source = _source(request, source)
    direction = "up" if request.POST.get("direction") == "up" else "down"
    services.financing_source_move(source=source, direction=direction)
    return redirect(f"{_url(request, 'source_list')}#source-{source.pk}")


@government_view(Permission.VIEW)
def source_history(request: HttpRequest, source: int) -> HttpResponse:
    source = _source(request, source)
    return history_page(
        request,
        querysets=[FinancingSource.history.filter(id=source.pk)],
        title=_("Change history: %(title)s") % {"title": source.name},
        back_url=_url(request, "source_list"),
    )


@government_view(Permission.MANAGE)
def source_delete(request: HttpRequest, source: int) -> HttpResponse:
    source = _source(request, source)
    return confirm_delete(
        request,
        obj=source,
        delete=lambda: services.financing_source_delete(source=source),
        success_url=_url(request, "source_list"),
        cancel_url=_url(request, "source_list"),
    )

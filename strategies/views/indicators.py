"""The indicators of a goal or an action: their page, the form, the yearly values and
milestones, deleting, moving, history."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from core.views import confirm_delete, history_page, save_form
from core.views import government_url as _url
from core.views import id_or_404 as _id
from governments.access import Permission

from .. import services
from ..access import strategy_view
from ..forms import IndicatorForm, YearlyValuesForm
from ..models import Action, Indicator, IndicatorMilestone, IndicatorValue, Strategy
from .common import history_id, strategy_goal, tree_url


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
        owner["goal"] = strategy_goal(request, strategy, request.GET["goal"])
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
        success_url=tree_url(request, strategy),
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
    indicator_id = history_id(Indicator, strategy, indicator)
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
        back_url=tree_url(request, strategy),
    )

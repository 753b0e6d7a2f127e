"""The action plan (on the page and as XLSX) and the financial framework of a strategy."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from core.links import url_templates
from governments.access import Permission

from ..access import strategy_view
from ..export import action_plan_xlsx_response
from ..forms import PlanFilterForm
from ..models import Strategy
from ..selectors import PlanFilters, action_plan, financial_framework, institutions_in_strategy


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

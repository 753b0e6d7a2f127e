"""The judgement of indicators: per area in a year, and one indicator across the years."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from core.views import found
from governments.access import Permission
from strategies.access import strategy_view
from strategies.models import Strategy

from .classification import Status
from .indicator_charts import indicator_chart
from .selectors import default_judgement_year, indicator_history, indicator_judgements


def _year(request: HttpRequest, strategy: Strategy) -> int:
    """The year asked for (``?rok=``) if it is one of the strategy's; else the default."""
    try:
        year = int(request.GET.get("rok", ""))
    except ValueError:
        year = None
    return year if year in strategy.years else default_judgement_year(strategy)


@strategy_view(Permission.VIEW)
def indicator_judgements_view(request: HttpRequest) -> HttpResponse:
    strategy = request.strategy
    judgements = indicator_judgements(strategy, _year(request, strategy))
    return render(
        request,
        "monitoring/indicator_judgements.html",
        {
            "strategy": strategy,
            "judgements": judgements,
            "years": list(strategy.years),
            "statuses": Status,
        },
    )


@strategy_view(Permission.VIEW)
def indicator_judgement_view(request: HttpRequest, indicator: int) -> HttpResponse:
    strategy = request.strategy
    history = found(indicator_history(strategy, indicator))
    return render(
        request,
        "monitoring/indicator_judgement.html",
        {
            "strategy": strategy,
            "history": history,
            "chart": indicator_chart(history),
            "statuses": Status,
        },
    )

"""The strategy a page is about, resolved once (the request's context, as Decidim's
current component): ``strategy_view(permission)`` is ``government_view(permission)`` that
also finds the strategy of the address among the government's own, or answers 404, and
sets ``request.strategy``. A view under ``strategie/<n>/`` never looks it up itself."""

from collections.abc import Callable
from functools import wraps

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from governments.access import Permission, government_view

from .models import Strategy


def strategy_view(permission: Permission) -> Callable:
    """Decorate a view whose address holds ``<slug:government>`` and ``<int:strategy>``;
    the view gets neither (``request.government``, ``request.strategy``)."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def with_strategy(request: HttpRequest, strategy: int, **kwargs) -> HttpResponse:
            request.strategy = get_object_or_404(
                Strategy.objects.for_government(request.government), pk=strategy
            )
            return view(request, **kwargs)

        return government_view(permission)(with_strategy)

    return decorator

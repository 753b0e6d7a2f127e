"""What the pages of a strategy share: the link back to its tree, the tree itself (the
page and the htmx fragment a move answers with), a goal of this strategy, the ids whose
history may be read, and what a delete takes with it."""

from django.http import Http404, HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import ngettext

from core.links import url_templates
from core.views import government_url as _url
from core.views import id_or_404 as _id

from ..models import Goal, Strategy
from ..rendering import TreeRenderer
from ..selectors import strategy_tree


def tree_url(request: HttpRequest, strategy: Strategy, anchor: str = "") -> str:
    url = _url(request, "strategy_detail", strategy=strategy.pk)
    return f"{url}#{anchor}" if anchor else url


def tree_context(request: HttpRequest, strategy: Strategy) -> dict:
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


def move_response(request: HttpRequest, strategy: Strategy, anchor: str) -> HttpResponse:
    if request.htmx:
        return render(request, "strategies/partials/tree.html", tree_context(request, strategy))
    return redirect(tree_url(request, strategy, anchor))


def counts_text(counts: dict[str, int]) -> list[str]:
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


def history_id(model, strategy: Strategy, pk: int) -> int:
    """History stays readable after a delete, but only within the user's strategy."""
    if not model.history.filter(id=pk, strategy_id=strategy.pk).exists():
        raise Http404
    return pk


def strategy_goal(request: HttpRequest, strategy: Strategy, pk) -> Goal:
    return get_object_or_404(Goal.objects.filter(strategy=strategy), pk=_id(pk))

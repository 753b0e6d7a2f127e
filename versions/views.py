"""Screens of versions: the list with the freeze form, one version, and the comparison."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.views import government_url, save_form
from governments.access import Permission
from strategies.access import strategy_view
from strategies.models import Strategy

from . import services
from .compare import compare
from .forms import CURRENT, CompareForm, FreezeForm, NoteForm
from .models import StrategyVersion
from .selectors import snapshot_tree, strategy_snapshot, strategy_versions


def _version(strategy: Strategy, number: int) -> StrategyVersion:
    return get_object_or_404(
        StrategyVersion.objects.for_strategy(strategy).select_related("created_by"),
        number=number,
    )


def _list_url(request: HttpRequest, strategy: Strategy) -> str:
    return government_url(request, "version_list", strategy=strategy.pk)


def _list_page(request: HttpRequest, strategy: Strategy, form: FreezeForm | None) -> HttpResponse:
    return render(
        request,
        "versions/version_list.html",
        {
            "strategy": strategy,
            "versions": list(strategy_versions(strategy)),
            "form": form if form is not None else FreezeForm(initial={"kind": "draft"}),
        },
        status=400 if form is not None and form.errors else 200,
    )


@strategy_view(Permission.VIEW)
def version_list(request: HttpRequest) -> HttpResponse:
    return _list_page(request, request.strategy, None)


@strategy_view(Permission.MANAGE)
@require_POST
def version_create(request: HttpRequest) -> HttpResponse:
    strategy = request.strategy
    form = FreezeForm(request.POST)
    if saved := save_form(
        form,
        lambda: services.version_freeze(strategy=strategy, user=request.user, **form.cleaned_data),
    ):
        version = saved.result
        messages.success(
            request, _("Version %(number)s has been frozen.") % {"number": version.number}
        )
        return redirect(
            government_url(request, "version_detail", strategy=strategy.pk, version=version.number)
        )
    return _list_page(request, strategy, form)


@strategy_view(Permission.VIEW)
def version_detail(request: HttpRequest, version: int) -> HttpResponse:
    strategy = request.strategy
    version = _version(strategy, version)
    return render(
        request,
        "versions/version_detail.html",
        {"strategy": strategy, "version": version, "tree": snapshot_tree(version.snapshot)},
    )


@strategy_view(Permission.MANAGE)
def version_edit(request: HttpRequest, version: int) -> HttpResponse:
    strategy = request.strategy
    version = _version(strategy, version)
    form = NoteForm(request.POST or None, instance=version)
    if request.method == "POST" and save_form(
        form, lambda: services.version_update_note(version=version, **form.cleaned_data)
    ):
        messages.success(request, _("The note has been saved."))
        return redirect(
            government_url(request, "version_detail", strategy=strategy.pk, version=version.number)
        )
    return render(
        request,
        "core/form_page.html",
        {
            "form": form,
            "title": _("Label and note of version %(number)s") % {"number": version.number},
            "subtitle": _("The content of a frozen version cannot be changed."),
            "cancel_url": government_url(
                request, "version_detail", strategy=strategy.pk, version=version.number
            ),
        },
    )


def _side(strategy: Strategy, choice: str, versions: dict[str, StrategyVersion]):
    """A snapshot and the version it comes from (None for the current working state)."""
    if choice == CURRENT:
        return strategy_snapshot(strategy), None
    version = versions[choice]
    return version.snapshot, version


@strategy_view(Permission.VIEW)
def version_compare(request: HttpRequest) -> HttpResponse:
    strategy = request.strategy
    versions = list(strategy_versions(strategy))
    by_number = {str(version.number): version for version in versions}
    if len(versions) >= 2:
        initial = {"z": str(versions[1].number), "do": str(versions[0].number)}
    elif versions:
        initial = {"z": str(versions[0].number), "do": CURRENT}
    else:
        initial = {"z": CURRENT, "do": CURRENT}
    form = CompareForm(request.GET or initial, versions=versions)
    context = {"strategy": strategy, "form": form, "versions": versions}
    if versions and form.is_valid():
        old_choice, new_choice = form.cleaned_data["z"], form.cleaned_data["do"]
        # The chosen versions with their snapshots (the list above leaves them out).
        full = {
            str(version.number): version
            for version in StrategyVersion.objects.for_strategy(strategy)
            .select_related("created_by")
            .filter(number__in=[c for c in (old_choice, new_choice) if c != CURRENT])
        }
        by_number.update(full)
        old_snapshot, old_version = _side(strategy, old_choice, by_number)
        new_snapshot, new_version = _side(strategy, new_choice, by_number)
        context.update(
            {
                "old_version": old_version,
                "new_version": new_version,
                "same": old_choice == new_choice,
                "comparison": compare(old_snapshot, new_snapshot),
            }
        )
    template = (
        "versions/partials/comparison.html" if request.htmx else "versions/version_compare.html"
    )
    return render(request, template, context)

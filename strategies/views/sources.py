"""A local government's financing sources: the list, the form, moving, history, deleting."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.views import confirm_delete, history_page, save_form
from core.views import government_url as _url
from governments.access import Permission, government_view

from .. import services
from ..forms import FinancingSourceForm
from ..models import FinancingSource


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

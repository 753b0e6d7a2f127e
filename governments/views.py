from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from core.views import confirm_delete, history_page, save_form

from . import services
from .access import Permission, government_view, login_view
from .forms import InstitutionForm
from .models import Institution, LocalGovernment


@login_view
def home(request: HttpRequest) -> HttpResponse:
    """The start page: the user's local government, or the list of them."""
    governments = list(LocalGovernment.objects.for_user(request.user))
    if len(governments) == 1:
        return redirect("government_dashboard", government=governments[0].slug)
    return render(request, "core/home.html", {"governments": governments})


def _list_url(request: HttpRequest) -> str:
    return reverse("institution_list", kwargs={"government": request.government.slug})


@government_view(Permission.VIEW)
def institution_list(request: HttpRequest) -> HttpResponse:
    institutions = Institution.objects.filter(government=request.government).annotate(
        action_count=Count("action_roles", distinct=True)
    )
    query = request.GET.get("q", "").strip()
    if query:
        institutions = institutions.filter(
            Q(name__icontains=query) | Q(short_name__icontains=query)
        )
    page = Paginator(institutions.order_by("name"), 50).get_page(request.GET.get("strona"))
    return render(request, "governments/institution_list.html", {"page": page, "query": query})


@government_view(Permission.MANAGE)
def institution_form(request: HttpRequest, institution: int | None = None) -> HttpResponse:
    if institution:
        instance = get_object_or_404(
            Institution.objects.filter(government=request.government), pk=institution
        )
    else:
        instance = Institution(government=request.government)
    form = InstitutionForm(request.POST or None, instance=instance)
    if request.method == "POST" and save_form(
        form, lambda: services.institution_save(institution=form.instance)
    ):
        messages.success(request, _("Saved: %(name)s.") % {"name": form.instance.name})
        return redirect(_list_url(request))
    return render(
        request,
        "core/form_page.html",
        {
            "form": form,
            "title": _("Edit institution") if institution else _("New institution"),
            "cancel_url": _list_url(request),
        },
    )


@government_view(Permission.MANAGE)
def institution_delete(request: HttpRequest, institution: int) -> HttpResponse:
    instance = get_object_or_404(
        Institution.objects.filter(government=request.government), pk=institution
    )
    return confirm_delete(
        request,
        obj=instance,
        delete=lambda: services.institution_delete(institution=instance),
        success_url=_list_url(request),
        cancel_url=_list_url(request),
    )


@government_view(Permission.VIEW)
def institution_history(request: HttpRequest, institution: int) -> HttpResponse:
    instance = get_object_or_404(
        Institution.objects.filter(government=request.government), pk=institution
    )
    return history_page(
        request,
        querysets=[Institution.history.filter(id=instance.pk)],
        title=_("Change history: %(title)s") % {"title": instance.name},
        back_url=_list_url(request),
    )

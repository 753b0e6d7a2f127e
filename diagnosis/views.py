from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.numbers import trimmed
from core.views import save_form
from governments.access import Permission, government_view

from . import services
from .forms import LocalFiguresCsvForm, LocalFiguresForm, YearForm
from .models import LocalFigure


def _page_url(request: HttpRequest, year: int) -> str:
    url = reverse("local_figures", kwargs={"government": request.government.slug})
    return f"{url}?rok={year}"


@government_view(Permission.EDIT)
def local_figures(request: HttpRequest) -> HttpResponse:
    year_form = YearForm(request.GET or None)
    year = (
        year_form.cleaned_data["rok"] if year_form.is_valid() else year_form.fields["rok"].initial
    )
    stored = {
        f.code: trimmed(f.value)
        for f in LocalFigure.objects.filter(government=request.government, year=year)
    }
    form = LocalFiguresForm(request.POST or None, initial_values=stored)
    if request.method == "POST" and save_form(
        form,
        lambda: services.local_figures_set(
            government=request.government, year=year, values=form.values()
        ),
    ):
        messages.success(request, _("The figures for %(year)s have been saved.") % {"year": year})
        return redirect(_page_url(request, year))
    return render(
        request,
        "diagnosis/local_figures.html",
        {
            "form": form,
            "year_form": year_form,
            "year": year,
            "csv_form": LocalFiguresCsvForm(),
        },
    )


@government_view(Permission.EDIT)
@require_POST
def local_figures_import(request: HttpRequest) -> HttpResponse:
    csv_form = LocalFiguresCsvForm(request.POST, request.FILES)
    if save_form(
        csv_form,
        lambda: services.local_figures_import_csv(
            government=request.government, content=csv_form.cleaned_data["file"].read()
        ),
    ):
        messages.success(request, _("The file has been imported."))
        return redirect(reverse("local_figures", kwargs={"government": request.government.slug}))
    year_form = YearForm()
    return render(
        request,
        "diagnosis/local_figures.html",
        {
            "form": LocalFiguresForm(),
            "year_form": year_form,
            "year": year_form.fields["rok"].initial,
            "csv_form": csv_form,
        },
        status=400,
    )

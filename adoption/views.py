from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from core.views import save_form
from governments.access import Permission
from strategies.access import strategy_view
from strategies.selectors import strategy_adoption_problems

from . import services
from .completeness import strategy_gaps
from .forms import AdoptionForm


@strategy_view(Permission.MANAGE)
def strategy_adopt(request: HttpRequest) -> HttpResponse:
    """Record the council's resolution: the strategy is adopted and its version frozen."""
    strategy = request.strategy
    adoptable = strategy.is_draft
    gaps = strategy_gaps(strategy) if adoptable else []
    form = AdoptionForm(request.POST or None, gaps=bool(gaps))
    if (
        adoptable
        and request.method == "POST"
        and (
            saved := save_form(
                form,
                lambda: services.strategy_adopt(
                    strategy=strategy, user=request.user, **form.cleaned_data
                ),
            )
        )
    ):
        messages.success(
            request,
            _("The strategy is adopted; its adopted version is frozen as %(version)s.")
            % {"version": saved.result},
        )
        return redirect(
            reverse(
                "version_detail",
                kwargs={
                    "government": request.government.slug,
                    "strategy": strategy.pk,
                    "version": saved.result.pk,
                },
            )
        )
    return render(
        request,
        "adoption/strategy_adopt.html",
        {
            "form": form,
            "strategy": strategy,
            "adoptable": adoptable,
            "problems": strategy_adoption_problems(strategy) if adoptable else [],
            "gaps": gaps,
        },
    )

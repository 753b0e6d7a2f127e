from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.views import confirm_delete, history_page, save_form
from governments.access import Permission
from strategies.access import strategy_view
from strategies.models import Strategy

from . import services
from .forms import ScheduleStepForm, ScheduleTemplateForm
from .models import ScheduleStep
from .selectors import schedule_steps, schedule_timeline


def _schedule_url(request: HttpRequest, strategy: Strategy) -> str:
    return reverse(
        "schedule", kwargs={"government": request.government.slug, "strategy": strategy.pk}
    )


def _step(strategy: Strategy, pk: int) -> ScheduleStep:
    return get_object_or_404(ScheduleStep.objects.filter(strategy=strategy), pk=pk)


def _schedule_context(strategy: Strategy) -> dict:
    steps = schedule_steps(strategy)
    today = timezone.localdate()
    for step in steps:
        step.overdue = step.is_overdue(today)
    return {
        "strategy": strategy,
        "steps": steps,
        "timeline": schedule_timeline(steps),
        "current_month": today.replace(day=1),
        "overdue": sum(step.overdue for step in steps),
    }


@strategy_view(Permission.VIEW)
def schedule(request: HttpRequest) -> HttpResponse:
    strategy = request.strategy
    context = _schedule_context(strategy)
    template = (
        "preparation/partials/schedule_table.html" if request.htmx else "preparation/schedule.html"
    )
    return render(request, template, context)


@strategy_view(Permission.MANAGE)
def schedule_template(request: HttpRequest) -> HttpResponse:
    strategy = request.strategy
    form = ScheduleTemplateForm(request.POST or None)
    if request.method == "POST" and save_form(
        form,
        lambda: services.schedule_from_template(
            strategy=strategy, start=form.cleaned_data["start"]
        ),
    ):
        messages.success(request, _("The schedule has been filled from the template."))
        return redirect(_schedule_url(request, strategy))
    return render(
        request,
        "core/form_page.html",
        {
            "form": form,
            "title": _("Schedule from the template"),
            "subtitle": _(
                "The steps of a typical preparation (programme team, diagnosis, working "
                "groups and workshops, draft, public consultation of at least 35 days, "
                "adoption), dated from the month you give. Change or delete any of them "
                "afterwards."
            ),
            "cancel_url": _schedule_url(request, strategy),
        },
    )


@strategy_view(Permission.MANAGE)
def step_form(request: HttpRequest, step: int | None = None) -> HttpResponse:
    strategy = request.strategy
    instance = _step(strategy, step) if step else ScheduleStep(strategy=strategy)
    form = ScheduleStepForm(request.POST or None, instance=instance)
    if request.method == "POST" and save_form(
        form, lambda: services.schedule_step_save(step=form.instance)
    ):
        messages.success(request, _("The schedule step has been saved."))
        return redirect(_schedule_url(request, strategy))
    return render(
        request,
        "core/form_page.html",
        {
            "form": form,
            "title": _("Edit the step") if step else _("New step"),
            "subtitle": f"{_('Preparation schedule')} – {strategy.title}",
            "cancel_url": _schedule_url(request, strategy),
        },
    )


@strategy_view(Permission.MANAGE)
def step_delete(request: HttpRequest, step: int) -> HttpResponse:
    strategy = request.strategy
    instance = _step(strategy, step)
    return confirm_delete(
        request,
        obj=instance,
        delete=lambda: services.schedule_step_delete(step=instance),
        success_url=_schedule_url(request, strategy),
        cancel_url=_schedule_url(request, strategy),
    )


@strategy_view(Permission.MANAGE)
@require_POST
def step_move(request: HttpRequest, step: int) -> HttpResponse:
    strategy = request.strategy
    instance = _step(strategy, step)
    direction = "up" if request.POST.get("direction") == "up" else "down"
    services.schedule_step_move(step=instance, direction=direction)
    if request.htmx:
        return render(
            request, "preparation/partials/schedule_table.html", _schedule_context(strategy)
        )
    return redirect(_schedule_url(request, strategy))


@strategy_view(Permission.VIEW)
def schedule_history(request: HttpRequest) -> HttpResponse:
    strategy = request.strategy
    return history_page(
        request,
        querysets=[ScheduleStep.history.filter(strategy_id=strategy.pk)],
        title=_("Change history: preparation schedule"),
        back_url=_schedule_url(request, strategy),
    )

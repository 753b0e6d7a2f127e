from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.links import absolute_url
from core.views import apply_validation_error, confirm_delete, id_or_404, save_form
from core.views import government_url as _url
from governments.access import Permission, government_view
from strategies.access import strategy_view
from strategies.models import Action

from . import selectors, services
from .access import form_link_view
from .forms import (
    ApprovalForm,
    ApprovalStageFormSet,
    ConclusionsForm,
    CycleOpenForm,
    FillForm,
    LinkForm,
    RecommendationForm,
    ReturnForm,
)
from .models import ActionReport, Approval, FormLink, MonitoringCycle, Recommendation, ReportForm
from .presentation import report_summary_lines
from .report import cycle_report as assemble
from .selectors import approval_path


def _cycle(request: HttpRequest, cycle: int) -> MonitoringCycle:
    """The cycle of the request's strategy (strategies.access.strategy_view), or a 404."""
    return get_object_or_404(
        MonitoringCycle.objects.select_related("strategy"), pk=cycle, strategy=request.strategy
    )


def _form(request: HttpRequest, cycle: int, form: int) -> ReportForm:
    report_form = get_object_or_404(
        ReportForm.objects.select_related("cycle__strategy", "institution"),
        pk=form,
        cycle_id=cycle,
        cycle__strategy=request.strategy,
    )
    if not request.access.may_fill(report_form.institution_id):
        raise PermissionDenied
    return report_form


@strategy_view(Permission.VIEW)
def cycle_list(request: HttpRequest) -> HttpResponse:
    strategy = request.strategy
    cycles = list(strategy.monitoring_cycles.order_by("-year"))
    membership = request.access.membership
    own_forms = []
    if membership.institution_id:
        own_forms = list(
            ReportForm.objects.filter(
                cycle__strategy=strategy, institution_id=membership.institution_id
            ).select_related("cycle")
        )
    form = None
    if request.access.can_manage:
        form = CycleOpenForm(request.POST or None, strategy=strategy)
        if request.method == "POST" and (
            saved := save_form(
                form,
                lambda: services.cycle_open(
                    strategy=strategy,
                    year=form.cleaned_data["year"],
                    deadline=form.cleaned_data["deadline"],
                ),
            )
        ):
            cycle = saved.result
            messages.success(
                request,
                _("The cycle has been opened: %(n)s forms were created.")
                % {"n": cycle.forms.count()},
            )
            return redirect(_url(request, "cycle_board", strategy=strategy.pk, cycle=cycle.pk))
    elif request.method == "POST":
        raise PermissionDenied
    counts = selectors.cycle_counts(cycles)
    return render(
        request,
        "monitoring/cycle_list.html",
        {
            "strategy": strategy,
            "cycles": [(c, counts.get(c.pk, {})) for c in cycles],
            "form": form,
            "own_forms": own_forms,
        },
    )


@strategy_view(Permission.EDIT)
def cycle_board(request: HttpRequest, cycle: int) -> HttpResponse:
    cycle = _cycle(request, cycle)
    forms = selectors.board_rows(cycle)
    return render(
        request,
        "monitoring/board.html",
        {
            "cycle": cycle,
            "strategy": cycle.strategy,
            "rows": forms,
            "today": timezone.localdate(),
        },
    )


@strategy_view(Permission.VIEW)
def form_fill(request: HttpRequest, cycle: int, form: int) -> HttpResponse:
    report_form = _form(request, cycle, form)
    return _fill_page(request, report_form)


def _fill_page(request, report_form, fill=None, status=200, conflict=False):
    if (
        request.method == "GET"
        and report_form.is_editable
        and _is_the_institution(request, report_form)
    ):
        services.form_open(form=report_form)  # the board shows that they have looked
        report_form.refresh_from_db()
    fill = fill or FillForm(report_form=report_form)
    link = getattr(request, "form_link", None)
    context = {
        "report_form": report_form,
        "cycle": report_form.cycle,
        "strategy": report_form.cycle.strategy,
        "fill": fill,
        "missing": selectors.form_missing(report_form),
        "conflict": conflict,
        "save_url": _save_url(request, report_form),
        "by_link": link is not None,
    }
    if link is None and request.access.can_edit:
        context["return_form"] = ReturnForm()
        context["links"] = report_form.links.all()
        context["link_form"] = LinkForm()
    return render(request, "monitoring/form_fill.html", context, status=status)


def _is_the_institution(request, report_form) -> bool:
    """The institution itself (its member, or its personal link), not the team."""
    if getattr(request, "form_link", None) is not None:
        return True
    return request.access.membership.institution_id == report_form.institution_id


def _save_url(request, report_form) -> str:
    if getattr(request, "form_link", None) is not None:
        return reverse("link_save", kwargs={"token": request.resolver_match.kwargs["token"]})
    return _form_url(request, report_form, "form_save")


@strategy_view(Permission.VIEW)
@require_POST
def form_save(request: HttpRequest, cycle: int, form: int) -> HttpResponse:
    """Save the draft (the autosave as the person types, or the Save button); with
    ``submit`` in the POST, submit it after saving."""
    report_form = _form(request, cycle, form)
    by = request.user.get_full_name() or request.user.username
    return _save(request, report_form, by=by, page_url=_form_url(request, report_form))


def _save(request, report_form, *, by: str, page_url: str) -> HttpResponse:
    fill = FillForm(request.POST, report_form=report_form)
    if not report_form.is_editable:
        if request.htmx:
            return _save_status(request, report_form, closed=True)
        messages.error(request, _("The form has been submitted and can no longer be changed."))
        return redirect(page_url)
    if not fill.is_valid():
        if request.htmx:
            return _save_status(request, report_form, error=True)
        return _fill_page(request, report_form, fill, status=400)
    try:
        saved = services.form_save(
            form=report_form, version=fill.cleaned_data["version"], data=fill.data_for_service()
        )
    except services.Conflict:
        report_form.refresh_from_db()
        if request.htmx:
            return _save_status(request, report_form, conflict=True)
        if not selectors.form_holds(report_form, fill.data_for_service()):
            return _fill_page(request, report_form, fill, status=409, conflict=True)
        saved = report_form  # the autosave stored the same a moment before the click
    except ValidationError as error:
        if request.htmx:
            return _save_status(request, report_form, error=True)
        apply_validation_error(fill, error)
        return _fill_page(request, report_form, fill, status=400)
    if request.htmx:
        return _save_status(request, saved)
    if "submit" in request.POST:
        try:
            services.form_submit(form=saved, by=by)
        except ValidationError:
            messages.error(request, _("The form cannot be submitted yet: see what is missing."))
            return redirect(page_url)
        messages.success(request, _("The form has been submitted. Thank you."))
    else:
        messages.success(request, _("The draft has been saved."))
    return redirect(page_url)


def _save_status(request, report_form, *, error=False, conflict=False, closed=False):
    """htmx swaps only 2xx answers, so a refused autosave answers 200 with the reason."""
    return render(
        request,
        "monitoring/partials/save_status_answer.html",
        {
            "report_form": report_form,
            "missing": selectors.form_missing(report_form),
            "error": error,
            "conflict": conflict,
            "closed": closed,
            "oob": True,
        },
    )


def _form_url(request, report_form, name: str = "form_fill") -> str:
    return _url(
        request,
        name,
        strategy=report_form.cycle.strategy_id,
        cycle=report_form.cycle_id,
        form=report_form.pk,
    )


@strategy_view(Permission.EDIT)
@require_POST
def form_return(request: HttpRequest, cycle: int, form: int) -> HttpResponse:
    report_form = _form(request, cycle, form)
    return_form = ReturnForm(request.POST)
    if save_form(
        return_form,
        lambda: services.form_return(form=report_form, comment=return_form.cleaned_data["comment"]),
    ):
        messages.success(request, _("The form has been returned for correction."))
    else:
        messages.error(
            request, " ".join(e for errors in return_form.errors.values() for e in errors)
        )
    return redirect(_url(request, "cycle_board", strategy=request.strategy.pk, cycle=cycle))


@strategy_view(Permission.EDIT)
@require_POST
def form_accept(request: HttpRequest, cycle: int, form: int) -> HttpResponse:
    report_form = _form(request, cycle, form)
    try:
        services.form_accept(form=report_form)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("The form of %(institution)s has been accepted.")
            % {"institution": report_form.institution},
        )
    return redirect(_url(request, "cycle_board", strategy=request.strategy.pk, cycle=cycle))


@strategy_view(Permission.EDIT)
@require_POST
def cycle_remind(request: HttpRequest, cycle: int) -> HttpResponse:
    """Remind one institution (``form`` in the POST) or every one that has not submitted."""
    cycle = _cycle(request, cycle)
    forms = None
    if form_id := request.POST.get("form"):
        forms = [get_object_or_404(ReportForm, pk=id_or_404(form_id), cycle=cycle)]
    sent, without = services.forms_remind(
        cycle=cycle,
        forms=forms,
        form_url=lambda f: absolute_url(request, _form_url(request, f)),
    )
    if sent:
        messages.success(request, _("Reminders sent: %(n)s.") % {"n": sent})
    elif not without:
        messages.success(request, _("Nobody to remind: every form has been submitted."))
    if without:
        messages.error(
            request,
            _("No e-mail address for: %(names)s. Add it in the register of institutions.")
            % {"names": ", ".join(i.name for i in without)},
        )
    return redirect(_url(request, "cycle_board", strategy=cycle.strategy_id, cycle=cycle.pk))


# Personal links ---------------------------------------------------------------------------


@form_link_view
def link_fill(request: HttpRequest) -> HttpResponse:
    return _fill_page(request, request.report_form)


@form_link_view
@require_POST
def link_save(request: HttpRequest) -> HttpResponse:
    link = request.form_link
    page_url = reverse("link_fill", kwargs={"token": request.resolver_match.kwargs["token"]})
    by = _("%(recipient)s (personal link)") % {"recipient": link.recipient or "–"}
    return _save(request, request.report_form, by=by, page_url=page_url)


@strategy_view(Permission.EDIT)
@require_POST
def link_create(request: HttpRequest, cycle: int, form: int) -> HttpResponse:
    report_form = _form(request, cycle, form)
    link_form = LinkForm(request.POST)
    if saved := save_form(
        link_form,
        lambda: services.link_create(
            form=report_form,
            recipient=link_form.cleaned_data["recipient"],
            days=link_form.cleaned_data["days"],
            by=request.user,
        ),
    ):
        address = absolute_url(request, reverse("link_fill", kwargs={"token": saved.result}))
        messages.success(
            request,
            _("The personal link (shown only now, copy it): %(address)s") % {"address": address},
        )
    else:
        messages.error(request, " ".join(e for errs in link_form.errors.values() for e in errs))
    return redirect(_form_url(request, report_form))


@strategy_view(Permission.EDIT)
@require_POST
def link_revoke(request: HttpRequest, cycle: int, form: int, link: int) -> HttpResponse:
    report_form = _form(request, cycle, form)
    services.link_revoke(link=get_object_or_404(FormLink, pk=link, form=report_form))
    messages.success(request, _("The link has been revoked."))
    return redirect(_form_url(request, report_form))


# The report ---------------------------------------------------------------------------------


@strategy_view(Permission.VIEW)
def cycle_report(request: HttpRequest, cycle: int) -> HttpResponse:

    cycle = _cycle(request, cycle)
    report = assemble(cycle, show_draft=request.access.may_fill)
    return render(
        request,
        "monitoring/report.html",
        {
            "cycle": cycle,
            "strategy": cycle.strategy,
            "report": report,
            "summary_lines": report_summary_lines(report),
            "judgements_url": _url(request, "indicator_judgements", strategy=cycle.strategy_id)
            + f"?rok={cycle.year}",
        },
    )


@strategy_view(Permission.EDIT)
def conclusions_edit(request: HttpRequest, cycle: int) -> HttpResponse:

    cycle = _cycle(request, cycle)
    form = ConclusionsForm(request.POST or None, initial={"conclusions": cycle.conclusions})
    back = _report_url(request, cycle)
    if request.method == "POST" and save_form(
        form,
        lambda: services.conclusions_set(cycle=cycle, text=form.cleaned_data["conclusions"]),
    ):
        messages.success(request, _("The conclusions have been saved."))
        return redirect(back)
    return render(
        request,
        "core/form_page.html",
        {"form": form, "title": _("Conclusions: %(cycle)s") % {"cycle": cycle}, "cancel_url": back},
    )


def _report_url(request, cycle) -> str:
    return _url(request, "cycle_report", strategy=cycle.strategy_id, cycle=cycle.pk)


@strategy_view(Permission.EDIT)
def recommendation_edit(
    request: HttpRequest, cycle: int, recommendation: int | None = None
) -> HttpResponse:

    cycle = _cycle(request, cycle)
    existing = (
        get_object_or_404(Recommendation, pk=recommendation, cycle=cycle)
        if recommendation
        else None
    )
    initial = {}
    if existing:
        initial = {
            "text": existing.text,
            "institutions": existing.institutions.all(),
            "goal": existing.goal,
            "action": existing.action,
        }
    form = RecommendationForm(request.POST or None, cycle=cycle, initial=initial)
    back = _report_url(request, cycle) + "#rekomendacje"
    if request.method == "POST" and save_form(
        form,
        lambda: services.recommendation_save(
            cycle=cycle, recommendation=existing, **form.cleaned_data
        ),
    ):
        messages.success(request, _("The recommendation has been saved."))
        return redirect(back)
    return render(
        request,
        "core/form_page.html",
        {
            "form": form,
            "title": _("Edit the recommendation") if existing else _("New recommendation"),
            "cancel_url": back,
        },
    )


@strategy_view(Permission.EDIT)
def recommendation_delete(request: HttpRequest, cycle: int, recommendation: int) -> HttpResponse:

    cycle = _cycle(request, cycle)
    existing = get_object_or_404(Recommendation, pk=recommendation, cycle=cycle)
    back = _report_url(request, cycle) + "#rekomendacje"
    return confirm_delete(
        request,
        obj=existing,
        delete=lambda: services.recommendation_delete(recommendation=existing),
        success_url=back,
        cancel_url=back,
        consequences=[_("The institutions' answers about it in the next year's forms.")]
        if existing.responses.exists()
        else [],
    )


@strategy_view(Permission.VIEW)  # then the step names who records it: Access.may_record
def approval_edit(request: HttpRequest, cycle: int, approval: int) -> HttpResponse:

    cycle = _cycle(request, cycle)
    step = get_object_or_404(Approval, pk=approval, cycle=cycle)
    if not request.access.may_record(step):
        raise PermissionDenied
    form = ApprovalForm(
        request.POST or None,
        initial={
            "decision": step.decision,
            "date": step.date,
            "document_number": step.document_number,
            "note": step.note,
        },
        on_behalf=request.access.records_on_behalf(step),
    )
    back = _report_url(request, cycle) + "#zatwierdzanie"
    if request.method == "POST" and save_form(
        form,
        lambda: services.approval_record(
            approval=step, by=request.access.membership, **form.cleaned_data
        ),
    ):
        messages.success(request, _("The decision has been recorded."))
        return redirect(back)
    return render(
        request,
        "core/form_page.html",
        {
            "form": form,
            "title": _("Approval: %(step)s") % {"step": step.name},
            "subtitle": str(cycle),
            "cancel_url": back,
        },
    )


@strategy_view(Permission.MANAGE)
@require_POST
def cycle_publish(request: HttpRequest, cycle: int) -> HttpResponse:
    cycle = _cycle(request, cycle)
    try:
        services.cycle_publish(cycle=cycle)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The report has been published."))
    return redirect(_report_url(request, cycle))


@government_view(Permission.MANAGE)
def approval_stages(request: HttpRequest) -> HttpResponse:

    government = request.government
    stages = approval_path(government)
    if request.method == "POST":
        # No initial data on POST: a step left as it was must still count as given.
        formset = ApprovalStageFormSet(request.POST, prefix="etapy")
    else:
        formset = ApprovalStageFormSet(
            initial=[
                {
                    "name": s.name,
                    "needs_document": s.needs_document,
                    "recorded_by_role": s.recorded_by_role,
                }
                for s in stages
            ],
            prefix="etapy",
        )
    if request.method == "POST" and formset.is_valid():
        rows = [
            (
                f.cleaned_data["name"].strip(),
                f.cleaned_data["needs_document"],
                f.cleaned_data["recorded_by_role"],
            )
            for f in formset
            if f.cleaned_data.get("name", "").strip()
        ]
        try:
            services.approval_stages_set(government=government, stages=rows)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The approval path has been saved."))
            return redirect(_url(request, "approval_stages"))
    return render(request, "monitoring/approval_stages.html", {"formset": formset})


@strategy_view(Permission.VIEW)
def action_over_years(request: HttpRequest, action: int) -> HttpResponse:
    """One action across every monitoring cycle of the strategy: what each institution
    reported year by year."""

    strategy = request.strategy
    action = get_object_or_404(Action, pk=action, strategy=strategy)
    reports = (
        ActionReport.objects.filter(action=action)
        .select_related("form__cycle", "form__institution")
        .prefetch_related("spending__source")
        .order_by("-form__cycle__year", "form__institution__name")
    )
    years: dict = {}
    for report in reports:
        form = report.form
        if form.is_editable and not request.access.may_fill(form.institution_id):
            continue  # an unsubmitted form: the team's and the institution's only
        years.setdefault(form.cycle, []).append(report)
    return render(
        request,
        "monitoring/action_history.html",
        {"strategy": strategy, "action": action, "years": list(years.items())},
    )

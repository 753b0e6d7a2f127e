from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from core.numbers import trimmed
from core.views import (
    apply_validation_error,
    confirm_delete,
    government_url,
    history_page,
    save_form,
)
from governments.access import Permission, government_view

from . import services
from .bdl_csv import SeriesChoice
from .forms import (
    BdlCsvForm,
    BdlImportForm,
    ComparisonGroupForm,
    DiagnosisIndicatorForm,
    LocalFiguresCsvForm,
    LocalFiguresForm,
    NarrativeForm,
    ProblemForm,
    ProblemReviewForm,
    YearForm,
)
from .models import (
    ComparisonGroup,
    DiagnosisIndicator,
    DomainNarrative,
    ImportJob,
    LocalFigure,
    Problem,
    StatisticsUpload,
    Variable,
)
from .presentation import DOMAIN_SLUGS, DOMAINS_BY_SLUG, domain_view, problem_reasons, unit_label
from .presentation import diagnosis_chapter as chapter
from .selectors import (
    comparison_group_candidates,
    comparison_group_members,
    diagnosis_setting,
    import_jobs,
)
from .selectors import diagnosis_overview as overview
from .tasks import import_restart, import_start


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


STATISTICS_UPLOADS_PAGE_SIZE = 20


@government_view(Permission.EDIT)
def bdl_csv_import(request: HttpRequest) -> HttpResponse:
    """Statistics from a CSV file exported from the BDL website, for a server that cannot
    reach the BDL API. The values are this government's own layer (services.
    statistics_upload_create): no other government's figures change."""

    form = BdlCsvForm(request.POST or None, request.FILES or None)

    def store():
        upload = form.cleaned_data["file"]
        try:
            return services.statistics_upload_create(
                government=request.government,
                user=request.user,
                content=upload.read(),
                file_name=upload.name,
                variable_bdl_id=form.cleaned_data["variable"],
                series=form.cleaned_data["series"],
                variable_name=form.cleaned_data["name"],
            )
        except SeriesChoice as choice:
            form.offer_series(choice.series)
            raise ValidationError({"series": choice.messages}) from choice

    if request.method == "POST" and (saved := save_form(form, store)):
        count = saved.result.value_count
        messages.success(
            request,
            ngettext(
                "%(count)s value of variable %(id)s has been stored.",
                "%(count)s values of variable %(id)s have been stored.",
                count,
            )
            % {
                "count": number_format(count, force_grouping=True),
                "id": form.cleaned_data["variable"],
            },
        )
        return redirect(reverse("bdl_csv_import", kwargs={"government": request.government.slug}))
    uploads = Paginator(
        StatisticsUpload.objects.filter(government=request.government).select_related(
            "uploaded_by"
        ),
        STATISTICS_UPLOADS_PAGE_SIZE,
    ).get_page(request.GET.get("strona"))
    return render(request, "diagnosis/bdl_csv_import.html", {"form": form, "uploads": uploads})


@government_view(Permission.EDIT)
def statistics_upload_delete(request: HttpRequest, upload: int) -> HttpResponse:

    upload = get_object_or_404(StatisticsUpload, pk=upload, government=request.government)
    back = _diagnosis_url(request, "bdl_csv_import")
    remaining = upload.observations.count()
    return confirm_delete(
        request,
        obj=upload,
        delete=lambda: services.statistics_upload_delete(upload=upload),
        success_url=back,
        cancel_url=back,
        consequences=[
            ngettext(
                "%(count)s value from this file; the diagnosis shows the shared figures "
                "(imported from the BDL) in their place, where there are any.",
                "%(count)s values from this file; the diagnosis shows the shared figures "
                "(imported from the BDL) in their place, where there are any.",
                remaining,
            )
            % {"count": remaining}
        ]
        if remaining
        else [],
    )


# The diagnosis pages ---------------------------------------------------------------------


def _diagnosis_url(request: HttpRequest, name: str = "diagnosis", **kwargs) -> str:
    return government_url(request, name, **kwargs)


def _domain(slug: str) -> str:

    try:
        return DOMAINS_BY_SLUG[slug]
    except KeyError:
        raise Http404(_("There is no such domain of the diagnosis.")) from None


@government_view(Permission.VIEW)
def diagnosis_overview(request: HttpRequest) -> HttpResponse:

    government = request.government
    setting = diagnosis_setting(government)
    summary = overview(government)
    domains = [
        {
            "label": DiagnosisIndicator.Domain(domain).label,
            "url": _diagnosis_url(request, "diagnosis_domain", domain=slug),
            **summary["domains"].get(domain, {}),
        }
        for domain, slug in DOMAIN_SLUGS.items()
    ]
    return render(
        request,
        "diagnosis/overview.html",
        {
            "setting": setting,
            "wider": [unit_label(u, setting) for u in setting.wider] if setting else [],
            "group": ComparisonGroup.objects.filter(government=government).first(),
            "domains": domains,
            "unanswered": summary["unanswered"],
        },
    )


@government_view(Permission.VIEW)
def diagnosis_domain(request: HttpRequest, domain: str) -> HttpResponse:

    domain = _domain(domain)
    setting = diagnosis_setting(request.government)
    return render(
        request,
        "diagnosis/domain.html",
        {"view": domain_view(request.government, domain, setting), "setting": setting},
    )


@government_view(Permission.EDIT)
def narrative_edit(request: HttpRequest, domain: str) -> HttpResponse:
    domain = _domain(domain)
    narrative = DomainNarrative.objects.filter(government=request.government, domain=domain).first()
    form = NarrativeForm(
        request.POST or None, initial={"text": narrative.text if narrative else ""}
    )
    back = _diagnosis_url(request, "diagnosis_domain", domain=_slug(domain))
    if request.method == "POST" and save_form(
        form,
        lambda: services.narrative_set(
            government=request.government, domain=domain, text=form.cleaned_data["text"]
        ),
    ):
        messages.success(request, _("The text has been saved."))
        return redirect(back)
    return render(
        request,
        "core/form_page.html",
        {
            "form": form,
            "title": _("Diagnosis text: %(domain)s")
            % {"domain": DiagnosisIndicator.Domain(domain).label},
            "cancel_url": back,
        },
    )


def _slug(domain: str) -> str:

    return DOMAIN_SLUGS[domain]


def _problem(request: HttpRequest, pk: int) -> Problem:
    return get_object_or_404(
        Problem.objects.select_related("indicator"), pk=pk, government=request.government
    )


@government_view(Permission.VIEW)
def problem_detail(request: HttpRequest, problem: int) -> HttpResponse:
    problem = _problem(request, problem)
    form = None
    if request.access.can_edit:
        form = ProblemReviewForm(
            government=request.government,
            initial={
                "status": problem.status,
                "serious": problem.serious,
                "comment": problem.comment,
                "goals": list(problem.goals.values_list("pk", flat=True)),
            },
        )
    return _problem_page(request, problem, form)


def _problem_page(request, problem, form, status=200):

    return render(
        request,
        "diagnosis/problem_detail.html",
        {
            "problem": problem,
            "reasons": problem_reasons(problem),
            "goals": problem.goals.select_related("strategy"),
            "form": form,
            "domain_url": _diagnosis_url(request, "diagnosis_domain", domain=_slug(problem.domain)),
        },
        status=status,
    )


@government_view(Permission.EDIT)
@require_POST
def problem_review(request: HttpRequest, problem: int) -> HttpResponse:
    problem = _problem(request, problem)
    form = ProblemReviewForm(request.POST, government=request.government)
    if save_form(
        form,
        lambda: services.problem_review(
            problem=problem,
            status=form.cleaned_data["status"],
            serious=form.cleaned_data["serious"],
            comment=form.cleaned_data["comment"],
            goal_ids=form.cleaned_data["goals"],
        ),
    ):
        messages.success(request, _("The decision has been saved."))
        return redirect(_diagnosis_url(request, "diagnosis_domain", domain=_slug(problem.domain)))
    problem.refresh_from_db()
    return _problem_page(request, problem, form, status=400)


@government_view(Permission.EDIT)
def problem_create(request: HttpRequest) -> HttpResponse:

    initial_domain = DOMAINS_BY_SLUG.get(request.GET.get("dziedzina", ""))
    form = ProblemForm(request.POST or None, initial={"domain": initial_domain})
    if request.method == "POST" and (
        saved := save_form(
            form,
            lambda: services.problem_create(government=request.government, **form.cleaned_data),
        )
    ):
        messages.success(request, _("The problem has been added."))
        return redirect(
            _diagnosis_url(request, "diagnosis_domain", domain=_slug(saved.result.domain))
        )
    return render(
        request,
        "core/form_page.html",
        {
            "form": form,
            "title": _("A problem seen outside the figures"),
            "subtitle": _(
                "For example from interviews, workshops or the OPS's own experience; it is "
                "recorded as confirmed."
            ),
            "cancel_url": _diagnosis_url(request),
        },
    )


@government_view(Permission.EDIT)
def problem_delete(request: HttpRequest, problem: int) -> HttpResponse:
    problem = _problem(request, problem)
    back = _diagnosis_url(request, "diagnosis_domain", domain=_slug(problem.domain))
    return confirm_delete(
        request,
        obj=problem,
        delete=problem.delete,
        success_url=back,
        cancel_url=_diagnosis_url(request, "problem_detail", problem=problem.pk),
        consequences=[_("Its links to %(n)s goals of the strategy.") % {"n": problem.goals.count()}]
        if problem.goals.exists()
        else [],
    )


@government_view(Permission.EDIT)
@require_POST
def problems_refresh(request: HttpRequest) -> HttpResponse:
    try:
        counts = services.problems_refresh(government=request.government)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _(
                "Flags checked against the figures: %(new)s new, %(updated)s updated, "
                "%(removed)s removed."
            )
            % counts,
        )
    return redirect(_diagnosis_url(request))


@government_view(Permission.VIEW)
def comparison_group(request: HttpRequest) -> HttpResponse:

    government = request.government
    return render(
        request,
        "diagnosis/comparison_group.html",
        {
            "group": ComparisonGroup.objects.filter(government=government).first(),
            "members": comparison_group_members(government),
            "unit": government.unit,
        },
    )


@government_view(Permission.EDIT)
def comparison_group_edit(request: HttpRequest) -> HttpResponse:

    government = request.government
    if government.unit is None:
        raise Http404(_("The local government is not tied to a statistical unit yet."))
    group = ComparisonGroup.objects.filter(government=government).first()
    current = list(group.units.values_list("pk", flat=True)) if group else []
    form = ComparisonGroupForm(
        request.POST or None,
        candidates=comparison_group_candidates(government),
        initial={"units": current},
    )
    back = _diagnosis_url(request, "comparison_group")
    if request.method == "POST" and save_form(
        form,
        lambda: services.comparison_group_set(
            government=government, unit_ids=form.cleaned_data["units"]
        ),
    ):
        messages.success(request, _("The comparison group has been saved."))
        return redirect(back)
    return render(
        request,
        "core/form_page.html",
        {"form": form, "title": _("Change the comparison group"), "cancel_url": back},
    )


@government_view(Permission.EDIT)
@require_POST
def comparison_group_reset(request: HttpRequest) -> HttpResponse:
    try:
        group = services.comparison_group_default(government=request.government)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("The default group has been chosen: %(n)s units.") % {"n": group.units.count()},
        )
    return redirect(_diagnosis_url(request, "comparison_group"))


@government_view(Permission.VIEW)
def diagnosis_history(request: HttpRequest) -> HttpResponse:

    government = request.government
    return history_page(
        request,
        querysets=[
            Problem.history.filter(government=government),
            DomainNarrative.history.filter(government=government),
        ],
        title=_("Change history of the diagnosis"),
        back_url=_diagnosis_url(request),
    )


# Statistics imports from the BDL, run in the background ---------------------------------

IMPORT_JOBS_PAGE_SIZE = 20


def _import_job(request: HttpRequest, pk: int):

    return get_object_or_404(
        ImportJob.objects.for_government(request.government).with_progress(), pk=pk
    )


def _import_progress(request: HttpRequest, job) -> dict:
    done, total = job.progress
    return {
        "job": job,
        "done": done,
        "total": total,
        "state": f"{job.status}-{done}",  # unchanged: the htmx poll gets 204, nothing swapped
        "job_url": _diagnosis_url(request, "bdl_import_job", job=job.pk),
    }


@government_view(Permission.EDIT)
def bdl_import(request: HttpRequest) -> HttpResponse:

    form = BdlImportForm(request.POST or None)
    if request.method == "POST" and (
        saved := save_form(
            form,
            lambda: import_start(
                government=request.government,
                variable_ids=form.variable_ids(),
                years=form.years(),
                requested_by=request.user,
            ),
        )
    ):
        messages.success(request, _("The import has been queued; it runs in the background."))
        return redirect(_diagnosis_url(request, "bdl_import_job", job=saved.result.pk))
    page = Paginator(import_jobs(request.government), IMPORT_JOBS_PAGE_SIZE).get_page(
        request.GET.get("strona")
    )
    return render(
        request,
        "diagnosis/bdl_import.html",
        {"form": form, "page": page, "unit": request.government.unit},
    )


@government_view(Permission.EDIT)
def bdl_import_job(request: HttpRequest, job: int) -> HttpResponse:

    job = _import_job(request, job)
    context = _import_progress(request, job)
    if request.htmx:
        if request.GET.get("stan") == context["state"]:
            return HttpResponse(status=204)
        return render(request, "diagnosis/partials/import_progress.html", context)
    variable_ids = sorted(set(job.tasks.values_list("variable_bdl_id", flat=True)))
    names = dict(Variable.objects.filter(bdl_id__in=variable_ids).values_list("bdl_id", "name"))
    context["variables"] = [(pk, names.get(pk, "")) for pk in variable_ids]
    return render(request, "diagnosis/bdl_import_job.html", context)


@government_view(Permission.EDIT)
@require_POST
def bdl_import_resume(request: HttpRequest, job: int) -> HttpResponse:

    job = _import_job(request, job)
    try:
        import_restart(job=job)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("The import has been queued again; it goes on where it stopped.")
        )
    return redirect(_diagnosis_url(request, "bdl_import_job", job=job.pk))


@government_view(Permission.VIEW)
def diagnosis_chapter(request: HttpRequest) -> HttpResponse:

    return render(request, "diagnosis/chapter.html", {"chapter": chapter(request.government)})


@government_view(Permission.VIEW)
def indicator_list(request: HttpRequest) -> HttpResponse:
    indicators = DiagnosisIndicator.objects.available_to(request.government).order_by(
        "domain", "government", "code"
    )
    return render(request, "diagnosis/indicator_list.html", {"indicators": indicators})


def _own_indicator(request: HttpRequest, pk: int) -> DiagnosisIndicator:
    return get_object_or_404(DiagnosisIndicator, pk=pk, government=request.government)


@government_view(Permission.EDIT)
def indicator_edit(request: HttpRequest, own_indicator: int | None = None) -> HttpResponse:
    indicator = _own_indicator(request, own_indicator) if own_indicator else None
    form = DiagnosisIndicatorForm(request.POST or None, instance=indicator)
    back = _diagnosis_url(request, "diagnosis_indicators")
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in form.Meta.fields}
        try:
            services.indicator_save(government=request.government, indicator=indicator, **fields)
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The indicator has been saved."))
            return redirect(back)
    return render(
        request,
        "core/form_page.html",
        {
            "form": form,
            "title": _("Edit the indicator") if indicator else _("New indicator of your own"),
            "subtitle": _(
                "A formula uses v<number> for a BDL variable (e.g. v72305, population) and "
                "L_<code> for a local figure (e.g. L_blue_cards), with + − * / and brackets."
            ),
            "cancel_url": back,
        },
    )


@government_view(Permission.EDIT)
def indicator_delete(request: HttpRequest, own_indicator: int) -> HttpResponse:
    indicator = _own_indicator(request, own_indicator)
    back = _diagnosis_url(request, "diagnosis_indicators")
    return confirm_delete(
        request,
        obj=indicator,
        delete=indicator.delete,
        success_url=back,
        cancel_url=back,
        consequences=[_("The problems flagged on this indicator.")]
        if indicator.problems.exists()
        else [],
    )

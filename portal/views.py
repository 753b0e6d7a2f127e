"""The public portal: pages without login. Every view is a ``public_view`` and reads
through portal.selectors, which return only what is adopted or published."""

from django.contrib import messages
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from consultations.selectors import current_and_past
from core.views import found, government_url, save_form
from governments.access import Permission, government_view, public_view
from monitoring.indicator_charts import indicator_chart
from monitoring.presentation import report_summary_lines
from monitoring.report import cycle_report
from monitoring.selectors import default_judgement_year, history_of, indicator_judgements
from strategies.export import plan_columns, plan_rows_by_area
from strategies.selectors import PlanFilters, action_plan, strategy_tree
from versions.selectors import snapshot_tree

from . import opendata, selectors
from .forms import AccessibilityStatementForm
from .models import AccessibilityStatement
from .services import statement_save

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


@public_view
def portal_index(request: HttpRequest) -> HttpResponse:
    return render(request, "portal/index.html", {"governments": selectors.public_governments()})


@public_view
def government_home(request: HttpRequest) -> HttpResponse:
    government = request.public_government
    consultations_current, consultations_past = current_and_past(government)
    return render(
        request,
        "portal/government.html",
        {
            "government": government,
            "strategies": list(selectors.public_strategies(government)),
            "consultations_current": consultations_current,
            "consultations_past": consultations_past,
        },
    )


@public_view
def strategy_page(request: HttpRequest, strategy: int) -> HttpResponse:
    strategy = found(selectors.public_strategy(request.public_government, strategy))
    versions = list(selectors.adopted_versions(strategy).defer("snapshot")[1:])
    version = selectors.adopted_version(strategy)
    common = {
        "government": request.public_government,
        "strategy": strategy,
        "version": version,
        "earlier_versions": versions,
        "cycles": selectors.published_cycles(strategy),
        "documents": selectors.published_documents(strategy),
    }
    if version is not None:
        common["snapshot"] = snapshot_tree(version.snapshot)
        return render(request, "portal/strategy.html", common)
    plan = action_plan(strategy)
    action_label = plan.levels[-1].name if plan.levels else None
    areas = plan_rows_by_area(plan.areas, PlanFilters())
    return render(
        request,
        "portal/strategy.html",
        {
            **common,
            "tree": strategy_tree(strategy, with_indicators=False),
            "columns": [title for title, _width in plan_columns(action_label)],
            "areas": areas,
        },
    )


def _public_year(strategy, values: dict[int, dict[int, object]]) -> int:
    """The year to judge in: the latest with a public value up to the current one."""
    current = default_judgement_year(strategy)
    years = [year for by_year in values.values() for year in by_year if year <= current]
    return max(years, default=current)


@public_view
def indicators_page(request: HttpRequest, strategy: int) -> HttpResponse:
    strategy = found(selectors.public_strategy(request.public_government, strategy))
    structure = selectors.public_structure(strategy)
    values = selectors.public_values(strategy, structure.indicators)
    year = _public_year(strategy, values)
    judgements = indicator_judgements(
        strategy,
        year,
        tree=structure.tree,
        milestones=structure.milestones,
        values={pk: by_year[year] for pk, by_year in values.items() if year in by_year},
    )
    return render(
        request,
        "portal/indicators.html",
        {
            "government": request.public_government,
            "strategy": strategy,
            "year": year,
            "judgements": judgements,
        },
    )


@public_view
def indicator_page(request: HttpRequest, strategy: int, indicator: int) -> HttpResponse:
    strategy = found(selectors.public_strategy(request.public_government, strategy))
    structure = selectors.public_structure(strategy)
    item = found(structure.indicators.get(indicator))
    item.strategy = strategy
    values = selectors.public_values(strategy, [item.pk]).get(item.pk, {})
    history = history_of(
        strategy, item, structure.milestones.get(item.pk, {}), values, timezone.localdate()
    )
    return render(
        request,
        "portal/indicator.html",
        {
            "government": request.public_government,
            "strategy": strategy,
            "history": history,
            "chart": indicator_chart(history),
        },
    )


@public_view
def report_page(request: HttpRequest, strategy: int, cycle: int) -> HttpResponse:
    strategy = found(selectors.public_strategy(request.public_government, strategy))
    cycle = found(selectors.published_cycle(strategy, cycle))
    report = cycle_report(cycle)
    return render(
        request,
        "portal/report.html",
        {
            "government": request.public_government,
            "strategy": strategy,
            "cycle": cycle,
            "report": report,
            "summary_lines": report_summary_lines(report),
            "editable": False,
            "documents": [
                d for d in selectors.published_documents(strategy) if d.cycle_id == cycle.pk
            ],
        },
    )


@public_view
def document_download(request: HttpRequest, strategy: int, document: int) -> HttpResponse:
    record = found(selectors.published_document(request.public_government, strategy, document))
    try:
        file = record.file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    return FileResponse(
        file,
        as_attachment=True,
        filename=record.filename,
        content_type=CONTENT_TYPES[record.format],
    )


@public_view
def open_data(request: HttpRequest, strategy: int) -> HttpResponse:
    strategy = found(selectors.public_strategy(request.public_government, strategy))
    return render(
        request,
        "portal/open_data.html",
        {
            "government": request.public_government,
            "strategy": strategy,
            "datasets": opendata.DATASETS,
            "formats": opendata.FORMATS,
        },
    )


@public_view
def open_data_file(request: HttpRequest, strategy: int, dataset: str, fmt: str) -> HttpResponse:
    strategy = found(selectors.public_strategy(request.public_government, strategy))
    if dataset not in opendata.DATASET_SLUGS or fmt not in opendata.FORMATS:
        raise Http404
    response = HttpResponse(
        opendata.export(strategy, dataset, fmt), content_type=CONTENT_TYPES[fmt]
    )
    name = f"{slugify(request.public_government.slug)}-{strategy.pk}-{dataset}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Access-Control-Allow-Origin"] = "*"  # open data: any site may read it
    return response


@public_view
def accessibility_statement(request: HttpRequest) -> HttpResponse:
    government = request.public_government
    statement = AccessibilityStatement.objects.filter(government=government).first()
    return render(
        request,
        "portal/accessibility.html",
        {"government": government, "statement": statement},
    )


@government_view(Permission.MANAGE)
def accessibility_statement_edit(request: HttpRequest) -> HttpResponse:

    instance = AccessibilityStatement.objects.filter(government=request.government).first()
    instance = instance or AccessibilityStatement(government=request.government)
    form = AccessibilityStatementForm(request.POST or None, instance=instance)
    if request.method == "POST" and save_form(
        form, lambda: statement_save(statement=form.instance)
    ):
        messages.success(request, _("The accessibility statement has been saved."))
        return redirect(government_url(request, "accessibility_statement_edit"))
    return render(
        request,
        "core/form_page.html",
        {
            "form": form,
            "title": _("Accessibility statement of the public pages"),
            "subtitle": _(
                "Public bodies must publish an accessibility statement for their pages (the "
                "Act of 4 April 2019). The public pages show it with the parts the law "
                "requires; fill in what only you know."
            ),
            "cancel_url": government_url(request, "government_dashboard"),
        },
    )

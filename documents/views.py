"""Pages of the documents: the documents of a strategy (request, progress, download,
published mark, delete), the texts of the strategy document's prose chapters, and the
look of a government's documents."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.views import confirm_delete, government_url, save_form
from governments.access import Permission, government_view
from strategies import services as strategy_services
from strategies.access import strategy_view
from strategies.forms import StrategyTextsForm
from strategies.models import Strategy

from . import selectors, services, tasks
from .docx import default_title_template
from .forms import DocumentLookForm, DocumentRequestForm
from .models import GeneratedDocument

PAGE_SIZE = 25
MIME = {
    GeneratedDocument.Format.PDF: "application/pdf",
    GeneratedDocument.Format.DOCX: (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    ),
}


def _list_url(request: HttpRequest, strategy) -> str:
    return government_url(request, "document_list", strategy=strategy.pk)


def _record(strategy, pk: int) -> GeneratedDocument:
    documents = GeneratedDocument.objects.filter(
        strategy=strategy, government_id=strategy.government_id
    )
    return get_object_or_404(documents, pk=pk)


def _list_context(request: HttpRequest, strategy, form: DocumentRequestForm | None) -> dict:
    page = Paginator(selectors.strategy_documents(strategy), PAGE_SIZE).get_page(
        request.GET.get("strona")
    )
    return {
        "strategy": strategy,
        "page": page,
        "pending": any(record.is_pending for record in page),
        "form": form,
        "council": selectors.council_name(request.government),
    }


@strategy_view(Permission.VIEW)
def document_list(request: HttpRequest) -> HttpResponse:
    strategy = request.strategy
    if request.htmx:
        context = _list_context(request, strategy, None)
        return render(request, "documents/partials/document_table.html", context)
    initial = {}
    if request.GET.get("rodzaj") in GeneratedDocument.Kind.values:
        initial["kind"] = request.GET["rodzaj"]
    if request.GET.get("cykl", "").isdigit():
        initial["cycle"] = int(request.GET["cykl"])
    form = DocumentRequestForm(strategy=strategy, initial=initial)
    return render(request, "documents/document_list.html", _list_context(request, strategy, form))


@strategy_view(Permission.EDIT)
@require_POST
def document_create(request: HttpRequest) -> HttpResponse:
    strategy = request.strategy
    form = DocumentRequestForm(request.POST, strategy=strategy)
    if save_form(
        form,
        lambda: tasks.document_request(strategy=strategy, user=request.user, **form.cleaned_data),
    ):
        messages.success(
            request,
            _("The document is being made; it appears in the list when it is ready."),
        )
        return redirect(_list_url(request, strategy))
    return render(
        request,
        "documents/document_list.html",
        _list_context(request, strategy, form),
        status=400,
    )


@strategy_view(Permission.VIEW)
def document_download(request: HttpRequest, document: int) -> HttpResponse:
    strategy = request.strategy
    record = _record(strategy, document)
    if record.status != GeneratedDocument.Status.DONE or not record.file:
        raise Http404
    try:
        file = record.file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    return FileResponse(
        file,
        as_attachment=True,
        filename=record.filename,
        content_type=MIME[record.format],
    )


@strategy_view(Permission.MANAGE)
@require_POST
def document_publish(request: HttpRequest, document: int) -> HttpResponse:
    strategy = request.strategy
    record = _record(strategy, document)
    published = request.POST.get("published") == "1"
    try:
        services.document_publish(record=record, published=published)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("Marked as the published version.")
            if published
            else _("No longer marked as the published version."),
        )
    return redirect(_list_url(request, strategy))


@strategy_view(Permission.EDIT)
def document_delete(request: HttpRequest, document: int) -> HttpResponse:
    strategy = request.strategy
    record = _record(strategy, document)
    return confirm_delete(
        request,
        obj=record,
        delete=lambda: services.document_delete(record=record),
        success_url=_list_url(request, strategy),
        cancel_url=_list_url(request, strategy),
        consequences=[_("The file is deleted for good; the data it was made from stay.")],
    )


@strategy_view(Permission.MANAGE)  # as the strategy's other texts (strategy_edit)
def strategy_texts(request: HttpRequest) -> HttpResponse:

    strategy = request.strategy
    form = StrategyTextsForm(request.POST or None, instance=Strategy.objects.get(pk=strategy.pk))
    if request.method == "POST" and save_form(
        form,
        lambda: strategy_services.strategy_update(strategy=strategy, **form.cleaned_data),
    ):
        messages.success(request, _("The texts have been saved."))
        return redirect(_list_url(request, strategy))
    return render(
        request,
        "core/form_page.html",
        {
            "form": form,
            "title": _("Texts of the strategy document"),
            "subtitle": _(
                "Chapters written in your own words. A chapter left empty gets a standard "
                "text made from the strategy's data."
            ),
            "cancel_url": _list_url(request, strategy),
        },
    )


@government_view(Permission.MANAGE)
def look_edit(request: HttpRequest) -> HttpResponse:
    look = selectors.look_of(request.government)
    form = DocumentLookForm(request.POST or None, request.FILES or None, instance=look)
    if request.method == "POST" and save_form(
        form, lambda: services.look_save(look=form.save(commit=False))
    ):
        messages.success(request, _("The look of documents has been saved."))
        return redirect(government_url(request, "document_look"))
    return render(
        request,
        "documents/look.html",
        {"form": form, "look": look},
    )


@government_view(Permission.VIEW)
def title_template_model(request: HttpRequest) -> HttpResponse:

    response = HttpResponse(default_title_template(), content_type=MIME["docx"])
    response["Content-Disposition"] = 'attachment; filename="wzor-strony-tytulowej.docx"'
    return response

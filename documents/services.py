"""Writes of the documents app: the look of a government's documents, making, publishing and
deleting generated files. A document is requested in documents.tasks (``document_request``
records it and queues the task that calls ``document_generate``)."""

import logging
import time
from collections.abc import Callable

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from core import sandbox
from core.sandbox import SandboxError

from .content import Document
from .docx import TitleTemplateError
from .models import DocumentLook, GeneratedDocument
from .pdf import PdfRenderError, render_pdf
from .selectors import document_content

logger = logging.getLogger(__name__)
Kind = GeneratedDocument.Kind
Status = GeneratedDocument.Status
LOOK_FILES = ("coat_of_arms", "font_regular", "font_bold", "title_template")


@transaction.atomic
def look_save(*, look: DocumentLook) -> DocumentLook:
    """Save the look; files it no longer names are deleted once the change is committed
    (the PDF renderer reads the whole font folder, so an old font must not linger)."""
    look.full_clean()
    look.save()
    kept = {getattr(look, name).name for name in LOOK_FILES if getattr(look, name)}
    folder = f"documents/{look.government_id}"
    transaction.on_commit(lambda: _delete_files_but(folder, kept))
    return look


def _delete_files_but(folder: str, kept: set[str]) -> None:
    for sub in ("files", "fonts"):
        path = f"{folder}/{sub}"
        if not default_storage.exists(path):
            continue
        _dirs, files = default_storage.listdir(path)
        for name in files:
            if f"{path}/{name}" not in kept:
                default_storage.delete(f"{path}/{name}")


def file_slug(title: str) -> str:
    """An ASCII file name from a Polish title: "Plan działań" → "plan-dzialan" (slugify
    alone drops "ł", which has no decomposition)."""
    return slugify(title.replace("ł", "l").replace("Ł", "L"))[:80]


def render(document: Document, format: str) -> bytes:
    """The file. Both renderers run in a child process with limits: Typst in its own
    (documents/pdf_worker.py), the DOCX renderer, which opens the government's title-page
    template, in core.sandbox's, so a document's cost cannot hold the worker for others."""
    if format == GeneratedDocument.Format.PDF:
        return render_pdf(document)
    return sandbox.run(
        "documents.docx:render_docx",
        document,
        limits=sandbox.DOCUMENT,
        expected=(TitleTemplateError,),
    )


def _progress_writer(record: GeneratedDocument) -> Callable[[float, str], None]:
    """Store the progress for the page, at most once per percent (each is a write)."""
    last = {"percent": -1, "step": ""}

    def progress(share: float, step: str) -> None:
        percent = max(0, min(99, int(share * 100)))
        if percent == last["percent"] and step == last["step"]:
            return
        last.update(percent=percent, step=step)
        GeneratedDocument.objects.filter(pk=record.pk).update(
            progress=percent, step=step[:200], updated_at=timezone.now()
        )

    return progress


def document_fail(*, record_id: int, message: str) -> None:
    """Record that making a document failed, unless it got further meanwhile."""
    GeneratedDocument.objects.filter(
        pk=record_id, status__in=[Status.QUEUED, Status.RUNNING]
    ).update(
        status=Status.FAILED,
        error=message[:2000],
        finished_at=timezone.now(),
        updated_at=timezone.now(),
    )


def document_generate(*, record: GeneratedDocument) -> GeneratedDocument:
    """Build the content, render the file and keep it. A failure is recorded for the page
    (Typst's or the template's own message, or a general one with the details in the log)
    and raised again, so that the worker records it too."""
    started = time.perf_counter()
    GeneratedDocument.objects.filter(pk=record.pk).update(
        status=Status.RUNNING, progress=0, step=_("Starting"), error="", updated_at=timezone.now()
    )
    progress = _progress_writer(record)
    saved = ""
    try:
        document = document_content(record, progress)
        progress(0.9, _("Writing the file"))
        data = render(document, record.format)
        stamp = timezone.localtime().strftime("%Y-%m-%d-%H%M")
        saved = default_storage.save(
            f"documents/generated/{file_slug(document.title)}-{stamp}.{record.format}",
            ContentFile(data),
        )
        updated = GeneratedDocument.objects.filter(pk=record.pk).update(
            file=saved,
            title=document.title[:500],
            size=len(data),
            status=Status.DONE,
            progress=100,
            step="",
            finished_at=timezone.now(),
            updated_at=timezone.now(),
            seconds=round(time.perf_counter() - started, 2),
        )
        if not updated:  # the request was deleted meanwhile: keep no orphan file
            default_storage.delete(saved)
    except (PdfRenderError, TitleTemplateError, SandboxError) as error:
        document_fail(record_id=record.pk, message=str(error))
        raise
    except BaseException:
        logger.exception("Document %s could not be made", record.pk)
        if saved:
            default_storage.delete(saved)
        document_fail(
            record_id=record.pk,
            message=_("The document could not be made; the details are in the server's log."),
        )
        raise
    record.refresh_from_db()
    return record


@transaction.atomic
def document_publish(*, record: GeneratedDocument, published: bool) -> GeneratedDocument:
    """Mark the version that was published: one per document (and year, for reports) and
    format; the database refuses a second one (documents.models constraints)."""
    if published and record.status != Status.DONE:
        raise ValidationError(_("Only a finished document can be marked as published."))
    others = GeneratedDocument.objects.select_for_update().filter(
        strategy_id=record.strategy_id,
        kind=record.kind,
        cycle_id=record.cycle_id,
        consultation_id=record.consultation_id,
        format=record.format,
        is_published=True,
    )
    if published:
        others.exclude(pk=record.pk).update(is_published=False)
    record.is_published = published
    record.save(update_fields=["is_published"])
    return record


def document_delete(*, record: GeneratedDocument) -> None:
    """Delete a document and its file; not the published version, not one being made."""
    if record.is_published:
        raise ValidationError(
            _("This is the published version: unmark it first if it really should go.")
        )
    if record.is_pending:
        raise ValidationError(_("The document is still being made; wait until it is ready."))
    name = record.file.name
    record.delete()
    if name:
        transaction.on_commit(lambda: default_storage.delete(name))


def files_prune() -> list[str]:
    """Delete the generated files no record names any more: those of documents deleted
    with their strategy, cycle or local government (a CASCADE does not call services).
    Returns the names deleted; ``manage.py documents_prune`` runs it."""
    folder = "documents/generated"
    if not default_storage.exists(folder):
        return []
    named = set(GeneratedDocument.objects.exclude(file="").values_list("file", flat=True))
    _dirs, files = default_storage.listdir(folder)
    deleted = []
    for name in files:
        path = f"{folder}/{name}"
        if path not in named:
            default_storage.delete(path)
            deleted.append(path)
    return deleted

"""Documents: the look of a government's documents, requesting, making, publishing and
deleting generated files. The making itself runs in the background (documents.tasks)."""

import time
from collections.abc import Callable

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from governments.models import LocalGovernment

from .builders import attachment_document, report_document, strategy_document
from .content import Document, Look
from .models import DocumentLook, GeneratedDocument

Kind = GeneratedDocument.Kind

# "Gmina Żółkiewka" → "Rady Gminy Żółkiewka": the names whose genitive is safe to make;
# others (a powiat's adjective, a voivodeship) are declined by people, in the look's form.
COUNCIL_PREFIXES = (
    ("Miasto i Gmina ", "Rady Miasta i Gminy "),
    ("Gmina Miejska ", "Rady Miejskiej "),
    ("Gmina ", "Rady Gminy "),
    ("Miasto ", "Rady Miasta "),
)


def look_of(government: LocalGovernment) -> DocumentLook:
    """The government's saved look, or an unsaved one with the defaults."""
    try:
        return government.document_look
    except DocumentLook.DoesNotExist:
        return DocumentLook(government=government)


def council_name(government: LocalGovernment, look: DocumentLook | None = None) -> str:
    look = look or look_of(government)
    if look.council_name:
        return look.council_name
    for prefix, genitive in COUNCIL_PREFIXES:
        if government.name.startswith(prefix):
            return genitive + government.name[len(prefix) :]
    return ""


def content_look(look: DocumentLook) -> Look:
    """The look as the renderers take it: plain values and bytes, no model."""
    coat = None
    if look.coat_of_arms:
        with look.coat_of_arms.open("rb") as file:
            coat = file.read()
    return Look(
        font=(look.own_font_family or look.font) if look.font_regular else look.font,
        font_dir=look.font_dir,
        heading_colour=look.heading_colour,
        table_header_colour=look.table_header_colour,
        header_text=look.header_text,
        coat_of_arms=coat,
        title_template=look.title_template.path if look.title_template else None,
    )


def look_save(*, look: DocumentLook) -> DocumentLook:
    look.full_clean()
    look.save()
    return look


@transaction.atomic
def document_request(
    *,
    strategy,
    kind: str,
    format: str,
    user=None,
    cycle=None,
    attachment_number: int | None = None,
    resolution_number: str = "",
    resolution_date=None,
) -> GeneratedDocument:
    """Record the request and queue the task, both or neither."""
    from .tasks import document_make

    if kind == Kind.REPORT:
        if cycle is None or cycle.strategy_id != strategy.pk:
            raise ValidationError({"cycle": _("Choose the year of the report.")})
    else:
        cycle = None
    if kind in {Kind.PLAN_ATTACHMENT, Kind.SCHEDULE_ATTACHMENT}:
        attachment_number = attachment_number or 1
        resolution_number = resolution_number or strategy.resolution_number
        resolution_date = resolution_date or strategy.resolution_date
    else:
        attachment_number, resolution_number, resolution_date = None, "", None
    document = GeneratedDocument.objects.create(
        government_id=strategy.government_id,
        strategy=strategy,
        cycle=cycle,
        kind=kind,
        format=format,
        attachment_number=attachment_number,
        resolution_number=resolution_number,
        resolution_date=resolution_date,
        requested_by=user if user is not None and user.is_authenticated else None,
    )
    document_make.enqueue(document.pk)
    return document


def document_content(record: GeneratedDocument, progress) -> Document:
    strategy = record.strategy
    government = strategy.government
    look = look_of(government)
    style = content_look(look)
    if record.kind == Kind.STRATEGY:
        return strategy_document(
            strategy,
            look=style,
            council=council_name(government, look),
            place=look.place,
            progress=progress,
        )
    if record.kind == Kind.REPORT:
        return report_document(record.cycle, look=style, place=look.place, progress=progress)
    return attachment_document(
        strategy,
        "plan" if record.kind == Kind.PLAN_ATTACHMENT else "schedule",
        number=record.attachment_number or 1,
        resolution_number=record.resolution_number,
        resolution_date=record.resolution_date,
        council=council_name(government, look),
        look=style,
        progress=progress,
    )


def render(document: Document, format: str) -> bytes:
    if format == GeneratedDocument.Format.PDF:
        from .pdf import render_pdf

        return render_pdf(document)
    from .docx import render_docx

    return render_docx(document)


def _progress_writer(record: GeneratedDocument) -> Callable[[float, str], None]:
    """Store the progress for the page, at most once per percent (each is a write)."""
    last = {"percent": -1, "step": ""}

    def progress(share: float, step: str) -> None:
        percent = max(0, min(99, int(share * 100)))
        if percent == last["percent"] and step == last["step"]:
            return
        last.update(percent=percent, step=step)
        GeneratedDocument.objects.filter(pk=record.pk).update(progress=percent, step=step[:200])

    return progress


def document_make(record: GeneratedDocument) -> GeneratedDocument:
    """Build the content, render the file and keep it; a failure is recorded, not lost."""
    started = time.perf_counter()
    GeneratedDocument.objects.filter(pk=record.pk).update(
        status=GeneratedDocument.Status.RUNNING, progress=0, step=_("Starting"), error=""
    )
    progress = _progress_writer(record)
    try:
        document = document_content(record, progress)
        progress(0.9, _("Writing the file"))
        data = render(document, record.format)
    except Exception as error:
        GeneratedDocument.objects.filter(pk=record.pk).update(
            status=GeneratedDocument.Status.FAILED,
            error=str(error)[:2000] or error.__class__.__name__,
            finished_at=timezone.now(),
        )
        raise
    record.refresh_from_db()
    stamp = timezone.localtime().strftime("%Y-%m-%d-%H%M")
    name = f"{slugify(document.title)[:80]}-{stamp}.{record.format}"
    record.file.save(name, ContentFile(data), save=False)
    record.title = document.title[:500]
    record.size = len(data)
    record.status = GeneratedDocument.Status.DONE
    record.progress = 100
    record.step = ""
    record.finished_at = timezone.now()
    record.seconds = round(time.perf_counter() - started, 2)
    record.save()
    return record


@transaction.atomic
def document_publish(*, record: GeneratedDocument, published: bool) -> GeneratedDocument:
    """Mark the version that was published (one per kind, and per year for reports)."""
    if published and record.status != GeneratedDocument.Status.DONE:
        raise ValidationError(_("Only a finished document can be marked as published."))
    if published:
        GeneratedDocument.objects.filter(
            strategy_id=record.strategy_id, kind=record.kind, cycle_id=record.cycle_id
        ).exclude(pk=record.pk).update(is_published=False)
    record.is_published = published
    record.save(update_fields=["is_published"])
    return record


def document_delete(*, record: GeneratedDocument) -> None:
    if record.is_published:
        raise ValidationError(
            _("This is the published version: unmark it first if it really should go.")
        )
    if record.is_pending:
        raise ValidationError(_("The document is still being made; wait until it is ready."))
    file = record.file
    record.delete()
    if file:
        file.delete(save=False)

"""Reads of the documents app: a government's look and the council's name, the content of
a requested document, and the documents of a strategy."""

from governments.models import LocalGovernment

from .builders import (
    attachment_document,
    consultation_document,
    report_document,
    strategy_document,
)
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
    """The council in the genitive ("Rady Miasta Bartoszyce"), as set in the look, or made
    from the government's name where that is safe; "" where it is not known."""
    look = look or look_of(government)
    if look.council_name:
        return look.council_name
    for prefix, genitive in COUNCIL_PREFIXES:
        if government.name.startswith(prefix):
            return genitive + government.name[len(prefix) :]
    return ""


def content_look(look: DocumentLook) -> Look:
    """The look as the renderers take it: plain values and bytes, no model. The font is
    the one chosen (an uploaded family becomes the choice when it is uploaded)."""
    coat = None
    if look.coat_of_arms:
        with look.coat_of_arms.open("rb") as file:
            coat = file.read()
    return Look(
        font=look.font,
        font_dir=look.font_dir,
        heading_colour=look.heading_colour,
        table_header_colour=look.table_header_colour,
        header_text=look.header_text,
        coat_of_arms=coat,
        title_template=look.title_template.path if look.title_template else None,
    )


def document_content(record: GeneratedDocument, progress) -> Document:
    """What a requested document says, built with the government's look."""
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
    if record.kind == Kind.CONSULTATION:
        return consultation_document(
            record.consultation, look=style, place=look.place, progress=progress
        )
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


def strategy_documents(strategy):
    """The documents of a strategy, newest first, with what the list shows."""
    return (
        GeneratedDocument.objects.filter(strategy=strategy)
        .select_related("cycle", "consultation", "requested_by")
        .order_by("-created_at", "-id")
    )

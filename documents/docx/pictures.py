"""Pictures in the DOCX: the coat of arms and the charts as inline pictures with their text
alternative, and the thumbnail python-docx's blank document carries, left out."""

import io
import logging
import struct

from docx.document import Document as WordDocument
from docx.image.exceptions import (
    InvalidImageStreamError,
    UnexpectedEndOfFileError,
    UnrecognizedImageError,
)
from docx.image.image import Image
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.parts.story import StoryPart
from docx.shared import Emu
from lxml import etree

from .wordml import clean_text

logger = logging.getLogger(__name__)


def drawing_run(inline) -> str:
    """A run holding a picture (a ``wp:inline`` made by python-docx)."""
    return f"<w:r><w:drawing>{etree.tostring(inline, encoding='unicode')}</w:drawing></w:r>"


def image_ok(data: bytes) -> bool:

    try:
        Image.from_blob(data)
    except (
        UnrecognizedImageError,
        UnexpectedEndOfFileError,
        InvalidImageStreamError,
        ValueError,
        KeyError,
        IndexError,
        struct.error,
    ):
        logger.warning("The coat of arms is not a PNG or JPEG image; it is left out.")
        return False
    return True


def picture_inline(
    part: StoryPart,
    data: bytes,
    *,
    width: Emu | None = None,
    height: Emu | None = None,
    alt: str,
    title: str = "",
):
    """An inline picture in ``part`` with its text alternative (docPr descr and title)."""
    if not image_ok(data):
        return None
    inline = part.new_pic_inline(io.BytesIO(data), width, height)
    for element in (inline.docPr, inline.graphic.graphicData.pic.nvPicPr.cNvPr):
        element.set("descr", clean_text(alt))
        if title:
            element.set("title", clean_text(title))
    return inline


def drop_thumbnail(word: WordDocument) -> None:
    """python-docx's template carries a thumbnail of an empty page: leave it out."""
    rels = word.part.package.rels
    for rel_id, rel in list(rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del rels[rel_id]

"""The checks of a government's uploads for its documents' look: the coat of arms, the font
files and the title-page template. Each parses a file a user chose, so each runs in a child
process with limits (core.sandbox); ``look_upload_check`` is what the form calls.

A font passes only when it is whole, not merely named: every table is decoded, the Polish
letters are drawn from its outlines and it is subset as a PDF embeds it, and then a real
PDF is typeset with it (documents.pdf, whose Typst child has limits of its own) and must
carry it. A font that breaks any of these would break every PDF of its government.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from core import sandbox
from core.uploads import TITLE_TEMPLATE, zip_check

from .content import Document, Look, Paragraph
from .docx import TitleTemplateError, check_title_template
from .fonts import font_family_of
from .pdf import PdfRenderError, render_pdf

# Every letter of the Polish alphabet and the digits: what a document needs from a font.
POLISH_SAMPLE = "AĄBCĆDEĘFGHIJKLŁMNŃOÓPQRSŚTUVWXYZŹŻaąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż0123456789"
IMAGE_PIXELS = 25_000_000  # a coat of arms needs far fewer; more is a decompression bomb


def image_check(data: bytes) -> str:
    """The format ("PNG" or "JPEG") of an image Pillow can decode whole within
    IMAGE_PIXELS."""
    # lazy: the parsers run in core.sandbox's child only; the web process never loads them
    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = IMAGE_PIXELS
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = image.format
            image.load()  # decode every pixel: a truncated or corrupt file fails here
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError) as error:
        raise ValidationError(_("The file is not a PNG or JPEG image.")) from error
    if kind not in {"PNG", "JPEG"}:
        raise ValidationError(_("The file is not a PNG or JPEG image."))
    return kind


def font_check(data: bytes, suffix: str) -> tuple[str, str]:
    """(family, PostScript name) of a TrueType or OpenType font that is whole: every table
    decodes, the Polish letters have outlines that draw, and it subsets."""
    # lazy: as in image_check
    from fontTools import subset
    from fontTools.pens.recordingPen import RecordingPen
    from fontTools.ttLib import TTFont

    with tempfile.NamedTemporaryFile(suffix=suffix) as copy:
        copy.write(data)
        copy.flush()
        try:
            family = font_family_of(copy.name)
        except ValueError as error:
            raise ValidationError(_("The file is not a font we can read.")) from error
    try:
        font = TTFont(io.BytesIO(data), fontNumber=0)
        font.ensureDecompiled()
        postscript = (font["name"].getDebugName(6) or "").strip()
        cmap = font.getBestCmap() or {}
        missing = sorted({ch for ch in POLISH_SAMPLE if ord(ch) not in cmap})
        if missing:
            raise ValidationError(
                _("The font lacks letters a Polish document needs: %(letters)s.")
                % {"letters": " ".join(missing)}
            )
        glyphs = font.getGlyphSet()
        for ch in POLISH_SAMPLE:
            glyphs[cmap[ord(ch)]].draw(RecordingPen())
        subsetter = subset.Subsetter(subset.Options())
        subsetter.populate(text=POLISH_SAMPLE)
        subsetter.subset(font)
        font.save(io.BytesIO())
    except ValidationError:
        raise
    except Exception as error:  # fontTools raises many kinds of errors on a broken font
        raise ValidationError(
            _("The font file is damaged and cannot be used in documents.")
        ) from error
    return family, postscript


def title_template_check(data: bytes) -> None:

    try:
        check_title_template(data)
    except TitleTemplateError as error:
        raise ValidationError(
            _("The file is not a DOCX template we can use: %(error)s") % {"error": error}
        ) from error


def _font_typesets(data: bytes, suffix: str, family: str, postscript: str) -> None:
    """Typeset a page in the font as documents are typeset; it must be embedded."""

    with tempfile.TemporaryDirectory(prefix="font-check-") as directory:
        (Path(directory) / f"font{suffix}").write_bytes(data)
        document = Document(
            title=family,
            author=family,
            blocks=[Paragraph(POLISH_SAMPLE)],
            look=Look(font=family, font_dir=directory),
        )
        try:
            pdf = render_pdf(document, timeout=30)
        except PdfRenderError as error:
            raise ValidationError(
                _("The font cannot be used in a PDF document: %(error)s") % {"error": error}
            ) from error
    if postscript and f"+{postscript}".replace(" ", "").encode() not in pdf:
        raise ValidationError(_("The font cannot be used in a PDF document."))


def _sandboxed(function: str, *args, **kwargs):
    try:
        return sandbox.run(f"documents.uploads:{function}", *args, **kwargs)
    except sandbox.SandboxError as error:
        raise ValidationError(str(error)) from error


def look_upload_check(kind: str, data: bytes, name: str = "") -> str | None:
    """Check one upload of the look form: "image" (returns its format), "font" (returns
    its family) or "template". ValidationError with a Polish message otherwise."""
    if kind == "image":
        return _sandboxed("image_check", data)
    if kind == "font":
        suffix = Path(name).suffix.lower() or ".ttf"
        family, postscript = _sandboxed("font_check", data, suffix)
        _font_typesets(data, suffix, family, postscript)
        return family
    if kind == "template":
        zip_check(data, TITLE_TEMPLATE)
        _sandboxed("title_template_check", data)
        return None
    raise ValueError(kind)

"""A ``Document`` as a tagged, accessible PDF (PDF/UA-1), typeset by Typst.

The design keeps user text and markup apart. The template (documents/typst/document.typ)
is fixed; this module only writes data for it: the document as JSON (each block a dict with
a "kind"), the charts as SVG files and the coat of arms as an image, all in a temporary
directory that is the root of the compilation, so the template can read nothing else.
The template places every string from the JSON as text, never as Typst markup: whatever a
user typed is printed exactly as typed.

Typst embeds the fonts, tags the structure (headings, tables with header cells, figures
with their text alternatives, the document language), and checks PDF/UA-1 as it writes;
it reads fonts only from matplotlib's bundled files, its own embedded ones and the local
government's font directory (documents.fonts), never the server's, so a document comes out
the same everywhere. It runs in a short-lived child process (documents/pdf_worker.py):
Typst's caches would otherwise keep a web worker at over a gigabyte.

The words the renderer adds ("Table of contents", "Table", "Chart", "Page 1 of 9") are
translated here with gettext and passed in as data.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _

from documents import fonts
from documents.content import (
    DRAFT_COLOUR,
    Block,
    BulletList,
    Document,
    Figure,
    GroupRow,
    Heading,
    Look,
    PageBreak,
    Paragraph,
    Table,
)

TEMPLATE = Path(__file__).parent / "typst" / "document.typ"
WORKER = Path(__file__).parent / "pdf_worker.py"
TIMEOUT = 90.0  # seconds; a 130-page report takes about three
# Typst's own limits (documents/pdf_worker.py): the largest benchmark document peaks at
# about 270 MiB resident; the address space counts Typst's thread stacks and maps too.
WORKER_LIMITS = {"cpu_seconds": 60, "memory_mb": 2048}
COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
# Polish typesetting keeps a one-letter word ("w", "z", "i", "o", "a", "u") off the end
# of a line, and a number's groups of thousands ("120 000,00") together: a no-break
# space ties them to what follows.
ONE_LETTER_WORD = re.compile(r"(?<![\w.])([AaIiOoUuWwZz]) (?=\S)")
THOUSANDS_SPACE = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")
NO_BREAK_SPACE = "\u00a0"
# Characters no font can show, which PDF/UA-1 therefore refuses: control characters (but
# line feed and tab), the byte order mark and the noncharacters. They are dropped.
UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\ufdd0-\ufdef\ufffe\uffff]")


class PdfRenderError(RuntimeError):
    """Typst could not typeset the document (the message is Typst's)."""


def render_pdf(
    document: Document, *, timestamp: datetime | None = None, timeout: float = TIMEOUT
) -> bytes:
    """The document as PDF bytes.

    ``timestamp`` (aware) fixes the creation date, which makes the output reproducible
    byte for byte; the current time by default. Typst runs in a child process
    (documents/pdf_worker.py) that may take ``timeout`` seconds at most.
    """
    created = (timestamp or datetime.now()).astimezone().replace(microsecond=0)
    with tempfile.TemporaryDirectory(prefix="document-pdf-") as directory:
        root = Path(directory)
        data = _printable(_document_data(document, root))
        (root / "data.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        (root / "document.typ").write_bytes(_template())
        arguments = {
            "input": str(root / "document.typ"),
            "output": str(root / "document.pdf"),
            "root": str(root),
            "font_paths": fonts.font_paths(document.look.font_dir),
            "pdf_standards": ["ua-1"],
            "timestamp": created.isoformat(),
            "limits": WORKER_LIMITS,
        }
        try:
            result = subprocess.run(  # noqa: S603 (our own script, arguments as JSON)
                [sys.executable, "-I", str(WORKER)],
                input=json.dumps(arguments),
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as error:
            raise PdfRenderError(f"Typst took longer than {timeout} s.") from error
        if result.returncode in (-24, -9):  # SIGXCPU, SIGKILL: the CPU limit
            raise PdfRenderError(f"Typst took longer than {WORKER_LIMITS['cpu_seconds']} s.")
        if result.returncode != 0:
            raise PdfRenderError(result.stderr.strip() or f"Typst exited {result.returncode}.")
        return (root / "document.pdf").read_bytes()


@cache
def _template() -> bytes:
    return TEMPLATE.read_bytes()


def _labels() -> dict[str, str]:
    return {
        "contents": _("Table of contents"),
        "page_of": _("Page %(number)s of %(total)s"),
        "table": _("Table"),
        "chart": _("Chart"),
        "chart_data": _("Chart data %(number)s"),
    }


def _document_data(document: Document, root: Path) -> dict[str, Any]:
    look = document.look
    coat, coat_alt = _coat_of_arms(document, root)
    charts = _ChartFiles(root)
    title_page = document.title_page
    return {
        "title": _printable(document.title).strip()
        or (_printable(title_page.title).strip() if title_page else "")
        or _("Document"),
        "author": document.author,
        "landscape": document.landscape,
        "table_of_contents": document.table_of_contents,
        "attachment_lines": list(document.attachment_lines),
        "draft_mark": document.draft_mark,
        "draft_colour": "#" + DRAFT_COLOUR,
        "title_page": None
        if title_page is None
        else {
            "government": title_page.government,
            "title": title_page.title,
            "subtitle": title_page.subtitle,
            "lines": list(title_page.lines),
            "place_and_date": title_page.place_and_date,
        },
        "fonts": fonts.font_stack(look.font, look.font_dir),
        "look": {
            "heading_colour": _colour(look.heading_colour, Look.heading_colour),
            "table_header_colour": _colour(look.table_header_colour, Look.table_header_colour),
            "header_text": look.header_text,
        },
        "coat": coat,
        "coat_alt": coat_alt,
        "labels": _labels(),
        "blocks": [_block_data(block, charts) for block in _accessible_blocks(document.blocks)],
    }


def _accessible_blocks(blocks: Iterable[Block]) -> Iterator[Block]:
    """The blocks as PDF/UA wants them: no empty headings or tables without columns, and
    heading levels that start at 1 and never skip one (a 3 right under a 1 becomes a 2)."""
    previous = 0
    for block in blocks:
        if isinstance(block, Table) and not block.columns:
            continue
        if isinstance(block, Heading):
            if not _printable(block.text).strip():
                continue
            level = max(1, min(block.level, previous + 1))
            if level != block.level:
                block = replace(block, level=level)
            previous = level
        yield block


def _block_data(block: Block, charts: _ChartFiles) -> dict[str, Any]:
    match block:
        case Heading():
            return {
                "kind": "heading",
                "text": _tied(block.text),
                "level": min(block.level, 6),
                "numbered": block.numbered,
            }
        case Paragraph():
            return {
                "kind": "paragraph",
                "paragraphs": _paragraphs(block.text),
                "emphasis": block.emphasis,
            }
        case BulletList():
            return {"kind": "list", "items": [_tied(item) for item in block.items]}
        case Table():
            return {
                "kind": "table",
                "caption": block.caption,
                "columns": [
                    {"title": column.title, "width": column.width, "align": column.align}
                    for column in block.columns
                ],
                "rows": [
                    {"group": _tied(row.text)}
                    if isinstance(row, GroupRow)
                    else [_whole_numbers(cell) for cell in row]
                    for row in block.rows
                ],
                "total": None
                if block.total is None
                else [_whole_numbers(cell) for cell in block.total],
            }
        case Figure():
            header, rows = block.chart.table
            return {
                "kind": "figure",
                "caption": block.caption,
                "path": charts.add(block.chart.svg()),
                "alt": block.chart.alt_text,
                "header": header,
                "rows": rows,
            }
        case PageBreak():
            return {"kind": "page_break"}
    raise TypeError(f"Not a document block: {block!r}")


def _paragraphs(text: str) -> list[list[str]]:
    """Paragraphs (split on blank lines), each a list of lines (kept as line breaks)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return []
    return [[_tied(line) for line in paragraph.split("\n")] for paragraph in BLANK_LINE.split(text)]


def _tied(text: str) -> str:
    """Running text with no-break spaces after one-letter words and inside numbers."""
    return _whole_numbers(ONE_LETTER_WORD.sub(rf"\1{NO_BREAK_SPACE}", text))


def _whole_numbers(text: str) -> str:
    """A table cell with no-break spaces inside numbers only: in a narrow column, a word
    tied to the next could not wrap and would run into the next cell."""
    return THOUSANDS_SPACE.sub(NO_BREAK_SPACE, text)


def _printable(value: Any) -> Any:
    """The data with every string stripped of characters no font can show."""
    if isinstance(value, str):
        return UNPRINTABLE.sub("", value)
    if isinstance(value, dict):
        return {key: _printable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_printable(item) for item in value]
    return value


def _colour(value: str, default: str) -> str:
    return value if COLOUR.fullmatch(value or "") else default


def _coat_of_arms(document: Document, root: Path) -> tuple[str | None, str]:
    image = document.look.coat_of_arms
    if not image:
        return None, ""
    if image.startswith(b"\x89PNG\r\n\x1a\n"):
        name = "coat.png"
    elif image.startswith(b"\xff\xd8\xff"):
        name = "coat.jpg"
    else:
        return None, ""  # neither PNG nor JPEG: leave it out rather than fail the document
    (root / name).write_bytes(image)
    government = document.title_page.government if document.title_page else document.author
    return name, _("%(government)s – coat of arms") % {"government": government}


class _ChartFiles:
    """Writes each chart's SVG once into the compilation root and returns its name."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.names: dict[str, str] = {}

    def add(self, svg: str) -> str:
        if svg not in self.names:
            name = f"chart-{len(self.names) + 1}.svg"
            (self.root / name).write_text(svg, encoding="utf-8")
            self.names[svg] = name
        return self.names[svg]

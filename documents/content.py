"""The content of an official document, independent of its file format.

A builder (documents/builders/) turns the strategy, a monitoring cycle or a resolution's
attachment into a ``Document``: a title page, then a flat list of blocks (headings,
paragraphs, lists, tables, figures). Two renderers write the same ``Document`` out, one as
DOCX (documents/docx/, python-docx) and one as tagged PDF (documents/pdf.py, Typst), so
the two formats cannot disagree: neither renderer looks anything up in the database.

All text here is plain text (what a user typed, or a translated label): renderers must
never interpret it as markup. Blank lines in a paragraph's text separate paragraphs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from core.charts import LineChart

Align = Literal["left", "right", "center"]


@dataclass(frozen=True)
class Heading:
    """A chapter (level 1) or section (2, 3) heading; it appears in the table of contents.

    Numbered headings get "1.", "1.1." from the renderer; unnumbered ones (the introduction,
    an annex) do not.
    """

    text: str
    level: int = 1
    numbered: bool = True


@dataclass(frozen=True)
class Paragraph:
    """Body text. ``emphasis`` marks a short lead line (a mission statement, a note)."""

    text: str
    emphasis: bool = False


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Column:
    title: str
    width: float = 1.0  # relative to the other columns
    align: Align = "left"


@dataclass(frozen=True)
class GroupRow:
    """A row across all columns of a table: a goal above its actions."""

    text: str


Row = tuple[str, ...] | GroupRow


@dataclass(frozen=True)
class Table:
    """A data table: the header row repeats on every page the table runs onto; a
    ``total`` row (the sums of a financial table) is set in bold at the end."""

    caption: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    total: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        width = len(self.columns)
        for row in self.rows:
            if not isinstance(row, GroupRow) and len(row) != width:
                raise ValueError(f"Row {row!r} has {len(row)} cells, the table {width} columns.")
        if self.total is not None and len(self.total) != width:
            raise ValueError("The total row must have a cell per column.")


@dataclass(frozen=True)
class Figure:
    """A chart with its caption. Renderers draw it with core.charts (SVG into the PDF, PNG
    into the DOCX), give it ``chart.alt_text`` as its text alternative and put the data
    table (``chart.table``) right after it."""

    chart: LineChart
    caption: str


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Paragraph | BulletList | Table | Figure | PageBreak


DRAFT_COLOUR = "9B1C1C"  # the "PROJEKT" mark of a draft: 7.9:1 on white


@dataclass(frozen=True)
class TitlePage:
    """The first page of a strategy or report. ``lines`` are printed under the title
    (the resolution that adopted it, for example)."""

    government: str
    title: str
    subtitle: str = ""
    lines: tuple[str, ...] = ()
    place_and_date: str = ""


@dataclass(frozen=True)
class Look:
    """How a local government's documents look (documents.models.DocumentLook).

    ``font`` is a family name the PDF renderer can find (documents.fonts); ``font_dir``
    holds the government's own font files, if any. Colours are "#RRGGBB".
    ``title_template`` is the path of a DOCX title page with placeholders (DOCX only).
    """

    font: str = "DejaVu Sans"
    font_dir: str | None = None
    heading_colour: str = "#1F3864"
    table_header_colour: str = "#DCE3EE"
    header_text: str = ""
    coat_of_arms: bytes | None = None  # PNG or JPEG
    title_template: str | None = None


@dataclass
class Document:
    """A whole document. ``attachment_lines`` ("Załącznik nr 1 / do uchwały Nr … / Rady …
    / z dnia …") are printed at the top right of the first page of a resolution's
    attachment, which has no title page or table of contents."""

    title: str
    author: str  # the local government
    blocks: list[Block] = field(default_factory=list)
    title_page: TitlePage | None = None
    table_of_contents: bool = True
    attachment_lines: tuple[str, ...] = ()
    landscape: bool = False
    # "PROJEKT" on the title page and in the header of every page of a draft's document,
    # in DRAFT_COLOUR
    draft_mark: str = ""
    look: Look = field(default_factory=Look)

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)

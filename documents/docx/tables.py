"""Tables in the DOCX, each written as one XML string: the header row repeats on every page
(``tblHeader``), no row breaks across pages (``cantSplit``), the widths are the columns'
shares of the text width, and the layout is fixed so that Word does not recompute them from
the content."""

from dataclasses import dataclass

from ..content import Column, GroupRow
from .layout import TABLE_TEXT_STYLE
from .wordml import NAMESPACES, clean_text, run_xml, xml_attribute

_ALIGN = {"left": "left", "right": "right", "center": "center"}
_HEADER_ROW_PROPERTIES = "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
_ROW_PROPERTIES = "<w:trPr><w:cantSplit/></w:trPr>"


@dataclass(frozen=True)
class _Cells:
    """How the cells of one table are written: their widths, alignment and text."""

    widths: list[int]
    aligns: list[str]
    paragraph_style: str
    size: int | None

    def cell(
        self,
        text: str,
        index: int,
        *,
        bold: bool = False,
        fill: str | None = None,
        keep: bool = False,
    ) -> str:
        shading = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
        keep_next = "<w:keepNext/>" if keep else ""
        return (
            f'<w:tc><w:tcPr><w:tcW w:w="{self.widths[index]}" w:type="dxa"/>{shading}</w:tcPr>'
            f'<w:p><w:pPr><w:pStyle w:val="{self.paragraph_style}"/>{keep_next}'
            f'<w:jc w:val="{self.aligns[index]}"/></w:pPr>'
            f"{run_xml(text, bold=bold, size=self.size)}</w:p></w:tc>"
        )

    def row(self, texts, *, bold: bool = False, keep: bool = False) -> str:
        cells = "".join(
            self.cell(text, index, bold=bold, keep=keep) for index, text in enumerate(texts)
        )
        return f"<w:tr>{_ROW_PROPERTIES}{cells}</w:tr>"

    def group_row(self, row: GroupRow, *, width: int, span: int, fill: str) -> str:
        """A row across all the columns naming the group of the rows below it."""
        return (
            f"<w:tr>{_ROW_PROPERTIES}<w:tc><w:tcPr>"
            f'<w:tcW w:w="{width}" w:type="dxa"/><w:gridSpan w:val="{span}"/>'
            f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/></w:tcPr>'
            f'<w:p><w:pPr><w:pStyle w:val="{self.paragraph_style}"/><w:keepNext/></w:pPr>'
            f"{run_xml(row.text, bold=True, size=self.size)}</w:p></w:tc></w:tr>"
        )


def table_xml(
    *,
    columns: tuple[Column, ...],
    rows,
    total: tuple[str, ...] | None,
    width: int,
    styles: dict[str, str],
    header_fill: str,
    group_fill: str,
    description: str = "",
    size: int | None = None,
    keep_together: bool = False,
) -> str:
    """A whole table as one XML string."""
    widths = _column_widths(columns, width)
    cells = _Cells(
        widths=widths,
        aligns=[_ALIGN.get(column.align, "left") for column in columns],
        paragraph_style=styles[TABLE_TEXT_STYLE],
        size=size,
    )
    header = "".join(
        cells.cell(column.title, index, bold=True, fill=header_fill, keep=True)
        for index, column in enumerate(columns)
    )
    parts = [
        _table_start(widths, width=width, style=styles["Table Grid"], description=description),
        f"<w:tr>{_HEADER_ROW_PROPERTIES}{header}</w:tr>",
    ]
    last = len(rows) - 1
    for number, row in enumerate(rows):
        if isinstance(row, GroupRow):
            parts.append(cells.group_row(row, width=width, span=len(columns), fill=group_fill))
        else:
            # keepNext on a row keeps it on the page of the next one: a small table stays
            # whole, and the total row does not end up alone on a page.
            keep = (keep_together and number < last) or (number == last and total is not None)
            parts.append(cells.row(row, keep=keep))
    if total is not None:
        parts.append(cells.row(total, bold=True))
    parts.append("</w:tbl>")
    return "".join(parts)


def _column_widths(columns: tuple[Column, ...], width: int) -> list[int]:
    """The columns' shares of ``width`` in twips; the last takes what rounding left."""
    shares = [max(column.width, 0.01) for column in columns]
    scale = width / sum(shares)
    widths = [round(share * scale) for share in shares]
    widths[-1] = width - sum(widths[:-1])
    return widths


def _table_start(widths: list[int], *, width: int, style: str, description: str) -> str:
    """The table's opening: its properties (style, width, fixed layout, caption for
    assistive technologies) and its grid."""
    caption = (
        f'<w:tblCaption w:val="{xml_attribute(clean_text(description))}"/>' if description else ""
    )
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (
        f"<w:tbl {NAMESPACES}><w:tblPr>"
        f'<w:tblStyle w:val="{style}"/>'
        f'<w:tblW w:w="{width}" w:type="dxa"/>'
        '<w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="0620" w:firstRow="1" w:lastRow="0" w:firstColumn="0" '
        f'w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>{caption}'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
    )

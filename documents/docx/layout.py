"""The page and the measures of the DOCX: A4 and its margins (those of the PDF), the
font sizes and greys, and the names of the styles the renderer writes with."""

from docx.enum.section import WD_ORIENT
from docx.shared import Cm

# A4 with the margins of the PDF (documents/typst/document.typ): 2.5 cm top and bottom,
# 2 cm at the sides. Lengths in WordprocessingML are twentieths of a point ("dxa").
TWIPS_PER_CM = 1440 / 2.54
A4_SHORT = Cm(21.0)
A4_LONG = Cm(29.7)
MARGIN_TOP_BOTTOM = Cm(2.5)
MARGIN_SIDES = Cm(2.0)
HEADER_DISTANCE = Cm(1.2)
FOOTER_DISTANCE = Cm(1.2)
CHART_WIDTH = Cm(15.5)
TITLE_COAT_HEIGHT = Cm(4.0)
HEADER_COAT_HEIGHT = Cm(0.75)

BODY_SIZE = 22  # half-points: 11 pt
TABLE_SIZE = 18  # 9 pt
CHART_TABLE_SIZE = 16  # 8 pt
HEADER_GREY = "505050"
FOOTER_GREY = "3C3C3C"
RULE_GREY = "969696"

NUMBERED_STYLES = ("Heading 1", "Heading 2", "Heading 3")
TOC_STYLES = ("toc 1", "toc 2", "toc 3")
TABLE_TEXT_STYLE = "Table Text"  # a paragraph style of our own: compact 9 pt cell text
BULLET = "•"
TOC_INSTRUCTION = 'TOC \\o "1-3" \\h \\z \\u'


def set_page(section, *, landscape: bool) -> None:

    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width = A4_LONG if landscape else A4_SHORT
    section.page_height = A4_SHORT if landscape else A4_LONG
    section.top_margin = section.bottom_margin = MARGIN_TOP_BOTTOM
    section.left_margin = section.right_margin = MARGIN_SIDES
    section.gutter = 0
    section.header_distance = HEADER_DISTANCE
    section.footer_distance = FOOTER_DISTANCE


def text_width_twips(landscape: bool) -> int:
    page = 29.7 if landscape else 21.0
    return round((page - 2 * MARGIN_SIDES.cm) * TWIPS_PER_CM)

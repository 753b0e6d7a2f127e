"""The DOCX renderer: a ``documents.content.Document`` written out as a Word file.

The file is meant to be edited further in Word or LibreOffice and signed by an office, so
it is built from Word's own means rather than look-alikes: headings are the built-in
"Heading 1..3" styles (numbers "1.", "1.1." computed here), the table of contents is a
real TOC field, page numbers are PAGE/NUMPAGES fields, captions carry SEQ fields, tables
are Word tables whose header row repeats on every page, charts are pictures with their
text alternative and their data table beside them.

How it is put together:

* The base is python-docx's blank document or, when the local government uploaded a title
  page template (``Look.title_template``), that template rendered by docxtpl. The
  template is rendered first, in a sandboxed Jinja environment with autoescaping, and only
  with the title page's fields; the document's own text is added afterwards as XML text
  nodes. What a user typed ("{{ title }}", "{% if %}", "<", "&") therefore always comes out
  as it is and can never reach the template engine.
* Every style the body uses is then made to exist and is set to the look of the local
  government (font, colours): a user's template that lacks them still renders.
* The body is written as WordprocessingML strings parsed by lxml, a table at a time.
  python-docx's object API (``table.cell(r, c)`` is linear in the size of the table) is
  far too slow for strategies with hundreds of actions; building the XML directly keeps a
  large report to a fraction of a second. All text goes through ``_text_xml``, which
  escapes it and drops the characters XML cannot hold.

Labels the renderer adds ("Table 1.", "Page 1 of 9", ...) are English msgids translated
with gettext, so the document is in the language active while it is rendered.
"""

from __future__ import annotations

import io
import logging
import re
import struct
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime

import docx
from django.utils.translation import gettext as _
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.image.exceptions import (
    InvalidImageStreamError,
    UnexpectedEndOfFileError,
    UnrecognizedImageError,
)
from docx.image.image import Image
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.opc.packuri import PackURI
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart
from docx.parts.story import StoryPart
from docx.shared import Cm, Emu
from docxtpl import DocxTemplate, InlineImage
from jinja2 import TemplateError, TemplateSyntaxError, nodes
from jinja2.sandbox import SandboxedEnvironment
from lxml import etree

from .content import (
    BulletList,
    Column,
    Document,
    Figure,
    GroupRow,
    Heading,
    Look,
    PageBreak,
    Paragraph,
    Table,
    TitlePage,
)

logger = logging.getLogger(__name__)

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

# Characters XML 1.0 cannot hold (control characters pasted from other programs).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BLANK_LINE = re.compile(r"\n\s*\n")
_HEX_COLOUR = re.compile(r"#?([0-9A-Fa-f]{6})")
_PLACEHOLDER = re.compile(r"%\((\w+)\)s")


class TitleTemplateError(ValueError):
    """The title page template cannot be used: not a DOCX, or broken template syntax."""


def render_docx(document: Document) -> bytes:
    """The document as a DOCX file."""
    return _Renderer(document).render()


def default_title_template() -> bytes:
    """A title page template for local governments to download, edit in Word and upload.

    It holds every placeholder the renderer fills in (``{{ government }}``, ``{{ title }}``,
    ``{{ subtitle }}``, ``{{ lines_text }}``, ``{{ place_and_date }}`` and
    ``{{ coat_of_arms }}``) in the layout of the built-in title page; ``place_and_date`` is
    in the page footer, so that it stays at the bottom of the page.
    """
    word = docx.Document()
    look = Look()
    styles = _Styles(word, look).prepare()
    section = word.sections[0]
    _set_page(section, landscape=False)
    body = word.element.body
    sect_pr = body.sectPr
    for xml in _title_page_paragraphs(
        look,
        coat_xml=_run("{{ coat_of_arms }}"),
        government="{{ government }}",
        title="{{ title }}",
        subtitle="{{ subtitle }}",
        lines_text="{{ lines_text }}",
        has_coat=True,
        styles=styles,
    ):
        sect_pr.addprevious(parse_xml(xml))
    footer = section.footer
    footer.is_linked_to_previous = False
    _replace_story(footer._element, [_place_and_date_xml("{{ place_and_date }}")])
    word.core_properties.title = "{{ title }}"
    word.core_properties.author = "{{ government }}"
    word.core_properties.language = "pl-PL"
    word.core_properties.comments = ""
    _drop_thumbnail(word)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


# --- the renderer ---------------------------------------------------------------------


@dataclass(frozen=True)
class _NumberedHeading:
    heading: Heading
    label: str  # the text with its number: "1.2. Goals"
    bookmark: str


class _Renderer:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.look = document.look
        self.accent = _colour(self.look.heading_colour, "1F3864")
        self.header_fill = _colour(self.look.table_header_colour, "DCE3EE")
        self.group_fill = _lighten(self.header_fill, 0.55)
        self.headings = _number_headings(document.blocks)
        self.table_count = 0
        self.figure_count = 0
        self.heading_index = 0
        self.bookmark_id = 0
        self.pending_page_break = False
        self.pending_space_before = False
        self.last_was_table = False
        self.text_width = _text_width_twips(document.landscape)

    # The whole file.

    def render(self) -> bytes:
        document = self.document
        template = document.look.title_template if document.title_page else None
        if template:
            self.word = _render_title_template(template, document.title_page, self.look)
        else:
            self.word = docx.Document()
        self.styles = _Styles(self.word, self.look, landscape=document.landscape).prepare()
        self.body = self.word.element.body
        self.sect_pr = self.body.get_or_add_sectPr()
        # Bookmark ids are unique in the file: ours follow a template's own.
        self.bookmark_id = max(
            (int(b.get(qn("w:id"), "0")) for b in self.body.iter(qn("w:bookmarkStart"))),
            default=0,
        )
        self._settings()
        self._section(title_page=document.title_page is not None and not template)

        if document.title_page and not template:
            self._title_page(document.title_page)
        if document.attachment_lines:
            self._attachment_lines(document.attachment_lines)
        if document.table_of_contents:
            self._table_of_contents()
        for block in document.blocks:
            self._block(block)
        if self.last_was_table:
            self._add(_paragraph("", style=self.styles["Normal"]))

        self._properties()
        buffer = io.BytesIO()
        self.word.save(buffer)
        return buffer.getvalue()

    def _settings(self) -> None:
        settings = self.word.settings
        element = settings.element
        settings.odd_and_even_pages_header_footer = False
        if self.document.table_of_contents:
            # Word refreshes the fields (the table of contents) when it opens the file.
            update = element.find(qn("w:updateFields"))
            if update is None:
                update = parse_xml(f'<w:updateFields {nsdecls("w")} w:val="true"/>')
                element.insert_element_before(update, *_SETTINGS_AFTER_UPDATE_FIELDS)
            update.set(qn("w:val"), "true")
        for name, value in (("w:themeFontLang", "pl-PL"), ("w:decimalSymbol", ",")):
            found = element.find(qn(name))
            if found is not None:
                found.set(qn("w:val"), value)
        separator = element.find(qn("w:listSeparator"))
        if separator is not None:
            separator.set(qn("w:val"), ";")
        compat = element.find(qn("w:compat"))
        if compat is None:
            compat = parse_xml(f"<w:compat {nsdecls('w')}/>")
            element.insert_element_before(compat, *_SETTINGS_AFTER_UPDATE_FIELDS[4:])
        # Word 2013+ layout rather than "Compatibility Mode".
        for setting in compat.iter(qn("w:compatSetting")):
            if setting.get(qn("w:name")) == "compatibilityMode":
                setting.set(qn("w:val"), "15")
        # A justified line that ends in a line break is not stretched across the page.
        if compat.find(qn("w:doNotExpandShiftReturn")) is None:
            earlier = [child for child in compat if child.tag in _COMPAT_BEFORE_SHIFT_RETURN]
            shift_return = parse_xml(f"<w:doNotExpandShiftReturn {nsdecls('w')}/>")
            if earlier:
                earlier[-1].addnext(shift_return)
            else:
                compat.insert(0, shift_return)

    def _section(self, *, title_page: bool) -> None:
        """The body's section: A4, margins, the header and the page numbers."""
        section = self.word.sections[-1]
        for reference in self.sect_pr.findall(qn("w:headerReference")) + self.sect_pr.findall(
            qn("w:footerReference")
        ):
            self.sect_pr.remove(reference)
        _set_page(section, landscape=self.document.landscape)
        section.different_first_page_header_footer = title_page

        section.header.is_linked_to_previous = False
        header_paragraphs = self._header_paragraphs(section.header.part)
        _replace_story(section.header._element, header_paragraphs or [_paragraph("")])
        section.footer.is_linked_to_previous = False
        _replace_story(section.footer._element, [self._page_numbers_xml()])
        if title_page:
            section.first_page_header.is_linked_to_previous = False
            _replace_story(section.first_page_header._element, [_paragraph("")])
            section.first_page_footer.is_linked_to_previous = False
            place = self.document.title_page.place_and_date if self.document.title_page else ""
            _replace_story(section.first_page_footer._element, [_place_and_date_xml(place)])

    def _header_paragraphs(self, part: StoryPart) -> list[str]:
        coat = self.look.coat_of_arms
        text = _clean(self.look.header_text).strip()
        if not text and not coat:
            return []
        runs = ""
        if coat:
            inline = _picture(part, coat, height=HEADER_COAT_HEIGHT, alt=self._coat_alt())
            if inline is not None:
                # docPr ids must not repeat across the parts of the file.
                inline.docPr.set("id", "90001")
                runs += _drawing_run(inline) + (_run("\t") if text else "")
        if text:
            runs += _run(text, size=17, colour=HEADER_GREY)
        properties = (
            f'<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="{RULE_GREY}"/>'
            '</w:pBdr><w:tabs><w:tab w:val="left" w:pos="680"/></w:tabs>'
            '<w:spacing w:after="0"/>'
        )
        return [_paragraph(runs, style=self.styles["Header"], properties=properties, raw=True)]

    def _coat_alt(self) -> str:
        government = self.document.title_page.government if self.document.title_page else ""
        return _("%(government)s – coat of arms") % {
            "government": government or self.document.author
        }

    def _page_numbers_xml(self) -> str:
        """ "Page 3 of 12": the numbers are PAGE and NUMPAGES fields, the words around them
        the translated label split at its placeholders."""
        label = _("Page %(number)s of %(total)s")
        fields = {"number": "PAGE", "total": "NUMPAGES"}
        runs = []
        for index, piece in enumerate(_PLACEHOLDER.split(label)):
            if index % 2:
                field = fields.get(piece)
                if field:
                    runs.append(_field(field, "1", size=18, colour=FOOTER_GREY))
            elif piece:
                runs.append(_run(piece, size=18, colour=FOOTER_GREY))
        return _paragraph(
            "".join(runs),
            style=self.styles["Footer"],
            properties='<w:spacing w:after="0"/><w:jc w:val="center"/>',
            raw=True,
        )

    def _properties(self) -> None:
        properties = self.word.core_properties
        properties.title = _clean(self.document.title)
        properties.author = _clean(self.document.author)
        properties.last_modified_by = _clean(self.document.author)
        properties.language = "pl-PL"
        properties.subject = ""
        properties.comments = ""
        properties.keywords = ""
        properties.revision = 1
        now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
        properties.created = now
        properties.modified = now
        _drop_thumbnail(self.word)

    # Adding to the body.

    def _add(self, xml: str) -> None:
        self.sect_pr.addprevious(parse_xml(xml))

    def _add_paragraph(
        self, runs: str, *, style: str, properties: str = "", keep_next: bool = False
    ) -> None:
        """A body paragraph; it takes over a pending page break or space after a table."""
        before = ""
        if keep_next:
            before += "<w:keepNext/>"
        if self.pending_page_break:
            before += "<w:pageBreakBefore/>"
            self.pending_page_break = False
        elif (
            self.pending_space_before
            and style in (self.styles["Normal"], self.styles["List Bullet"])
            and "<w:spacing" not in properties
        ):
            properties = '<w:spacing w:before="200"/>' + properties
        self.pending_space_before = False
        self.last_was_table = False
        self._add(_paragraph(runs, style=style, properties=before + properties, raw=True))

    def _add_table(self, xml: str) -> None:
        self._add(xml)
        self.pending_space_before = True
        self.last_was_table = True

    # The title page, the attachment lines, the table of contents.

    def _title_page(self, page: TitlePage) -> None:
        coat_xml = ""
        if self.look.coat_of_arms:
            inline = _picture(
                self.word.part,
                self.look.coat_of_arms,
                height=TITLE_COAT_HEIGHT,
                alt=self._coat_alt(),
            )
            if inline is not None:
                coat_xml = _drawing_run(inline)
        for xml in _title_page_paragraphs(
            self.look,
            coat_xml=coat_xml,
            government=page.government,
            title=page.title,
            subtitle=page.subtitle,
            lines_text="\n".join(page.lines),
            has_coat=bool(coat_xml),
            styles=self.styles,
        ):
            self._add(xml)
        self.pending_page_break = True

    def _attachment_lines(self, lines: tuple[str, ...]) -> None:
        for index, line in enumerate(lines):
            after = 360 if index == len(lines) - 1 else 0
            self._add_paragraph(
                _run(line, size=20),
                style=self.styles["Normal"],
                properties=f'<w:spacing w:after="{after}"/><w:jc w:val="right"/>',
            )

    def _table_of_contents(self) -> None:
        """A TOC field whose cached result already lists the headings (with links to
        them), so the table reads sensibly before Word or LibreOffice updates it."""
        self._add_paragraph(_run(_("Table of contents")), style=self.styles["TOC Heading"])
        begin = (
            _fld_char("begin")
            + f'<w:r><w:instrText xml:space="preserve"> {TOC_INSTRUCTION} </w:instrText></w:r>'
            + _fld_char("separate")
        )
        end = _fld_char("end")
        entries = self.headings
        if not entries:
            self._add_paragraph(
                begin + _run(_("Right-click to update the table of contents.")) + end,
                style=self.styles["toc 1"],
            )
        for index, entry in enumerate(entries):
            level = min(max(entry.heading.level, 1), 3)
            # No page numbers: only the update knows them (Word does it on opening).
            link = (
                f'<w:hyperlink w:anchor="{entry.bookmark}" w:history="1">'
                + _run(entry.label)
                + "</w:hyperlink>"
            )
            runs = (begin if index == 0 else "") + link + (end if index == len(entries) - 1 else "")
            self._add_paragraph(runs, style=self.styles[TOC_STYLES[level - 1]])
        self.pending_page_break = True

    # Blocks.

    def _block(self, block) -> None:
        if isinstance(block, Heading):
            self._heading(block)
        elif isinstance(block, Paragraph):
            self._paragraphs(block)
        elif isinstance(block, BulletList):
            for item in block.items:
                self._add_paragraph(_run(item), style=self.styles["List Bullet"])
        elif isinstance(block, Table):
            self._table(block)
        elif isinstance(block, Figure):
            self._figure(block)
        elif isinstance(block, PageBreak):
            self.pending_page_break = True
        else:
            raise TypeError(f"Unknown block {block!r}")

    def _heading(self, heading: Heading) -> None:
        entry = self.headings[self.heading_index]
        self.heading_index += 1
        self.bookmark_id += 1
        level = min(max(heading.level, 1), 3)
        runs = (
            f'<w:bookmarkStart w:id="{self.bookmark_id}" w:name="{entry.bookmark}"/>'
            + _run(entry.label)
            + f'<w:bookmarkEnd w:id="{self.bookmark_id}"/>'
        )
        self.pending_space_before = False
        self._add_paragraph(runs, style=self.styles[NUMBERED_STYLES[level - 1]])

    def _paragraphs(self, paragraph: Paragraph) -> None:
        for text in _split_paragraphs(paragraph.text):
            self._add_paragraph(_run(text, italic=paragraph.emphasis), style=self.styles["Normal"])

    def _caption(self, label: str, number: int, sequence: str, caption: str, *, keep_next: bool):
        """ "Table 3. Caption": the number is a SEQ field, as Word's own captions have."""
        runs = []
        for index, piece in enumerate(_PLACEHOLDER.split(label)):
            if index % 2:
                runs.append(
                    _field(f"SEQ {sequence} \\* ARABIC", str(number), bold=True, colour=self.accent)
                )
            elif piece:
                runs.append(_run(piece, bold=True, colour=self.accent))
        if caption.strip():
            runs.append(_run(" " + caption.strip()))
        self._add_paragraph("".join(runs), style=self.styles["Caption"], keep_next=keep_next)

    def _table(self, table: Table) -> None:
        self.table_count += 1
        self._caption(
            _("Table %(number)s."), self.table_count, "Table", table.caption, keep_next=True
        )
        self._add_table(
            _table_xml(
                columns=table.columns,
                rows=table.rows,
                total=table.total,
                width=self.text_width,
                styles=self.styles,
                header_fill=self.header_fill,
                group_fill=self.group_fill,
                description=table.caption,
            )
        )

    def _figure(self, figure: Figure) -> None:
        self.figure_count += 1
        chart = figure.chart
        inline = _picture(
            self.word.part, chart.png(), width=CHART_WIDTH, alt=chart.alt_text, title=chart.title
        )
        if inline is not None:
            self._add_paragraph(
                _drawing_run(inline),
                style=self.styles["Normal"],
                properties='<w:spacing w:before="240" w:after="60"/><w:jc w:val="center"/>',
                keep_next=True,
            )
        self._caption(
            _("Chart %(number)s."), self.figure_count, "Chart", figure.caption, keep_next=True
        )
        header, rows = chart.table
        data_label = _("Chart data %(number)s") % {"number": self.figure_count}
        self._add_paragraph(
            _run(data_label, bold=True, size=CHART_TABLE_SIZE + 2),
            style=self.styles["Caption"],
            properties='<w:spacing w:before="60" w:after="60"/>',
            keep_next=True,
        )
        columns = (Column(header[0], 2.4), *(Column(title, 1.0, "right") for title in header[1:]))
        self._add_table(
            _table_xml(
                columns=columns,
                rows=tuple(tuple(row) for row in rows),
                total=None,
                width=self.text_width,
                styles=self.styles,
                header_fill=self.header_fill,
                group_fill=self.group_fill,
                description=data_label,
                size=CHART_TABLE_SIZE,
                keep_together=True,
            )
        )


_COMPAT_BEFORE_SHIFT_RETURN = {
    qn(f"w:{name}")
    for name in (
        "useSingleBorderforContiguousCells",
        "wpJustification",
        "noTabHangInd",
        "noLeading",
        "spaceForUL",
        "noColumnBalance",
        "balanceSingleByteDoubleByteWidth",
        "noExtraLineSpacing",
        "doNotLeaveBackslashAlone",
        "ulTrailSpace",
    )
}

# The elements that follow w:updateFields in w:settings (the schema fixes their order).
_SETTINGS_AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults",
    "w:footnotePr",
    "w:endnotePr",
    "w:compat",
    "w:docVars",
    "w:rsids",
    "m:mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "sl:schemaLibrary",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
)


def _number_headings(blocks) -> list[_NumberedHeading]:
    """The headings with their numbers: "1.", "1.1.", "1.1.1." for numbered headings,
    counted among numbered headings only; unnumbered ones keep their text."""
    counters = [0, 0, 0]
    result = []
    for block in blocks:
        if not isinstance(block, Heading):
            continue
        level = min(max(block.level, 1), 3)
        text = _clean(block.text).strip()
        if block.numbered:
            counters[level - 1] += 1
            counters[level:] = [0] * (3 - level)
            number = "".join(f"{n}." for n in counters[:level])
            text = f"{number} {text}"
        result.append(_NumberedHeading(block, text, f"_Toc{len(result) + 1:06d}"))
    return result


# --- the title page -------------------------------------------------------------------


def _title_page_paragraphs(
    look: Look,
    *,
    coat_xml: str,
    government: str,
    title: str,
    subtitle: str,
    lines_text: str,
    has_coat: bool,
    styles: dict[str, str] | None = None,
) -> list[str]:
    """The paragraphs of the built-in title page (and of the default template)."""
    styles = styles or {}
    accent = _colour(look.heading_colour, "1F3864")
    centre = '<w:jc w:val="center"/>'
    # The rules above and below the title are 40% of the text width, like the PDF's.
    indent = round(_text_width_twips(False) * 0.3)
    rule = (
        f'<w:pBdr><w:bottom w:val="single" w:sz="12" w:space="1" w:color="{accent}"/></w:pBdr>'
        '<w:spacing w:before="{before}" w:after="240" w:line="240" w:lineRule="auto"/>'
        f'<w:ind w:left="{indent}" w:right="{indent}"/>'
    )
    mark = '<w:rPr><w:sz w:val="8"/></w:rPr>'
    paragraphs = []
    if coat_xml:
        paragraphs.append(
            _paragraph(
                coat_xml, properties='<w:spacing w:before="560" w:after="360"/>' + centre, raw=True
            )
        )
    paragraphs.append(
        _paragraph(
            _run(government, bold=True, size=30),
            properties='<w:spacing w:after="0"/>' + centre,
            raw=True,
        )
    )
    before = 2800 if has_coat else 4000
    paragraphs.append(_paragraph("", properties=rule.format(before=before) + mark, raw=True))
    paragraphs.append(_paragraph(_run(title), style=styles.get("Title", "Title"), raw=True))
    if subtitle:
        paragraphs.append(
            _paragraph(_run(subtitle), style=styles.get("Subtitle", "Subtitle"), raw=True)
        )
    paragraphs.append(_paragraph("", properties=rule.format(before=120) + mark, raw=True))
    if lines_text:
        paragraphs.append(
            _paragraph(
                _run(lines_text, size=24),
                properties='<w:spacing w:before="360" w:after="0"/>' + centre,
                raw=True,
            )
        )
    return paragraphs


def check_title_template(data: bytes) -> None:
    """Check an uploaded title-page template by rendering it with sample fields exactly as
    documents are rendered (only plain fields, in Jinja's sandbox); TitleTemplateError says
    what is wrong with it. Run it through core.sandbox: a file's cost is its author's to
    choose."""
    sample = TitlePage(government="Gmina", title="Strategia", subtitle="2025–2030")
    _render_title_template(data, sample, Look())


TITLE_FIELDS = frozenset(
    {"government", "title", "subtitle", "lines", "lines_text", "place_and_date", "coat_of_arms"}
)


def _fields_only_refusal() -> TitleTemplateError:
    return TitleTemplateError(
        _("Only these fields may be used, each as {{ name }}: %(fields)s.")
        % {"fields": ", ".join(sorted(TITLE_FIELDS - {"lines"}))}
    )


class _FieldsOnlyEnvironment(SandboxedEnvironment):
    """Jinja's sandbox that compiles a template only when it holds nothing but text and
    plain ``{{ field }}`` placeholders of TITLE_FIELDS: no loops, conditions, filters,
    arithmetic, calls or attribute access. The sandbox stops reaching Python objects but not
    ``{% for %}`` a million times or ``"x" * 10**9``; refusing everything else stops both
    before anything runs.

    The rule is applied to what Jinja itself gets, whatever docxtpl hands it (the body,
    headers, footers, footnotes, the document's properties), after XML parsing has resolved
    CDATA sections, character references and encodings and docxtpl has joined delimiters
    split across runs: a check of the file's bytes could be fooled by any of those."""

    def _parse(self, source, name, filename):

        tree = super()._parse(source, name, filename)
        for node in tree.find_all(nodes.Node):
            if isinstance(node, nodes.Output | nodes.TemplateData):
                continue
            if isinstance(node, nodes.Name) and node.ctx == "load" and node.name in TITLE_FIELDS:
                continue
            raise _fields_only_refusal()
        return tree


def _place_and_date_xml(text: str) -> str:
    return _paragraph(_run(text, size=24), properties='<w:jc w:val="center"/>', raw=True)


def _render_title_template(source, page: TitlePage, look: Look) -> WordDocument:
    """The title page template rendered with the title page's fields, then a section
    break: the template keeps its own page setup, header and footer on its page."""

    try:
        if not isinstance(source, bytes):
            with open(source, "rb") as file:
                source = file.read()
        template = DocxTemplate(io.BytesIO(source))
        coat = ""
        if look.coat_of_arms and _image_ok(look.coat_of_arms):
            coat = InlineImage(template, io.BytesIO(look.coat_of_arms), height=TITLE_COAT_HEIGHT)
        lines = [_clean(line) for line in page.lines]
        context = {
            "government": _clean(page.government),
            "title": _clean(page.title),
            "subtitle": _clean(page.subtitle),
            "lines": lines,
            "lines_text": "\n".join(lines),
            "place_and_date": _clean(page.place_and_date),
            "coat_of_arms": coat,
        }
        # Only plain fields, in Jinja's sandbox: the template is a user's upload (checked
        # again at every rendering, whatever the file went through before).
        try:
            template.render(context, jinja_env=_FieldsOnlyEnvironment(autoescape=True))
        except TemplateSyntaxError as error:
            refusal = _fields_only_refusal()
            raise TitleTemplateError(f"{refusal} ({error.message})") from error
        buffer = io.BytesIO()
        template.save(buffer)
        buffer.seek(0)
        word = docx.Document(buffer)
    except (
        TemplateError,
        ValueError,
        KeyError,
        OSError,
        etree.XMLSyntaxError,
        zipfile.BadZipFile,
        PackageNotFoundError,
    ) as error:
        raise TitleTemplateError(str(error)) from error

    body = word.element.body
    sect_pr = body.get_or_add_sectPr()
    # A page break at the end of the template would leave an empty page: the section
    # break below starts a new page anyway.
    children = [child for child in body if child is not sect_pr]
    while children and _is_page_break_only(children[-1]):
        body.remove(children.pop())
    last = children[-1] if children else None
    if last is None or last.tag != qn("w:p"):
        last = parse_xml(f"<w:p {nsdecls('w')}/>")
        sect_pr.addprevious(last)
    title_sect_pr = parse_xml(sect_pr.xml)
    title_sect_pr.attrib.clear()
    last.get_or_add_pPr()._insert_sectPr(title_sect_pr)
    # The body's section starts afresh: no titlePg, headers or footers of the template.
    for child in list(sect_pr):
        if child.tag in (qn("w:titlePg"), qn("w:type")):
            sect_pr.remove(child)
    return word


def _is_page_break_only(element) -> bool:
    if element.tag != qn("w:p"):
        return False
    text = "".join(element.itertext()).strip()
    breaks = element.findall(".//" + qn("w:br"))
    drawings = element.findall(".//" + qn("w:drawing"))
    return (
        not text
        and not drawings
        and any(b.get(qn("w:type")) == "page" for b in breaks)
        and element.find(".//" + qn("w:sectPr")) is None
    )


# --- styles ---------------------------------------------------------------------------


class _Styles:
    """Makes every style the renderer uses exist, set to the local government's look.

    Existing definitions (a user's template) keep their names and ids but get their
    paragraph and run properties replaced: a heading numbered by a multilevel list in the
    template would otherwise be numbered twice.
    """

    def __init__(self, word: WordDocument, look: Look, *, landscape: bool = False) -> None:
        self.word = word
        self.look = look
        self.text_width = _text_width_twips(landscape)
        self.font = _xml_attribute(_clean(look.font).strip() or "DejaVu Sans")
        self.accent = _colour(look.heading_colour, "1F3864")

    def prepare(self) -> dict[str, str]:
        """Configure the styles; returns their ids by name."""
        fonts = (
            f'<w:rFonts w:ascii="{self.font}" w:hAnsi="{self.font}" w:cs="{self.font}" '
            f'w:eastAsia="{self.font}"/>'
        )
        self._defaults(fonts)
        bullet_style = self._ensure("List Bullet", WD_STYLE_TYPE.PARAGRAPH)
        bullet_num = self._bullet_numbering(fonts, bullet_style.style_id)
        accent = self.accent
        heading_run = fonts + f'<w:b/><w:bCs/><w:color w:val="{accent}"/>'
        paragraph = WD_STYLE_TYPE.PARAGRAPH
        definitions = [
            (
                "Normal",
                paragraph,
                None,
                '<w:widowControl/><w:spacing w:before="0" w:after="120" w:line="264" '
                'w:lineRule="auto"/><w:jc w:val="both"/>',
                fonts + f'<w:sz w:val="{BODY_SIZE}"/><w:szCs w:val="{BODY_SIZE}"/>'
                '<w:lang w:val="pl-PL"/>',
            ),
            *(
                (
                    name,
                    paragraph,
                    "Normal",
                    "<w:keepNext/><w:keepLines/>"
                    f'<w:spacing w:before="{before}" w:after="{after}" w:line="240" '
                    f'w:lineRule="auto"/><w:jc w:val="left"/><w:outlineLvl w:val="{level}"/>',
                    heading_run + f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>',
                )
                for level, (name, size, before, after) in enumerate(
                    (
                        ("Heading 1", 32, 480, 240),
                        ("Heading 2", 26, 360, 160),
                        ("Heading 3", 23, 280, 120),
                    )
                )
            ),
            (
                "TOC Heading",
                paragraph,
                "Normal",
                '<w:keepNext/><w:keepLines/><w:spacing w:before="0" w:after="360"/>'
                '<w:jc w:val="left"/>',
                heading_run + '<w:sz w:val="32"/><w:szCs w:val="32"/>',
            ),
            *(
                (
                    name,
                    paragraph,
                    "Normal",
                    f'<w:tabs><w:tab w:val="right" w:leader="dot" '
                    f'w:pos="{self.text_width}"/></w:tabs>'
                    f'<w:spacing w:before="{120 if level == 0 else 0}" w:after="60"/>'
                    f'<w:ind w:left="{level * 284}" w:right="567"/><w:jc w:val="left"/>',
                    "<w:b/><w:bCs/>" if level == 0 else "",
                )
                for level, name in enumerate(TOC_STYLES)
            ),
            (
                "Title",
                paragraph,
                "Normal",
                '<w:spacing w:before="240" w:after="120" w:line="240" w:lineRule="auto"/>'
                '<w:jc w:val="center"/>',
                heading_run + '<w:sz w:val="52"/><w:szCs w:val="52"/>',
            ),
            (
                "Subtitle",
                paragraph,
                "Normal",
                '<w:spacing w:before="120" w:after="120"/><w:jc w:val="center"/>',
                fonts + f'<w:color w:val="{accent}"/><w:sz w:val="30"/><w:szCs w:val="30"/>',
            ),
            (
                "Caption",
                paragraph,
                "Normal",
                '<w:keepNext/><w:spacing w:before="240" w:after="80" w:line="240" '
                'w:lineRule="auto"/><w:jc w:val="left"/>',
                '<w:color w:val="000000"/><w:sz w:val="20"/><w:szCs w:val="20"/>',
            ),
            (
                "List Bullet",
                paragraph,
                "Normal",
                f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{bullet_num}"/></w:numPr>'
                '<w:spacing w:after="60"/><w:ind w:left="567" w:hanging="283"/>',
                "",
            ),
            (
                TABLE_TEXT_STYLE,
                paragraph,
                "Normal",
                '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
                '<w:jc w:val="left"/>',
                f'<w:sz w:val="{TABLE_SIZE}"/><w:szCs w:val="{TABLE_SIZE}"/>',
            ),
            (
                "Header",
                paragraph,
                "Normal",
                '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/>',
                "",
            ),
            (
                "Footer",
                paragraph,
                "Normal",
                '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>',
                "",
            ),
        ]
        ids = {}
        for name, kind, based_on, ppr, rpr in definitions:
            style = self._ensure(name, kind)
            ids[name] = style.style_id
            self._set(style, based_on=ids.get(based_on) if based_on else None, ppr=ppr, rpr=rpr)
        grid = self._ensure("Table Grid", WD_STYLE_TYPE.TABLE)
        ids["Table Grid"] = grid.style_id
        self._table_grid(grid)
        return ids

    def _ensure(self, name: str, kind: WD_STYLE_TYPE):
        styles = self.word.styles
        if name in styles:
            style = styles[name]
            if style.type == kind:
                return style
            # A style of the wrong type under this name: ours gets a name of its own.
            name = f"{name} (document)"
            if name in styles:
                return styles[name]
        style = styles.add_style(name, kind, builtin=name != TABLE_TEXT_STYLE)
        style.hidden = False
        style.quick_style = name.startswith(("Heading", "Title", "Subtitle", "Normal"))
        if name == "Normal":
            style.element.set(qn("w:default"), "1")
        return style

    def _set(self, style, *, based_on: str | None, ppr: str, rpr: str) -> None:
        element = style.element
        if based_on and based_on != style.style_id:
            element.get_or_add_basedOn().set(qn("w:val"), based_on)
        for semi_hidden in element.findall(qn("w:semiHidden")):
            element.remove(semi_hidden)
        element._remove_pPr()
        element._remove_rPr()
        if ppr:
            element._insert_pPr(parse_xml(f"<w:pPr {nsdecls('w')}>{ppr}</w:pPr>"))
        if rpr:
            element._insert_rPr(parse_xml(f"<w:rPr {nsdecls('w')}>{rpr}</w:rPr>"))

    def _table_grid(self, style) -> None:
        element = style.element
        border = f'w:val="single" w:sz="4" w:space="0" w:color="{RULE_GREY}"'
        table_properties = parse_xml(
            f'<w:tblPr {nsdecls("w")}><w:tblInd w:w="0" w:type="dxa"/><w:tblBorders>'
            f"<w:top {border}/><w:left {border}/><w:bottom {border}/><w:right {border}/>"
            f"<w:insideH {border}/><w:insideV {border}/></w:tblBorders>"
            '<w:tblCellMar><w:top w:w="45" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
            '<w:bottom w:w="45" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
            "</w:tblPr>"
        )
        for old in element.findall(qn("w:tblPr")):
            element.remove(old)
        element._remove_pPr()
        element._insert_pPr(
            parse_xml(
                f'<w:pPr {nsdecls("w")}><w:spacing w:after="0" w:line="240" '
                'w:lineRule="auto"/></w:pPr>'
            )
        )
        # tblPr follows pPr and rPr, and precedes trPr, tcPr and tblStylePr.
        following = [element.find(qn(tag)) for tag in ("w:trPr", "w:tcPr", "w:tblStylePr")]
        following = [child for child in following if child is not None]
        if following:
            following[0].addprevious(table_properties)
        else:
            element.append(table_properties)

    def _defaults(self, fonts: str) -> None:
        """Document defaults: the font and the Polish language for every run."""
        styles = self.word.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        if defaults is None:
            defaults = parse_xml(f"<w:docDefaults {nsdecls('w')}/>")
            styles.insert(0, defaults)
        for old in list(defaults):
            defaults.remove(old)
        defaults.append(
            parse_xml(
                f"<w:rPrDefault {nsdecls('w')}><w:rPr>{fonts}"
                f'<w:sz w:val="{BODY_SIZE}"/><w:szCs w:val="{BODY_SIZE}"/>'
                '<w:lang w:val="pl-PL" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
            )
        )
        defaults.append(
            parse_xml(
                f"<w:pPrDefault {nsdecls('w')}><w:pPr>"
                '<w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
            )
        )

    def _bullet_numbering(self, fonts: str, style_id: str) -> int:
        """A bullet list definition of our own in numbering.xml, linked to the "List
        Bullet" style (and that style to nothing else); returns its numId."""
        part = self.word.part
        try:
            numbering = part.part_related_by(RT.NUMBERING)
        except KeyError:
            numbering = NumberingPart(
                PackURI("/word/numbering.xml"),
                CT.WML_NUMBERING,
                parse_xml(f"<w:numbering {nsdecls('w')}/>"),
                part.package,
            )
            part.relate_to(numbering, RT.NUMBERING)
        root = numbering.element
        abstract_ids = [
            int(a.get(qn("w:abstractNumId"))) for a in root.findall(qn("w:abstractNum"))
        ]
        num_ids = [int(n.get(qn("w:numId"))) for n in root.findall(qn("w:num"))]
        for link in root.iterfind(f"{qn('w:abstractNum')}/{qn('w:lvl')}/{qn('w:pStyle')}"):
            if link.get(qn("w:val")) == style_id:
                link.getparent().remove(link)
        abstract_id = max(abstract_ids, default=0) + 1
        num_id = max(num_ids, default=0) + 1
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
            '<w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            f'<w:pStyle w:val="{style_id}"/><w:lvlText w:val="{BULLET}"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="567" w:hanging="283"/></w:pPr>'
            f"<w:rPr>{fonts}</w:rPr></w:lvl></w:abstractNum>"
        )
        first_num = root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            after = root.find(qn("w:numIdMacAtCleanup"))
            if after is not None:
                after.addprevious(abstract)
            else:
                root.append(abstract)
        num = parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}">'
            f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'
        )
        nums = root.findall(qn("w:num"))
        if nums:
            nums[-1].addnext(num)
        else:
            abstract.addnext(num)
        return num_id


# --- WordprocessingML ------------------------------------------------------------------


def _clean(text: str | None) -> str:
    """Plain text fit for XML: no control characters, Unix line ends."""
    if not text:
        return ""
    return _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _xml_attribute(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def _text_xml(text: str) -> str:
    """Text runs' content: escaped, line breaks and tabs as Word's own elements."""
    text = _clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    lines = []
    for line in text.split("\n"):
        lines.append(
            "<w:tab/>".join(
                f'<w:t xml:space="preserve">{piece}</w:t>' if piece else ""
                for piece in line.split("\t")
            )
        )
    return "<w:br/>".join(lines)


def _run_properties(
    *, bold: bool = False, italic: bool = False, size: int | None = None, colour: str | None = None
) -> str:
    properties = ""
    if bold:
        properties += "<w:b/><w:bCs/>"
    if italic:
        properties += "<w:i/><w:iCs/>"
    if colour:
        properties += f'<w:color w:val="{colour}"/>'
    if size:
        properties += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    return f"<w:rPr>{properties}</w:rPr>" if properties else ""


def _run(text: str, **formatting) -> str:
    if not text:
        return ""
    return f"<w:r>{_run_properties(**formatting)}{_text_xml(text)}</w:r>"


def _fld_char(kind: str, properties: str = "") -> str:
    return f'<w:r>{properties}<w:fldChar w:fldCharType="{kind}"/></w:r>'


def _field(instruction: str, cached: str, **formatting) -> str:
    """A complex field with its cached result (what shows before it is updated)."""
    properties = _run_properties(**formatting)
    result = f"<w:r>{properties}{_text_xml(cached)}</w:r>" if cached else ""
    return (
        _fld_char("begin", properties)
        + f'<w:r>{properties}<w:instrText xml:space="preserve"> {_xml_attribute(instruction)} '
        "</w:instrText></w:r>"
        + _fld_char("separate", properties)
        + result
        + _fld_char("end", properties)
    )


def _paragraph(
    content: str, *, style: str | None = None, properties: str = "", raw: bool = False
) -> str:
    """A ``w:p`` with the namespace declarations, ready for ``parse_xml``.

    ``content`` is run XML when ``raw``, plain text otherwise. ``properties`` are the
    paragraph properties after the style, in schema order.
    """
    runs = content if raw else _run(content)
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    ppr = f"<w:pPr>{style_xml}{properties}</w:pPr>" if style_xml or properties else ""
    return f"<w:p {_NAMESPACES}>{ppr}{runs}</w:p>"


# Pictures (wp:inline) carry their own declarations of the DrawingML namespaces.
_NAMESPACES = nsdecls("w", "r")


def _drawing_run(inline) -> str:
    """A run holding a picture (a ``wp:inline`` made by python-docx)."""
    return f"<w:r><w:drawing>{etree.tostring(inline, encoding='unicode')}</w:drawing></w:r>"


def _image_ok(data: bytes) -> bool:

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


def _picture(
    part: StoryPart,
    data: bytes,
    *,
    width: Emu | None = None,
    height: Emu | None = None,
    alt: str,
    title: str = "",
):
    """An inline picture in ``part`` with its text alternative (docPr descr and title)."""
    if not _image_ok(data):
        return None
    inline = part.new_pic_inline(io.BytesIO(data), width, height)
    for element in (inline.docPr, inline.graphic.graphicData.pic.nvPicPr.cNvPr):
        element.set("descr", _clean(alt))
        if title:
            element.set("title", _clean(title))
    return inline


def _replace_story(element, paragraphs: list[str]) -> None:
    """Replace the content of a header or footer with the given paragraphs."""
    for child in list(element):
        element.remove(child)
    for xml in paragraphs:
        element.append(parse_xml(xml))


def _set_page(section, *, landscape: bool) -> None:

    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width = A4_LONG if landscape else A4_SHORT
    section.page_height = A4_SHORT if landscape else A4_LONG
    section.top_margin = section.bottom_margin = MARGIN_TOP_BOTTOM
    section.left_margin = section.right_margin = MARGIN_SIDES
    section.gutter = 0
    section.header_distance = HEADER_DISTANCE
    section.footer_distance = FOOTER_DISTANCE


def _text_width_twips(landscape: bool) -> int:
    page = 29.7 if landscape else 21.0
    return round((page - 2 * MARGIN_SIDES.cm) * TWIPS_PER_CM)


def _split_paragraphs(text: str) -> list[str]:
    text = _clean(text).strip()
    if not text:
        return []
    return [part.strip() for part in _BLANK_LINE.split(text) if part.strip()]


def _colour(value: str | None, default: str) -> str:
    match = _HEX_COLOUR.fullmatch((value or "").strip())
    return match.group(1).upper() if match else default


def _lighten(colour: str, share: float) -> str:
    """The colour moved ``share`` of the way to white (the group rows' fill)."""
    channels = [int(colour[i : i + 2], 16) for i in (0, 2, 4)]
    return "".join(f"{round(c + (255 - c) * share):02X}" for c in channels)


def _drop_thumbnail(word: WordDocument) -> None:
    """python-docx's template carries a thumbnail of an empty page: leave it out."""
    rels = word.part.package.rels
    for rel_id, rel in list(rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del rels[rel_id]


# --- tables ----------------------------------------------------------------------------


def _table_xml(
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
    """A whole table as one XML string.

    The header row repeats on every page (``tblHeader``), no row breaks across pages
    (``cantSplit``), the widths are the columns' shares of the text width, and the layout
    is fixed so that Word does not recompute them from the content.
    """
    shares = [max(column.width, 0.01) for column in columns]
    scale = width / sum(shares)
    widths = [round(share * scale) for share in shares]
    widths[-1] = width - sum(widths[:-1])
    aligns = [_ALIGN.get(column.align, "left") for column in columns]
    paragraph_style = styles[TABLE_TEXT_STYLE]

    def cell(
        text: str, index: int, *, bold: bool = False, fill: str | None = None, keep: bool = False
    ) -> str:
        shading = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
        keep_next = "<w:keepNext/>" if keep else ""
        return (
            f'<w:tc><w:tcPr><w:tcW w:w="{widths[index]}" w:type="dxa"/>{shading}</w:tcPr>'
            f'<w:p><w:pPr><w:pStyle w:val="{paragraph_style}"/>{keep_next}'
            f'<w:jc w:val="{aligns[index]}"/></w:pPr>{_run(text, bold=bold, size=size)}'
            "</w:p></w:tc>"
        )

    header_row_properties = "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
    row_properties = "<w:trPr><w:cantSplit/></w:trPr>"
    parts = [
        f"<w:tbl {_NAMESPACES}><w:tblPr>"
        f'<w:tblStyle w:val="{styles["Table Grid"]}"/>'
        f'<w:tblW w:w="{width}" w:type="dxa"/>'
        '<w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="0620" w:firstRow="1" w:lastRow="0" w:firstColumn="0" '
        'w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'
        + (f'<w:tblCaption w:val="{_xml_attribute(_clean(description))}"/>' if description else "")
        + "</w:tblPr><w:tblGrid>"
        + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        + "</w:tblGrid>",
        "<w:tr>" + header_row_properties,
    ]
    parts.extend(
        cell(column.title, index, bold=True, fill=header_fill, keep=True)
        for index, column in enumerate(columns)
    )
    parts.append("</w:tr>")
    span = len(columns)
    last = len(rows) - 1
    for number, row in enumerate(rows):
        # keepNext on a row keeps it on the page of the next one: a small table stays whole,
        # and the total row does not end up alone on a page.
        keep = (keep_together and number < last) or (number == last and total is not None)
        if isinstance(row, GroupRow):
            parts.append(
                f"<w:tr>{row_properties}<w:tc><w:tcPr>"
                f'<w:tcW w:w="{width}" w:type="dxa"/><w:gridSpan w:val="{span}"/>'
                f'<w:shd w:val="clear" w:color="auto" w:fill="{group_fill}"/></w:tcPr>'
                f'<w:p><w:pPr><w:pStyle w:val="{paragraph_style}"/><w:keepNext/></w:pPr>'
                f"{_run(row.text, bold=True, size=size)}</w:p></w:tc></w:tr>"
            )
        else:
            parts.append("<w:tr>" + row_properties)
            parts.extend(cell(text, index, keep=keep) for index, text in enumerate(row))
            parts.append("</w:tr>")
    if total is not None:
        parts.append("<w:tr>" + row_properties)
        parts.extend(cell(text, index, bold=True) for index, text in enumerate(total))
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    return "".join(parts)


_ALIGN = {"left": "left", "right": "right", "center": "center"}

"""The DOCX renderer: a ``documents.content.Document`` walked block by block into a Word
file (python-docx's blank document, or the government's title-page template rendered by
title_template.py), with the styles of styles.py, the tables of tables.py and the
WordprocessingML strings of wordml.py."""

import io
from dataclasses import dataclass
from datetime import UTC, datetime

import docx
from django.utils.translation import gettext as _
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.parts.story import StoryPart

from ..content import (
    DRAFT_COLOUR,
    BulletList,
    Column,
    Document,
    Figure,
    Heading,
    PageBreak,
    Paragraph,
    Table,
    TitlePage,
)
from .layout import (
    CHART_TABLE_SIZE,
    CHART_WIDTH,
    FOOTER_GREY,
    HEADER_COAT_HEIGHT,
    HEADER_GREY,
    NUMBERED_STYLES,
    RULE_GREY,
    TITLE_COAT_HEIGHT,
    TOC_INSTRUCTION,
    TOC_STYLES,
    set_page,
    text_width_twips,
)
from .pictures import drawing_run, drop_thumbnail, picture_inline
from .styles import Styles
from .tables import table_xml
from .title_page import place_and_date_xml, title_page_paragraphs
from .title_template import render_title_template
from .word_settings import configure_settings
from .wordml import (
    PLACEHOLDER,
    clean_text,
    field_xml,
    fld_char,
    hex_colour,
    lighten,
    paragraph_xml,
    replace_story,
    run_xml,
    split_paragraphs,
)


def render_docx(document: Document) -> bytes:
    """The document as a DOCX file."""
    return _Renderer(document).render()


@dataclass(frozen=True)
class _NumberedHeading:
    heading: Heading
    label: str  # the text with its number: "1.2. Goals"
    bookmark: str


class _Renderer:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.look = document.look
        self.accent = hex_colour(self.look.heading_colour, "1F3864")
        self.header_fill = hex_colour(self.look.table_header_colour, "DCE3EE")
        self.group_fill = lighten(self.header_fill, 0.55)
        self.headings = _number_headings(document.blocks)
        self.table_count = 0
        self.figure_count = 0
        self.heading_index = 0
        self.bookmark_id = 0
        self.pending_page_break = False
        self.pending_space_before = False
        self.last_was_table = False
        self.text_width = text_width_twips(document.landscape)

    # The whole file.

    def render(self) -> bytes:
        document = self.document
        template = document.look.title_template if document.title_page else None
        if template:
            self.word = render_title_template(template, document.title_page, self.look)
        else:
            self.word = docx.Document()
        self.styles = Styles(self.word, self.look, landscape=document.landscape).prepare()
        self.body = self.word.element.body
        self.sect_pr = self.body.get_or_add_sectPr()
        # Bookmark ids are unique in the file: ours follow a template's own.
        self.bookmark_id = max(
            (int(b.get(qn("w:id"), "0")) for b in self.body.iter(qn("w:bookmarkStart"))),
            default=0,
        )
        configure_settings(self.word.settings, update_fields=self.document.table_of_contents)
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
            self._add(paragraph_xml("", style=self.styles["Normal"]))

        self._properties()
        buffer = io.BytesIO()
        self.word.save(buffer)
        return buffer.getvalue()

    def _section(self, *, title_page: bool) -> None:
        """The body's section: A4, margins, the header and the page numbers."""
        section = self.word.sections[-1]
        for reference in self.sect_pr.findall(qn("w:headerReference")) + self.sect_pr.findall(
            qn("w:footerReference")
        ):
            self.sect_pr.remove(reference)
        set_page(section, landscape=self.document.landscape)
        section.different_first_page_header_footer = title_page

        section.header.is_linked_to_previous = False
        header_paragraphs = self._draft_mark() + self._header_paragraphs(section.header.part)
        replace_story(section.header._element, header_paragraphs or [paragraph_xml("")])
        section.footer.is_linked_to_previous = False
        replace_story(section.footer._element, [self._page_numbers_xml()])
        if title_page:
            section.first_page_header.is_linked_to_previous = False
            replace_story(
                section.first_page_header._element, self._draft_mark() or [paragraph_xml("")]
            )
            section.first_page_footer.is_linked_to_previous = False
            place = self.document.title_page.place_and_date if self.document.title_page else ""
            replace_story(section.first_page_footer._element, [place_and_date_xml(place)])

    def _draft_mark(self) -> list[str]:
        """ "PROJEKT" at the top right of every page of a draft, the title page included."""
        mark = clean_text(self.document.draft_mark).strip()
        if not mark:
            return []
        return [
            paragraph_xml(
                run_xml(mark, bold=True, size=20, colour=DRAFT_COLOUR),
                style=self.styles["Header"],
                properties='<w:jc w:val="right"/>',
                raw=True,
            )
        ]

    def _header_paragraphs(self, part: StoryPart) -> list[str]:
        coat = self.look.coat_of_arms
        text = clean_text(self.look.header_text).strip()
        if not text and not coat:
            return []
        runs = ""
        if coat:
            inline = picture_inline(part, coat, height=HEADER_COAT_HEIGHT, alt=self._coat_alt())
            if inline is not None:
                # docPr ids must not repeat across the parts of the file.
                inline.docPr.set("id", "90001")
                runs += drawing_run(inline) + (run_xml("\t") if text else "")
        if text:
            runs += run_xml(text, size=17, colour=HEADER_GREY)
        properties = (
            f'<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="{RULE_GREY}"/>'
            '</w:pBdr><w:tabs><w:tab w:val="left" w:pos="680"/></w:tabs>'
            '<w:spacing w:after="0"/>'
        )
        return [paragraph_xml(runs, style=self.styles["Header"], properties=properties, raw=True)]

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
        for index, piece in enumerate(PLACEHOLDER.split(label)):
            if index % 2:
                field = fields.get(piece)
                if field:
                    runs.append(field_xml(field, "1", size=18, colour=FOOTER_GREY))
            elif piece:
                runs.append(run_xml(piece, size=18, colour=FOOTER_GREY))
        return paragraph_xml(
            "".join(runs),
            style=self.styles["Footer"],
            properties='<w:spacing w:after="0"/><w:jc w:val="center"/>',
            raw=True,
        )

    def _properties(self) -> None:
        properties = self.word.core_properties
        properties.title = clean_text(self.document.title)
        properties.author = clean_text(self.document.author)
        properties.last_modified_by = clean_text(self.document.author)
        properties.language = "pl-PL"
        properties.subject = ""
        properties.comments = ""
        properties.keywords = ""
        properties.revision = 1
        now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
        properties.created = now
        properties.modified = now
        drop_thumbnail(self.word)

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
        self._add(paragraph_xml(runs, style=style, properties=before + properties, raw=True))

    def _add_table(self, xml: str) -> None:
        self._add(xml)
        self.pending_space_before = True
        self.last_was_table = True

    # The title page, the attachment lines, the table of contents.

    def _title_page(self, page: TitlePage) -> None:
        coat_xml = ""
        if self.look.coat_of_arms:
            inline = picture_inline(
                self.word.part,
                self.look.coat_of_arms,
                height=TITLE_COAT_HEIGHT,
                alt=self._coat_alt(),
            )
            if inline is not None:
                coat_xml = drawing_run(inline)
        for xml in title_page_paragraphs(
            self.look,
            coat_xml=coat_xml,
            government=page.government,
            title=page.title,
            subtitle=page.subtitle,
            lines_text="\n".join(page.lines),
            has_coat=bool(coat_xml),
            styles=self.styles,
            draft_mark=clean_text(self.document.draft_mark).strip(),
        ):
            self._add(xml)
        self.pending_page_break = True

    def _attachment_lines(self, lines: tuple[str, ...]) -> None:
        for index, line in enumerate(lines):
            after = 360 if index == len(lines) - 1 else 0
            self._add_paragraph(
                run_xml(line, size=20),
                style=self.styles["Normal"],
                properties=f'<w:spacing w:after="{after}"/><w:jc w:val="right"/>',
            )

    def _table_of_contents(self) -> None:
        """A TOC field whose cached result already lists the headings (with links to
        them), so the table reads sensibly before Word or LibreOffice updates it."""
        self._add_paragraph(run_xml(_("Table of contents")), style=self.styles["TOC Heading"])
        begin = (
            fld_char("begin")
            + f'<w:r><w:instrText xml:space="preserve"> {TOC_INSTRUCTION} </w:instrText></w:r>'
            + fld_char("separate")
        )
        end = fld_char("end")
        entries = self.headings
        if not entries:
            self._add_paragraph(
                begin + run_xml(_("Right-click to update the table of contents.")) + end,
                style=self.styles["toc 1"],
            )
        for index, entry in enumerate(entries):
            level = min(max(entry.heading.level, 1), 3)
            # No page numbers: only the update knows them (Word does it on opening).
            link = (
                f'<w:hyperlink w:anchor="{entry.bookmark}" w:history="1">'
                + run_xml(entry.label)
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
                self._add_paragraph(run_xml(item), style=self.styles["List Bullet"])
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
            + run_xml(entry.label)
            + f'<w:bookmarkEnd w:id="{self.bookmark_id}"/>'
        )
        self.pending_space_before = False
        self._add_paragraph(runs, style=self.styles[NUMBERED_STYLES[level - 1]])

    def _paragraphs(self, paragraph: Paragraph) -> None:
        for text in split_paragraphs(paragraph.text):
            self._add_paragraph(
                run_xml(text, italic=paragraph.emphasis), style=self.styles["Normal"]
            )

    def _caption(self, label: str, number: int, sequence: str, caption: str, *, keep_next: bool):
        """ "Table 3. Caption": the number is a SEQ field, as Word's own captions have."""
        runs = []
        for index, piece in enumerate(PLACEHOLDER.split(label)):
            if index % 2:
                runs.append(
                    field_xml(
                        f"SEQ {sequence} \\* ARABIC", str(number), bold=True, colour=self.accent
                    )
                )
            elif piece:
                runs.append(run_xml(piece, bold=True, colour=self.accent))
        if caption.strip():
            runs.append(run_xml(" " + caption.strip()))
        self._add_paragraph("".join(runs), style=self.styles["Caption"], keep_next=keep_next)

    def _table(self, table: Table) -> None:
        self.table_count += 1
        self._caption(
            _("Table %(number)s."), self.table_count, "Table", table.caption, keep_next=True
        )
        self._add_table(
            table_xml(
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
        inline = picture_inline(
            self.word.part, chart.png(), width=CHART_WIDTH, alt=chart.alt_text, title=chart.title
        )
        if inline is not None:
            self._add_paragraph(
                drawing_run(inline),
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
            run_xml(data_label, bold=True, size=CHART_TABLE_SIZE + 2),
            style=self.styles["Caption"],
            properties='<w:spacing w:before="60" w:after="60"/>',
            keep_next=True,
        )
        columns = (Column(header[0], 2.4), *(Column(title, 1.0, "right") for title in header[1:]))
        self._add_table(
            table_xml(
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


def _number_headings(blocks) -> list[_NumberedHeading]:
    """The headings with their numbers: "1.", "1.1.", "1.1.1." for numbered headings,
    counted among numbered headings only; unnumbered ones keep their text."""
    counters = [0, 0, 0]
    result = []
    for block in blocks:
        if not isinstance(block, Heading):
            continue
        level = min(max(block.level, 1), 3)
        text = clean_text(block.text).strip()
        if block.numbered:
            counters[level - 1] += 1
            counters[level:] = [0] * (3 - level)
            number = "".join(f"{n}." for n in counters[:level])
            text = f"{number} {text}"
        result.append(_NumberedHeading(block, text, f"_Toc{len(result) + 1:06d}"))
    return result

"""The DOCX renderer: real Word headings, fields, tables and pictures, read back with
python-docx; the title page template through docxtpl; one round trip through LibreOffice."""

import io
import os
import shutil
import struct
import zipfile
import zlib

import docx
import pytest
from django.utils.translation import gettext
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm

from core.charts import LineChart, Series
from core.testing import laid_out_pages, libreoffice_pdf
from documents.content import (
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
from documents.docx import TitleTemplateError, default_title_template, render_docx

POLISH = "Zażółć gęślą jaźń ĄĘŁŃÓŚŹŻ"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def png(width: int, height: int) -> bytes:
    """A plain red PNG: a coat of arms that costs nothing to draw."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    rows = b"".join(b"\x00" + b"\xc0\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


PNG = png(20, 24)

CHART = LineChart(
    title="Bezrobocie",
    unit="%",
    series=(
        Series("Gmina", ((2022, 10.0), (2023, 12.5)), emphasis=True),
        Series("Polska", ((2022, 5.0), (2023, 5.5))),
    ),
)

PLAN = Table(
    caption="Plan działań",
    columns=(Column("Lp.", 0.5), Column("Działanie", 3.0), Column("Koszt", 1.5, "right")),
    rows=(
        GroupRow("Cel 1. Mniej ubóstwa"),
        ("1.1", "Pomoc rodzinom ąę", "12 500,00"),
        ("1.2", "Kluby seniora", "3 000,00"),
    ),
    total=("", "Razem", "15 500,00"),
)


def strategy(**changes) -> Document:
    document = Document(
        title="Strategia " + POLISH,
        author="Gmina Wólka",
        title_page=TitlePage(
            government="Gmina Wólka",
            title="Strategia rozwiązywania problemów społecznych",
            subtitle="na lata 2025–2030",
            lines=("Załącznik do uchwały Nr I/1/2025", "Rady Gminy Wólka"),
            place_and_date="Wólka, 2025",
        ),
        look=Look(header_text="Strategia Gminy Wólka", coat_of_arms=PNG),
    )
    document.add(
        Heading("Wprowadzenie", numbered=False),
        Paragraph("Pierwszy akapit.\n\nDrugi akapit,\nw dwóch wierszach."),
        Heading(POLISH),
        Heading("Cele", level=2),
        Heading("Cel szczegółowy", level=3),
        Heading("Działania", level=2),
        BulletList(("pierwszy", "drugi")),
        PLAN,
        Heading("Wskaźniki"),
        Figure(CHART, "Stopa bezrobocia"),
    )
    for name, value in changes.items():
        setattr(document, name, value)
    return document


def read(data: bytes):
    return docx.Document(io.BytesIO(data))


def body_paragraphs(word):
    return [p for p in word.paragraphs if p.text.strip()]


def text_of(element) -> str:
    return "".join(node.text or "" for node in element.iter(f"{W}t"))


def instructions(element) -> str:
    return " ".join(node.text or "" for node in element.iter(f"{W}instrText"))


# Headings and text.


def test_headings_use_the_built_in_styles_with_computed_numbers():
    word = read(render_docx(strategy()))
    headings = [
        (p.style.name, p.text) for p in word.paragraphs if p.style.name.startswith("Heading")
    ]
    assert headings == [
        ("Heading 1", "Wprowadzenie"),
        ("Heading 1", "1. " + POLISH),
        ("Heading 2", "1.1. Cele"),
        ("Heading 3", "1.1.1. Cel szczegółowy"),
        ("Heading 2", "1.2. Działania"),
        ("Heading 1", "2. Wskaźniki"),
    ]


def test_paragraphs_split_on_blank_lines_and_keep_single_line_breaks():
    document = strategy(blocks=[Paragraph("Jeden.\n\n  \nDwa,\ntrzy."), Paragraph("Misja", True)])
    word = read(render_docx(document))
    texts = [(p.style.name, p.text) for p in body_paragraphs(word)]
    assert ("Normal", "Jeden.") in texts
    assert ("Normal", "Dwa,\ntrzy.") in texts
    mission = next(p for p in word.paragraphs if p.text == "Misja")
    assert mission.runs[0].italic


def test_bullet_lists_use_the_list_bullet_style_with_a_bullet_numbering():
    word = read(render_docx(strategy()))
    items = [p for p in word.paragraphs if p.style.name == "List Bullet"]
    assert [p.text for p in items] == ["pierwszy", "drugi"]
    num_id = word.styles["List Bullet"].element.pPr.numPr.numId.val
    numbering = word.part.numbering_part.element
    num = next(n for n in numbering.iter(f"{W}num") if n.get(f"{W}numId") == str(num_id))
    abstract_id = num.find(f"{W}abstractNumId").get(f"{W}val")
    abstract = next(
        a for a in numbering.iter(f"{W}abstractNum") if a.get(f"{W}abstractNumId") == abstract_id
    )
    assert abstract.find(f"{W}lvl/{W}numFmt").get(f"{W}val") == "bullet"


def test_user_text_is_plain_text_never_markup():
    text = "{{ title }} {% if x %} <b>&amp; \x0b\x07 ]]> $"
    document = strategy(blocks=[Heading(text), Paragraph(text)])
    word = read(render_docx(document))
    assert "1. {{ title }} {% if x %} <b>&amp;  ]]> $" in [p.text for p in word.paragraphs]
    assert "{{ title }} {% if x %} <b>&amp;  ]]> $" in [p.text for p in word.paragraphs]


# The title page, the header and the footer.


def test_title_page_comes_first_and_ends_with_a_page_break():
    word = read(render_docx(strategy()))
    texts = [p.text for p in body_paragraphs(word)]
    assert texts[:4] == [
        "Gmina Wólka",
        "Strategia rozwiązywania problemów społecznych",
        "na lata 2025–2030",
        "Załącznik do uchwały Nr I/1/2025\nRady Gminy Wólka",
    ]
    title = next(p for p in word.paragraphs if p.text.startswith("Strategia rozw"))
    assert title.style.name == "Title"
    contents = next(p for p in word.paragraphs if p.text == gettext("Table of contents"))
    assert contents.paragraph_format.page_break_before
    coat = word.element.body.find(f".//{W}drawing")
    assert coat is not None  # above the government's name, on the first page
    section = word.sections[0]
    assert section.different_first_page_header_footer
    assert section.first_page_footer.paragraphs[0].text == "Wólka, 2025"
    assert not "".join(p.text for p in section.first_page_header.paragraphs).strip()


def test_header_shows_the_text_and_a_small_coat_of_arms():
    word = read(render_docx(strategy()))
    header = word.sections[0].header
    assert "Strategia Gminy Wólka" in header.paragraphs[0].text
    pictures = header._element.findall(".//{*}docPr")
    assert len(pictures) == 1
    government = strategy().title_page.government
    assert pictures[0].get("descr") == gettext("%(government)s – coat of arms") % {
        "government": government
    }
    assert pictures[0].get("id") not in {
        doc_pr.get("id") for doc_pr in word.element.body.iter("{*}docPr")
    }


def test_footer_numbers_pages_with_page_and_numpages_fields():
    word = read(render_docx(strategy()))
    footer = word.sections[0].footer._element
    assert instructions(footer).split() == ["PAGE", "NUMPAGES"]
    assert [c.get(f"{W}fldCharType") for c in footer.iter(f"{W}fldChar")] == [
        "begin",
        "separate",
        "end",
        "begin",
        "separate",
        "end",
    ]
    words = gettext("Page %(number)s of %(total)s").split("%(number)s")[0].strip()
    assert words in text_of(footer)


def test_bad_coat_of_arms_is_left_out_rather_than_failing():
    document = strategy(look=Look(coat_of_arms=b"not an image", header_text="Nagłówek"))
    word = read(render_docx(document))
    header = word.sections[0].header
    assert header._element.find(f".//{W}drawing") is None
    assert word.element.body.find(f".//{W}drawing") is not None  # only the chart
    assert "Nagłówek" in header.paragraphs[0].text


# The table of contents.


def test_table_of_contents_is_a_toc_field_prefilled_with_the_headings():
    word = read(render_docx(strategy()))
    body = word.element.body
    assert 'TOC \\o "1-3" \\h \\z \\u' in instructions(body)
    kinds = [c.get(f"{W}fldCharType") for c in body.iter(f"{W}fldChar")]
    assert kinds[:2] == ["begin", "separate"]
    entries = [p.text for p in word.paragraphs if p.style.name.startswith("toc ")]
    assert entries == [
        "Wprowadzenie",
        "1. " + POLISH,
        "1.1. Cele",
        "1.1.1. Cel szczegółowy",
        "1.2. Działania",
        "2. Wskaźniki",
    ]
    settings = word.settings.element
    assert settings.find(f"{W}updateFields").get(f"{W}val") == "true"


def test_no_table_of_contents_when_not_asked_for():
    word = read(render_docx(strategy(table_of_contents=False)))
    assert "TOC" not in instructions(word.element.body)
    assert word.settings.element.find(f"{W}updateFields") is None


# Tables.


def test_tables_are_word_tables_with_a_repeating_header_row_and_unsplit_rows():
    word = read(render_docx(strategy()))
    assert len(word.tables) == 2  # the plan, and the chart's data
    table = word.tables[0]
    assert table.style.name == "Table Grid"
    rows = table._tbl.tr_lst
    assert rows[0].trPr.find(f"{W}tblHeader") is not None
    assert all(row.trPr.find(f"{W}cantSplit") is not None for row in rows)
    assert all(row.trPr.find(f"{W}tblHeader") is None for row in rows[1:])
    texts = [cell.text for row in table.rows for cell in row.cells]
    for value in ("Lp.", "Działanie", "Koszt", "Pomoc rodzinom ąę", "3 000,00", "Razem"):
        assert value in texts


def test_table_header_cells_are_bold_and_shaded_and_widths_follow_the_columns():
    word = read(render_docx(strategy(look=Look(table_header_colour="#ABCDEF"))))
    table = word.tables[0]
    header = table.rows[0].cells
    assert all(cell.paragraphs[0].runs[0].bold for cell in header)
    fills = {cell._tc.tcPr.find(f"{W}shd").get(f"{W}fill") for cell in header}
    assert fills == {"ABCDEF"}
    widths = [int(col.get(f"{W}w")) for col in table._tbl.tblGrid.iter(f"{W}gridCol")]
    assert sum(widths) == round(17 * 1440 / 2.54)
    assert widths[1] == pytest.approx(widths[0] * 6, abs=2)
    assert header[2].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert table.rows[2].cells[2].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT


def test_group_rows_span_the_whole_table_in_bold_and_the_total_is_bold():
    word = read(render_docx(strategy()))
    rows = word.tables[0]._tbl.tr_lst
    group = rows[1].tc_lst
    assert len(group) == 1
    assert group[0].tcPr.gridSpan.val == 3
    assert word.tables[0].rows[1].cells[0].paragraphs[0].runs[0].bold
    total = word.tables[0].rows[-1].cells
    assert all(cell.paragraphs[0].runs[0].bold for cell in total if cell.text)


def test_tables_are_numbered_in_a_caption_before_them():
    document = strategy(blocks=[PLAN, Paragraph("Między"), PLAN])
    word = read(render_docx(document))
    captions = [p for p in word.paragraphs if p.style.name == "Caption"]
    first = gettext("Table %(number)s.") % {"number": 1}
    second = gettext("Table %(number)s.") % {"number": 2}
    assert [p.text for p in captions] == [f"{first} Plan działań", f"{second} Plan działań"]
    assert "SEQ Table" in instructions(captions[0]._p)
    body = list(word.element.body)
    assert body[body.index(captions[0]._p) + 1].tag == f"{W}tbl"


def test_every_cell_of_a_large_table_is_written():
    rows = tuple((str(n), f"Działanie {n}", f"{n},00") for n in range(400))
    table = Table("Duża", PLAN.columns, rows)
    word = read(render_docx(strategy(blocks=[table])))
    written = word.tables[0]._tbl.tr_lst
    assert len(written) == 401
    assert [text_of(tc) for tc in written[400].tc_lst] == list(rows[399])


# Figures.


def test_figures_are_pictures_with_their_text_alternative_caption_and_data():
    word = read(render_docx(strategy()))
    doc_prs = [d for d in word.element.body.iter("{*}docPr") if d.get("descr") == CHART.alt_text]
    assert len(doc_prs) == 1
    assert doc_prs[0].get("title") == CHART.title
    extent = doc_prs[0].getparent().find("{*}extent")
    assert int(extent.get("cx")) == Cm(15.5)
    captions = [p.text for p in word.paragraphs if p.style.name == "Caption"]
    assert gettext("Chart %(number)s.") % {"number": 1} + " Stopa bezrobocia" in captions
    assert gettext("Chart data %(number)s") % {"number": 1} in captions
    data = word.tables[-1]
    header, rows = CHART.table
    assert [cell.text for cell in data.rows[0].cells] == header
    assert [cell.text for cell in data.rows[1].cells] == rows[0]
    assert data._tbl.tr_lst[0].trPr.find(f"{W}tblHeader") is not None


# The page, the fonts, the properties.


def test_page_is_a4_portrait_with_the_margins_of_the_pdf():
    section = read(render_docx(strategy())).sections[-1]
    assert section.orientation == WD_ORIENT.PORTRAIT
    assert section.page_width.cm == pytest.approx(21, abs=0.01)
    assert section.page_height.cm == pytest.approx(29.7, abs=0.01)
    assert section.top_margin.cm == section.bottom_margin.cm == pytest.approx(2.5, abs=0.01)
    assert section.left_margin.cm == section.right_margin.cm == pytest.approx(2, abs=0.01)


def test_landscape_documents_have_a_landscape_a4_section():
    section = read(render_docx(strategy(landscape=True))).sections[-1]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert section.page_width.cm == pytest.approx(29.7, abs=0.01)
    assert section.page_height.cm == pytest.approx(21, abs=0.01)


def test_attachment_lines_come_first_and_right_aligned_without_a_title_page():
    lines = ("Załącznik nr 1", "do uchwały Nr …", "Rady Gminy Wólka", "z dnia …")
    document = strategy(title_page=None, table_of_contents=False, attachment_lines=lines)
    word = read(render_docx(document))
    first = word.paragraphs[: len(lines)]
    assert [p.text for p in first] == list(lines)
    assert all(p.alignment == WD_ALIGN_PARAGRAPH.RIGHT for p in first)
    section = word.sections[0]
    assert not section.different_first_page_header_footer  # the header on every page
    assert "Strategia Gminy Wólka" in section.header.paragraphs[0].text


def test_fonts_colours_and_language_follow_the_look():
    look = Look(font="Liberation Serif", heading_colour="#123456")
    word = read(render_docx(strategy(look=look)))
    for name in ("Normal", "Heading 1", "Heading 2", "Heading 3"):
        fonts = word.styles[name].element.rPr.rFonts
        for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            assert fonts.get(qn(attribute)) == "Liberation Serif"
        assert fonts.get(qn("w:asciiTheme")) is None
    assert str(word.styles["Heading 2"].font.color.rgb) == "123456"
    defaults = word.styles.element.find(f"{W}docDefaults")
    assert defaults.find(f"{W}rPrDefault/{W}rPr/{W}lang").get(f"{W}val") == "pl-PL"


def test_core_properties_name_the_document_and_the_government():
    properties = read(render_docx(strategy())).core_properties
    assert properties.title == "Strategia " + POLISH
    assert properties.author == "Gmina Wólka"
    assert properties.language == "pl-PL"
    assert "python-docx" not in (properties.comments + properties.last_modified_by)


def test_page_breaks_start_the_next_block_on_a_new_page():
    document = strategy(blocks=[Paragraph("Przed"), PageBreak(), Paragraph("Po")])
    word = read(render_docx(document))
    after = next(p for p in word.paragraphs if p.text == "Po")
    assert after.paragraph_format.page_break_before


def test_an_empty_document_still_opens():
    word = read(render_docx(Document(title="Pusty", author="Gmina")))
    assert word.core_properties.title == "Pusty"
    toc = [p.text for p in word.paragraphs if p.style.name == "toc 1"]
    assert toc == [gettext("Right-click to update the table of contents.")]


# The title page template (docxtpl).


def write_template(tmp_path, data: bytes, name="title.docx") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_default_title_template_holds_every_placeholder():
    template = read(default_title_template())
    text = "\n".join(p.text for p in template.paragraphs)
    text += "\n".join(p.text for p in template.sections[0].footer.paragraphs)
    for name in ("government", "title", "subtitle", "lines_text", "place_and_date", "coat_of_arms"):
        assert "{{ " + name + " }}" in text


def test_the_default_template_renders_the_real_values_before_the_body(tmp_path):
    path = write_template(tmp_path, default_title_template())
    page = TitlePage(
        government="Gmina Wólka & Syn <sp.>",
        title="Strategia {{ title }} {% if x %}",
        subtitle="na lata 2025–2030",
        lines=("Uchwała Nr I/1/2025", "Rady Gminy"),
        place_and_date="Wólka, 2025",
    )
    look = Look(title_template=path, coat_of_arms=PNG, header_text="Strategia Gminy Wólka")
    document = strategy(title_page=page, look=look)
    word = read(render_docx(document))
    texts = [p.text for p in body_paragraphs(word)]
    assert texts[:4] == [
        "Gmina Wólka & Syn <sp.>",
        "Strategia {{ title }} {% if x %}",
        "na lata 2025–2030",
        "Uchwała Nr I/1/2025\nRady Gminy",
    ]
    assert "1. " + POLISH in texts  # the body follows
    assert not any("{{" in text and "title" not in text for text in texts)
    # The coat of arms replaced its placeholder, on the title page.
    first_drawing = word.element.body.find(f".//{W}drawing")
    assert first_drawing is not None
    # The title page is a section of its own, with the place and date in its footer.
    title_section, body_section = word.sections
    assert "Wólka, 2025" in "".join(p.text for p in title_section.footer.paragraphs)
    assert "Strategia Gminy Wólka" in body_section.header.paragraphs[0].text
    assert instructions(body_section.footer._element).split() == ["PAGE", "NUMPAGES"]
    assert len(word.tables) == 2


def test_a_template_without_the_styles_the_body_needs_still_renders(tmp_path):
    minimal = io.BytesIO()
    with zipfile.ZipFile(minimal, "w") as package:
        package.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        package.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        package.writestr(
            "word/document.xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            "<w:body><w:p><w:r><w:t>{{ government }}: {{ title }}</w:t></w:r></w:p>"
            '<w:p><w:r><w:br w:type="page"/></w:r></w:p></w:body></w:document>',
        )
    path = write_template(tmp_path, minimal.getvalue())
    word = read(render_docx(strategy(look=Look(title_template=path))))
    assert word.paragraphs[0].text == "Gmina Wólka: Strategia rozwiązywania problemów społecznych"
    for name in ("Heading 1", "Heading 2", "Heading 3", "Caption", "List Bullet", "Table Grid"):
        assert name in word.styles
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert "1. " + POLISH in headings
    assert word.tables[0].style.name == "Table Grid"
    # The template's trailing page break would only have left an empty page.
    assert word.element.body.find(f".//{W}br[@{W}type='page']") is None


def test_a_template_is_sandboxed(tmp_path):
    template = docx.Document()
    template.add_paragraph("{{ cycler.__init__.__globals__.os.popen('id').read() }}")
    buffer = io.BytesIO()
    template.save(buffer)
    path = write_template(tmp_path, buffer.getvalue())
    with pytest.raises(TitleTemplateError, match="government"):  # only plain fields
        render_docx(strategy(look=Look(title_template=path)))


@pytest.mark.parametrize(
    "text",
    [
        "{% for i in range(10**6) %}x{% endfor %}",
        "{{ 'x' * 1000000000 }}",
        "{{ title|upper }}",
        "{% if title %}{{ title }}{% endif %}",
        "{{ unknown }}",
    ],
)
def test_a_template_holds_only_plain_fields(tmp_path, text):
    """Loops, arithmetic and filters could exhaust the worker even in the sandbox."""
    template = docx.Document()
    template.add_paragraph(text)
    buffer = io.BytesIO()
    template.save(buffer)
    path = write_template(tmp_path, buffer.getvalue(), name=f"t{abs(hash(text))}.docx")
    with pytest.raises(TitleTemplateError):
        render_docx(strategy(look=Look(title_template=path)))


def test_a_broken_template_raises_a_clear_error(tmp_path):
    template = docx.Document()
    template.add_paragraph("{% if %}")
    buffer = io.BytesIO()
    template.save(buffer)
    with pytest.raises(TitleTemplateError):
        render_docx(strategy(look=Look(title_template=write_template(tmp_path, buffer.getvalue()))))
    not_a_docx = write_template(tmp_path, b"plain text", name="notes.docx")
    with pytest.raises(TitleTemplateError):
        render_docx(strategy(look=Look(title_template=not_a_docx)))


# LibreOffice.


def test_libreoffice_converts_it_to_a_pdf_with_the_polish_text_and_the_tables(tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftotext") is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) and poppler-utils (pdftotext) are needed in CI.")
        pytest.skip("LibreOffice (soffice) or poppler-utils (pdftotext) is not installed.")
    text = "\f".join(laid_out_pages(libreoffice_pdf(render_docx(strategy()), tmp_path)))
    assert POLISH in text
    assert "Pomoc rodzinom ąę" in text
    assert "Gmina Wólka" in text

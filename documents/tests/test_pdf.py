"""The PDF renderer: a tagged PDF/UA-1 document whose text, tables and charts all come
through, in Polish, with user text printed literally and the look of the government."""

import re
import subprocess
from collections import Counter
from datetime import UTC, datetime

import pytest
from django.utils.translation import gettext as _
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject

from core.charts import LineChart, ReferenceLine, Series
from core.testing import needs_programs
from documents import fonts
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
from documents.pdf import PdfRenderError, render_pdf

pytestmark = needs_programs("pdftotext", "pdffonts")

POLISH = "Zażółć gęślą jaźń ĄĘŁŃÓŚŹŻ"
HOSTILE = ("#set page(width: 1cm)", "*bold*", "$x$", "]", "<b>", "@ref", "// comment", "_a_")
TIMESTAMP = datetime(2025, 3, 12, 10, 0, tzinfo=UTC)
CHART = LineChart(
    title="Stopa bezrobocia",
    unit="%",
    series=(
        Series("Gmina Przykładowo", ((2021, 10.0), (2022, 9.5), (2023, 8.75)), emphasis=True),
        Series("Polska", ((2021, 5.0), (2022, None), (2023, 5.25))),
    ),
    references=(ReferenceLine("mediana grupy", 6.5),),
)
ACTION_COLUMNS = (
    Column("Lp.", 0.5, "right"),
    Column("Działanie", 4),
    Column("Realizator", 2),
    Column("Koszt (zł)", 1.5, "right"),
)


def _coat_of_arms() -> bytes:
    """A small PNG (a red shield) drawn by matplotlib."""
    import io

    from matplotlib.figure import Figure as MplFigure

    figure = MplFigure(figsize=(0.8, 1))
    figure.patch.set_facecolor("#c8102e")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=40)
    return buffer.getvalue()


def _strategy() -> Document:
    document = Document(
        title="Strategia rozwiązywania problemów społecznych Gminy Przykładowo",
        author="Gmina Przykładowo",
        title_page=TitlePage(
            government="Gmina Przykładowo",
            title="Strategia rozwiązywania problemów społecznych",
            subtitle="na lata 2026–2035",
            lines=("Załącznik do uchwały Nr XII/123/2025",),
            place_and_date="Przykładowo, marzec 2025 r.",
        ),
        look=Look(header_text="Strategia Gminy Przykładowo", coat_of_arms=_coat_of_arms()),
    )
    document.add(
        Heading("Wstęp", numbered=False),
        Paragraph(f"{POLISH}.\n\nDrugi akapit."),
        Paragraph("Misja: razem dla wspólnoty.", emphasis=True),
        Heading("Diagnoza"),
        Heading("Demografia", level=2),
        BulletList(("Ubóstwo", "Starzenie się")),
        Figure(CHART, "Bezrobocie w latach 2021–2023"),
        Heading("Plan działań"),
        Table(
            "Działania według celów",
            ACTION_COLUMNS,
            (
                GroupRow("Cel 1. Wsparcie rodzin"),
                ("1", "Świetlica środowiskowa", "OPS", "120 000,00"),
                ("2", "Asystent rodziny", "OPS", "80 000,00"),
                GroupRow("Cel 2. Aktywizacja seniorów"),
                ("3", "Klub seniora", "Urząd Gminy", "40 000,00"),
            ),
            total=("", "Razem", "", "240 000,00"),
        ),
        PageBreak(),
        Heading("Aneks", numbered=False),
        Paragraph("Koniec."),
    )
    return document


@pytest.fixture(scope="module")
def strategy_pdf(tmp_path_factory) -> "Rendered":
    return Rendered(render_pdf(_strategy(), timestamp=TIMESTAMP), tmp_path_factory)


class Rendered:
    """A rendered PDF with what poppler and pypdf see in it."""

    def __init__(self, pdf: bytes, tmp_path_factory) -> None:
        self.pdf = pdf
        self.path = tmp_path_factory.mktemp("pdf") / "document.pdf"
        self.path.write_bytes(pdf)
        self.reader = PdfReader(self.path)

    def raw_text(self, first: int | None = None, last: int | None = None) -> str:
        """pdftotext's output, no-break spaces as spaces."""
        pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
        output = _poppler("pdftotext", "-enc", "UTF-8", *pages, str(self.path), "-")
        return output.replace("\u00a0", " ")

    def text(self, first: int | None = None, last: int | None = None) -> str:
        """pdftotext's output with whitespace collapsed to one space."""
        return re.sub(r"\s+", " ", self.raw_text(first, last))

    def fonts(self) -> list[tuple[str, str]]:
        """(font name, embedded "yes"/"no") per font, from pdffonts."""
        rows = []
        for line in _poppler("pdffonts", str(self.path)).splitlines()[2:]:
            name, rest = line.split(maxsplit=1)
            # name, type (words), encoding, emb, sub, uni, object id
            rows.append((name, rest.split()[-5]))
        return rows

    def structure(self) -> list[DictionaryObject]:
        """Every element of the structure tree, in document order."""
        elements = []

        def walk(node) -> None:
            node = node.get_object()
            if isinstance(node, ArrayObject):
                for kid in node:
                    walk(kid)
            elif isinstance(node, DictionaryObject):
                if "/S" in node:
                    elements.append(node)
                if "/K" in node:
                    walk(node["/K"])

        walk(self.reader.trailer["/Root"]["/StructTreeRoot"]["/K"])
        return elements

    def tags(self) -> Counter:
        return Counter(str(element["/S"]) for element in self.structure())


def _poppler(*arguments: str) -> str:
    result = subprocess.run(arguments, capture_output=True, check=True, text=True)  # noqa: S603
    return result.stdout


def _render(document: Document, tmp_path_factory) -> Rendered:
    return Rendered(render_pdf(document, timestamp=TIMESTAMP), tmp_path_factory)


def test_metadata_names_the_document_its_author_and_polish(strategy_pdf):
    metadata = strategy_pdf.reader.metadata
    assert metadata.title == "Strategia rozwiązywania problemów społecznych Gminy Przykładowo"
    assert metadata.author == "Gmina Przykładowo"
    catalog = strategy_pdf.reader.trailer["/Root"]
    assert str(catalog["/Lang"]).startswith("pl")
    assert bool(catalog["/ViewerPreferences"]["/DisplayDocTitle"])


def test_pdf_is_tagged_and_identifies_itself_as_pdf_ua_1(strategy_pdf):
    catalog = strategy_pdf.reader.trailer["/Root"]
    assert bool(catalog["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in catalog
    xmp = catalog["/Metadata"].get_object().get_data().decode()
    assert re.search(r"pdfuaid:part(>|=\")1", xmp)


def test_structure_tree_has_headings_list_toc_tables_with_header_cells_and_figures(
    strategy_pdf,
):
    tags = strategy_pdf.tags()
    # The table of contents' title, "Wstęp", "Diagnoza", "Plan działań", "Aneks".
    assert tags["/H1"] == 5
    assert tags["/H2"] == 1
    for tag in ("/TOC", "/TOCI", "/L", "/LI", "/Table", "/THead", "/TH", "/TD", "/Caption"):
        assert tags[tag] >= 1, tag
    # The action table's header has a cell per column (the chart's data table has its own).
    assert tags["/TH"] == len(ACTION_COLUMNS) + len(CHART.table[0])


def test_figures_carry_the_charts_text_alternative_and_the_coat_of_arms_its_name(
    strategy_pdf,
):
    alternatives = [
        str(element["/Alt"])
        for element in strategy_pdf.structure()
        if element["/S"] == "/Figure" and "/Alt" in element
    ]
    assert CHART.alt_text in alternatives
    assert _("%(government)s – coat of arms") % {"government": "Gmina Przykładowo"} in (
        alternatives
    )


def test_group_row_spans_all_columns(strategy_pdf):
    spans = [
        attribute.get("/ColSpan")
        for element in strategy_pdf.structure()
        if element["/S"] == "/TD"
        for attribute in (
            element.get("/A") if isinstance(element.get("/A"), ArrayObject) else [element.get("/A")]
        )
        if isinstance(attribute, DictionaryObject) and "/ColSpan" in attribute
    ]
    assert spans == [len(ACTION_COLUMNS), len(ACTION_COLUMNS)]


def test_all_fonts_are_embedded(strategy_pdf):
    embedded = strategy_pdf.fonts()
    assert embedded
    assert all(emb == "yes" for _name, emb in embedded), embedded
    assert any("DejaVuSans" in name for name, _emb in embedded)


def test_every_heading_cell_and_number_comes_through_with_polish_letters(strategy_pdf):
    text = strategy_pdf.text()
    for expected in (
        POLISH,
        "Drugi akapit.",
        "Misja: razem dla wspólnoty.",
        "Wstęp",
        "1. Diagnoza",
        "1.1. Demografia",
        "2. Plan działań",
        "Ubóstwo",
        "Starzenie się",
        "Cel 1. Wsparcie rodzin",
        "Cel 2. Aktywizacja seniorów",
        "Świetlica środowiskowa",
        "Asystent rodziny",
        "Klub seniora",
        "Urząd Gminy",
        "120 000,00",
        "Razem",
        "240 000,00",
        "Koszt (zł)",
        "Bezrobocie w latach 2021–2023",
        "Działania według celów",
        "Aneks",
        # The chart's numbers, Polish style, in its data table.
        "Gmina Przykładowo 10,0 9,5 8,8",
        "Polska 5,0 – 5,2",
    ):
        assert expected in text, expected
    # Unnumbered headings get no number.
    assert "1. Wstęp" not in text
    assert "3. Aneks" not in text


def test_labels_come_from_the_translations(strategy_pdf):
    text = strategy_pdf.text()
    assert _("Table of contents") in text
    assert f"{_('Table')} 1. Działania według celów" in text
    assert f"{_('Chart')} 1. Bezrobocie w latach 2021–2023" in text
    assert _("Chart data %(number)s") % {"number": 1} in text


def test_title_page_has_no_page_number_and_the_other_pages_do(strategy_pdf):
    pages = len(strategy_pdf.reader.pages)
    first = strategy_pdf.text(1, 1)
    assert "Gmina Przykładowo" in first
    assert "Strategia rozwiązywania problemów społecznych" in first
    assert "na lata 2026–2035" in first
    assert "Załącznik do uchwały Nr XII/123/2025" in first
    assert "Przykładowo, marzec 2025 r." in first
    assert "Strategia Gminy Przykładowo" not in first  # no running header either
    assert _("Page %(number)s of %(total)s") % {"number": 1, "total": pages} not in first
    second = strategy_pdf.text(2, 2)
    assert _("Page %(number)s of %(total)s") % {"number": 2, "total": pages} in second
    assert "Strategia Gminy Przykładowo" in second
    assert _("Table of contents") in second


def test_a4_portrait_by_default(strategy_pdf):
    for page in strategy_pdf.reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (
            595,
            842,
        )


def test_the_same_document_and_timestamp_give_the_same_bytes(strategy_pdf):
    assert render_pdf(_strategy(), timestamp=TIMESTAMP) == strategy_pdf.pdf


def test_user_text_is_printed_literally_never_as_markup(tmp_path_factory):
    hostile = " ".join(HOSTILE)
    document = Document(
        title=hostile,
        author=hostile,
        title_page=TitlePage(government=hostile, title=hostile, lines=(hostile,)),
        attachment_lines=(),
        look=Look(header_text=hostile),
    )
    document.add(
        Heading(f"Nagłówek {hostile}"),
        Paragraph(f"Akapit {hostile}"),
        BulletList((f"Punkt {hostile}",)),
        Table(
            f"Tabela {hostile}",
            (Column(f"Kolumna {HOSTILE[0]}"), Column("Druga")),
            (GroupRow(f"Grupa {HOSTILE[1]}"), tuple(HOSTILE[2:4]), tuple(HOSTILE[4:6])),
            total=tuple(HOSTILE[6:8]),
        ),
    )
    rendered = _render(document, tmp_path_factory)
    text = rendered.text()
    assert text.count(hostile) >= 5  # title page, header, heading, paragraph, list item
    for piece in HOSTILE:
        assert piece in text, piece
    assert rendered.reader.metadata.title == hostile
    page = rendered.reader.pages[0]
    assert round(float(page.mediabox.width)) == 595  # "#set page(width: 1cm)" did nothing


def test_characters_no_font_can_show_are_dropped_and_others_fall_back(tmp_path_factory):
    document = Document(
        title="Znaki\x00",
        author="Gmina\ufeff",
        table_of_contents=False,
        blocks=[
            Heading("\x00\x7f"),  # nothing left: no heading (PDF/UA refuses empty ones)
            Heading("Rozdział\x00 pierwszy"),
            Paragraph("Znak\x00 zerowy\ufffe, łza 😀 i 漢字."),
            Table("t", (Column("a\x1b"),), (("b\x7fc",),)),
        ],
    )
    rendered = _render(document, tmp_path_factory)
    text = rendered.text()
    assert "1. Rozdział pierwszy" in text
    assert "Znak zerowy, łza" in text
    assert rendered.tags()["/H1"] == 1
    assert rendered.reader.metadata.title == "Znaki"


def test_long_table_repeats_its_header_row_on_every_page(tmp_path_factory):
    rows = tuple((str(number), f"Wskaźnik numer {number}", "12,5") for number in range(1, 121))
    document = Document(
        title="Wskaźniki",
        author="Gmina",
        table_of_contents=False,
        blocks=[
            Table(
                "Wskaźniki",
                (Column("Lp.", 0.5, "right"), Column("Nazwa wskaźnika"), Column("Wartość bazowa")),
                rows,
            )
        ],
    )
    rendered = _render(document, tmp_path_factory)
    pages = len(rendered.reader.pages)
    assert pages >= 3
    for page in range(1, pages + 1):
        assert "Nazwa wskaźnika" in rendered.text(page, page), page
    assert "Wskaźnik numer 120" in rendered.text(pages, pages)
    assert rendered.tags()["/TH"] == 3  # repeated on the page, tagged once


def test_landscape_document_has_landscape_a4_pages(tmp_path_factory):
    document = Document(
        title="Harmonogram",
        author="Gmina",
        landscape=True,
        blocks=[Heading("Harmonogram"), Figure(CHART, "Bezrobocie")],
    )
    rendered = _render(document, tmp_path_factory)
    for page in rendered.reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (
            842,
            595,
        )


def test_attachment_lines_are_on_the_first_page_without_title_page(tmp_path_factory):
    lines = (
        "Załącznik nr 1",
        "do uchwały Nr XII/123/2025",
        "Rady Gminy Przykładowo",
        "z dnia 12 marca 2025 r.",
    )
    document = Document(
        title="Harmonogram realizacji strategii",
        author="Gmina Przykładowo",
        table_of_contents=False,
        attachment_lines=lines,
        blocks=[Heading("Harmonogram realizacji strategii", numbered=False), Paragraph("Treść.")],
    )
    rendered = _render(document, tmp_path_factory)
    first = rendered.text(1, 1)
    for line in lines:
        assert line in first
    assert first.index(lines[0]) < first.index("Harmonogram realizacji strategii")
    assert _("Page %(number)s of %(total)s") % {"number": 1, "total": 1} in first
    assert "/TOC" not in rendered.tags()


def test_paragraphs_split_on_blank_lines_and_keep_line_breaks(tmp_path_factory):
    document = Document(
        title="Akapity",
        author="Gmina",
        table_of_contents=False,
        blocks=[Paragraph("Pierwszy.\n\nDrugi,\nw dwóch liniach.\r\n \r\nTrzeci.")],
    )
    rendered = _render(document, tmp_path_factory)
    assert rendered.tags()["/P"] == 3
    raw = rendered.raw_text()
    assert "Drugi,\nw dwóch liniach." in raw


def test_heading_levels_are_made_consecutive_and_empty_headings_dropped(tmp_path_factory):
    document = Document(
        title="Poziomy",
        author="Gmina",
        table_of_contents=False,
        blocks=[Heading("Sekcja", level=2), Heading(" "), Heading("Podsekcja", level=3)],
    )
    rendered = _render(document, tmp_path_factory)  # PDF/UA-1 rejects skipped levels
    assert rendered.tags() & Counter({"/H1": 9, "/H2": 9, "/H3": 9}) == Counter(
        {"/H1": 1, "/H2": 1}
    )
    assert "1.1. Podsekcja" in rendered.text()


def test_government_font_from_its_font_dir_is_used(tmp_path, tmp_path_factory):
    from fontTools.ttLib import TTFont

    for style, file_name in (("Regular", "DejaVuSerif.ttf"), ("Bold", "DejaVuSerif-Bold.ttf")):
        font = TTFont(fonts.bundled_font_dir() / file_name)
        renamed = {
            1: "Antykwa Gminna",
            16: "Antykwa Gminna",
            4: f"Antykwa Gminna {style}",
            6: f"AntykwaGminna-{style}",
        }
        for record in font["name"].names:
            record.string = renamed.get(record.nameID, record.string)
        font.save(tmp_path / f"antykwa-{style.lower()}.ttf")
    assert fonts.font_family_of(tmp_path / "antykwa-regular.ttf") == "Antykwa Gminna"

    document = Document(
        title="Czcionka",
        author="Gmina",
        blocks=[Heading("Rozdział"), Paragraph(POLISH)],
        look=Look(font="Antykwa Gminna", font_dir=str(tmp_path)),
    )
    rendered = _render(document, tmp_path_factory)
    names = [name for name, _emb in rendered.fonts()]
    assert any(name.endswith("+AntykwaGminna-Regular") for name in names), names
    assert any(name.endswith("+AntykwaGminna-Bold") for name in names), names
    assert POLISH in rendered.text()


def test_unknown_font_falls_back_to_dejavu_sans(tmp_path_factory):
    document = Document(
        title="Czcionka",
        author="Gmina",
        table_of_contents=False,
        blocks=[Paragraph(POLISH)],
        look=Look(font="Comic Sans MS", heading_colour="red", table_header_colour="#12"),
    )
    rendered = _render(document, tmp_path_factory)
    assert [name.split("+")[-1] for name, _emb in rendered.fonts()] == ["DejaVuSans"]
    assert POLISH in rendered.text()


def test_built_in_fonts_can_be_chosen(tmp_path_factory):
    assert fonts.available_fonts() == (
        "DejaVu Sans",
        "DejaVu Serif",
        "Libertinus Serif",
        "New Computer Modern",
    )
    document = Document(
        title="Czcionka",
        author="Gmina",
        table_of_contents=False,
        blocks=[Paragraph(POLISH)],
        look=Look(font="Libertinus Serif"),
    )
    names = [name for name, _emb in _render(document, tmp_path_factory).fonts()]
    assert any("LibertinusSerif" in name for name in names), names


def test_font_family_is_read_from_a_font_file_and_other_files_are_refused(tmp_path):
    assert fonts.font_family_of(fonts.bundled_font_dir() / "DejaVuSerif.ttf") == "DejaVu Serif"
    assert fonts.font_family_of(fonts.bundled_font_dir() / "DejaVuSans-Bold.ttf") == ("DejaVu Sans")
    not_a_font = tmp_path / "herb.ttf"
    not_a_font.write_bytes(b"\x89PNG\r\n\x1a\nnot a font at all")
    with pytest.raises(ValueError):
        fonts.font_family_of(not_a_font)
    assert fonts.font_families_in(tmp_path) == set()
    assert fonts.font_stack("Nieznana", tmp_path)[0] == "DejaVu Sans"
    assert fonts.font_stack("DejaVu Serif")[:2] == ["DejaVu Serif", "DejaVu Sans"]


def test_empty_document_still_renders_with_a_title():
    pdf = render_pdf(Document(title="", author=""), timestamp=TIMESTAMP)
    assert pdf.startswith(b"%PDF-")


def test_a_render_that_takes_too_long_is_stopped():
    with pytest.raises(PdfRenderError):
        render_pdf(_strategy(), timeout=0.001)

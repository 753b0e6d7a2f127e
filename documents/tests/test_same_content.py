"""The DOCX and the PDF of a document come from the same content: every heading, table
cell and list item of the strategy document and of the yearly report is in both files,
with its Polish characters, and both files carry the same title."""

import io
import re
import subprocess

import pytest
from docx import Document as DocxFile
from pypdf import PdfReader

from core.testing import needs_programs
from documents.builders import report_document, strategy_document
from documents.content import BulletList, GroupRow, Heading, Table
from documents.docx import render_docx
from documents.pdf import render_pdf
from documents.tests.test_builders import cycle, make_strategy  # noqa: F401 - a fixture

pytestmark = pytest.mark.django_db


def squeezed(text: str) -> str:
    """Without spaces, line breaks and hyphens: Typst breaks and hyphenates lines."""
    return re.sub(r"[\s\-‐\u00ad]", "", text)


def pieces(document) -> set[str]:
    found = set()
    for block in document.blocks:
        if isinstance(block, Heading):
            found.add(block.text)
        elif isinstance(block, BulletList):
            found.update(block.items)
        elif isinstance(block, Table):
            for row in block.rows:
                found.update([row.text] if isinstance(row, GroupRow) else row)
    # A cell's paragraphs and lines one by one: a PDF's text extraction reads a table row
    # line by line across its columns, so a cell's lines need not come out together.
    return {line for piece in found for line in piece.split("\n") if line.strip()}


def docx_text(data: bytes) -> str:
    word = DocxFile(io.BytesIO(data))
    parts = [p.text for p in word.paragraphs]
    for table in word.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def pdf_text(data: bytes) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"],  # noqa: S607
        input=data,
        capture_output=True,
        check=True,
    ).stdout.decode()


def check_both(document):
    docx_data, pdf_data = render_docx(document), render_pdf(document)
    in_docx, in_pdf = squeezed(docx_text(docx_data)), squeezed(pdf_text(pdf_data))
    wanted = pieces(document)
    assert wanted
    assert [p for p in wanted if squeezed(p) not in in_docx] == []
    assert [p for p in wanted if squeezed(p) not in in_pdf] == []
    assert DocxFile(io.BytesIO(docx_data)).core_properties.title == document.title
    assert PdfReader(io.BytesIO(pdf_data)).metadata.title == document.title


@needs_programs("pdftotext")
def test_the_strategy_document_says_the_same_in_both_formats(government):
    document = strategy_document(make_strategy(government), council="Rady Gminy Żółkiewka")
    assert any("Żółkiewka" in line or "Działanie" in line for line in pieces(document))
    check_both(document)


@needs_programs("pdftotext")
def test_the_yearly_report_says_the_same_in_both_formats(cycle):  # noqa: F811
    check_both(report_document(cycle))

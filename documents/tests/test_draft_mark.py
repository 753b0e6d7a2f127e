"""A draft looks like a draft: "PROJEKT" on the title page and on every page of its PDF,
and of its DOCX as LibreOffice lays it out; an adopted strategy's documents carry none."""

import datetime

import pytest
from django.utils.translation import gettext as _

from core.testing import laid_out_pages, libreoffice_pdf, needs_programs
from documents.builders import strategy_document
from documents.docx import render_docx
from documents.pdf import render_pdf
from documents.tests.test_builders import make_strategy
from strategies.models import Strategy

pytestmark = pytest.mark.django_db


def docx_pages(data: bytes, tmp_path) -> list[str]:
    """The DOCX laid out by LibreOffice, page by page."""
    return laid_out_pages(libreoffice_pdf(data, tmp_path))


def pdf_pages(data: bytes, tmp_path) -> list[str]:
    path = tmp_path / "typst.pdf"
    path.write_bytes(data)
    return laid_out_pages(path)


@needs_programs("pdftotext", "soffice")
def test_every_page_of_a_drafts_documents_says_draft(government, tmp_path):
    strategy = make_strategy(government, actions=12)
    assert strategy.is_draft
    document = strategy_document(strategy)
    mark = _("DRAFT")
    assert document.draft_mark == mark == "PROJEKT"
    for pages in (
        pdf_pages(render_pdf(document), tmp_path),
        docx_pages(render_docx(document), tmp_path),
    ):
        assert len(pages) > 2  # a title page, the contents, the body
        assert [n for n, page in enumerate(pages, 1) if mark not in page] == []
        assert mark in pages[0]  # the title page too


@needs_programs("pdftotext", "soffice")
def test_an_adopted_strategys_documents_carry_no_draft_mark(government, tmp_path):
    strategy = make_strategy(government)
    Strategy.objects.filter(pk=strategy.pk).update(
        status=Strategy.Status.ADOPTED,
        resolution_number="XXXV/245/2021",
        resolution_date=datetime.date(2021, 5, 27),
    )
    strategy.refresh_from_db()
    document = strategy_document(strategy)
    assert document.draft_mark == ""
    for pages in (
        pdf_pages(render_pdf(document), tmp_path),
        docx_pages(render_docx(document), tmp_path),
    ):
        assert not any("PROJEKT" in page for page in pages)

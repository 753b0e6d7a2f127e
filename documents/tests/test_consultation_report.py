"""The consultation report as a document: every visible comment with its answer, the
invited bodies' opinions apart, hidden comments by number and reason only, never an
e-mail address; made from the documents page and downloadable on the portal only once
the report is published."""

import pytest
from django.urls import reverse
from django.utils.translation import gettext as _

from consultations import services
from consultations.presentation import report_facts
from consultations.selectors import consultation_report
from consultations.tests.factories import DAY, comment, consultation, draft_strategy
from core.testing import html_tree, needs_programs, run_worker
from documents.builders import consultation_document
from documents.models import GeneratedDocument
from documents.tasks import document_request
from documents.tests.test_builders import texts
from documents.tests.test_same_content import check_both

pytestmark = pytest.mark.django_db


@pytest.fixture
def closed(government, coordinator):
    strategy = draft_strategy(government)
    made = consultation(strategy, state="open")
    first = comment(
        made,
        author_name="Anna Zielińska",
        organisation="Stowarzyszenie Seniorów",
        email="anna@example.org",
        text="Więcej miejsc w klubie seniora.",
        proposed_wording="Utworzenie drugiego klubu seniora.",
    )
    abuse = comment(made, author_name="Spamer", text="Tani kredyt tutaj")
    invitation, _token = services.invitation_create(consultation=made, name="Gmina Dolna")
    opinion = comment(made, invitation=invitation, text="Gmina popiera projekt.")
    after = made.ends_on + DAY
    services.comment_hide(comment=abuse, reason="Reklama", by=coordinator)
    services.comment_answer(
        comment=first, answer="partly", reason="Jeden klub w 2026 r.", by=coordinator, today=after
    )
    services.comment_answer(
        comment=opinion, answer="accepted", reason="", by=coordinator, today=after
    )
    return made, after


def test_the_report_document_says_what_the_report_page_says(closed):
    made, _after = closed
    document = consultation_document(made, place="Dolna")
    everything = "\n".join(texts(document))
    assert "Więcej miejsc w klubie seniora." in everything
    assert "Utworzenie drugiego klubu seniora." in everything
    assert "Jeden klub w 2026 r." in everything
    assert "Anna Zielińska, Stowarzyszenie Seniorów" in everything
    assert "Gmina popiera projekt." in everything
    assert "Reklama" in everything  # the reason for hiding
    assert "Tani kredyt" not in everything and "Spamer" not in everything
    assert "anna@example.org" not in everything
    captions = [t.caption for t in document.blocks if hasattr(t, "caption")]
    assert _("Opinions of the invited bodies") in captions


@needs_programs("pdftotext")
def test_the_report_page_and_document_open_with_the_same_facts(closed, client, coordinator):
    """One function states the facts (the consulted version, the period, the counts); the
    team's preview, the portal's report and the document show the same rows."""
    made, _after = closed
    facts = report_facts(made, consultation_report(made))
    assert facts[0][1].startswith(made.version.title) and facts[3][1] == "1"  # one hidden
    table = next(
        b
        for b in consultation_document(made).blocks
        if getattr(b, "caption", "") == _("The consultation")
    )
    assert [tuple(row) for row in table.rows] == facts
    kwargs = {
        "government": made.strategy.government.slug,
        "strategy": made.strategy_id,
        "consultation": made.pk,
    }
    client.force_login(coordinator)
    page = html_tree(client.get(reverse("report_preview", kwargs=kwargs)))
    shown = [
        (" ".join("".join(dt.itertext()).split()), " ".join("".join(dd.itertext()).split()))
        for dt, dd in zip(page.iter("dt"), page.iter("dd"), strict=False)
    ]
    for label, value in facts:
        assert (label, " ".join(value.split())) in shown


def test_both_formats_say_the_same(closed):
    check_both(consultation_document(closed[0]))


@pytest.mark.django_db(transaction=True)
def test_made_on_the_documents_page_and_public_once_published(client, coordinator, government):
    strategy = draft_strategy(government)
    made = consultation(strategy, state="open")
    first = comment(made)
    client.force_login(coordinator)
    create = reverse(
        "document_create", kwargs={"government": government.slug, "strategy": strategy.pk}
    )
    refused = client.post(create, {"kind": "consultation", "format": "pdf"})
    assert refused.status_code == 400 and not GeneratedDocument.objects.exists()
    response = client.post(
        create, {"kind": "consultation", "format": "pdf", "consultation": made.pk}
    )
    assert response.status_code == 302
    run_worker()
    record = GeneratedDocument.objects.get()
    assert record.status == "done", record.error
    from documents.services import document_publish

    document_publish(record=record, published=True)
    download = reverse(
        "portal_document",
        kwargs={"government": government.slug, "strategy": strategy.pk, "document": record.pk},
    )
    client.logout()
    assert client.get(download).status_code == 404  # the report is not published yet
    after = made.ends_on + DAY
    services.comment_answer(
        comment=first, answer="accepted", reason="", by=coordinator, today=after
    )
    services.consultation_report_publish(consultation=made, by=coordinator, today=after)
    assert client.get(download).status_code == 200  # a draft strategy's consultation report
    other = document_request(strategy=strategy, kind="plan", format="pdf")
    run_worker()
    other.refresh_from_db()
    document_publish(record=other, published=True)
    plan = reverse(
        "portal_document",
        kwargs={"government": government.slug, "strategy": strategy.pk, "document": other.pk},
    )
    assert client.get(plan).status_code == 404  # a draft's own documents stay private

"""The shared worker is fair: a document that exceeds its limits fails alone, with a
message, and the next government's document is made; no government may queue more than
MAX_PENDING_DOCUMENTS at once (issue 11)."""

import pytest
from django.utils import translation

from core import sandbox
from core.testing import run_worker
from documents import tasks
from documents.models import GeneratedDocument
from documents.tests.test_builders import make_strategy
from documents.tests.test_pages import request_document

worker = pytest.mark.django_db(transaction=True)


@worker
def test_a_document_over_its_limits_fails_alone_and_the_next_one_is_made(
    government, other_government, monkeypatch
):
    heavy = make_strategy(government)
    light = make_strategy(other_government)
    # A rendering limit this government's DOCX cannot meet (as a hostile template would).
    monkeypatch.setattr(sandbox, "DOCUMENT", sandbox.Limits(cpu_seconds=1, wall_seconds=0.05))
    with translation.override("pl"):
        first = tasks.document_request(strategy=heavy, kind="strategy", format="docx")
        second = tasks.document_request(strategy=light, kind="strategy", format="pdf")
        run_worker()
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == GeneratedDocument.Status.FAILED
    assert "trwało dłużej niż" in first.error
    assert second.status == GeneratedDocument.Status.DONE, second.error


@pytest.mark.django_db
def test_a_government_queues_at_most_a_few_documents_at_once(
    coordinator_client, government, other_government
):
    strategy = make_strategy(government)
    for _ in range(tasks.MAX_PENDING_DOCUMENTS):
        assert request_document(coordinator_client, strategy, kind="strategy").status_code == 302
    refused = request_document(coordinator_client, strategy, kind="strategy")
    assert refused.status_code == 400
    assert "czekają lub powstają" in refused.content.decode()
    assert GeneratedDocument.objects.count() == tasks.MAX_PENDING_DOCUMENTS
    # Another government is not held back by this one's queue.
    tasks.document_request(strategy=make_strategy(other_government), kind="plan", format="pdf")
    # A document left "being made" by a killed worker no longer counts.
    GeneratedDocument.objects.filter(government=government).update(
        status=GeneratedDocument.Status.RUNNING,
        updated_at=GeneratedDocument.objects.first().updated_at
        - GeneratedDocument.STALE_RUNNING * 2,
    )
    assert request_document(coordinator_client, strategy, kind="strategy").status_code == 302


@worker
def test_every_governments_first_document_comes_before_anyones_second(
    government, other_government, monkeypatch
):
    busy, quiet = make_strategy(government), make_strategy(other_government)
    made = []

    def record(*, record):
        made.append(record.government_id)
        GeneratedDocument.objects.filter(pk=record.pk).update(status="done")
        return record

    monkeypatch.setattr("documents.tasks.document_generate", record)
    for _ in range(3):
        tasks.document_request(strategy=busy, kind="plan", format="pdf")
    tasks.document_request(strategy=quiet, kind="plan", format="pdf")
    run_worker()
    assert made == [government.pk, other_government.pk, government.pk, government.pk]

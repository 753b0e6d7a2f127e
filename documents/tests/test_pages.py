"""The documents pages: a document requested in the page is made by the worker in the
background, kept, listed with its time, downloaded, marked as published and deleted; the
look of documents and the texts of the strategy document are edited with checked forms."""

import io
import shutil
from pathlib import Path

import matplotlib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django_tasks_db.models import DBTaskResult
from docx import Document as DocxFile
from pypdf import PdfReader

from core.testing import html_tree, run_worker
from documents import selectors, services, tasks
from documents.models import DocumentLook, GeneratedDocument
from documents.pdf import PdfRenderError
from documents.tests.test_builders import HOSTILE, make_strategy
from documents.tests.test_same_content import squeezed

pytestmark = pytest.mark.django_db
# The worker commits and closes its connection (on PostgreSQL that ends the test's own
# transaction): tests that run it need real transactions.
worker = pytest.mark.django_db(transaction=True)


def url(strategy, name, **kwargs):
    return reverse(
        name, kwargs={"government": strategy.government.slug, "strategy": strategy.pk, **kwargs}
    )


def pdf_text(data: bytes) -> str:
    """The text, squeezed: Typst hyphenates and breaks lines anywhere in a table cell."""
    return squeezed("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))


@pytest.fixture
def strategy(government):
    return make_strategy(government)


def request_document(client, strategy, **data):
    return client.post(url(strategy, "document_create"), {"format": "pdf", **data})


@worker
def test_a_requested_document_is_made_in_the_background_and_kept(
    coordinator_client, coordinator, strategy
):
    response = request_document(coordinator_client, strategy, kind="strategy")
    assert response.status_code == 302
    record = GeneratedDocument.objects.get()
    assert record.status == "queued" and record.requested_by == coordinator
    assert DBTaskResult.objects.filter(args_kwargs__args=[record.pk]).exists()
    page = coordinator_client.get(url(strategy, "document_list"))
    tree = html_tree(page)
    bar = tree.find(f".//*[@id='progress-{record.pk}']")
    assert bar is not None and bar.get("max") == "100"  # a progress bar while it waits
    assert tree.find(".//*[@id='documents']").get("hx-trigger") == "every 2s"

    run_worker()
    record.refresh_from_db()
    assert record.status == "done" and record.progress == 100 and record.size > 0
    assert record.finished_at and record.seconds is not None
    partial = coordinator_client.get(url(strategy, "document_list"), headers={"HX-Request": "true"})
    assert "hx-trigger" not in partial.content.decode()  # nothing pending: polling stops
    download = coordinator_client.get(url(strategy, "document_download", document=record.pk))
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert "attachment" in download["Content-Disposition"]
    data = b"".join(download.streaming_content)
    text = pdf_text(data)
    for n in range(3):
        assert squeezed(f"Działanie {n + 1}: asystent rodziny") in text


@worker
def test_a_docx_attachment_with_its_resolution(coordinator_client, strategy):
    response = request_document(
        coordinator_client,
        strategy,
        kind="schedule",
        format="docx",
        attachment_number=2,
        resolution_number="113/XX/2004",
    )
    assert response.status_code == 302
    run_worker()
    record = GeneratedDocument.objects.get()
    assert record.status == "done", record.error
    assert record.filename.endswith(".docx")
    with record.file.open("rb") as file:
        paragraphs = [p.text for p in DocxFile(file).paragraphs]
    assert any("113/XX/2004" in text for text in paragraphs)
    assert any("Załącznik nr 2" in text for text in paragraphs)


def test_the_yearly_report_needs_its_year(coordinator_client, strategy):
    response = request_document(coordinator_client, strategy, kind="report")
    assert response.status_code == 400
    assert "Wybierz rok raportu" in response.content.decode()
    assert not GeneratedDocument.objects.exists()


@pytest.mark.parametrize(
    ("error", "shown", "hidden"),
    [
        (PdfRenderError("Brak czcionki Antykwa"), "Brak czcionki Antykwa", None),
        (RuntimeError("/srv/app/secret.py line 3"), "dzienniku serwera", "/srv/app"),
    ],
)
@worker
def test_a_failure_is_recorded_and_shown(
    coordinator_client, strategy, monkeypatch, error, shown, hidden
):
    """Typst's or the template's own message is shown; anything else only in the log."""

    def broken(document, fmt):
        raise error

    monkeypatch.setattr(services, "render", broken)
    request_document(coordinator_client, strategy, kind="strategy")
    run_worker()
    record = GeneratedDocument.objects.get()
    assert record.status == "failed"
    page = coordinator_client.get(url(strategy, "document_list")).content.decode()
    assert shown in page
    assert hidden is None or hidden not in page


@worker
def test_published_version_is_one_per_kind_and_cannot_be_deleted(
    coordinator_client, strategy, django_capture_on_commit_callbacks
):
    for _ in range(2):
        request_document(coordinator_client, strategy, kind="plan")
    run_worker()
    first, second = GeneratedDocument.objects.order_by("pk")
    coordinator_client.post(
        url(strategy, "document_publish", document=first.pk), {"published": "1"}
    )
    coordinator_client.post(
        url(strategy, "document_publish", document=second.pk), {"published": "1"}
    )
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.is_published, second.is_published) == (False, True)
    refused = coordinator_client.post(url(strategy, "document_delete", document=second.pk))
    assert refused.status_code == 400
    assert GeneratedDocument.objects.count() == 2
    path = Path(first.file.path)
    assert path.exists()
    with django_capture_on_commit_callbacks(execute=True):
        deleted = coordinator_client.post(url(strategy, "document_delete", document=first.pk))
    assert deleted.status_code == 302
    assert not path.exists()  # the file goes with its record
    assert list(GeneratedDocument.objects.all()) == [second]


@worker
def test_readers_download_but_do_not_make_documents(client, reader, coordinator, strategy):
    record = tasks.document_request(strategy=strategy, kind="plan", format="pdf")
    run_worker()
    client.force_login(reader)
    assert request_document(client, strategy, kind="strategy").status_code == 403
    assert client.get(url(strategy, "document_download", document=record.pk)).status_code == 200
    page = client.get(url(strategy, "document_list")).content.decode()
    assert url(strategy, "document_create") not in page


def test_another_governments_document_is_not_found(client, other_coordinator, strategy):
    record = tasks.document_request(strategy=strategy, kind="plan", format="pdf")
    client.force_login(other_coordinator)
    assert client.get(url(strategy, "document_download", document=record.pk)).status_code == 404


@worker
def test_the_strategy_texts_go_into_the_document(coordinator_client, strategy):
    response = coordinator_client.post(
        url(strategy, "strategy_texts"),
        {
            "introduction": HOSTILE,
            "legal_basis": "",
            "implementation_system": "",
            "monitoring_system": "",
        },
    )
    assert response.status_code == 302
    strategy.refresh_from_db()
    assert strategy.introduction == HOSTILE
    record = tasks.document_request(strategy=strategy, kind="strategy", format="docx")
    run_worker()
    record.refresh_from_db()
    with record.file.open("rb") as file:
        body = "\n".join(p.text for p in DocxFile(file).paragraphs)
    assert HOSTILE in body


# The look of documents ------------------------------------------------------------------


def look_url(government):
    return reverse("document_look", kwargs={"government": government.slug})


def png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 48), "#c00000").save(buffer, format="PNG")
    return buffer.getvalue()


def look_data(**changes):
    data = {
        "council_name": "Rady Gminy Żółkiewka",
        "place": "Żółkiewka",
        "header_text": "Gmina Żółkiewka",
        "font": "DejaVu Serif",
        "heading_colour": "#1F3864",
        "table_header_colour": "#DCE3EE",
    }
    data.update(changes)
    return data


@worker
def test_the_look_is_saved_and_used(coordinator_client, government, strategy):
    serif = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSerif.ttf"
    response = coordinator_client.post(
        look_url(government),
        look_data(
            coat_of_arms=SimpleUploadedFile("herb.png", png(), "image/png"),
            font_regular=SimpleUploadedFile("Urzedowa.ttf", serif.read_bytes(), "font/ttf"),
        ),
    )
    assert response.status_code == 302, response.content.decode()
    look = DocumentLook.objects.get(government=government)
    assert look.own_font_family == "DejaVu Serif" and look.font == "DejaVu Serif"
    style = selectors.content_look(look)
    assert style.coat_of_arms == png() and Path(style.font_dir).is_dir()
    record = tasks.document_request(strategy=strategy, kind="plan", format="pdf")
    run_worker()
    record.refresh_from_db()
    assert record.status == "done", record.error
    with record.file.open("rb") as file:
        text = pdf_text(file.read())
    assert squeezed("Rady Gminy Żółkiewka") in text  # the council's name in the attachment


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"heading_colour": "#DDDDDD"}, "heading_colour", "za jasne"),
        ({"table_header_colour": "#222222"}, "table_header_colour", "trudny do odczytania"),
        ({"heading_colour": "red"}, "heading_colour", "#RRGGBB"),
    ],
)
def test_colours_must_read_well(coordinator_client, government, changes, field, message):
    response = coordinator_client.post(look_url(government), look_data(**changes))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not DocumentLook.objects.exists()


@pytest.mark.parametrize(
    ("field", "upload", "message"),
    [
        ("coat_of_arms", ("herb.png", b"not an image"), "nie jest obrazem"),
        ("coat_of_arms", ("herb.png", b"x" * (1024 * 1024 + 1)), "1 MB"),
        ("font_regular", ("font.ttf", b"not a font at all"), "nie jest czcionką"),
        ("font_regular", ("font.woff2", b"wOF2"), ".ttf"),
        ("title_template", ("strona.docx", b"PK broken"), "poprawnym plikiem DOCX"),
        ("title_template", ("strona.pdf", b"%PDF"), ".docx"),
    ],
)
def test_uploads_are_checked_for_what_they_are(
    coordinator_client, government, field, upload, message
):
    name, content = upload
    response = coordinator_client.post(
        look_url(government), look_data(**{field: SimpleUploadedFile(name, content)})
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not DocumentLook.objects.exists()


@worker
def test_a_title_template_made_from_the_model_is_used(coordinator_client, government, strategy):
    model = coordinator_client.get(
        reverse("title_template_model", kwargs={"government": government.slug})
    )
    assert model.status_code == 200
    template = DocxFile(io.BytesIO(model.content))
    template.add_paragraph("Urząd Gminy – strona tytułowa własna")
    buffer = io.BytesIO()
    template.save(buffer)
    response = coordinator_client.post(
        look_url(government),
        look_data(title_template=SimpleUploadedFile("strona.docx", buffer.getvalue())),
    )
    assert response.status_code == 302, response.content.decode()
    record = tasks.document_request(strategy=strategy, kind="strategy", format="docx")
    run_worker()
    record.refresh_from_db()
    assert record.status == "done", record.error
    with record.file.open("rb") as file:
        body = "\n".join(p.text for p in DocxFile(file).paragraphs)
    assert "Urząd Gminy – strona tytułowa własna" in body
    assert strategy.title in body and "{{" not in body


def test_the_look_page_is_for_coordinators(client, team_member, government):
    client.force_login(team_member)
    assert client.get(look_url(government)).status_code == 403


def test_council_name_defaults_only_where_it_is_safe(government):
    government.name = "Gmina Żółkiewka"
    assert selectors.council_name(government) == "Rady Gminy Żółkiewka"
    government.name = "Miasto Bartoszyce"
    assert selectors.council_name(government) == "Rady Miasta Bartoszyce"
    government.name = "Powiat bartoszycki"
    assert selectors.council_name(government) == ""


@pytest.fixture(autouse=True)
def _no_leftover_media(settings):
    yield
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


def test_a_template_reaching_for_python_is_refused_at_upload(
    coordinator_client, government, tmp_path
):
    marker = tmp_path / "pwned"
    template = DocxFile()
    template.add_paragraph(
        "{{ cycler.__init__.__globals__.os.popen('touch " + str(marker) + "').read() }}"
    )
    buffer = io.BytesIO()
    template.save(buffer)
    response = coordinator_client.post(
        look_url(government),
        look_data(title_template=SimpleUploadedFile("strona.docx", buffer.getvalue())),
    )
    assert response.status_code == 200
    assert "szablonem DOCX" in response.content.decode()
    assert not marker.exists()  # checked in the sandbox: nothing ran
    assert not DocumentLook.objects.exists()


def font_upload(name: str, file_name: str) -> SimpleUploadedFile:
    path = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / file_name
    return SimpleUploadedFile(name, path.read_bytes(), "font/ttf")


def test_own_fonts_are_one_family_and_old_files_go(
    coordinator_client, government, django_capture_on_commit_callbacks
):
    alone = coordinator_client.post(
        look_url(government), look_data(font_bold=font_upload("B.ttf", "DejaVuSerif-Bold.ttf"))
    )
    assert "Prześlij najpierw" in alone.content.decode()  # no bold face without a regular
    saved = coordinator_client.post(
        look_url(government),
        look_data(
            font_regular=font_upload("Regular.ttf", "DejaVuSerif.ttf"),
            font_bold=font_upload("Bold.ttf", "DejaVuSans-Bold.ttf"),
        ),
    )
    assert "innego kroju" in saved.content.decode()  # a bold face of another family
    coordinator_client.post(
        look_url(government),
        look_data(font_regular=font_upload("Old.ttf", "DejaVuSans.ttf")),
    )
    with django_capture_on_commit_callbacks(execute=True):
        coordinator_client.post(
            look_url(government),
            look_data(
                font_regular=font_upload("Regular.ttf", "DejaVuSerif.ttf"),
                font_bold=font_upload("Bold.ttf", "DejaVuSerif-Bold.ttf"),
            ),
        )
    look = DocumentLook.objects.get()
    folder = Path(look.font_dir)
    assert sorted(p.name for p in folder.iterdir()) == ["Bold.ttf", "Regular.ttf"]
    # The user may still choose a built-in font; the choice is what documents use.
    coordinator_client.post(look_url(government), look_data(font="Libertinus Serif"))
    look.refresh_from_db()
    assert selectors.content_look(look).font == "Libertinus Serif"
    # Clearing the regular face clears the bold one, and their files are deleted.
    with django_capture_on_commit_callbacks(execute=True):
        coordinator_client.post(look_url(government), look_data(**{"font_regular-clear": "on"}))
    look.refresh_from_db()
    assert not look.font_regular and not look.font_bold and look.own_font_family == ""
    assert not any(folder.iterdir())


def test_a_stopped_worker_leaves_no_document_waiting_for_ever(coordinator_client, strategy):
    import datetime

    from django.utils import timezone

    record = tasks.document_request(strategy=strategy, kind="plan", format="pdf")
    GeneratedDocument.objects.filter(pk=record.pk).update(
        status="running", updated_at=timezone.now() - datetime.timedelta(hours=1)
    )
    record.refresh_from_db()
    assert record.is_interrupted and not record.is_pending
    page = coordinator_client.get(url(strategy, "document_list"), headers={"HX-Request": "true"})
    assert "hx-trigger" not in page.content.decode()  # the page stops waiting
    assert "Przerwany" in page.content.decode() or "przerwan" in page.content.decode()
    response = coordinator_client.post(url(strategy, "document_delete", document=record.pk))
    assert response.status_code == 302 and not GeneratedDocument.objects.exists()


def test_an_interruption_during_the_work_is_recorded(strategy, monkeypatch):
    def stopped(document, fmt):
        raise KeyboardInterrupt  # as the worker's shutdown

    monkeypatch.setattr(services, "render", stopped)
    record = tasks.document_request(strategy=strategy, kind="plan", format="pdf")
    with pytest.raises(KeyboardInterrupt):
        services.document_generate(record=record)
    record.refresh_from_db()
    assert record.status == "failed" and not record.is_pending


@worker
def test_files_of_a_deleted_strategy_are_pruned(strategy):
    from io import StringIO

    from django.core.management import call_command

    from strategies.services import strategy_delete

    record = tasks.document_request(strategy=strategy, kind="plan", format="docx")
    kept = tasks.document_request(strategy=strategy, kind="plan", format="pdf")
    run_worker()
    record.refresh_from_db()
    kept.refresh_from_db()
    path = Path(record.file.path)
    assert record.filename.startswith("plan-dzialan-")  # Polish letters made ASCII
    GeneratedDocument.objects.filter(pk=kept.pk).update(strategy=make_strategy_elsewhere())
    strategy_delete(strategy=strategy)
    assert path.exists()  # a CASCADE calls no service
    out = StringIO()
    call_command("documents_prune", stdout=out)
    assert not path.exists() and Path(kept.file.path).exists()
    assert "1" in out.getvalue()


def make_strategy_elsewhere():
    from governments.tests.factories import LocalGovernmentFactory
    from strategies.tests.factories import StrategyFactory

    return StrategyFactory(government=LocalGovernmentFactory())


@worker
def test_one_published_version_per_format_is_kept_by_the_database(strategy):
    from django.db import IntegrityError, transaction

    pdf = tasks.document_request(strategy=strategy, kind="plan", format="pdf")
    docx_record = tasks.document_request(strategy=strategy, kind="plan", format="docx")
    run_worker()
    for record in (pdf, docx_record):
        record.refresh_from_db()
        services.document_publish(record=record, published=True)
    assert GeneratedDocument.objects.filter(is_published=True).count() == 2  # one per format
    again = tasks.document_request(strategy=strategy, kind="plan", format="pdf")
    with pytest.raises(IntegrityError), transaction.atomic():
        GeneratedDocument.objects.filter(pk=again.pk).update(is_published=True)


def test_the_list_reads_a_fixed_number_of_queries(coordinator_client, strategy):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert coordinator_client.get(url(strategy, "document_list")).status_code == 200
        return len(queries)

    tasks.document_request(strategy=strategy, kind="plan", format="pdf")
    few = count()
    for _ in range(6):
        tasks.document_request(strategy=strategy, kind="strategy", format="docx")
        # made meanwhile (a government may have only a few waiting at once)
        GeneratedDocument.objects.filter(status="queued").update(status="done")
    assert count() == few

"""Local figures: typed in a form or imported from CSV; bad files import nothing."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from diagnosis.models import LocalFigure
from diagnosis.services import local_figures_import_csv

pytestmark = pytest.mark.django_db


def page(government, year=None):
    url = reverse("local_figures", kwargs={"government": government.slug})
    return f"{url}?rok={year}" if year else url


def test_figures_are_saved_for_the_chosen_year(coordinator_client, government):
    response = coordinator_client.post(
        page(government, 2024), {"blue_cards": "37", "reason_poverty": "1 204,5"}
    )
    assert response.status_code == 302
    figures = {f.code: f.value for f in LocalFigure.objects.filter(year=2024)}
    assert figures == {"blue_cards": Decimal("37"), "reason_poverty": Decimal("1204.5")}
    shown = coordinator_client.get(page(government, 2024)).content.decode()
    assert 'value="37"' in shown
    coordinator_client.post(page(government, 2024), {"reason_poverty": "1204,5"})
    assert not LocalFigure.objects.filter(code="blue_cards").exists()  # emptied: removed


def test_negative_or_non_numeric_figures_are_refused_next_to_the_field(
    coordinator_client, government
):
    response = coordinator_client.post(
        page(government, 2024), {"blue_cards": "-3", "volunteers": "dużo"}
    )
    assert response.status_code == 200
    assert response.content.decode().count('aria-invalid="true"') == 2
    assert not LocalFigure.objects.exists()


CSV_OK = "kod;rok;wartosc\nblue_cards;2023;41\nreason_poverty;2023;1 204,5\nblue_cards;2024;37\n"


def test_csv_in_utf8_or_windows_1250_is_imported(government):
    assert local_figures_import_csv(government=government, content=CSV_OK.encode("utf-8")) == 3
    assert LocalFigure.objects.get(code="reason_poverty").value == Decimal("1204.5")
    again = "kod;rok;wartosc\nblue_cards;2023;42\n".encode("cp1250")
    local_figures_import_csv(government=government, content=again)
    assert LocalFigure.objects.get(code="blue_cards", year=2023).value == 42


def test_a_bad_csv_names_every_bad_line_and_imports_nothing(government):
    bad = (
        "kod;rok;wartosc\nblue_cards;2023;41\nbez_takiego;2023;1\n"
        "blue_cards;dwa;1\nvolunteers;2023;x\n"
    )
    with pytest.raises(ValidationError) as error:
        local_figures_import_csv(government=government, content=bad.encode())
    text = " ".join(error.value.messages)
    assert "Wiersz 3" in text and "Wiersz 4" in text and "Wiersz 5" in text
    assert not LocalFigure.objects.exists()
    with pytest.raises(ValidationError):
        local_figures_import_csv(government=government, content=b"a;b;c\n1;2;3\n")
    with pytest.raises(ValidationError):
        local_figures_import_csv(government=government, content=b"\xff\xfe\x00\x81\x8d")


def test_csv_upload_in_the_browser_checks_type_and_size(coordinator_client, government):
    url = reverse("local_figures_import", kwargs={"government": government.slug})
    ok = SimpleUploadedFile("dane.csv", CSV_OK.encode(), content_type="text/csv")
    assert coordinator_client.post(url, {"file": ok}).status_code == 302
    assert LocalFigure.objects.count() == 3
    wrong = SimpleUploadedFile("dane.xlsx", b"PK..", content_type="application/octet-stream")
    response = coordinator_client.post(url, {"file": wrong})
    assert response.status_code == 400 and ".csv" in response.content.decode()

"""The public portal: open without login, and only what is adopted or published."""

import csv
import datetime
import io
import json

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from core.testing import html_tree
from documents.models import GeneratedDocument
from monitoring import services as monitoring
from portal.models import AccessibilityStatement
from strategies.models import IndicatorValue, Strategy
from strategies.tests.factories import StrategyFactory, action, goal, indicator

pytestmark = pytest.mark.django_db


def adopt(strategy: Strategy) -> Strategy:
    Strategy.objects.filter(pk=strategy.pk).update(
        status="adopted", resolution_number="XX/1/2021", resolution_date=datetime.date(2021, 5, 1)
    )
    strategy.refresh_from_db()
    return strategy


@pytest.fixture
def adopted(government):
    strategy = StrategyFactory(government=government, title="Strategia Żółkiewki 2021–2030")
    area = goal(strategy, "Rodzina")
    target = goal(strategy, "Wsparcie rodzin", parent=area)
    first = action(strategy, target, title="Asystent rodziny")
    action(strategy, target, title='=HYPERLINK("x")')  # hostile in spreadsheets
    measured = indicator(
        strategy,
        area,
        name="Rodziny w kryzysie",
        baseline_value=100,
        baseline_year=2020,
        target_value=60,
        target_year=2030,
        direction="down",
    )
    IndicatorValue.objects.create(indicator=measured, year=2023, value=80)
    indicator(strategy, first, name="Rodziny z asystentem")
    return adopt(strategy)


@pytest.fixture
def draft(government):
    strategy = StrategyFactory(government=government, title="Projekt strategii 2031")
    goal(strategy, "Tajny obszar")
    return strategy


def url(name, government, **kwargs):
    return reverse(name, kwargs={"government": government.slug, **kwargs})


def test_everyone_reads_the_adopted_strategy(client, government, adopted):
    home = client.get(url("portal_government", government)).content.decode()
    assert "Strategia Żółkiewki" in home
    page = client.get(url("portal_strategy", government, strategy=adopted.pk))
    assert page.status_code == 200
    text = page.content.decode()
    assert "Asystent rodziny" in text and "Wsparcie rodzin" in text
    assert "XX/1/2021" in text
    indicators = client.get(url("portal_indicators", government, strategy=adopted.pk))
    assert "Rodziny w kryzysie" in indicators.content.decode()
    measured = adopted.indicators.get(name="Rodziny w kryzysie")
    chart = client.get(
        url("portal_indicator", government, strategy=adopted.pk, indicator=measured.pk)
    )
    assert chart.status_code == 200
    assert 'alt="' in chart.content.decode()  # the chart has its text alternative
    assert client.get(reverse("portal_index")).status_code == 200


def test_drafts_never_appear(client, government, draft, other_government):
    assert client.get(url("portal_strategy", government, strategy=draft.pk)).status_code == 404
    assert client.get(url("portal_open_data", government, strategy=draft.pk)).status_code == 404
    assert (
        client.get(
            url("portal_open_data_file", government, strategy=draft.pk, dataset="cele", fmt="json")
        ).status_code
        == 404
    )
    assert (
        "Projekt strategii" not in client.get(url("portal_government", government)).content.decode()
    )
    assert government.name not in client.get(reverse("portal_index")).content.decode()
    # Another government's adopted strategy under this government's address: not found.
    elsewhere = adopt(StrategyFactory(government=other_government))
    assert client.get(url("portal_strategy", government, strategy=elsewhere.pk)).status_code == 404


def test_only_published_reports_and_documents(client, government, adopted):
    cycle = monitoring.cycle_open(strategy=adopted, year=2024, deadline=datetime.date(2099, 1, 1))
    report_url = url("portal_report", government, strategy=adopted.pk, cycle=cycle.pk)
    assert client.get(report_url).status_code == 404
    record = GeneratedDocument(
        government=government,
        strategy=adopted,
        cycle=cycle,
        kind="report",
        format="pdf",
        status="done",
        is_published=True,
    )
    record.file.save("raport.pdf", ContentFile(b"%PDF-1.7 raport"), save=True)
    document_url = url("portal_document", government, strategy=adopted.pk, document=record.pk)
    assert client.get(document_url).status_code == 404  # its report is not published yet
    type(cycle).objects.filter(pk=cycle.pk).update(status="published")
    assert client.get(report_url).status_code == 200
    download = client.get(document_url)
    assert download.status_code == 200 and b"".join(download.streaming_content).startswith(b"%PDF")
    GeneratedDocument.objects.filter(pk=record.pk).update(is_published=False)
    assert client.get(document_url).status_code == 404


def test_open_data_in_three_formats(client, government, adopted):
    def get(dataset, fmt):
        response = client.get(
            url("portal_open_data_file", government, strategy=adopted.pk, dataset=dataset, fmt=fmt)
        )
        assert response.status_code == 200
        return response

    raw = get("dzialania", "csv").content
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: spreadsheets read UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:2] == ["number", "title"]
    titles = [row[1] for row in rows[1:]]
    assert "Asystent rodziny" in titles
    assert '\'=HYPERLINK("x")' in titles  # never a formula
    data = json.loads(get("wskazniki", "json").content)
    assert data["strategy"]["teryt"] == government.teryt
    assert {row["name"] for row in data["rows"]} == {"Rodziny w kryzysie", "Rodziny z asystentem"}
    values = json.loads(get("wartosci", "json").content)["rows"]
    assert values == [
        {
            "indicator_id": values[0]["indicator_id"],
            "indicator_name": "Rodziny w kryzysie",
            "year": 2023,
            "value": "80",
        }
    ]
    sheet = load_workbook(io.BytesIO(get("cele", "xlsx").content)).active
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    assert cells[0][:3] == ["number", "level", "title"]
    assert cells[1][:3] == ["1", "Obszar", "Rodzina"]
    for dataset, fmt in (("nic", "csv"), ("cele", "exe")):
        missing = client.get(
            url("portal_open_data_file", government, strategy=adopted.pk, dataset=dataset, fmt=fmt)
        )
        assert missing.status_code == 404


def test_the_strategy_page_reads_a_fixed_number_of_queries(client, government, other_government):
    def count(strategy) -> int:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url("portal_strategy", strategy.government, strategy=strategy.pk))
            assert response.status_code == 200
        return len(queries)

    small = StrategyFactory(government=government)
    action(small, goal(small, "A", parent=goal(small, "O")), title="Jedno")
    big = StrategyFactory(government=other_government)
    target = goal(big, "B", parent=goal(big, "P"))
    for n in range(8):
        action(big, target, title=f"Działanie {n}")
    assert count(adopt(small)) == count(adopt(big))


def test_the_accessibility_statement(client, coordinator_client, government):
    page = client.get(url("portal_accessibility", government)).content.decode()
    assert "7 dni" in page  # the enforcement procedure is always there
    response = coordinator_client.post(
        reverse("accessibility_statement_edit", kwargs={"government": government.slug}),
        {
            "published_on": "2021-06-01",
            "updated_on": "2020-01-01",
            "prepared_on": "2026-11-24",
            "contact_person": "Jan Nowak",
            "contact_email": "dostepnosc@gmina.example",
        },
    )
    assert response.status_code == 200  # the update before the publication is refused
    assert not AccessibilityStatement.objects.exists()
    response = coordinator_client.post(
        reverse("accessibility_statement_edit", kwargs={"government": government.slug}),
        {
            "published_on": "2021-06-01",
            "prepared_on": "2026-11-24",
            "contact_person": "Jan <b>Nowak</b>",
            "contact_email": "dostepnosc@gmina.example",
        },
    )
    assert response.status_code == 302
    page = client.get(url("portal_accessibility", government)).content.decode()
    assert "Jan &lt;b&gt;Nowak&lt;/b&gt;" in page and "dostepnosc@gmina.example" in page


def test_only_coordinators_edit_the_statement(client, team_member, government):
    client.force_login(team_member)
    edit = reverse("accessibility_statement_edit", kwargs={"government": government.slug})
    assert client.get(edit).status_code == 403


def test_the_portal_shows_the_adopted_version_not_later_edits(client, government, adopted):
    from strategies.models import Action
    from versions.services import version_freeze

    version_freeze(
        strategy=adopted,
        kind="adopted",
        resolution_number="XX/1/2021",
        resolution_date=datetime.date(2021, 5, 1),
    )
    Action.objects.filter(strategy=adopted, title="Asystent rodziny").update(
        title="Asystent rodziny – projekt aktualizacji"
    )
    page = client.get(url("portal_strategy", government, strategy=adopted.pk)).content.decode()
    assert "Asystent rodziny" in page
    assert "projekt aktualizacji" not in page  # a draft amendment stays off the portal


def test_the_portal_shows_the_version_in_force_and_lists_the_earlier_ones(
    client, government, adopted
):
    from strategies.models import Action
    from versions.services import version_freeze

    version_freeze(
        strategy=adopted,
        kind="adopted",
        resolution_number="XX/1/2021",
        resolution_date=datetime.date(2021, 5, 1),
    )
    Action.objects.filter(strategy=adopted, title="Asystent rodziny").update(
        title="Asystent rodziny i wsparcie dzieci"
    )
    version_freeze(
        strategy=adopted,
        kind="amendment",
        resolution_number="XLI/300/2024",
        resolution_date=datetime.date(2024, 3, 28),
    )
    page = html_tree(client.get(url("portal_strategy", government, strategy=adopted.pk)))
    text = " ".join("".join(page.itertext()).split())
    assert "Asystent rodziny i wsparcie dzieci" in text  # the amendment is in force
    assert "uchwałą nr XLI/300/2024" in text
    earlier = [" ".join("".join(li.itertext()).split()) for li in page.iter("li")]
    assert "Wersja 1: uchwała nr XX/1/2021 z dnia 1 maja 2021" in earlier


def test_public_data_are_those_adopted_and_published(client, government, adopted):
    """After the adopted version is frozen, edits (a new indicator, a changed target) stay
    private, and the values of a year whose report is not published are not shown."""
    from strategies.models import Indicator
    from versions.services import version_freeze

    version_freeze(
        strategy=adopted,
        kind="adopted",
        resolution_number="XX/1/2021",
        resolution_date=datetime.date(2021, 5, 1),
    )
    measured = adopted.indicators.get(name="Rodziny w kryzysie")
    Indicator.objects.filter(pk=measured.pk).update(target_value=10, name="Zmieniony projekt")
    indicator(adopted, adopted.goals.get(title="Rodzina"), name="Nowy wskaźnik w projekcie")
    IndicatorValue.objects.create(indicator=measured, year=2025, value=70)
    monitoring.cycle_open(strategy=adopted, year=2025, deadline=datetime.date(2099, 1, 1))

    page = client.get(url("portal_indicators", government, strategy=adopted.pk)).content.decode()
    assert "Rodziny w kryzysie" in page
    assert "Zmieniony projekt" not in page and "Nowy wskaźnik" not in page
    history = client.get(
        url("portal_indicator", government, strategy=adopted.pk, indicator=measured.pk)
    ).content.decode()
    assert "Zmieniony projekt" not in history and ">60<" in history.replace(" ", "")
    data = json.loads(
        client.get(
            url(
                "portal_open_data_file",
                government,
                strategy=adopted.pk,
                dataset="wskazniki",
                fmt="json",
            )
        ).content
    )
    by_name = {row["name"]: row for row in data["rows"]}
    assert set(by_name) == {"Rodziny w kryzysie", "Rodziny z asystentem"}
    assert by_name["Rodziny w kryzysie"]["target_value"] == "60"
    values = json.loads(
        client.get(
            url(
                "portal_open_data_file",
                government,
                strategy=adopted.pk,
                dataset="wartosci",
                fmt="json",
            )
        ).content
    )["rows"]
    assert [(row["year"], row["value"]) for row in values] == [(2023, "80")]  # not 2025's


def test_exports_keep_numbers_and_survive_odd_characters(client, government, adopted):
    from strategies.models import Action

    Action.objects.filter(strategy=adopted, title="Asystent rodziny").update(
        title="Asystent\x0brodziny"  # a vertical tab pasted from a word processor
    )
    Action.objects.filter(strategy=adopted).exclude(title__startswith="Asystent").update(
        title="\t=1+1"
    )
    measured = adopted.indicators.get(name="Rodziny w kryzysie")
    type(measured).objects.filter(pk=measured.pk).update(baseline_value=-5)

    def get(dataset, fmt):
        response = client.get(
            url("portal_open_data_file", government, strategy=adopted.pk, dataset=dataset, fmt=fmt)
        )
        assert response.status_code == 200
        return response.content

    sheet = load_workbook(io.BytesIO(get("dzialania", "xlsx"))).active
    titles = [row[1].value for row in sheet.iter_rows(min_row=2)]
    assert "Asystentrodziny" in titles
    rows = list(csv.reader(io.StringIO(get("dzialania", "csv").decode("utf-8-sig"))))
    assert "'\t=1+1" in [row[1] for row in rows[1:]]
    indicators = list(csv.reader(io.StringIO(get("wskazniki", "csv").decode("utf-8-sig"))))
    baseline = next(row for row in indicators if row[2] == "Rodziny w kryzysie")[4]
    assert baseline == "-5"  # a number, not a neutralised formula
    sheet = load_workbook(io.BytesIO(get("wskazniki", "xlsx"))).active
    numbers = [row[4].value for row in sheet.iter_rows(min_row=2)]
    assert -5 in numbers  # a number cell, not text


def test_a_government_consulting_its_first_strategy_is_listed(client, government, draft):
    from consultations.models import Consultation
    from versions.services import version_freeze

    version = version_freeze(strategy=draft, kind="consultation")
    Consultation.objects.create(
        strategy=draft,
        version=version,
        title="Konsultacje projektu",
        starts_on=datetime.date(2026, 1, 1),
        ends_on=datetime.date(2026, 2, 28),
    )
    assert government.name in client.get(reverse("portal_index")).content.decode()

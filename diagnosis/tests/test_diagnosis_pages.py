"""The diagnosis pages as a coordinator and a reader use them."""

import base64

import pytest
from django.urls import reverse

from core.testing import html_tree
from diagnosis import services
from diagnosis.models import ComparisonGroup, DomainNarrative, Problem
from diagnosis.tests.world import build_world
from strategies.tests.factories import StrategyFactory, leaf_goal

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(government):
    world = build_world(government)
    services.comparison_group_default(government=government)
    services.problems_refresh(government=government)
    return world


def url(government, name, **kwargs):
    return reverse(name, kwargs={"government": government.slug, **kwargs})


def test_overview_counts_the_flags_per_domain(coordinator_client, government, world):
    page = coordinator_client.get(url(government, "diagnosis"))
    assert page.status_code == 200
    text = page.content.decode()
    assert "Miasto 1" in text and "Powiat testowy" in text
    rows = html_tree(page).findall(".//table/tbody/tr")
    labour = next(r for r in rows if "rynek pracy" in "".join(r.itertext()).lower())
    assert [c.text.strip() for c in labour.findall("td")][1:] == ["1", "0", "0"]


def test_domain_page_shows_series_position_chart_and_reasons(coordinator_client, government, world):
    page = coordinator_client.get(url(government, "diagnosis_domain", domain="rynek-pracy"))
    assert page.status_code == 200
    text = page.content.decode()
    assert "miejsce 11 z 11" in text.lower() or "11. miejsce" in text
    assert "14,0" in text and "10,0" in text  # the own series, Polish decimals
    image = html_tree(page).find(".//figure/img")
    assert image.get("alt").startswith("Wykres liniowy")
    assert "od 10,0 w 2019 do 14,0 w 2023" in image.get("alt")
    svg = base64.b64decode(image.get("src").split(",", 1)[1])
    assert svg.lstrip().startswith(b"<?xml") and b"<svg" in svg
    table = html_tree(page).find(".//table[@class='data-table compact']")
    header = [th.text for th in table.findall("thead/tr/th")]
    assert header[1:] == ["2019", "2020", "2021", "2022", "2023"]
    assert "gorsza niż u trzech czwartych" in text  # the reason of the flag


def test_unknown_domain_is_404(coordinator_client, government, world):
    response = coordinator_client.get(url(government, "diagnosis_domain", domain="kosmos"))
    assert response.status_code == 404


def test_confirm_a_flag_and_link_it_to_a_goal(coordinator_client, government, world):
    goal = leaf_goal(StrategyFactory(government=government, title="Strategia 2030"))
    problem = Problem.objects.get(government=government)
    page = coordinator_client.get(url(government, "problem_detail", problem=problem.pk))
    assert "Strategia 2030" in page.content.decode()  # the goals, grouped by strategy
    response = coordinator_client.post(
        url(government, "problem_review", problem=problem.pk),
        {"status": "confirmed", "serious": "on", "comment": "Potwierdzamy", "goals": [goal.pk]},
    )
    assert response.status_code == 302
    problem.refresh_from_db()
    assert (problem.status, problem.serious) == ("confirmed", True)
    goal_page = coordinator_client.get(
        url(government, "goal_detail", strategy=goal.strategy_id, goal=goal.pk)
    )
    assert problem.title in goal_page.content.decode()


def test_a_dismissed_flag_cannot_keep_goals(coordinator_client, government, world):
    goal = leaf_goal(StrategyFactory(government=government))
    problem = Problem.objects.get(government=government)
    response = coordinator_client.post(
        url(government, "problem_review", problem=problem.pk),
        {"status": "dismissed", "goals": [goal.pk]},
    )
    assert response.status_code == 400
    assert "Tylko potwierdzony problem" in response.content.decode()
    problem.refresh_from_db()
    assert problem.status == "flagged"


def test_a_serious_problem_without_goal_is_listed(coordinator_client, government, world):
    problem = Problem.objects.get(government=government)
    services.problem_review(problem=problem, status="confirmed", serious=True)
    page = coordinator_client.get(url(government, "diagnosis"))
    unanswered = html_tree(page).findall(".//main/ul/li/a")
    assert problem.title in [a.text for a in unanswered]
    domain = coordinator_client.get(url(government, "diagnosis_domain", domain="rynek-pracy"))
    assert "Żaden cel strategii nie odpowiada" in domain.content.decode()


def test_write_a_narrative_and_add_a_problem_by_hand(coordinator_client, government, world):
    response = coordinator_client.post(
        url(government, "narrative_edit", domain="demografia"),
        {"text": "Miasto się starzeje <script>"},
    )
    assert response.status_code == 302
    assert DomainNarrative.objects.get(government=government, domain="demography").text
    page = coordinator_client.get(url(government, "diagnosis_domain", domain="demografia"))
    assert "Miasto się starzeje &lt;script&gt;" in page.content.decode()

    response = coordinator_client.post(
        url(government, "problem_create"),
        {"title": "Samotność seniorów", "domain": "demography", "description": "Z wywiadów"},
    )
    assert response.status_code == 302
    assert Problem.objects.get(title="Samotność seniorów").status == "confirmed"
    empty = coordinator_client.post(url(government, "problem_create"), {"title": ""})
    assert empty.status_code == 200 and "error-summary" in empty.content.decode()


def test_change_the_comparison_group_and_restore_the_default(coordinator_client, government, world):
    page = coordinator_client.get(url(government, "comparison_group"))
    assert "Miasto 2" in page.content.decode() and "Wieś 20" not in page.content.decode()
    edit = coordinator_client.get(url(government, "comparison_group_edit"))
    assert "Wieś 20" not in edit.content.decode()  # another kind is not offered
    chosen = [world["urban"][5].pk, world["urban"][6].pk]
    response = coordinator_client.post(url(government, "comparison_group_edit"), {"units": chosen})
    assert response.status_code == 302
    group = ComparisonGroup.objects.get(government=government)
    assert set(group.units.values_list("pk", flat=True)) == set(chosen)
    coordinator_client.post(url(government, "comparison_group_reset"))
    group.refresh_from_db()
    assert group.is_default and group.units.count() == 10


def test_readers_see_the_diagnosis_without_the_editing_tools(client, reader, government, world):
    client.force_login(reader)
    page = client.get(url(government, "diagnosis_domain", domain="rynek-pracy"))
    assert page.status_code == 200
    assert "Napisz tekst" not in page.content.decode()
    problem = Problem.objects.get(government=government)
    detail = client.get(url(government, "problem_detail", problem=problem.pk))
    assert html_tree(detail).find(".//form[@class='narrow']") is None


def test_pages_without_a_statistical_unit_explain_what_to_do(coordinator_client, government):
    page = coordinator_client.get(url(government, "diagnosis"))
    assert "nie jest jeszcze powiązany" in page.content.decode()
    domain = coordinator_client.get(url(government, "diagnosis_domain", domain="demografia"))
    assert domain.status_code == 200
    group = coordinator_client.get(url(government, "comparison_group"))
    assert group.status_code == 200


def test_the_chapter_holds_texts_tables_charts_and_problems(coordinator_client, government, world):
    from diagnosis.presentation import diagnosis_chapter

    problem = Problem.objects.get(government=government)
    services.problem_review(problem=problem, status="confirmed", serious=True)
    services.narrative_set(government=government, domain="labour_market", text="Bezrobocie.")
    chapter = diagnosis_chapter(government)
    labour = next(s for s in chapter.sections if s.domain == "labour_market")
    assert labour.narrative == "Bezrobocie."
    (row,) = labour.rows
    assert (row.year, row.values[0], row.rank) == (2023, "14,0", "11/11")
    assert row.values[1:] == ["6,0", "5,0", "5,0"]  # powiat, voivodeship, Poland
    assert len(labour.charts) == 1 and labour.problems == [problem]
    page = coordinator_client.get(url(government, "diagnosis_chapter"))
    assert page.status_code == 200
    assert len(html_tree(page).findall(".//figure/img")) == 1


def test_the_catalogue_page_and_an_indicator_of_ones_own(coordinator_client, government):
    from diagnosis.models import DiagnosisIndicator
    from diagnosis.services import catalogue_sync

    catalogue_sync()
    page = coordinator_client.get(url(government, "diagnosis_indicators"))
    assert page.content.decode().count("<tr>") > 40
    fields = {
        "code": "W01",
        "name": "Niebieskie Karty na 1000 mieszkańców",
        "domain": "safety",
        "unit": "‰",
        "direction": "down",
        "formula": "L_blue_cards / v72305 * 1000",
        "source": "OPS",
    }
    response = coordinator_client.post(url(government, "diagnosis_indicator_create"), fields)
    assert response.status_code == 302
    own = DiagnosisIndicator.objects.get(government=government, code="W01")
    bad = coordinator_client.post(
        url(government, "diagnosis_indicator_edit", own_indicator=own.pk),
        {**fields, "formula": "__import__('os')"},
    )
    assert bad.status_code == 200 and "Wzór może używać tylko" in bad.content.decode()
    taken = coordinator_client.post(
        url(government, "diagnosis_indicator_create"), {**fields, "code": "DEM01"}
    )
    assert "katalog" in taken.content.decode().lower()
    catalogue_item = DiagnosisIndicator.objects.get(code="DEM01", government=None)
    assert (
        coordinator_client.get(
            url(government, "diagnosis_indicator_edit", own_indicator=catalogue_item.pk)
        ).status_code
        == 404
    )

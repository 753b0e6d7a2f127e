"""The judgement of indicators per area in a year, and one indicator across the years."""

import datetime
from decimal import Decimal

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.testing import html_tree
from monitoring.classification import Status
from monitoring.indicator_charts import chart_decimals, indicator_chart
from monitoring.selectors import default_judgement_year, indicator_history, indicator_judgements
from strategies import services
from strategies.tests.factories import StrategyFactory, action, goal, indicator

pytestmark = pytest.mark.django_db

D = Decimal
MID_2025 = datetime.datetime(2025, 6, 15, 12, tzinfo=datetime.UTC)


def yearly(item, values=None, milestones=None):
    services.indicator_set_yearly(
        indicator=item,
        values={year: D(str(v)) for year, v in (values or {}).items()},
        milestones={year: D(str(v)) for year, v in (milestones or {}).items()},
    )
    return item


def measure(strategy, owner, name, direction="up", baseline=100, target=200, **fields):
    return indicator(
        strategy,
        owner,
        name=name,
        direction=direction,
        baseline_value=None if baseline is None else D(baseline),
        baseline_year=None if baseline is None else 2020,
        target_value=None if target is None else D(target),
        target_year=None if target is None else 2030,
        **fields,
    )


@pytest.fixture
def strategy(government):
    """Two areas (2021–2030): family with a rising, a falling and an unmeasured indicator;
    seniors with a kept level and one following its milestones."""
    strategy = StrategyFactory(government=government, title="Strategia Gminy")
    family = goal(strategy, "Rodzina")
    support = goal(strategy, "Wsparcie rodzin", parent=family)
    day_care = action(strategy, support, title="Świetlica")
    seniors = goal(strategy, "Seniorzy")
    club = goal(strategy, "Klub seniora", parent=seniors)
    yearly(measure(strategy, family, "Rodziny objęte pracą socjalną"), {2024: 160, 2023: 90})
    measure(strategy, support, "Asystenci rodzin", target=120)
    yearly(
        measure(strategy, day_care, "Dzieci w pieczy zastępczej", "down", 20, 10),
        {2024: 30, 2020: 20},
    )
    yearly(measure(strategy, club, "Miejsca w klubie", "keep", 30, 30), {2024: 30})
    yearly(
        measure(strategy, club, "Uczestnicy zajęć", baseline=0, target=10),
        {2024: 3},
        milestones={2024: 6},
    )
    return strategy


def statuses(area):
    return [(row.number, row.indicator.name, row.judgement.status) for row in area.rows]


def test_indicators_are_judged_per_area_in_the_order_of_the_tree(strategy):
    judged = indicator_judgements(strategy, 2024)
    assert [(area.node.number, area.node.title) for area in judged.areas] == [
        ("1", "Rodzina"),
        ("2", "Seniorzy"),
    ]
    assert statuses(judged.areas[0]) == [
        ("1", "Rodziny objęte pracą socjalną", Status.ON_TRACK),  # 160 against 140
        ("1.1", "Asystenci rodzin", Status.NO_DATA),
        ("1.1.1", "Dzieci w pieczy zastępczej", Status.OFF_TRACK),  # 30 against 16
    ]
    assert statuses(judged.areas[1]) == [
        ("2.1", "Miejsca w klubie", Status.ACHIEVED),
        ("2.1", "Uczestnicy zajęć", Status.OFF_TRACK),  # 3 against the milestone of 6
    ]
    first = judged.areas[0].rows[0].judgement
    assert (first.value, first.expected, first.achievement) == (D(160), D(140), D("0.6"))


def test_counts_per_area_and_in_total(strategy):
    judged = indicator_judgements(strategy, 2024)
    assert dict(judged.areas[0].counts) == {
        Status.ACHIEVED: 0,
        Status.ON_TRACK: 1,
        Status.AT_RISK: 0,
        Status.OFF_TRACK: 1,
        Status.NO_DATA: 1,
    }
    assert [status for status, _count in judged.counts] == list(Status)
    assert dict(judged.counts)[Status.OFF_TRACK] == 2
    assert judged.indicator_count == 5


def test_each_year_is_judged_by_its_own_values(strategy):
    judged = indicator_judgements(strategy, 2023)
    assert statuses(judged.areas[0])[0][2] == Status.OFF_TRACK  # 90 against 130
    assert statuses(judged.areas[1])[0][2] == Status.NO_DATA


def _queries(callable_):
    with CaptureQueriesContext(connection) as captured:
        callable_()
    return len(captured)


def _bigger(government, areas=3, goals=3, actions=3):
    strategy = StrategyFactory(government=government)
    for a in range(areas):
        area = goal(strategy, f"Obszar {a}")
        measure(strategy, area, f"Wskaźnik {a}")
        for g in range(goals):
            operational = goal(strategy, f"Cel {a}.{g}", parent=area)
            for n in range(actions):
                act = action(strategy, operational, title=f"Działanie {a}.{g}.{n}")
                yearly(measure(strategy, act, f"Wskaźnik {a}.{g}.{n}"), {2024: 150}, {2025: 160})
    return strategy


def test_the_judgement_takes_a_fixed_number_of_queries(strategy, other_government):
    bigger = _bigger(other_government)
    small = _queries(lambda: indicator_judgements(strategy, 2024))
    large = _queries(lambda: indicator_judgements(bigger, 2024))
    assert small == large
    assert large <= 10


def test_default_year_is_the_last_finished_year_within_the_strategy(strategy):
    assert default_judgement_year(strategy, datetime.date(2025, 3, 1)) == 2024
    assert default_judgement_year(strategy, datetime.date(2020, 3, 1)) == 2021
    assert default_judgement_year(strategy, datetime.date(2040, 3, 1)) == 2030


def test_history_judges_every_year_so_far_from_the_baseline(strategy):
    item = strategy.indicators.get(name="Dzieci w pieczy zastępczej")
    history = indicator_history(strategy, item.pk, today=datetime.date(2025, 6, 1))
    assert [j.year for j in history.judgements] == list(range(2020, 2026))
    assert [j.status for j in history.judgements] == [
        Status.ON_TRACK,  # the baseline year's value is the baseline
        Status.NO_DATA,
        Status.NO_DATA,
        Status.NO_DATA,
        Status.OFF_TRACK,
        Status.NO_DATA,
    ]
    assert history.chart_years == list(range(2020, 2031))


def test_the_chart_shows_values_trajectory_baseline_and_target(strategy):
    item = strategy.indicators.get(name="Uczestnicy zajęć")
    chart = indicator_chart(indicator_history(strategy, item.pk, today=datetime.date(2025, 1, 1)))
    measured, trajectory = chart.series
    assert measured.emphasis and not measured.dashed
    assert trajectory.dashed
    assert dict(measured.points)[2024] == 3.0
    assert dict(trajectory.points)[2024] == 6.0  # the milestone
    assert dict(trajectory.points)[2022] == 3.0  # on the line from 0 (2020) to 6 (2024)
    assert [line.value for line in chart.references] == [0.0, 10.0]
    assert "stroke-dasharray" in chart.svg()
    header, rows = chart.table
    assert header[1:] == [str(year) for year in range(2020, 2031)]
    assert len(rows) == 2


def test_chart_decimals_follow_the_figures():
    assert chart_decimals([D("10.0000"), D(20)], [D(15)]) == 0
    assert chart_decimals([D(10), D(20)], [D("13.3333")]) == 1
    assert chart_decimals([D("12.5")], []) == 1
    assert chart_decimals([D("0.00001")], []) == 4


# The pages.


def judgements_url(strategy, **query):
    url = reverse(
        "indicator_judgements",
        kwargs={"government": strategy.government.slug, "strategy": strategy.pk},
    )
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def history_url(strategy, item):
    return reverse(
        "indicator_judgement",
        kwargs={
            "government": strategy.government.slug,
            "strategy": strategy.pk,
            "indicator": item.pk,
        },
    )


def _text(element):
    return " ".join("".join(element.itertext()).split())


def test_the_overview_page_shows_counts_per_area_and_each_indicator(coordinator_client, strategy):
    with time_machine.travel(MID_2025):
        response = coordinator_client.get(judgements_url(strategy))
    assert response.status_code == 200
    tree = html_tree(response)
    assert tree.find(".//select[@id='rok']/option[@selected]").get("value") == "2024"
    overview, family, _seniors = tree.findall(".//table")
    assert overview.find("caption") is not None
    first_area = [_text(cell) for cell in overview.findall("./tbody/tr")[0]]
    assert first_area[0] == "1. Rodzina"
    assert first_area[1:] == ["0", "1", "0", "1", "1", "3"]  # achieved … no data, total
    totals = [_text(cell) for cell in overview.findall("./tfoot/tr/*")]
    assert totals[1:] == ["1", "1", "0", "2", "1", "5"]
    row = [_text(cell) for cell in family.findall("./tbody/tr")[0]]
    assert row[1] == "Rodziny objęte pracą socjalną"
    assert row[5:] == ["140", "160", "60%", f"→ {Status.ON_TRACK.label}"]
    # The status is a word, not only a colour.
    badge = family.find(".//span[@class='judgement judgement-on_track']")
    assert _text(badge).endswith(str(Status.ON_TRACK.label))
    link = family.find("./tbody/tr/th/a")
    assert link.get("href") == history_url(strategy, strategy.indicators.get(name=row[1]))


def test_the_year_can_be_chosen_and_a_bad_year_falls_back_to_the_default(
    coordinator_client, strategy
):
    with time_machine.travel(MID_2025):
        chosen = html_tree(coordinator_client.get(judgements_url(strategy, rok=2023)))
        bad = html_tree(coordinator_client.get(judgements_url(strategy, rok="abc")))
        outside = html_tree(coordinator_client.get(judgements_url(strategy, rok=1999)))
    assert chosen.find(".//option[@selected]").get("value") == "2023"
    assert bad.find(".//option[@selected]").get("value") == "2024"
    assert outside.find(".//option[@selected]").get("value") == "2024"
    assert "2023" in _text(chosen.find(".//h1"))


def test_a_strategy_without_indicators_says_so(coordinator_client, government):
    empty = StrategyFactory(government=government)
    goal(empty, "Rodzina")
    response = coordinator_client.get(judgements_url(empty))
    assert response.status_code == 200
    assert len(html_tree(response).findall(".//table")) == 0


def test_the_history_page_shows_the_chart_its_table_and_every_years_status(
    coordinator_client, strategy
):
    item = strategy.indicators.get(name="Rodziny objęte pracą socjalną")
    with time_machine.travel(MID_2025):
        response = coordinator_client.get(history_url(strategy, item))
    assert response.status_code == 200
    tree = html_tree(response)
    image = tree.find(".//figure[@class='chart']/img")
    assert image.get("src").startswith("data:image/svg+xml;base64,")
    assert item.name in image.get("alt")
    chart_table, by_year = tree.findall(".//table")
    assert len(chart_table.findall("./tbody/tr")) == 2
    years = [_text(row.find("th")) for row in by_year.findall("./tbody/tr")]
    assert years == [str(year) for year in range(2020, 2026)]
    statuses_by_year = [_text(row.findall("td")[-1]) for row in by_year.findall("./tbody/tr")]
    assert statuses_by_year[3].endswith(str(Status.OFF_TRACK.label))  # 2023: 90 against 130
    assert statuses_by_year[4].endswith(str(Status.ON_TRACK.label))  # 2024


def test_the_history_of_an_indicator_without_figures_says_so(coordinator_client, strategy):
    item = measure(strategy, strategy.goals.first(), "Bez danych", baseline=None, target=None)
    response = coordinator_client.get(history_url(strategy, item))
    assert response.status_code == 200
    assert html_tree(response).find(".//figure") is None


def test_the_indicator_page_links_to_its_judgement(coordinator_client, strategy):
    item = strategy.indicators.first()
    ids = {"government": strategy.government.slug, "strategy": strategy.pk, "indicator": item.pk}
    url = reverse("indicator_detail", kwargs=ids)
    hrefs = [a.get("href") for a in html_tree(coordinator_client.get(url)).iter("a")]
    assert history_url(strategy, item) in hrefs


def test_a_reader_may_see_the_judgements(client, strategy, reader):
    client.force_login(reader)
    assert client.get(judgements_url(strategy)).status_code == 200
    assert client.get(history_url(strategy, strategy.indicators.first())).status_code == 200


def test_another_governments_coordinator_gets_404(client, strategy, other_coordinator):
    client.force_login(other_coordinator)
    assert client.get(judgements_url(strategy)).status_code == 404
    assert client.get(history_url(strategy, strategy.indicators.first())).status_code == 404


def test_an_indicator_of_another_strategy_is_404_under_ones_own(
    coordinator_client, strategy, government
):
    other = StrategyFactory(government=government)
    foreign = measure(other, goal(other, "Inne"), "Cudzy")
    assert coordinator_client.get(history_url(strategy, foreign)).status_code == 404


def test_the_pages_take_a_fixed_number_of_queries(coordinator_client, strategy, other_government):
    from conftest import _member

    bigger = _bigger(other_government)
    other_client = type(coordinator_client)()
    other_client.force_login(_member(other_government, "coordinator"))
    small_item = strategy.indicators.first()
    large_item = bigger.indicators.last()
    pairs = [
        (judgements_url(strategy), judgements_url(bigger)),
        (history_url(strategy, small_item), history_url(bigger, large_item)),
    ]
    for small_url, large_url in pairs:
        small = _queries(lambda url=small_url: coordinator_client.get(url))
        large = _queries(lambda url=large_url: other_client.get(url))
        assert small == large, (small_url, small, large)
        assert large <= 15, (large_url, large)


def test_figures_show_the_decimals_they_have_in_polish_style():
    from monitoring.presentation import figure, percent

    assert figure(D("12.5000")) == "12,5"
    assert figure(D("1500.0000")) == "1\xa0500"
    assert figure(D("6.66666")) == "6,6667"
    assert figure(D("-0.0000")) == "0"
    assert figure(None) == "—"
    assert percent(D("0.6")) == "60%"
    assert percent(D("-1.004")) == "-100%"
    assert percent(None) == "—"

"""The pages of versions: who may do what, and what they show."""

import pytest
from django.urls import reverse

from core.testing import html_tree
from strategies import services as strategy_services
from strategies.tests.factories import StrategyFactory, action, goal, indicator
from versions.models import StrategyVersion
from versions.services import version_freeze

pytestmark = pytest.mark.django_db


@pytest.fixture
def strategy(government):
    strategy = StrategyFactory(government=government, title="Strategia gminy")
    area = goal(strategy, "Rodzina")
    operational = goal(strategy, "Wsparcie rodzin", parent=area)
    act = action(strategy, operational, title="Praca socjalna")
    indicator(strategy, act, name="Rodziny objęte wsparciem")
    return strategy


def url(strategy, name, **kwargs) -> str:
    return reverse(
        name, kwargs={"government": strategy.government.slug, "strategy": strategy.pk, **kwargs}
    )


def test_coordinator_freezes_a_version_from_the_list(coordinator_client, coordinator, strategy):
    page = coordinator_client.get(url(strategy, "version_list"))
    assert page.status_code == 200
    assert url(strategy, "version_create") in page.content.decode()

    response = coordinator_client.post(
        url(strategy, "version_create"),
        {"kind": "consultation", "label": "Projekt", "note": "Do konsultacji"},
    )

    version = StrategyVersion.objects.get(strategy=strategy)
    assert response.status_code == 302
    assert response["Location"] == url(strategy, "version_detail", version=1)
    assert (version.number, version.kind, version.created_by) == (1, "consultation", coordinator)
    page = coordinator_client.get(url(strategy, "version_list"))
    rows = html_tree(page).findall(".//table/tbody/tr")
    assert len(rows) == 1 and "Projekt" in "".join(rows[0].itertext())


def test_adopted_without_resolution_shows_the_errors(coordinator_client, strategy):
    response = coordinator_client.post(url(strategy, "version_create"), {"kind": "adopted"})
    assert response.status_code == 400
    content = response.content.decode()
    assert 'class="error-summary"' in content
    assert 'aria-invalid="true"' in content
    assert not StrategyVersion.objects.exists()


def test_coordinator_freezes_the_adopted_version_with_its_resolution(coordinator_client, strategy):
    response = coordinator_client.post(
        url(strategy, "version_create"),
        {"kind": "adopted", "resolution_number": "XII/85/2024", "resolution_date": "2024-05-30"},
    )
    assert response.status_code == 302
    version = StrategyVersion.objects.get(strategy=strategy)
    assert (version.resolution_number, str(version.resolution_date)) == (
        "XII/85/2024",
        "2024-05-30",
    )
    page = coordinator_client.get(url(strategy, "version_detail", version=1))
    assert "XII/85/2024" in page.content.decode()


def test_reader_reads_versions_but_cannot_freeze(client, reader, strategy):
    version_freeze(strategy=strategy, kind="draft", note="Robocza")
    client.force_login(reader)
    page = client.get(url(strategy, "version_list"))
    assert page.status_code == 200
    assert url(strategy, "version_create") not in page.content.decode()
    assert client.get(url(strategy, "version_detail", version=1)).status_code == 200
    assert client.get(url(strategy, "version_compare")).status_code == 200
    assert client.post(url(strategy, "version_create"), {"kind": "draft"}).status_code == 403
    assert client.post(url(strategy, "version_edit", version=1), {"note": "x"}).status_code == 403
    assert StrategyVersion.objects.count() == 1


def test_another_government_gets_404(client, other_coordinator, strategy):
    version_freeze(strategy=strategy, kind="draft", note="")
    client.force_login(other_coordinator)
    for name, kwargs in (
        ("version_list", {}),
        ("version_detail", {"version": 1}),
        ("version_compare", {}),
    ):
        assert client.get(url(strategy, name, **kwargs)).status_code == 404


def test_a_version_of_another_strategy_is_not_found_under_this_one(
    coordinator_client, strategy, government
):
    other = StrategyFactory(government=government)
    version_freeze(strategy=other, kind="draft", note="")
    assert coordinator_client.get(url(strategy, "version_detail", version=1)).status_code == 404


def test_version_page_shows_the_frozen_tree(coordinator_client, strategy):
    version_freeze(strategy=strategy, kind="draft", note="Pierwsza")
    strategy_services.goal_update(
        goal=strategy.goals.get(title="Rodzina"), title="Rodzina i dzieci", description=""
    )
    page = coordinator_client.get(url(strategy, "version_detail", version=1))
    content = page.content.decode()
    assert page.status_code == 200
    assert "1. Rodzina" in content and "Rodzina i dzieci" not in content
    assert "1.1.1. Praca socjalna" in content
    assert "Rodziny objęte wsparciem" in content
    assert "Pierwsza" in content


def test_the_note_of_a_version_may_be_edited(coordinator_client, strategy):
    version = version_freeze(strategy=strategy, kind="draft", note="Stara")
    response = coordinator_client.post(
        url(strategy, "version_edit", version=1), {"label": "Robocza 1", "note": "Nowa"}
    )
    assert response.status_code == 302
    version.refresh_from_db()
    assert (version.label, version.note) == ("Robocza 1", "Nowa")
    assert coordinator_client.get(url(strategy, "version_edit", version=1)).status_code == 200


def test_compare_page_defaults_to_the_latest_two_versions(coordinator_client, strategy):
    version_freeze(strategy=strategy, kind="draft", note="")
    strategy_services.goal_update(
        goal=strategy.goals.get(title="Rodzina"), title="Rodzina i dzieci", description=""
    )
    version_freeze(strategy=strategy, kind="consultation", note="")

    page = coordinator_client.get(url(strategy, "version_compare"))

    tree = html_tree(page)
    assert page.status_code == 200
    assert tree.find(".//select[@name='z']/option[@selected]").get("value") == "1"
    assert tree.find(".//select[@name='do']/option[@selected]").get("value") == "2"
    summary = tree.find(".//table")
    goals_row = ["".join(cell.itertext()).strip() for cell in summary.findall("./tbody/tr")[0]]
    assert goals_row[1:] == ["0", "0", "1", "0", "1"]  # added, removed, changed, moved, same
    diff = tree.find(".//table[@class='data-table compact diff']")
    assert diff.find(".//del") is None  # "Rodzina" stayed; the new words are marked
    inserted = diff.find(".//ins")
    assert inserted.find("span[@class='visually-hidden']") is not None  # a text label
    assert "".join(inserted.itertext()).endswith(" i dzieci")


def test_compare_a_version_with_the_current_working_state(coordinator_client, strategy):
    version_freeze(strategy=strategy, kind="draft", note="")
    operational = strategy.goals.get(title="Wsparcie rodzin")
    action(strategy, operational, title="Asystent rodziny")

    page = coordinator_client.get(url(strategy, "version_compare"), {"z": "1", "do": "biezaca"})

    content = page.content.decode()
    assert page.status_code == 200
    assert "Asystent rodziny" in content
    assert "<ins>" in content


def test_compare_answers_htmx_with_the_partial(coordinator_client, strategy):
    version_freeze(strategy=strategy, kind="draft", note="")
    response = coordinator_client.get(
        url(strategy, "version_compare"), {"z": "1", "do": "1"}, headers={"HX-Request": "true"}
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in content and 'id="comparison"' in content


def test_compare_page_without_versions(coordinator_client, strategy):
    page = coordinator_client.get(url(strategy, "version_compare"))
    assert page.status_code == 200
    assert "<select" not in page.content.decode()


def test_compare_with_an_unknown_version_does_not_crash(coordinator_client, strategy):
    version_freeze(strategy=strategy, kind="draft", note="")
    page = coordinator_client.get(url(strategy, "version_compare"), {"z": "7", "do": "x"})
    assert page.status_code == 200
    assert 'id="comparison"' in page.content.decode()


def test_the_strategy_tabs_link_to_versions(coordinator_client, strategy):
    page = coordinator_client.get(url(strategy, "strategy_detail"))
    assert url(strategy, "version_list") in page.content.decode()


def test_compare_page_shows_a_description_too_costly_to_diff_as_changed_as_a_whole(
    coordinator_client, strategy
):
    # The longest description there may be (20,000 characters), of the kind that once made
    # the word diff run for hours: only the spaces match
    old_text, new_text = "a " * 9_999, "b " * 9_999
    family = strategy.goals.get(title="Rodzina")
    strategy_services.goal_update(goal=family, title="Rodzina", description=old_text)
    version_freeze(strategy=strategy, kind="draft", note="")
    family.refresh_from_db()
    strategy_services.goal_update(goal=family, title="Rodzina", description=new_text)

    page = coordinator_client.get(url(strategy, "version_compare"), {"z": "1", "do": "biezaca"})

    assert page.status_code == 200
    diff = html_tree(page).find(".//table[@class='data-table compact diff']")
    row = diff.find("./tbody/tr")
    assert "tekst zmieniony w całości" in "".join(row.find("th").itertext())
    old_cell, new_cell = row.findall("td")
    assert old_text in "".join(old_cell.find("del").itertext())  # in full, marked removed
    assert new_text in "".join(new_cell.find("ins").itertext())

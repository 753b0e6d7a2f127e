import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.testing import html_tree
from governments.tests.factories import InstitutionFactory
from strategies.tests.factories import StrategyFactory, goal
from teams.models import Attendance, Meeting, Team, TeamKind, TeamMember

from .factories import MeetingFactory, TeamFactory, TeamMemberFactory

pytestmark = pytest.mark.django_db


def url(name, strategy, **kwargs):
    return reverse(
        name, kwargs={"government": strategy.government.slug, "strategy": strategy.pk, **kwargs}
    )


@pytest.fixture
def strategy(government):
    return StrategyFactory(government=government)


@pytest.fixture
def team(strategy):
    return TeamFactory(strategy=strategy, name="Zespół programowy")


def _cells(response, selector=".//table/tbody/tr"):
    return [
        ["".join(cell.itertext()).strip() for cell in row]
        for row in html_tree(response).findall(selector)
    ]


def test_coordinator_creates_a_working_group_with_its_order(coordinator_client, strategy):
    area = goal(strategy, title="Rodzina")
    response = coordinator_client.get(url("team_create", strategy))
    assert response.status_code == 200
    response = coordinator_client.post(
        url("team_create", strategy),
        {
            "kind": TeamKind.WORKING_GROUP,
            "name": "Grupa robocza ds. rodziny",
            "area": area.pk,
            "order_number": "12/2025",
            "order_date": "2025-03-03",
            "order_issuer": "Burmistrz Miasta",
        },
    )
    team = Team.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url("team_detail", strategy, team=team.pk)
    assert (team.strategy, team.area, team.order_number) == (strategy, area, "12/2025")
    listing = coordinator_client.get(url("team_list", strategy))
    [row] = _cells(listing)
    assert row[0] == "Grupa robocza ds. rodziny" and row[2] == "Rodzina"
    assert "12/2025" in row[3] and "Burmistrz Miasta" in row[3]
    assert 'aria-current="page"' in listing.content.decode()  # the "Teams" tab


def test_an_area_for_a_monitoring_team_is_refused_next_to_the_field(coordinator_client, strategy):
    area = goal(strategy, title="Rodzina")
    response = coordinator_client.post(
        url("team_create", strategy),
        {"kind": TeamKind.MONITORING, "name": "Zespół monitorujący", "area": area.pk},
    )
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()
    assert not Team.objects.exists()


@time_machine.travel(datetime.datetime(2025, 6, 1, 12, tzinfo=datetime.UTC), tick=False)
def test_team_member_adds_members_and_a_meeting_with_attendance_and_minutes(
    client, team_member, government, strategy, team
):
    client.force_login(team_member)
    mops = InstitutionFactory(government=government, name="Miejski Ośrodek Pomocy Społecznej")
    for data in (
        {"name": "Anna Nowak", "function": "chair", "institution": mops.pk},
        {"name": "Jan Kowalski", "function": "secretary", "organisation": "Parafia św. Jana"},
        {"name": "Ewa Wiśniewska", "function": "member", "email": "ewa@example.org"},
    ):
        response = client.post(url("team_member_create", strategy, team=team.pk), data)
        assert response.status_code == 302, response.content.decode()
    anna, jan, ewa = team.members.order_by("position")
    assert (anna.institution, jan.organisation, ewa.email) == (mops, "Parafia św. Jana", ewa.email)

    assert client.get(url("team_meeting_create", strategy, team=team.pk)).status_code == 200
    response = client.post(
        url("team_meeting_create", strategy, team=team.pk),
        {
            "date": "2025-05-20",
            "place": "Urząd Miasta, sala 12",
            "agenda": "1. Diagnoza\n2. Obszary",
            "attendees": [anna.pk, jan.pk],
            "guests": "Dyrektor PUP",
            "minutes": "Zespół przyjął harmonogram.",
        },
    )
    meeting = Meeting.objects.get()
    assert response.status_code == 302
    assert set(meeting.attendees.all()) == {anna, jan}
    assert meeting.minutes == "Zespół przyjął harmonogram."

    page = client.get(url("team_meeting_detail", strategy, team=team.pk, team_meeting=meeting.pk))
    content = page.content.decode()
    assert "Zespół przyjął harmonogram." in content and "Dyrektor PUP" in content

    detail = client.get(url("team_detail", strategy, team=team.pk))
    rows = _cells(detail, ".//div[@id='team-members']//table/tbody/tr")
    assert [row[1] for row in rows] == ["Anna Nowak", "Jan Kowalski", "Ewa Wiśniewska"]
    assert [row[5].split()[0] for row in rows] == ["1", "1", "0"]  # attended, of 1 held
    assert "ewa@example.org" in detail.content.decode()

    # Editing keeps the ticks and changes them
    edit_url = url("team_meeting_edit", strategy, team=team.pk, team_meeting=meeting.pk)
    form = html_tree(client.get(edit_url))
    ticked = {
        box.get("value")
        for box in form.findall(".//input[@name='attendees']")
        if box.get("checked") is not None
    }
    assert ticked == {str(anna.pk), str(jan.pk)}
    client.post(edit_url, {"date": "2025-05-20", "attendees": [ewa.pk]})
    assert list(meeting.attendees.all()) == [ewa]


def test_team_member_cannot_create_or_delete_a_team(client, team_member, strategy, team):
    client.force_login(team_member)
    assert client.get(url("team_create", strategy)).status_code == 403
    assert client.post(url("team_delete", strategy, team=team.pk)).status_code == 403
    detail = client.get(url("team_detail", strategy, team=team.pk)).content.decode()
    assert url("team_delete", strategy, team=team.pk) not in detail
    assert url("team_member_create", strategy, team=team.pk) in detail


def test_a_reader_reads_but_cannot_write(client, reader, strategy, team):
    member = TeamMemberFactory(team=team, email="tajny@example.org")
    meeting = MeetingFactory(team=team)
    client.force_login(reader)
    for name, kwargs in (
        ("team_list", {}),
        ("team_detail", {"team": team.pk}),
        ("team_history", {"team": team.pk}),
        ("team_meeting_detail", {"team": team.pk, "team_meeting": meeting.pk}),
    ):
        response = client.get(url(name, strategy, **kwargs))
        assert response.status_code == 200, name
        assert "tajny@example.org" not in response.content.decode()  # e-mails: editors only
        assert url("team_member_create", strategy, team=team.pk) not in response.content.decode()
    for name, kwargs in (
        ("team_member_create", {"team": team.pk}),
        ("team_member_edit", {"team": team.pk, "team_member": member.pk}),
        ("team_member_move", {"team": team.pk, "team_member": member.pk}),
        ("team_meeting_create", {"team": team.pk}),
        ("team_meeting_delete", {"team": team.pk, "team_meeting": meeting.pk}),
    ):
        assert client.post(url(name, strategy, **kwargs), {"name": "x"}).status_code == 403
    assert TeamMember.objects.get().name == member.name


def test_another_governments_ids_are_not_found(
    coordinator_client, strategy, team, other_government
):
    foreign_strategy = StrategyFactory(government=other_government)
    foreign_team = TeamFactory(strategy=foreign_strategy)
    foreign_member = TeamMemberFactory(team=foreign_team)
    foreign_meeting = MeetingFactory(team=foreign_team)
    own_slug = strategy.government.slug
    cases = [
        ("team_list", {"strategy": foreign_strategy.pk}),
        ("team_detail", {"strategy": strategy.pk, "team": foreign_team.pk}),
        ("team_edit", {"strategy": strategy.pk, "team": foreign_team.pk}),
        (
            "team_member_edit",
            {"strategy": strategy.pk, "team": team.pk, "team_member": foreign_member.pk},
        ),
        (
            "team_meeting_detail",
            {"strategy": strategy.pk, "team": team.pk, "team_meeting": foreign_meeting.pk},
        ),
    ]
    for name, kwargs in cases:
        address = reverse(name, kwargs={"government": own_slug, **kwargs})
        assert coordinator_client.get(address).status_code == 404, name
    # a team of another strategy of the same government is not found under this one
    sibling = TeamFactory(strategy=StrategyFactory(government=strategy.government))
    address = url("team_detail", strategy, team=sibling.pk)
    assert coordinator_client.get(address).status_code == 404


def test_an_institution_of_another_government_is_refused_in_the_form(
    coordinator_client, strategy, team, other_government
):
    foreign = InstitutionFactory(government=other_government)
    response = coordinator_client.post(
        url("team_member_create", strategy, team=team.pk),
        {"name": "Anna Nowak", "function": "member", "institution": foreign.pk},
    )
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()
    options = html_tree(response).findall(".//select[@name='institution']/option")
    assert str(foreign.pk) not in {option.get("value") for option in options}
    assert not TeamMember.objects.exists()


def test_attendance_of_another_teams_member_is_refused_in_the_form(
    coordinator_client, strategy, team
):
    stranger = TeamMemberFactory(team=TeamFactory(strategy=strategy))
    response = coordinator_client.post(
        url("team_meeting_create", strategy, team=team.pk),
        {"date": "2025-03-01", "attendees": [stranger.pk]},
    )
    assert response.status_code == 200
    summary = html_tree(response).find(".//div[@class='error-summary']")
    assert summary.find(".//a").get("href") == "#id_attendees_0"  # links to the boxes
    assert not Meeting.objects.exists()


@time_machine.travel(datetime.datetime(2025, 6, 1, 12, tzinfo=datetime.UTC), tick=False)
def test_attendance_at_a_future_meeting_is_refused_with_a_message(
    coordinator_client, strategy, team
):
    member = TeamMemberFactory(team=team)
    response = coordinator_client.post(
        url("team_meeting_create", strategy, team=team.pk),
        {"date": "2025-09-01", "attendees": [member.pk]},
    )
    assert response.status_code == 200
    assert 'class="error-summary"' in response.content.decode()
    response = coordinator_client.post(
        url("team_meeting_create", strategy, team=team.pk),
        {"date": "2025-09-01", "agenda": "1. Raport z monitoringu"},
    )
    assert response.status_code == 302
    detail = coordinator_client.get(url("team_detail", strategy, team=team.pk))
    assert Meeting.objects.get().is_planned()
    assert detail.status_code == 200


def test_deleting_a_team_lists_what_goes_with_it(coordinator_client, strategy, team):
    member = TeamMemberFactory(team=team)
    meeting = MeetingFactory(team=team)
    Attendance.objects.create(meeting=meeting, member=member)
    address = url("team_delete", strategy, team=team.pk)
    page = html_tree(coordinator_client.get(address))
    consequences = ["".join(item.itertext()) for item in page.findall(".//main/ul/li")]
    assert len(consequences) == 2  # one member; one meeting with its minutes and attendance
    assert all(text.startswith("1 ") for text in consequences)
    response = coordinator_client.post(address)
    assert response.status_code == 302
    assert response["Location"] == url("team_list", strategy)
    assert not Team.objects.exists() and not Attendance.objects.exists()


def test_deleting_a_member_and_a_meeting(coordinator_client, strategy, team):
    member = TeamMemberFactory(team=team)
    meeting = MeetingFactory(team=team)
    address = url("team_member_delete", strategy, team=team.pk, team_member=member.pk)
    assert coordinator_client.get(address).status_code == 200
    assert coordinator_client.post(address).status_code == 302
    assert not TeamMember.objects.exists()
    address = url("team_meeting_delete", strategy, team=team.pk, team_meeting=meeting.pk)
    assert coordinator_client.get(address).status_code == 200
    assert coordinator_client.post(address).status_code == 302
    assert not Meeting.objects.exists()


def test_a_member_who_attended_a_meeting_is_not_deleted(coordinator_client, strategy, team):
    member = TeamMemberFactory(team=team, name="Anna Nowak")
    Attendance.objects.create(meeting=MeetingFactory(team=team), member=member)
    address = url("team_member_delete", strategy, team=team.pk, team_member=member.pk)
    response = coordinator_client.post(address)
    assert response.status_code == 400
    summary = html_tree(response).find(".//*[@class='error-summary']")
    assert "Anna Nowak" in "".join(summary.itertext())
    assert TeamMember.objects.filter(pk=member.pk).exists() and Attendance.objects.exists()


def test_members_are_reordered_with_htmx(coordinator_client, strategy, team):
    TeamMemberFactory(team=team, name="Pierwsza", position=0)
    second = TeamMemberFactory(team=team, name="Drugi", position=1)
    response = coordinator_client.post(
        url("team_member_move", strategy, team=team.pk, team_member=second.pk),
        {"direction": "up"},
        HTTP_HX_REQUEST="true",
    )
    content = response.content.decode()
    assert 'id="team-members"' in content and "<html" not in content
    assert content.index("Drugi") < content.index("Pierwsza")
    response = coordinator_client.post(
        url("team_member_move", strategy, team=team.pk, team_member=second.pk),
        {"direction": "down"},
    )
    assert response.status_code == 302


def test_meetings_are_paginated(coordinator_client, strategy, team):
    for day in range(1, 26):
        MeetingFactory(team=team, date=datetime.date(2024, 1, day))
    meetings = ".//main/div[@class='table-scroll']/table/tbody/tr"
    first = _cells(coordinator_client.get(url("team_detail", strategy, team=team.pk)), meetings)
    assert len(first) == 20 and first[0][0] == "25 stycznia 2024"  # newest first
    second = coordinator_client.get(url("team_detail", strategy, team=team.pk) + "?strona=2")
    rows = _cells(second, meetings)
    assert [row[0] for row in rows][-1] == "1 stycznia 2024" and len(rows) == 5


def test_the_history_of_a_team_shows_its_members_and_meetings(coordinator_client, strategy, team):
    coordinator_client.post(
        url("team_member_create", strategy, team=team.pk),
        {"name": "Anna Nowak", "function": "member"},
    )
    coordinator_client.post(
        url("team_meeting_create", strategy, team=team.pk),
        {"date": "2024-03-01", "attendees": [TeamMember.objects.get().pk]},
    )
    response = coordinator_client.get(url("team_history", strategy, team=team.pk))
    assert response.status_code == 200
    assert "Anna Nowak" in response.content.decode()


def _list_queries(client, strategy) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url("team_list", strategy)).status_code == 200
    return len(queries)


def test_the_list_of_teams_takes_the_same_queries_for_2_and_8_teams(coordinator_client, strategy):
    area = goal(strategy, title="Rodzina")

    def add_teams(count):
        for _ in range(count):
            team = TeamFactory(strategy=strategy, kind=TeamKind.WORKING_GROUP, area=area)
            member = TeamMemberFactory(team=team)
            meeting = MeetingFactory(team=team)
            Attendance.objects.create(meeting=meeting, member=member)

    add_teams(2)
    with_two = _list_queries(coordinator_client, strategy)
    add_teams(6)
    assert _list_queries(coordinator_client, strategy) == with_two


def test_the_coordinator_opens_every_page_of_a_team(coordinator_client, strategy, team):
    member = TeamMemberFactory(
        team=team, institution=InstitutionFactory(government=strategy.government)
    )
    meeting = MeetingFactory(team=team, agenda="1. Otwarcie", minutes="Protokół")
    Attendance.objects.create(meeting=meeting, member=member)
    one = {"team": team.pk}
    for name, kwargs in (
        ("team_list", {}),
        ("team_create", {}),
        ("team_detail", one),
        ("team_edit", one),
        ("team_delete", one),
        ("team_history", one),
        ("team_member_create", one),
        ("team_member_edit", {**one, "team_member": member.pk}),
        ("team_member_delete", {**one, "team_member": member.pk}),
        ("team_meeting_create", one),
        ("team_meeting_detail", {**one, "team_meeting": meeting.pk}),
        ("team_meeting_edit", {**one, "team_meeting": meeting.pk}),
        ("team_meeting_delete", {**one, "team_meeting": meeting.pk}),
    ):
        assert coordinator_client.get(url(name, strategy, **kwargs)).status_code == 200, name
    assert (
        coordinator_client.get(
            url("team_member_move", strategy, team=team.pk, team_member=member.pk)
        ).status_code
        == 405
    )

import datetime

import pytest
import time_machine
from django.core.exceptions import ValidationError

from governments.tests.factories import InstitutionFactory
from strategies.tests.factories import StrategyFactory, goal
from teams import selectors, services
from teams.models import Attendance, Meeting, MemberFunction, Team, TeamKind, TeamMember

from .factories import MeetingFactory, TeamFactory, TeamMemberFactory

pytestmark = pytest.mark.django_db


def test_a_team_is_saved_with_the_order_that_appointed_it(government):
    strategy = StrategyFactory(government=government)
    team = services.team_save(
        team=Team(
            strategy=strategy,
            kind=TeamKind.PROGRAMME,
            name="Zespół ds. opracowania strategii",
            order_number="12/2025",
            order_date=datetime.date(2025, 3, 3),
            order_issuer="Burmistrz Miasta",
        )
    )
    assert "12/2025" in team.appointed_by
    assert "marca 2025" in team.appointed_by  # the date in words, localised
    assert team.appointed_by.endswith("Burmistrz Miasta")


def test_the_date_of_an_order_needs_its_number(government):
    strategy = StrategyFactory(government=government)
    with pytest.raises(ValidationError) as error:
        services.team_save(
            team=Team(
                strategy=strategy,
                kind=TeamKind.MONITORING,
                name="Zespół monitorujący",
                order_date=datetime.date(2025, 3, 3),
            )
        )
    assert "order_number" in error.value.error_dict


def test_a_working_group_works_on_a_top_level_area_of_its_own_strategy(government):
    strategy = StrategyFactory(government=government)
    area = goal(strategy, title="Rodzina")
    below = goal(strategy, title="Wsparcie rodzin", parent=area)
    other_area = goal(StrategyFactory(government=government), title="Obcy obszar")
    group = services.team_save(
        team=Team(strategy=strategy, kind=TeamKind.WORKING_GROUP, name="Grupa", area=area)
    )
    assert group.area == area
    for wrong in (below, other_area):
        group.area = wrong
        with pytest.raises(ValidationError) as error:
            services.team_save(team=group)
        assert "area" in error.value.error_dict
    monitoring = Team(strategy=strategy, kind=TeamKind.MONITORING, name="Monitoring", area=area)
    with pytest.raises(ValidationError):
        services.team_save(team=monitoring)


def test_members_are_appended_in_order_and_move(government):
    team = TeamFactory(strategy=StrategyFactory(government=government))
    first = services.team_member_save(member=TeamMember(team=team, name="Anna Nowak"))
    second = services.team_member_save(
        member=TeamMember(team=team, name="Jan Kowalski", function=MemberFunction.SECRETARY)
    )
    assert (first.position, second.position) == (0, 1)
    assert services.team_member_move(member=second, direction="up")
    assert list(team.members.order_by("position").values_list("name", flat=True)) == [
        "Jan Kowalski",
        "Anna Nowak",
    ]


def test_an_institution_of_another_government_is_refused(government, other_government):
    team = TeamFactory(strategy=StrategyFactory(government=government))
    foreign = InstitutionFactory(government=other_government)
    with pytest.raises(ValidationError) as error:
        services.team_member_save(
            member=TeamMember(team=team, name="Anna Nowak", institution=foreign)
        )
    assert "institution" in error.value.error_dict
    own = InstitutionFactory(government=government, name="Miejski Ośrodek Pomocy Społecznej")
    member = services.team_member_save(member=TeamMember(team=team, name="Anna", institution=own))
    assert member.represents == own.label


def test_an_institution_and_another_organisation_are_not_both_given(government):
    team = TeamFactory(strategy=StrategyFactory(government=government))
    with pytest.raises(ValidationError) as error:
        services.team_member_save(
            member=TeamMember(
                team=team,
                name="Anna",
                institution=InstitutionFactory(government=government),
                organisation="Parafia św. Jana",
            )
        )
    assert "organisation" in error.value.error_dict


def test_a_team_has_one_chair(government):
    team = TeamFactory(strategy=StrategyFactory(government=government))
    services.team_member_save(
        member=TeamMember(team=team, name="Anna", function=MemberFunction.CHAIR)
    )
    with pytest.raises(ValidationError) as error:
        services.team_member_save(
            member=TeamMember(team=team, name="Jan", function=MemberFunction.CHAIR)
        )
    assert list(error.value.error_dict) == ["function"]
    assert "Anna" in error.value.messages[0]
    other_team = TeamFactory(strategy=team.strategy)
    services.team_member_save(
        member=TeamMember(team=other_team, name="Jan", function=MemberFunction.CHAIR)
    )


@time_machine.travel(datetime.date(2025, 6, 1), tick=False)
def test_attendance_is_counted_over_the_meetings_held(government):
    team = TeamFactory(strategy=StrategyFactory(government=government))
    anna, jan, ewa = (TeamMemberFactory(team=team, name=name) for name in ("Anna", "Jan", "Ewa"))
    first = services.meeting_save(
        meeting=Meeting(team=team, date=datetime.date(2025, 3, 1), minutes="Protokół nr 1"),
        attendees=[anna, jan],
    )
    services.meeting_save(
        meeting=Meeting(team=team, date=datetime.date(2025, 5, 1)), attendees=[anna]
    )
    services.meeting_save(  # a planned meeting: agenda now, attendance after it
        meeting=Meeting(team=team, date=datetime.date(2025, 9, 1), agenda="1. Raport"),
        attendees=[],
    )
    assert selectors.meetings_held(team) == 2
    attended = {member.name: member.attended for member in selectors.team_members(team)}
    assert attended == {"Anna": 2, "Jan": 1, "Ewa": 0}

    services.meeting_save(meeting=first, attendees=[anna, ewa])  # Jan was not there after all
    attended = {member.name: member.attended for member in selectors.team_members(team)}
    assert attended == {"Anna": 2, "Jan": 0, "Ewa": 1}
    removed = Attendance.history.filter(history_type="-").get()
    assert removed.member_id == jan.pk


def test_only_the_teams_own_members_can_be_present(government):
    strategy = StrategyFactory(government=government)
    team, other_team = TeamFactory(strategy=strategy), TeamFactory(strategy=strategy)
    stranger = TeamMemberFactory(team=other_team, name="Obcy")
    with pytest.raises(ValidationError) as error:
        services.meeting_save(
            meeting=Meeting(team=team, date=datetime.date(2025, 3, 1)), attendees=[stranger]
        )
    assert "attendees" in error.value.error_dict
    assert not Meeting.objects.exists()
    meeting = MeetingFactory(team=team)
    with pytest.raises(ValidationError):  # the model refuses it too
        Attendance(meeting=meeting, member=stranger).full_clean()


@time_machine.travel(datetime.date(2025, 6, 1), tick=False)
def test_a_future_meeting_is_fine_but_not_its_attendance(government):
    team = TeamFactory(strategy=StrategyFactory(government=government))
    member = TeamMemberFactory(team=team)
    planned = services.meeting_save(
        meeting=Meeting(team=team, date=datetime.date(2025, 9, 1)), attendees=[]
    )
    assert planned.is_planned()
    with pytest.raises(ValidationError) as error:
        services.meeting_save(meeting=planned, attendees=[member])
    assert "attendees" in error.value.error_dict


def test_a_member_who_attended_a_meeting_is_kept_with_the_attendance(government):
    team = TeamFactory(strategy=StrategyFactory(government=government))
    member = TeamMemberFactory(team=team, name="Anna Nowak")
    services.meeting_save(meeting=MeetingFactory(team=team), attendees=[member])
    with pytest.raises(ValidationError) as error:
        services.team_member_delete(member=member)
    assert "Anna Nowak" in error.value.messages[0]
    assert TeamMember.objects.filter(pk=member.pk).exists()
    assert Attendance.objects.filter(member=member).count() == 1
    newcomer = TeamMemberFactory(team=team)
    services.team_member_delete(member=newcomer)  # never attended: deleted
    assert not TeamMember.objects.filter(pk=newcomer.pk).exists()


def test_deleting_a_team_deletes_its_members_and_meetings(government):
    team = TeamFactory(strategy=StrategyFactory(government=government))
    member = TeamMemberFactory(team=team)
    services.meeting_save(meeting=MeetingFactory(team=team), attendees=[member])
    services.team_delete(team=team)
    assert not (TeamMember.objects.exists() or Meeting.objects.exists())
    assert not Attendance.objects.exists()

"""The history of a team stays readable after the rows it tells about are deleted."""

import datetime

import pytest
from django.urls import reverse

from teams import services
from teams.models import Meeting

from .factories import TeamFactory, TeamMemberFactory

pytestmark = pytest.mark.django_db


def test_the_team_history_shows_a_deleted_meetings_attendance(coordinator_client, government):
    from strategies.tests.factories import StrategyFactory

    team = TeamFactory(strategy=StrategyFactory(government=government), name="Zespół programowy")
    member = TeamMemberFactory(team=team, name="Anna Nowak")
    meeting = services.meeting_save(
        meeting=Meeting(team=team, date=datetime.date(2024, 3, 1)), attendees=[member]
    )
    meeting_id = meeting.pk
    services.meeting_delete(meeting=meeting)
    response = coordinator_client.get(
        reverse(
            "team_history",
            kwargs={"government": government.slug, "strategy": team.strategy_id, "team": team.pk},
        )
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert "Anna Nowak" in text
    assert f"#{meeting_id} (usunięty)" in text  # the meeting its attendance pointed to

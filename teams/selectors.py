"""Reads of teams: the list with counts, members with their attendance, meetings."""

import datetime

from django.db import models
from django.db.models.functions import Coalesce
from django.utils import timezone

from strategies.models import Goal, Strategy

from .models import KIND_ORDER, Attendance, Meeting, Team, TeamMember


def _count(queryset: models.QuerySet, outer: str) -> Coalesce:
    rows = (
        queryset.filter(**{outer: models.OuterRef("pk")})
        .order_by()
        .values(outer)
        .annotate(n=models.Count("pk"))
        .values("n")
    )
    return Coalesce(models.Subquery(rows), 0)


def strategy_teams(strategy: Strategy, *, today: datetime.date | None = None) -> list[Team]:
    """The teams of a strategy in the order of its lifecycle, with the numbers of members and
    meetings held and the date of the last meeting held: one query."""
    today = today or timezone.localdate()
    held = Meeting.objects.filter(date__lte=today)
    last = held.filter(team=models.OuterRef("pk")).order_by("-date").values("date")[:1]
    kind_order = models.Case(
        *(models.When(kind=kind, then=index) for index, kind in enumerate(KIND_ORDER)),
        default=len(KIND_ORDER),
    )
    return list(
        Team.objects.filter(strategy=strategy)
        .select_related("area")
        .annotate(
            member_count=_count(TeamMember.objects.all(), "team"),
            meeting_count=_count(held, "team"),
            last_meeting=models.Subquery(last),
            kind_order=kind_order,
        )
        .order_by("kind_order", "area__position", "name", "id")
    )


def team_areas(strategy: Strategy) -> models.QuerySet:
    """The areas a working group can work on: the strategy's top-level goals."""
    return Goal.objects.filter(strategy=strategy, depth=1).order_by("position", "id")


def team_members(team: Team, *, today: datetime.date | None = None) -> list[TeamMember]:
    """Members in order, each with ``attended``: the meetings held that they were at."""
    today = today or timezone.localdate()
    attended = Attendance.objects.filter(meeting__date__lte=today)
    return list(
        TeamMember.objects.filter(team=team)
        .select_related("institution")
        .annotate(attended=_count(attended, "member"))
        .order_by("position", "id")
    )


def meetings_held(team: Team, *, today: datetime.date | None = None) -> int:
    return Meeting.objects.filter(team=team).held(today).count()


def team_meetings(team: Team) -> models.QuerySet:
    """The team's meetings, newest first, each with the number of members present."""
    return (
        Meeting.objects.filter(team=team)
        .annotate(present_count=_count(Attendance.objects.all(), "meeting"))
        .order_by("-date", "-id")
    )

"""Teams and a finished workshop of the demo town's next strategy (in preparation), so
that the preparation pages show the people at work. Names and texts are made up."""

import datetime
import random

from django.utils import timezone

from governments.models import LocalGovernment
from strategies.models import Strategy
from teams.models import Meeting, MemberFunction, Team, TeamKind, TeamMember
from teams.services import meeting_save, team_member_save, team_save
from workshops.models import SwotEntry, Workshop
from workshops.services import (
    ballot_cast,
    swot_entry_add,
    swot_entry_set_hidden,
    workshop_create,
    workshop_problem_make_goal,
    workshop_problems_load,
    workshop_set_status,
)

SEED = 2031
MEMBERS = (
    ("Anna Kowalska", "MOPS", MemberFunction.CHAIR),
    ("Piotr Nowak", "PUP", MemberFunction.DEPUTY),
    ("Ewa Wiśniewska", "PCPR", MemberFunction.SECRETARY),
    ("Tomasz Zieliński", "KPP", MemberFunction.MEMBER),
    ("Maria Lewandowska", "", MemberFunction.MEMBER),
)
SWOT = (
    (SwotEntry.Quadrant.STRENGTH, "Doświadczona kadra ośrodka pomocy społecznej"),
    (SwotEntry.Quadrant.STRENGTH, "Dobra współpraca szkół z poradnią psychologiczną"),
    (SwotEntry.Quadrant.WEAKNESS, "Za mało miejsc w dziennym domu pomocy"),
    (SwotEntry.Quadrant.WEAKNESS, "Brak mieszkań wspomaganych"),
    (SwotEntry.Quadrant.OPPORTUNITY, "Środki z programów na usługi społeczne"),
    (SwotEntry.Quadrant.THREAT, "Starzenie się mieszkańców i odpływ młodych"),
    (SwotEntry.Quadrant.THREAT, "Brak opiekunek na rynku pracy"),
)


def participation_load(town: LocalGovernment, strategy: Strategy) -> tuple[list[Team], Workshop]:
    today = timezone.localdate()
    programme = _programme_team_create(town, strategy, today)
    teams = [programme, *_working_groups_create(strategy, today)]
    workshop = _workshop_hold(strategy, today)
    return teams, workshop


def _programme_team_create(town: LocalGovernment, strategy: Strategy, today: datetime.date) -> Team:
    """The programme team, its members and two of its meetings."""
    programme = team_save(
        team=Team(
            strategy=strategy,
            kind=TeamKind.PROGRAMME,
            name="Zespół programowy ds. strategii 2031–2040",
            order_number="45/2026",
            order_date=today - datetime.timedelta(days=230),
            order_issuer="Burmistrz Miasta Przykładowo",
        )
    )
    members = _members_appoint(town, programme)
    for days, agenda, present in (
        (200, "Ustalenie obszarów strategii i podział zadań.", members),
        (120, "Omówienie diagnozy; przygotowanie warsztatów strategicznych.", members[:4]),
    ):
        meeting_save(
            meeting=Meeting(
                team=programme,
                date=today - datetime.timedelta(days=days),
                place="Urząd Miasta, sala 12",
                agenda=agenda,
                minutes="Zespół przyjął ustalenia; protokół przykładowy do demonstracji.",
            ),
            attendees=list(present),
        )
    return programme


def _members_appoint(town: LocalGovernment, team: Team) -> list[TeamMember]:
    institutions = {i.short_name or i.name: i for i in town.institutions.all()}
    members = []
    for name, short, function in MEMBERS:
        institution = institutions.get(short)
        members.append(
            team_member_save(
                member=TeamMember(
                    team=team,
                    name=f"{name} (dane przykładowe)",
                    institution=institution,
                    organisation="" if institution else "Stowarzyszenie „Razem dla Rodziny”",
                    function=function,
                )
            )
        )
    return members


def _working_groups_create(strategy: Strategy, today: datetime.date) -> list[Team]:
    """A working group for every area of the strategy."""
    return [
        team_save(
            team=Team(
                strategy=strategy,
                kind=TeamKind.WORKING_GROUP,
                name=f"Grupa robocza: {area.title}",
                area=area,
                order_number="46/2026",
                order_date=today - datetime.timedelta(days=150),
                order_issuer="Burmistrz Miasta Przykładowo",
            )
        )
        for area in strategy.goals.filter(parent=None).order_by("position")
    ]


def _workshop_hold(strategy: Strategy, today: datetime.date) -> Workshop:
    """A strategic workshop, held and closed: votes on the problems and a SWOT board."""
    rng = random.Random(SEED)  # noqa: S311 (made-up demo figures)
    workshop = workshop_create(
        strategy=strategy,
        title="Warsztat strategiczny: problemy i SWOT",
        date=today - datetime.timedelta(days=60),
        place="Miejski Ośrodek Kultury",
        participants="Przedstawiciele instytucji, organizacji pozarządowych i mieszkańców",
        participants_count=18,
    )
    workshop_problems_load(workshop=workshop)
    workshop_set_status(workshop=workshop, status=Workshop.Status.OPEN)
    items = list(workshop.problems.order_by("position"))
    for n in range(18):
        participant = f"demo-participant-{n}"
        chosen = rng.sample(items, k=min(3, len(items)))
        ballot_cast(
            workshop=workshop,
            participant=participant,
            values={chosen[0].pk: 5, chosen[1].pk: 3, chosen[2].pk: 2} if len(chosen) == 3 else {},
        )
        if n < len(SWOT):
            quadrant, text = SWOT[n]
            swot_entry_add(workshop=workshop, participant=participant, quadrant=quadrant, text=text)
    spam = swot_entry_add(
        workshop=workshop, participant="demo-participant-0", quadrant="threat", text="xxx"
    )
    swot_entry_set_hidden(entry=spam, hidden=True)
    workshop_set_status(workshop=workshop, status=Workshop.Status.CLOSED)
    # A flagged problem becomes a goal (the confirmed serious ones stay for the current
    # strategy's overview of problems no goal answers).
    flagged = [i for i in items if i.problem is not None and i.problem.status == "flagged"]
    workshop_problem_make_goal(item=(flagged or items)[0])
    return workshop

import datetime

import factory

from teams.models import Meeting, Team, TeamKind, TeamMember


class TeamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Team

    strategy = factory.SubFactory("strategies.tests.factories.StrategyFactory")
    kind = TeamKind.PROGRAMME
    name = factory.Sequence(lambda n: f"Zespół {n}")


class TeamMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TeamMember

    team = factory.SubFactory(TeamFactory)
    name = factory.Sequence(lambda n: f"Członek {n}")
    position = factory.Sequence(lambda n: n)


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    team = factory.SubFactory(TeamFactory)
    date = datetime.date(2025, 3, 1)

"""The demo data set: what ``manage.py load_demo`` creates, and that it works in the app."""

import datetime
import tempfile
from io import StringIO

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from django.db import transaction
from django.db.models import Count
from django.test import RequestFactory, override_settings
from django.urls import reverse

from governments.models import Institution, LocalGovernment, Membership
from preparation.models import ScheduleStep
from strategies.models import (
    Action,
    ActionParticipant,
    ActionPriority,
    Goal,
    Indicator,
    IndicatorValue,
    PlannedAmount,
    Strategy,
)

pytestmark = pytest.mark.django_db

PASSWORD = "demo-strategia"
CURRENT_TITLE = "Strategia Rozwiązywania Problemów Społecznych Miasta Przykładowo na lata 2021–2030"
HISTORICAL_TITLE = (
    "Gminna strategia integracji i polityki społecznej miasta Przykładowo do 2015 roku"
)
DISABILITY_AREA = (
    "DZIAŁANIA NA RZECZ OSÓB NIEPEŁNOSPRAWNYCH W ZAKRESIE REHABILITACJI SPOŁECZNEJ I "
    "ZAWODOWEJ I PRZESTRZEGANIA PRAW OSÓB NIEPEŁNOSPRAWNYCH"
)


def login_request():
    """What authenticate() gets from the login page: django-axes counts failures per request."""
    return RequestFactory().post("/logowanie/")


def load(*args: str) -> str:
    out = StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


@pytest.fixture(scope="class")
def demo(django_db_setup, django_db_blocker):
    """Load the demo once for a class of read-only tests; roll it back after the class.

    Loading takes a few seconds, so the tests that only read the data share one load. Each
    test's own transaction (pytest-django) nests inside this one as a savepoint.
    """
    with (
        django_db_blocker.unblock(),
        override_settings(
            PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
            MEDIA_ROOT=tempfile.mkdtemp(),  # the demo's documents, not in the project's media
        ),
        transaction.atomic(),
    ):
        yield load()
        transaction.set_rollback(True)


@pytest.fixture
def current(demo) -> Strategy:
    return Strategy.objects.get(government__slug="przykladowo", title=CURRENT_TITLE)


@pytest.fixture
def historical(demo) -> Strategy:
    return Strategy.objects.get(government__slug="przykladowo", title=HISTORICAL_TITLE)


def row_counts() -> dict[str, int]:
    models = [
        LocalGovernment,
        Institution,
        Membership,
        get_user_model(),
        Strategy,
        Goal,
        Action,
        ActionParticipant,
        ActionPriority,
        PlannedAmount,
        Indicator,
        IndicatorValue,
        ScheduleStep,
    ]
    return {model.__name__: model.objects.count() for model in models}


# Loading: these tests start from an empty database ------------------------------------


def test_the_command_loads_once_and_prints_the_logins():
    first = load()
    assert "Konta demonstracyjne (hasło: demo-strategia):" in first
    for username in ["koordynator", "zespol", "pup", "burmistrz", "radny", "sasiednia", "admin"]:
        assert f"  {username} " in first
    assert "http://127.0.0.1:8000/" in first
    before = row_counts()
    assert before["Action"] > 0

    second = load()
    assert row_counts() == before
    assert "Konta demonstracyjne (hasło: demo-strategia):" in second
    assert authenticate(login_request(), username="koordynator", password=PASSWORD) is not None


def test_quiet_prints_nothing():
    assert load("--quiet") == ""
    assert LocalGovernment.objects.filter(slug="przykladowo").exists()


def test_an_existing_account_keeps_its_password():
    get_user_model().objects.create_user(username="admin", password="my-own-password-1")
    load("--quiet")
    assert authenticate(login_request(), username="admin", password="my-own-password-1") is not None
    assert authenticate(login_request(), username="admin", password=PASSWORD) is None
    assert authenticate(login_request(), username="koordynator", password=PASSWORD) is not None


def seed_action(strategy: Strategy, area: str, number: int) -> Action:
    return strategy.actions.filter(goal__title=area).order_by("position")[number - 1]


def roles(action: Action) -> tuple[list[str], list[str]]:
    participants = action.participants.select_related("institution").order_by("position")
    implementers = [p.institution.name for p in participants if p.role == "implementer"]
    partners = [p.institution.name for p in participants if p.role == "partner"]
    return implementers, partners


def sources(action: Action) -> list[str]:
    return list(action.fundings.order_by("position").values_list("source__name", flat=True))


def months(strategy: Strategy) -> list[tuple]:
    return [
        (step.month_from.strftime("%Y-%m"), step.month_to and step.month_to.strftime("%Y-%m"))
        for step in strategy.schedule_steps.order_by("position")
    ]


class TestTheLoadedDemo:
    """Read-only checks of the loaded data; the class shares one load (see ``demo``)."""

    # Local governments and accounts --------------------------------------------------------

    def test_governments_form_a_hierarchy(self, demo):
        town = LocalGovernment.objects.get(slug="przykladowo")
        assert (town.name, town.kind, town.teryt) == (
            "Miasto Przykładowo",
            "urban_gmina",
            "9901011",
        )
        assert town.parent.slug == "powiat-przykladowy"
        assert town.parent.parent.slug == "wojewodztwo-przykladowe"
        neighbour = LocalGovernment.objects.get(slug="sasiednia")
        assert (neighbour.kind, neighbour.teryt) == ("rural_gmina", "9901022")
        assert neighbour.strategies.get().actions.count() == 3

    def test_the_register_names_the_seed_bodies(self, demo):
        names = set(
            Institution.objects.filter(government__slug="przykladowo").values_list(
                "name", flat=True
            )
        )
        assert 20 <= len(names) <= 30
        for generic in [
            "Organizacje pozarządowe",
            "Samorząd województwa",
            "Administracja rządowa",
            "Pracodawcy",
            "Organizacje pracodawców",
            "Lokalne media",
            "Inne podmioty",
        ]:
            assert generic in names
        pup = Institution.objects.get(government__slug="przykladowo", short_name="PUP")
        assert pup.kind == Institution.Kind.LABOUR_OFFICE

    @pytest.mark.parametrize(
        ("username", "government", "role"),
        [
            ("koordynator", "przykladowo", "coordinator"),
            ("zespol", "przykladowo", "team_member"),
            ("pup", "przykladowo", "implementer"),
            ("burmistrz", "przykladowo", "approver"),
            ("radny", "przykladowo", "reader"),
            ("sasiednia", "sasiednia", "coordinator"),
        ],
    )
    def test_the_demo_logins_work(self, demo, username, government, role):
        user = authenticate(login_request(), username=username, password=PASSWORD)
        assert user is not None
        assert user.first_name and user.last_name
        membership = user.memberships.get()
        assert (membership.government.slug, membership.role) == (government, role)
        if role == "implementer":
            assert membership.institution.short_name == "PUP"

    def test_the_admin_is_a_superuser_without_membership(self, demo):
        admin = authenticate(login_request(), username="admin", password=PASSWORD)
        assert admin is not None
        assert admin.is_staff and admin.is_superuser
        assert not admin.memberships.exists()

    # The current strategy ------------------------------------------------------------------

    def test_current_strategy_is_adopted_with_four_levels(self, current):
        assert (current.year_from, current.year_to) == (2021, 2030)
        assert current.status == Strategy.Status.ADOPTED
        assert current.resolution_number == "XXXV/245/2021"
        assert current.resolution_date == datetime.date(2021, 5, 27)
        assert current.mission and current.vision
        assert list(current.levels.order_by("depth").values_list("name", flat=True)) == [
            "Obszar",
            "Cel strategiczny",
            "Cel operacyjny",
            "Działanie",
        ]
        by_depth = dict(
            current.goals.values_list("depth").annotate(n=Count("id")).values_list("depth", "n")
        )
        assert by_depth[1] >= 5
        assert by_depth[2] >= by_depth[1]
        assert by_depth[3] > by_depth[2]
        assert not current.actions.exclude(goal__depth=3).exists()
        assert 40 <= current.actions.count() <= 50

    def test_every_action_has_an_implementer(self, current, historical):
        for strategy in (current, historical, Strategy.objects.get(government__slug="sasiednia")):
            without = strategy.actions.exclude(
                participants__role=ActionParticipant.Role.IMPLEMENTER
            )
            assert not without.exists(), strategy

    def test_periods_mix_continuous_work_and_year_ranges(self, current):
        continuous = current.actions.filter(is_continuous=True)
        ranged = current.actions.filter(is_continuous=False)
        assert continuous.exists()
        assert ranged.exists()
        for action in ranged:
            assert 2021 <= action.year_from <= action.year_to <= 2030

    def test_priorities_change_between_years(self, current):
        with_priorities = current.actions.filter(priorities__isnull=False).distinct()
        assert with_priorities.count() >= 20
        changing = current.actions.annotate(
            kinds=Count("priorities__priority", distinct=True)
        ).filter(kinds__gt=1)
        assert changing.count() >= 3
        action = current.actions.get(title__startswith="Wsparcie rodzin w kryzysie")
        assert action.priorities_by_year()[2021] == "important"
        assert action.priorities_by_year()[2030] == "very_important"

    def test_planned_amounts(self, current):
        funded = current.actions.filter(fundings__amounts__isnull=False).distinct()
        assert funded.count() >= 15
        wtz = current.actions.get(title__contains="warsztatu terapii zajęciowej")
        pfron = wtz.fundings.get(source__name="PFRON")
        assert pfron.amounts.get(year=2021).amount > 0

    def test_indicators(self, current):
        indicators = current.indicators.all()
        assert indicators.count() >= 30
        for indicator in indicators:
            assert indicator.unit
            assert indicator.baseline_value is not None and indicator.baseline_year
            assert indicator.target_value is not None and indicator.target_year
            assert indicator.direction in Indicator.Direction.values
            assert indicator.responsible is not None
        assert indicators.filter(goal__isnull=False).exists()
        assert indicators.filter(action__isnull=False).exists()
        assert indicators.filter(direction="down").count() >= 3

        day_care = indicators.get(
            name="Liczba dzieci uczęszczających do placówki wsparcia dziennego"
        )
        assert (day_care.baseline_value, day_care.baseline_year) == (22, 2020)
        assert (day_care.target_value, day_care.target_year) == (30, 2030)
        assert day_care.target_description.startswith("co najmniej 30 dzieci")
        assert sorted(day_care.values.values_list("year", flat=True)) == [
            2021,
            2022,
            2023,
            2024,
            2025,
        ]
        assert day_care.milestones.exists()

        welfare = indicators.get(name="Odsetek mieszkańców korzystających z pomocy społecznej")
        assert (welfare.unit, welfare.direction) == ("%", "down")

    # The historical strategy: the seed action plan -------------------------------------------

    def test_historical_strategy_holds_the_seed_action_plan(self, historical):
        assert historical.status == Strategy.Status.EXPIRED
        assert (historical.year_from, historical.year_to) == (2005, 2015)
        assert historical.resolution_number == "XX/113/2005"
        assert historical.resolution_date == datetime.date(2005, 6, 30)
        assert list(historical.levels.order_by("depth").values_list("name", flat=True)) == [
            "Obszar",
            "Cel operacyjny",
        ]
        areas = historical.goals.order_by("position")
        assert [(area.title, area.actions.count()) for area in areas] == [
            ("KRYZYS RODZINY", 9),
            ("MARGINALIZACJA GRUP SPOŁECZNYCH", 7),
            ("BEZROBOCIE", 6),
            ("WSPÓŁPRACA PARTNERÓW SPOŁECZNYCH Z ADMINISTRACJĄ PUBLICZNĄ", 7),
            ("KSZTAŁTOWANIE ŚWIADOMOŚCI W SFERZE POMOCY SPOŁECZNEJ", 8),
            (DISABILITY_AREA, 7),
        ]
        assert not historical.actions.exclude(year_from=2005, year_to=2015).exists()

    def test_seed_spot_checks(self, historical):
        training = seed_action(historical, DISABILITY_AREA, 3)
        assert training.title.startswith("Finansowanie szkoleń osób niepełnosprawnych")
        assert sources(training) == ["PFRON"]
        assert roles(training) == (["Powiatowy Urząd Pracy w Przykładowie"], [])

        workshops = seed_action(historical, DISABILITY_AREA, 2)
        assert sources(workshops) == ["PFRON", "budżet powiatu"]
        assert "1.PFRON 2.Samorząd" in workshops.description

        infrastructure = seed_action(historical, "KRYZYS RODZINY", 1)
        assert sources(infrastructure) == ["budżet powiatu", "budżet gminy"]
        assert roles(infrastructure) == (
            ["Starostwo Powiatowe w Przykładowie", "Gmina Miasto Przykładowo"],
            ["Organizacje pozarządowe"],
        )

        cooperation = seed_action(historical, "BEZROBOCIE", 1)
        assert sources(cooperation) == []
        assert roles(cooperation) == (
            ["Miejski Ośrodek Pomocy Społecznej w Przykładowie"],
            [
                "Powiatowy Urząd Pracy w Przykładowie",
                "Pracodawcy",
                "Organizacje pozarządowe",
            ],
        )

        local_funds = seed_action(
            historical, "WSPÓŁPRACA PARTNERÓW SPOŁECZNYCH Z ADMINISTRACJĄ PUBLICZNĄ", 6
        )
        assert sources(local_funds) == [
            "budżet gminy",
            "budżet powiatu",
            "budżet państwa",
            "inne źródła",
        ]

    # Preparation schedules -------------------------------------------------------------------

    def test_historical_schedule_is_the_seed(self, historical):
        assert months(historical) == [
            ("2004-05", "2004-05"),
            ("2004-06", "2004-06"),
            ("2004-09", "2004-09"),
            ("2004-10", "2004-10"),
            ("2004-10", "2004-12"),
            ("2005-02", "2005-02"),
            ("2005-03", "2005-03"),
            ("2005-03", "2005-04"),
            ("2005-05", "2005-05"),
            ("2005-05", "2005-05"),
            ("2005-06", "2005-06"),
            ("2005-06", "2005-06"),
            ("2005-07", "2005-08"),
            ("2005-07", None),
            ("2005-07", None),
        ]
        steps = list(historical.schedule_steps.order_by("position"))
        assert [step.is_continuous for step in steps] == [False] * 13 + [True, True]
        assert steps[0].executor.startswith("Burmistrz Miasta")
        assert steps[14].executor.startswith("Miejski Ośrodek Pomocy Społecznej")
        # "j.w." is written out in full: no step depends on the one above it.
        for step in (steps[4], steps[13], steps[14]):
            assert step.cooperating == steps[0].cooperating
            assert "Kościołów i związków" in step.cooperating
        assert not any("j.w." in step.cooperating for step in steps)

    def test_the_next_strategy_is_in_preparation(self, demo):
        from django.utils import timezone

        from preparation.models import StepStatus

        draft = Strategy.objects.get(government__slug="przykladowo", year_from=2031)
        assert draft.status == Strategy.Status.DRAFT
        steps = list(draft.schedule_steps.all())
        statuses = {step.status for step in steps}
        assert statuses == {StepStatus.DONE, StepStatus.IN_PROGRESS, StepStatus.PLANNED}
        today = timezone.localdate()
        assert [s.name for s in steps if s.is_overdue(today)] == [steps[2].name]

    def test_the_next_strategy_has_teams_and_a_finished_workshop(self, demo):
        from workshops.models import Workshop

        draft = Strategy.objects.get(government__slug="przykladowo", year_from=2031)
        programme = draft.teams.get(kind="programme")
        assert programme.order_number and programme.members.count() == 5
        assert programme.meetings.count() == 2
        assert draft.teams.filter(kind="working_group").count() == 3
        workshop = Workshop.objects.get(strategy=draft)
        assert workshop.status == Workshop.Status.CLOSED and workshop.ballots.count() == 18
        assert workshop.swot_entries.filter(hidden=True).count() == 1
        made = workshop.problems.exclude(goal=None).get()
        assert made.goal.strategy_id == draft.pk

    def test_the_adopted_version_is_kept(self, current):
        assert [v.kind for v in current.versions.order_by("number")] == ["consultation", "adopted"]

    def test_the_consultation_is_closed_and_reported(self, current):
        consultation = current.consultations.get()
        assert consultation.report_published_on is not None
        assert consultation.comments.count() >= 8

    def test_current_schedule_has_the_same_steps_later(self, current):
        steps = list(current.schedule_steps.order_by("position"))
        assert len(steps) == 15
        assert steps[0].month_from == datetime.date(2020, 3, 1)
        assert max(step.month_to or step.month_from for step in steps) == datetime.date(2021, 8, 1)
        assert [step.is_continuous for step in steps] == [False] * 13 + [True, True]
        assert "Miejski Ośrodek Pomocy Społecznej" in steps[6].executor

    # The demo in the application -------------------------------------------------------------

    def test_the_coordinator_sees_the_tree_and_the_plan(self, client, current, historical):
        assert client.log_in(username="koordynator", password=PASSWORD)
        kwargs = {"government": "przykladowo", "strategy": current.pk}
        tree = client.get(reverse("strategy_detail", kwargs=kwargs))
        assert tree.status_code == 200
        assert "Rozwój infrastruktury wsparcia rodziny w mieście" in tree.content.decode()
        plan = client.get(reverse("plan", kwargs=kwargs))
        assert plan.status_code == 200
        assert "Utworzenie zakładu aktywności zawodowej" in plan.content.decode()

        kwargs["strategy"] = historical.pk
        plan = client.get(reverse("plan", kwargs=kwargs))
        assert plan.status_code == 200
        assert "Inicjowanie utworzenie zakładu aktywności zawodowej" in plan.content.decode()
        schedule = client.get(reverse("schedule", kwargs=kwargs))
        assert schedule.status_code == 200
        assert "Koordynacja strategii." in schedule.content.decode()

    def test_the_published_documents_are_kept_and_listed(self, client, current):
        from documents.models import GeneratedDocument

        records = GeneratedDocument.objects.filter(strategy=current).order_by("kind")
        assert [(r.kind, r.status, r.is_published) for r in records] == [
            ("report", "done", True),
            ("strategy", "done", True),
        ]
        assert all(r.filename.endswith(".pdf") and r.size > 10_000 for r in records)
        assert client.log_in(username="koordynator", password=PASSWORD)
        page = client.get(
            reverse("document_list", kwargs={"government": "przykladowo", "strategy": current.pk})
        )
        assert page.status_code == 200
        assert page.content.decode().count("wersja opublikowana") == 2

    def test_the_neighbour_does_not_see_przykladowo(self, client, current):
        assert client.log_in(username="sasiednia", password=PASSWORD)
        kwargs = {"government": "przykladowo", "strategy": current.pk}
        assert client.get(reverse("strategy_detail", kwargs=kwargs)).status_code == 404

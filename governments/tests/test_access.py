"""Access is denied by default: every URL refuses anonymous users and other governments."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from diagnosis.models import DiagnosisIndicator, ImportJob, Problem, StatisticsUpload
from governments.access import ROLE_PERMISSIONS, Permission
from governments.models import Role
from governments.tests.factories import InstitutionFactory
from preparation.models import ScheduleStep
from strategies.models import FinancingSource
from strategies.tests.factories import StrategyFactory, action, indicator, leaf_goal

# Open without an account: the login pages, and a monitoring form by its personal link
# (the token is the key; monitoring/tests/test_links.py proves what it opens).
PUBLIC_NAMES = {"login", "logout", "link_fill", "link_save"}
# An invited body's opinion form by its personal link (consultations/tests prove it).
PUBLIC_NAMES |= {"consultation_opinion"}
# A workshop's short links, for participants' phones and the projector (the token is the
# key; workshops/tests/test_pages.py proves what they open).
PUBLIC_NAMES |= {"workshop_enter", "workshop_vote", "workshop_swot", "workshop_projector"}
# Views open to every role that then check the institution: a monitoring form.
FORM_OF_AN_INSTITUTION = {"form_fill", "form_save"}
# Views open to every role that then check the role the object names: an approval step
# (the walk's step is the first, the team's; monitoring/tests/test_approvals.py proves
# the approver records theirs).
STEP_OF_A_ROLE = {"approval_edit"}


class Route:
    def __init__(self, pattern: URLPattern, params: set[str]):
        self.name = pattern.name
        self.callback = pattern.callback
        self.params = params


def _walk(patterns, params=frozenset()):
    for entry in patterns:
        own = set(entry.pattern.converters)
        if isinstance(entry, URLResolver):
            if entry.app_name == "admin":
                continue
            yield from _walk(entry.url_patterns, params | own)
        elif isinstance(entry, URLPattern):
            yield Route(entry, set(params | own))


def app_patterns() -> list[Route]:
    """Every route that needs an account: all but the login pages, personal links and the
    public portal's pages (``public_view``; portal/tests prove they show only what is
    published)."""
    return [
        r
        for r in _walk(get_resolver().url_patterns)
        if r.name
        and r.name not in PUBLIC_NAMES
        and getattr(r.callback, "required_permission", None) != "public"
    ]


@pytest.fixture
def world(government):
    strategy = StrategyFactory(government=government)
    goal = leaf_goal(strategy)
    act = action(strategy, goal)
    return {
        "government": government.slug,
        "strategy": strategy.pk,
        "goal": goal.pk,
        "action": act.pk,
        "indicator": indicator(strategy, act).pk,
        "institution": InstitutionFactory(government=government).pk,
        "source": FinancingSource.objects.filter(government=government).first().pk,
        "step": ScheduleStep.objects.create(
            strategy=strategy,
            name="Diagnoza",
            month_from="2020-05-01",
            month_to="2020-06-01",
            executor="Zespół",
        ).pk,
        "problem": Problem.objects.create(
            government=government, domain="demography", title="Starzenie się"
        ).pk,
        "domain": "demografia",
        **_monitoring(strategy),
        **_teams(strategy),
        **_workshops(strategy),
        "document": _document(strategy),
        "version": _version(strategy),
        **_consultations(strategy),
        "job": ImportJob.objects.create(government=government, years=[2022]).pk,
        "upload": StatisticsUpload.objects.create(
            government=government,
            variable_bdl_id=72305,
            variable_name="Ludność",
            file_name="LUDN.csv",
            file_sha256="0" * 64,
            file_size=10,
        ).pk,
        "own_indicator": DiagnosisIndicator.objects.create(
            government=government,
            code="W01",
            name="Własny",
            domain="safety",
            unit="%",
            direction="down",
            formula="L_blue_cards",
            source="OPS",
        ).pk,
    }


def _monitoring(strategy) -> dict:
    import datetime

    from monitoring.models import FormLink, Recommendation
    from monitoring.services import cycle_open

    cycle = cycle_open(strategy=strategy, year=2025, deadline=datetime.date(2099, 1, 1))
    form = cycle.forms.first()
    link = FormLink.objects.create(
        form=form,
        token_digest="x" * 64,
        expires_at=datetime.datetime(2099, 1, 1, tzinfo=datetime.UTC),
    )
    recommendation = Recommendation.objects.create(cycle=cycle, text="Więcej klubów")
    return {
        "cycle": cycle.pk,
        "form": form.pk,
        "link": link.pk,
        "recommendation": recommendation.pk,
        "approval": cycle.approvals.first().pk,
    }


def _workshops(strategy) -> dict:
    import datetime

    from workshops import services

    workshop = services.workshop_create(
        strategy=strategy, title="Warsztat", date=datetime.date(2025, 3, 12)
    )
    item = services.workshop_problem_add(workshop=workshop, title="Ubóstwo")
    services.workshop_set_status(workshop=workshop, status="open")
    entry = services.swot_entry_add(
        workshop=workshop, participant="x", quadrant="strength", text="Aktywne NGO"
    )
    return {"workshop": workshop.pk, "item": item.pk, "entry": entry.pk}


def _teams(strategy) -> dict:
    import datetime

    from teams.models import Meeting, Team, TeamMember

    team = Team.objects.create(strategy=strategy, kind="programme", name="Zespół programowy")
    return {
        "team": team.pk,
        "team_member": TeamMember.objects.create(team=team, name="Jan Nowak").pk,
        "team_meeting": Meeting.objects.create(team=team, date=datetime.date(2025, 3, 1)).pk,
    }


def _consultations(strategy) -> dict:
    from consultations.tests.factories import consultation_with_comment

    consultation, comment, invitation = consultation_with_comment(strategy)
    return {"consultation": consultation.pk, "comment": comment.pk, "invitation": invitation.pk}


def _version(strategy) -> int:
    from versions.services import version_freeze

    return version_freeze(strategy=strategy, kind="draft", note="Pierwsza wersja").number


def _document(strategy) -> int:
    from django.core.files.base import ContentFile

    from documents.models import GeneratedDocument

    record = GeneratedDocument(
        government=strategy.government, strategy=strategy, kind="plan", format="pdf", status="done"
    )
    record.file.save("plan.pdf", ContentFile(b"%PDF-1.7"), save=True)
    return record.pk


@pytest.fixture
def urls(world):
    result = []
    for pattern in app_patterns():
        kwargs = {name: world[name] for name in pattern.params}
        result.append((pattern, reverse(pattern.name, kwargs=kwargs)))
    return result


def test_every_view_declares_who_may_use_it():
    for pattern in app_patterns():
        assert hasattr(pattern.callback, "required_permission"), pattern.name


def test_the_walk_covers_the_register(urls):
    names = {pattern.name for pattern, _url in urls}
    assert {
        "strategy_detail",
        "plan_xlsx",
        "action_edit",
        "institution_delete",
        "schedule",
    } <= names


def test_every_url_sends_an_anonymous_user_to_login(client, urls):
    for pattern, url in urls:
        for method in (client.get, client.post):
            response = method(url)
            assert response.status_code == 302, (pattern.name, method)
            assert response["Location"].startswith(reverse("login")), pattern.name


def test_another_governments_coordinator_gets_404_everywhere(client, urls, other_coordinator):
    client.force_login(other_coordinator)
    for pattern, url in urls:
        if "government" not in pattern.params:
            continue
        assert client.get(url).status_code == 404, pattern.name
        assert client.post(url, {"title": "x", "name": "x"}).status_code == 404, pattern.name


def test_guessing_ids_under_ones_own_address_finds_nothing(
    client, world, other_government, other_coordinator
):
    """Another government's ids under one's own slug: every lookup is scoped, so 404."""
    client.force_login(other_coordinator)
    StrategyFactory(government=other_government)  # the user has a strategy of their own
    for pattern in app_patterns():
        converters = pattern.params
        if converters <= {"government", "domain"}:  # a domain is a word, not an id
            continue
        kwargs = {name: world[name] for name in converters}
        kwargs["government"] = other_government.slug
        url = reverse(pattern.name, kwargs=kwargs)
        assert client.get(url).status_code in (404, 405), pattern.name  # 405: POST-only
        assert client.post(url, {"title": "x"}).status_code == 404, pattern.name


@pytest.mark.parametrize("role", [Role.IMPLEMENTER, Role.APPROVER, Role.READER])
def test_read_only_roles_may_read_but_not_write(client, urls, government, role):
    from conftest import _member

    institution = InstitutionFactory(government=government) if role == Role.IMPLEMENTER else None
    client.force_login(_member(government, role, institution))
    for pattern, url in urls:
        if "government" not in pattern.params:
            continue
        permission = pattern.callback.required_permission
        expected_get = 200 if permission == Permission.VIEW else 403
        if pattern.name in FORM_OF_AN_INSTITUTION:
            expected_get = 403  # readable by the team and that institution only (may_fill)
        if pattern.name in STEP_OF_A_ROLE:
            expected_get = 403  # the team's step: Access.may_record
            assert client.post(url, {}).status_code == 403, pattern.name
        response = client.get(url)
        assert response.status_code in (
            (expected_get, 405) if expected_get == 403 else (200, 405)
        ), (pattern.name, response.status_code)
        if permission != Permission.VIEW:
            assert client.post(url, {}).status_code == 403, pattern.name


def test_team_member_edits_content_but_does_not_manage(client, urls, team_member):
    client.force_login(team_member)
    for pattern, url in urls:
        permission = pattern.callback.required_permission
        response = client.post(url, {}) if permission == Permission.MANAGE else None
        if response is not None:
            assert response.status_code == 403, pattern.name
    assert Permission.EDIT in ROLE_PERMISSIONS[Role.TEAM_MEMBER]

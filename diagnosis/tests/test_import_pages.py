"""The import pages: a coordinator picks variables and years, the import runs in the
background (django-tasks, database backend, `db_worker`) and its page shows the progress."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django_tasks_db.models import DBTaskResult

from core.testing import run_worker
from diagnosis.forms import BdlImportForm
from diagnosis.models import ImportJob, Observation
from diagnosis.selectors import catalogue_variables
from diagnosis.services import import_plan, units_refresh
from diagnosis.tasks import import_job_run
from diagnosis.tests.fake_bdl import FakeBdlData, instant_client
from diagnosis.tests.test_imports import POPULATION, VALUES

pytestmark = pytest.mark.django_db

THIS_YEAR = timezone.localdate().year


@pytest.fixture
def fake(httpserver, settings):
    fake = FakeBdlData(httpserver, VALUES, names={POPULATION: "Ludność ogółem"})
    settings.BDL_API_URL = fake.base_url  # the task builds its client from settings
    settings.BDL_CLIENT_ID = ""
    settings.BDL_MAX_RETRIES = 0
    return fake


@pytest.fixture
def tied(government, fake):
    """The coordinator's government as Kraków, tied to its unit of the fake BDL."""
    government.kind, government.teryt = "city_powiat", "1261011"
    government.save()
    with instant_client(fake) as client:
        units_refresh(client=client)
    fake.requests.clear()
    government.refresh_from_db()
    assert government.unit is not None
    return government


def import_url(government) -> str:
    return reverse("bdl_import", kwargs={"government": government.slug})


def job_url(job, name="bdl_import_job") -> str:
    return reverse(name, kwargs={"government": job.government.slug, "job": job.pk})


def valid_data(**changes) -> dict:
    data = {
        "sets": ["demography"],
        "variables": "",
        "year_from": "2022",
        "year_to": "2023",
    }
    return {**data, **changes}


# The form -----------------------------------------------------------------------------


def test_ready_sets_come_from_the_catalogue_formulas():
    sets = catalogue_variables()
    assert POPULATION in sets["demography"]
    assert 1752907 in sets["safety"]  # crimes per 1,000: v1752907
    form = BdlImportForm(valid_data(sets=["all", "safety"], variables="72305, 999 ,"))
    assert form.is_valid(), form.errors
    everything = set().union(*sets.values())
    assert set(form.variable_ids()) == everything | {999}
    assert form.years() == [2022, 2023]


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (valid_data(sets=[]), "sets", "Choose a ready set or type variable ids."),
        (valid_data(variables="72305, abc"), "variables", "“abc” is not a variable id"),
        (valid_data(variables="0"), "variables", "“0” is not a variable id"),
        (valid_data(variables="-5"), "variables", "“-5” is not a variable id"),
        (valid_data(variables="1.5"), "variables", "“1.5” is not a variable id"),
        (
            valid_data(year_to=str(THIS_YEAR + 1)),
            "year_to",
            "The year cannot be in the future.",
        ),
        (
            valid_data(year_from="2023", year_to="2020"),
            "year_to",
            "The last year cannot come before the first.",
        ),
        (
            valid_data(year_from=str(THIS_YEAR - 20), year_to=str(THIS_YEAR)),
            "year_from",
            "At most 20 years can be fetched at once.",
        ),
        (valid_data(year_from="1990"), "year_from", "greater than or equal to 1995"),
        (valid_data(year_to=""), "year_to", "This field is required."),
        (
            valid_data(variables=", ".join(str(n) for n in range(1, 62))),
            "variables",
            "At most 60 variables can be fetched at once.",
        ),
    ],
)
def test_the_form_explains_what_is_wrong_next_to_the_field(data, field, message):
    with translation.override("en"):
        form = BdlImportForm(data)
        assert not form.is_valid()
        assert any(message in error for error in form.errors[field]), form.errors


def test_a_refused_form_marks_its_fields_and_creates_nothing(coordinator_client, tied):
    response = coordinator_client.post(
        import_url(tied), valid_data(sets=[], variables="abc", year_to=str(THIS_YEAR + 1))
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="error-summary"' in html
    assert html.count('aria-invalid="true"') == 2  # the ids and the last year
    assert not ImportJob.objects.exists() and not DBTaskResult.objects.exists()


def test_a_government_without_a_unit_is_told_why_nothing_starts(coordinator_client, government):
    response = coordinator_client.post(import_url(government), valid_data())
    assert response.status_code == 200
    with pytest.raises(ValidationError) as error, translation.override("pl"):
        import_plan(government=government, variable_ids=[POPULATION], years=[2022])
    assert escape(error.value.messages[0]) in response.content.decode()
    assert not ImportJob.objects.exists() and not DBTaskResult.objects.exists()


# Starting and running -------------------------------------------------------------------


def test_posting_the_form_creates_the_job_and_queues_its_task(coordinator_client, tied):
    response = coordinator_client.post(
        import_url(tied), valid_data(sets=[], variables="72305, 634989")
    )
    job = ImportJob.objects.get()
    assert response.status_code == 302 and response["Location"] == job_url(job)
    assert job.government == tied and job.years == [2022, 2023]
    assert job.status == ImportJob.Status.PENDING
    assert set(job.tasks.values_list("variable_bdl_id", flat=True)) == {72305, 634989}
    queued = DBTaskResult.objects.get()
    assert queued.task_path == "diagnosis.tasks.import_job_run"
    assert queued.task_result.args == [job.pk]
    assert queued.status == "READY"


@pytest.mark.django_db(transaction=True)  # the worker commits its own transactions
def test_the_worker_runs_the_queued_import_and_the_page_shows_it_done(coordinator_client, tied):
    coordinator_client.post(import_url(tied), valid_data(sets=[], variables=str(POPULATION)))
    job = ImportJob.objects.get()
    page = coordinator_client.get(job_url(job)).content.decode()
    assert 'hx-trigger="every 2s"' in page  # waiting: the progress refreshes itself

    run_worker()

    job.refresh_from_db()
    assert job.status == ImportJob.Status.DONE and job.finished_at is not None
    assert job.progress == (4, 4)
    values = {(o.unit.bdl_id, o.year): o.value for o in Observation.objects.select_related("unit")}
    assert values[("011212161011", 2023)] == 804237
    assert values[("011212106022", 2023)] is None  # missing, not zero
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
    page = coordinator_client.get(job_url(job)).content.decode()
    assert 'max="4"' in page and 'value="4"' in page
    assert "hx-trigger" not in page  # done: nothing more to poll
    listing = coordinator_client.get(import_url(tied)).content.decode()
    assert job_url(job) in listing


def test_a_task_stopped_by_something_else_than_the_api_leaves_the_job_resumable(
    tied, fake, monkeypatch
):
    job = import_plan(government=tied, variable_ids=[POPULATION], years=[2022])

    def broken(**kwargs):
        raise KeyboardInterrupt  # as when the worker is stopped in the middle of a task

    monkeypatch.setattr("diagnosis.tasks.import_run", broken)
    with pytest.raises(KeyboardInterrupt):
        import_job_run.call(job.pk)
    job.refresh_from_db()
    assert job.status == ImportJob.Status.FAILED and job.message


# The progress ----------------------------------------------------------------------------


@pytest.fixture
def running_job(tied):
    job = import_plan(government=tied, variable_ids=[POPULATION], years=[2022])
    job.tasks.filter(pk=job.tasks.first().pk).update(done=True)
    ImportJob.objects.filter(pk=job.pk).update(status=ImportJob.Status.RUNNING)
    job.refresh_from_db()
    return job


def test_the_job_page_shows_an_accessible_progress_bar_and_a_refresh_link(
    coordinator_client, running_job
):
    html = coordinator_client.get(job_url(running_job)).content.decode()
    assert '<label for="import-progress-bar">' in html
    assert 'id="import-progress-bar"' in html and 'aria-describedby="import-progress-text"' in html
    assert 'max="4"' in html and 'value="1"' in html
    assert 'aria-live="polite"' in html
    assert f'<a href="{job_url(running_job)}">' in html  # a refresh without JavaScript
    assert f'hx-get="{job_url(running_job)}?stan=running-1"' in html


def test_htmx_gets_the_progress_partial_and_nothing_while_it_has_not_moved(
    coordinator_client, running_job
):
    response = coordinator_client.get(job_url(running_job), HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html and "<h1" not in html
    assert 'value="1"' in html and 'hx-trigger="every 2s"' in html
    unchanged = coordinator_client.get(
        job_url(running_job) + "?stan=running-1", HTTP_HX_REQUEST="true"
    )
    assert unchanged.status_code == 204  # htmx swaps nothing
    running_job.tasks.update(done=True)
    ImportJob.objects.filter(pk=running_job.pk).update(status=ImportJob.Status.DONE)
    finished = coordinator_client.get(
        job_url(running_job) + "?stan=running-1", HTTP_HX_REQUEST="true"
    )
    assert finished.status_code == 200
    assert 'value="4"' in finished.content.decode()
    assert "hx-trigger" not in finished.content.decode()  # the polling stops


def test_the_list_of_imports_takes_the_same_queries_for_one_job_or_many(coordinator_client, tied):
    import_plan(government=tied, variable_ids=[POPULATION], years=[2022])
    with CaptureQueriesContext(connection) as one:
        coordinator_client.get(import_url(tied))
    for _n in range(4):
        import_plan(government=tied, variable_ids=[POPULATION, 152], years=[2022])
    with CaptureQueriesContext(connection) as five:
        html = coordinator_client.get(import_url(tied)).content.decode()
    assert len(five) == len(one)
    assert html.count("/diagnoza/import/") >= 5


# Resuming -------------------------------------------------------------------------------


@pytest.fixture
def failed_job(tied):
    job = import_plan(government=tied, variable_ids=[POPULATION], years=[2022])
    ImportJob.objects.filter(pk=job.pk).update(
        status=ImportJob.Status.FAILED, message="Serwer BDL nie odpowiada (HTTP 503)."
    )
    job.refresh_from_db()
    return job


def test_a_failed_job_shows_its_error_and_is_resumed_once(coordinator_client, failed_job):
    html = coordinator_client.get(job_url(failed_job)).content.decode()
    assert "Serwer BDL nie odpowiada (HTTP 503)." in html
    assert f'action="{job_url(failed_job, "bdl_import_resume")}"' in html
    assert "hx-trigger" not in html

    response = coordinator_client.post(job_url(failed_job, "bdl_import_resume"))
    assert response.status_code == 302 and response["Location"] == job_url(failed_job)
    failed_job.refresh_from_db()
    assert failed_job.status == ImportJob.Status.PENDING and failed_job.message == ""
    assert DBTaskResult.objects.get().task_result.args == [failed_job.pk]

    coordinator_client.post(job_url(failed_job, "bdl_import_resume"))  # a second click
    assert DBTaskResult.objects.count() == 1


def test_resume_is_post_only(coordinator_client, failed_job):
    assert coordinator_client.get(job_url(failed_job, "bdl_import_resume")).status_code == 405


# Who may ---------------------------------------------------------------------------------


def test_another_governments_job_is_not_found_under_ones_own_address(
    coordinator_client, government, other_government
):
    job = ImportJob.objects.create(
        government=other_government, years=[2022], status=ImportJob.Status.FAILED
    )
    for name in ("bdl_import_job", "bdl_import_resume"):
        url = reverse(name, kwargs={"government": government.slug, "job": job.pk})
        assert coordinator_client.post(url).status_code == 404, name
    page = reverse("bdl_import_job", kwargs={"government": government.slug, "job": job.pk})
    assert coordinator_client.get(page).status_code == 404
    assert ImportJob.objects.get().status == ImportJob.Status.FAILED
    assert not DBTaskResult.objects.exists()


@pytest.mark.parametrize("role", ["reader", "approver", "implementer"])
def test_roles_that_only_read_may_not_import(client, government, role, failed_job):
    from conftest import _member
    from governments.tests.factories import InstitutionFactory

    institution = InstitutionFactory(government=government) if role == "implementer" else None
    client.force_login(_member(government, role, institution))
    assert client.get(import_url(government)).status_code == 403
    assert client.post(import_url(government), valid_data()).status_code == 403
    assert client.get(job_url(failed_job)).status_code == 403
    assert client.post(job_url(failed_job, "bdl_import_resume")).status_code == 403
    assert not DBTaskResult.objects.exists()


def test_a_team_member_may_import(client, team_member, tied):
    client.force_login(team_member)
    assert client.get(import_url(tied)).status_code == 200


@pytest.mark.django_db(transaction=True)
def test_the_imports_of_two_governments_take_turns_in_their_own_queue(
    tied, other_government, fake, monkeypatch
):
    """No government's import holds the queue: a job runs one turn (here one task), then
    queues itself again behind the others; and imports never wait in the documents'
    queue."""
    from diagnosis import services
    from diagnosis.tasks import IMPORTS_QUEUE, import_start

    other_government.kind, other_government.teryt = "rural_gmina", "1206022"
    other_government.save()
    services.governments_link_units()
    other_government.refresh_from_db()
    assert other_government.unit is not None
    monkeypatch.setattr("diagnosis.tasks.IMPORT_TURN_SECONDS", 0)
    turns = []
    real_run = services.import_run

    def recorded(*, job, **kwargs):
        turns.append(job.government_id)
        return real_run(job=job, **kwargs)

    monkeypatch.setattr("diagnosis.tasks.import_run", recorded)
    first = import_start(government=tied, variable_ids=[POPULATION], years=[2023])
    second = import_start(government=other_government, variable_ids=[POPULATION], years=[2023])
    assert set(DBTaskResult.objects.values_list("queue_name", flat=True)) == {IMPORTS_QUEUE}

    run_worker()

    for job in (first, second):
        job.refresh_from_db()
        assert job.status == ImportJob.Status.DONE, job.message
    # One task a turn, alternating while both have tasks left.
    both = min(turns.count(tied.pk), turns.count(other_government.pk))
    assert both >= 2
    assert turns[: 2 * both] == [tied.pk, other_government.pk] * both

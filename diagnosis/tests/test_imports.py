"""Importing statistics: whole tasks or nothing, resumable, missing values kept missing."""

import pytest
from django.core.exceptions import ValidationError
from werkzeug import Response

from diagnosis.models import ImportJob, Observation, TerritorialUnit
from diagnosis.services import import_plan, import_run, units_refresh
from diagnosis.tests.fake_bdl import FakeBdlData, instant_client
from governments.tests.factories import LocalGovernmentFactory

pytestmark = pytest.mark.django_db

POPULATION = 72305
VALUES = {
    POPULATION: {
        "000000000000": {2022: (37766327, 1), 2023: (37636508, 1)},
        "011200000000": {2022: (3432295, 1), 2023: (3434000, 1)},
        "011212161000": {2022: (803282, 1), 2023: (804237, 1)},
        "011212106000": {2022: (290000, 1), 2023: (291000, 1)},
        "011212161011": {2022: (803282, 1), 2023: (804237, 1)},
        "011212106022": {2022: (9500, 1), 2023: (0, 4)},  # 2023 not available yet
        "011212106033": {2022: (10200, 1), 2023: (0, 94)},  # a real zero
    }
}


@pytest.fixture
def fake(httpserver):
    return FakeBdlData(httpserver, VALUES, names={POPULATION: "Ludność ogółem"}, page_size=2)


@pytest.fixture
def krakow(fake):
    government = LocalGovernmentFactory(kind="city_powiat", teryt="1261011")
    with instant_client(fake) as client:
        units_refresh(client=client)
    fake.requests.clear()
    government.refresh_from_db()
    return government


def run(job, fake):
    with instant_client(fake) as client:
        return import_run(job=job, client=client)


def test_a_gmina_gets_itself_its_neighbours_powiat_voivodeship_and_poland(fake, krakow):
    job = import_plan(government=krakow, variable_ids=[POPULATION], years=[2022, 2023])
    assert job.tasks.count() == 4
    assert run(job, fake).status == ImportJob.Status.DONE
    values = {(o.unit.bdl_id, o.year): o.value for o in Observation.objects.select_related("unit")}
    assert values[("011212161011", 2023)] == 804237
    assert values[("000000000000", 2022)] == 37766327
    assert ("011212106022", 2022) in values  # a neighbour in the same voivodeship
    assert values[("011212106022", 2023)] is None  # attrId 4: missing, not zero
    assert values[("011212106033", 2023)] == 0  # attrId 94: a real zero
    data_requests = [r for r in fake.requests if "by-variable" in r.path]
    assert all(r.args.getlist("year") == ["2022", "2023"] for r in data_requests)
    assert job.progress == (4, 4)


def test_an_interrupted_import_keeps_whole_tasks_and_resumes(fake, krakow):
    job = import_plan(government=krakow, variable_ids=[POPULATION], years=[2022, 2023])
    # request 1: the variable; 2–4: the five gminy, two a page; 5: the powiats' page fails
    for n in range(5, 12):
        fake.fail(n, Response("down", status=503))
    job = run(job, fake)
    assert job.status == ImportJob.Status.FAILED and "503" in job.message
    done = list(job.tasks.filter(done=True))
    assert len(done) == 1  # the gminy arrived whole and were stored
    stored_units = set(Observation.objects.values_list("unit__level", flat=True))
    assert stored_units == {TerritorialUnit.Level.GMINA}  # no half-fetched powiat series
    fake.failures.clear()
    job = run(job, fake)
    assert job.status == ImportJob.Status.DONE
    assert Observation.objects.filter(unit__level=TerritorialUnit.Level.POLAND).count() == 2
    assert Observation.objects.count() == 14  # re-running stored nothing twice


def test_an_unknown_variable_is_named_in_the_message(fake, krakow):
    job = import_plan(government=krakow, variable_ids=[999999], years=[2022])
    job = run(job, fake)
    assert job.status == ImportJob.Status.FAILED
    assert "999999" in job.message
    assert not Observation.objects.exists()


def test_a_value_that_is_not_a_number_is_refused(httpserver, krakow):
    broken = {POPULATION: {"011212161011": {2022: ("dużo", 1)}}}
    httpserver.clear()  # serve the broken figures instead of the good ones
    fake = FakeBdlData(httpserver, broken)
    job = import_plan(government=krakow, variable_ids=[POPULATION], years=[2022])
    job = run(job, fake)
    assert job.status == ImportJob.Status.FAILED and "dużo" in job.message
    assert not Observation.objects.exists()


def test_a_government_without_a_unit_cannot_plan_an_import(db):
    government = LocalGovernmentFactory()
    with pytest.raises(ValidationError):
        import_plan(government=government, variable_ids=[POPULATION], years=[2022])


def test_the_command_imports_and_resumes(fake, krakow, settings, capsys):
    from django.core.management import CommandError, call_command

    settings.BDL_API_URL = fake.base_url
    settings.BDL_CLIENT_ID = ""
    settings.BDL_MAX_RETRIES = 0  # fail at once instead of waiting out the retries
    for n in range(5, 12):
        fake.fail(n, Response("down", status=503))
    with pytest.raises(CommandError) as error:
        call_command("bdl_import", krakow.slug, "--variable", str(POPULATION), "--year", "2022")
    job = ImportJob.objects.get()
    assert f"--resume {job.pk}" in str(error.value)
    fake.failures.clear()
    call_command("bdl_import", "--resume", str(job.pk))
    assert f"Import {job.pk}" in capsys.readouterr().out
    job.refresh_from_db()
    assert job.status == ImportJob.Status.DONE and job.progress == (4, 4)

"""Statistics are shared and nobody's to overwrite: a local government's CSV file is its own
layer, read by its own diagnosis only; the shared figures are written by the
installation's imports alone, and every statistics write is on record."""

import ast
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from conftest import _member
from diagnosis import services
from diagnosis.models import Observation, OwnObservation, StatisticsUpload, TerritorialUnit
from diagnosis.selectors import diagnosis_setting, indicator_figures, latest_populations
from diagnosis.tests.world import build_world

pytestmark = pytest.mark.django_db

POPULATION = 72305


@pytest.fixture
def world(government):
    return build_world(government)


def population_csv(unit: TerritorialUnit, value: int, year: int = 2023) -> bytes:
    return (
        '"Kod";"Nazwa";"Ogółem";"Rok";"Wartosc";"Jednostka miary";"Atrybut";\r\n'
        f'{unit.bdl_id};"{unit.name}";"ogółem";"{year}";{value};"osoba";"";\r\n'
    ).encode()


def page(government) -> str:
    return reverse("bdl_csv_import", kwargs={"government": government.slug})


def people_of(government, world):
    setting = diagnosis_setting(government)
    (figures,) = indicator_figures([world["people"]], setting=setting, government=government)
    return figures


def test_another_governments_file_for_our_unit_changes_nothing_we_see(
    client, government, other_government, world
):
    """The reported attack: a team member of a neighbouring gmina posts a BDL CSV holding
    our unit's population; our diagnosis must not move."""
    own = world["own"]
    before = people_of(government, world)
    neighbour = _member(other_government, "team_member")
    client.force_login(neighbour)
    content = population_csv(own, 999999)
    response = client.post(
        page(other_government),
        {
            "file": SimpleUploadedFile("LUDN.csv", content, content_type="text/csv"),
            "variable": str(POPULATION),
        },
    )
    assert response.status_code == 302
    # The shared statistics are untouched …
    assert Observation.objects.get(variable__bdl_id=POPULATION, unit=own, year=2023).value == 20000
    after = people_of(government, world)
    assert after.series[own.pk] == before.series[own.pk]
    assert not after.own_files
    assert latest_populations([own.pk], government) == {own.pk: 20000}
    # … and the file is on record: who, when, which file.
    upload = StatisticsUpload.objects.get()
    assert upload.government == other_government and upload.uploaded_by == neighbour
    assert upload.file_name == "LUDN.csv" and upload.file_size == len(content)
    assert len(upload.file_sha256) == 64 and upload.value_count == 1
    assert upload.history.count() == 1


def test_a_governments_own_file_is_read_by_its_own_diagnosis_and_marked(
    coordinator_client, government, world
):
    own = world["own"]
    response = coordinator_client.post(
        page(government),
        {
            "file": SimpleUploadedFile("LUDN.csv", population_csv(own, 20500), "text/csv"),
            "variable": str(POPULATION),
        },
    )
    assert response.status_code == 302
    figures = people_of(government, world)
    assert figures.series[own.pk][2023] == 20500  # the own layer wins …
    assert figures.series[own.pk][2022] == 20000  # … only where it holds a value
    assert figures.own_files
    assert latest_populations([own.pk], government) == {own.pk: 20500}
    assert latest_populations([own.pk]) == {own.pk: 20000}
    domain = coordinator_client.get(
        reverse("diagnosis_domain", kwargs={"government": government.slug, "domain": "demografia"})
    ).content.decode()
    assert "20\xa0500" in domain or "20 500" in domain
    assert "Zawiera wartości z pliku" in domain


def test_a_later_file_replaces_the_values_it_holds_and_deleting_it_restores_the_shared_ones(
    government, coordinator, world
):
    own = world["own"]
    first = services.statistics_upload_create(
        government=government,
        user=coordinator,
        content=population_csv(own, 20100),
        file_name="a.csv",
        variable_bdl_id=POPULATION,
    )
    second = services.statistics_upload_create(
        government=government,
        user=coordinator,
        content=population_csv(own, 20200),
        file_name="b.csv",
        variable_bdl_id=POPULATION,
    )
    assert OwnObservation.objects.get().upload == second
    assert people_of(government, world).series[own.pk][2023] == 20200
    second_id = second.pk
    services.statistics_upload_delete(upload=second)
    assert not OwnObservation.objects.exists()
    assert people_of(government, world).series[own.pk][2023] == 20000
    assert StatisticsUpload.objects.get() == first
    deleted = StatisticsUpload.history.filter(id=second_id, history_type="-")
    assert deleted.exists()  # the deletion is on record


def test_the_page_lists_the_files_and_deletes_one_after_confirmation(
    coordinator_client, government, other_government, coordinator, world
):
    upload = services.statistics_upload_create(
        government=government,
        user=coordinator,
        content=population_csv(world["own"], 20300),
        file_name="LUDN_moja.csv",
        variable_bdl_id=POPULATION,
    )
    html = coordinator_client.get(page(government)).content.decode()
    assert "LUDN_moja.csv" in html
    delete = reverse(
        "statistics_upload_delete", kwargs={"government": government.slug, "upload": upload.pk}
    )
    confirm = coordinator_client.get(delete)
    assert confirm.status_code == 200 and "LUDN_moja.csv" in confirm.content.decode()
    assert StatisticsUpload.objects.exists()
    assert coordinator_client.post(delete).status_code == 302
    assert not StatisticsUpload.objects.exists() and not OwnObservation.objects.exists()
    # Another government's file is not found under our address.
    theirs = services.statistics_upload_create(
        government=other_government,
        user=None,
        content=population_csv(world["own"], 1),
        file_name="x.csv",
        variable_bdl_id=POPULATION,
    )
    foreign = reverse(
        "statistics_upload_delete", kwargs={"government": government.slug, "upload": theirs.pk}
    )
    assert coordinator_client.post(foreign).status_code == 404
    assert StatisticsUpload.objects.filter(pk=theirs.pk).exists()


def test_an_import_from_the_api_records_who_asked_for_it(
    coordinator_client, coordinator, government, world
):
    from diagnosis.models import ImportJob

    response = coordinator_client.post(
        reverse("bdl_import", kwargs={"government": government.slug}),
        {"variables": str(POPULATION), "year_from": "2022", "year_to": "2023"},
    )
    assert response.status_code == 302
    assert ImportJob.objects.get().requested_by == coordinator


# The shared tables are written by the installation's imports alone -----------------------

SHARED_WRITERS = {
    # function in diagnosis/services/ → the modules that may call it
    "observations_store": {
        "diagnosis/services/imports.py",
        "diagnosis/services/statistics_files.py",
        "demo/diagnosis.py",
    },
    "observations_import_bdl_csv": {"diagnosis/management/commands/bdl_import_csv.py"},
    "units_refresh": {"diagnosis/management/commands/bdl_units.py"},
    "catalogue_sync": {"diagnosis/management/commands/load_catalogue.py", "demo/diagnosis.py"},
}
SHARED_MODELS = {"Observation", "TerritorialUnit", "Variable"}
WRITE_METHODS = {"create", "bulk_create", "update", "delete", "get_or_create", "update_or_create"}


def project_modules():
    base = Path(settings.BASE_DIR)
    for path in sorted(base.rglob("*.py")):
        relative = path.relative_to(base).as_posix()
        first = relative.split("/")[0]
        if first in {".venv", "benchmarks"} or "/migrations/" in relative:
            continue
        if "/tests/" in relative or relative.startswith("conftest"):
            continue
        yield relative, ast.parse(path.read_text(encoding="utf-8"))


def test_the_services_writing_shared_statistics_are_called_only_by_installation_imports():
    """Walks every module of the project: the services that write units, variables,
    observations or the shipped catalogue are called only from the management commands
    (the host's shell), the BDL API import and the demo; no view reaches them."""
    offenders = []
    for relative, tree in project_modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
                if name in SHARED_WRITERS and relative not in SHARED_WRITERS[name]:
                    offenders.append(f"{relative}:{node.lineno} calls {name}")
                # Model.objects.<write>() on a shared model outside the diagnosis services
                func = node.func
                if (
                    isinstance(func, ast.Attribute)
                    and func.attr in WRITE_METHODS
                    and isinstance(func.value, ast.Attribute)
                    and func.value.attr == "objects"
                    and isinstance(func.value.value, ast.Name)
                    and func.value.value.id in SHARED_MODELS
                    and not relative.startswith("diagnosis/services/")
                    and relative != "demo/diagnosis.py"
                ):
                    offenders.append(f"{relative}:{node.lineno} writes {func.value.value.id}")
    assert offenders == []


def test_the_shared_writers_are_not_reachable_from_any_view():
    """The same from the other side: the URLconf's views live in modules that import none
    of the shared writers."""
    from django.urls import get_resolver

    def views(patterns):
        for pattern in patterns:
            if hasattr(pattern, "url_patterns"):
                yield from views(pattern.url_patterns)
            else:
                yield pattern.callback

    modules = set()
    for view in views(get_resolver().url_patterns):
        while hasattr(view, "__wrapped__"):
            view = view.__wrapped__
        modules.add(view.__module__)
    base = Path(settings.BASE_DIR)
    for module in modules:
        path = base / (module.replace(".", "/") + ".py")
        if not path.exists():
            continue  # Django's own views (admin, auth)
        source = path.read_text(encoding="utf-8")
        for writer in SHARED_WRITERS:
            assert f"{writer}(" not in source, f"{module} calls {writer}"


def test_a_statistics_file_is_read_under_limits_and_refused_politely(
    government, coordinator, world, monkeypatch
):
    """The file is parsed in a child process with limits (core.sandbox): one that the
    limits stop is refused with a message, and nothing is stored."""
    from django.core.exceptions import ValidationError
    from django.utils import translation

    from core import sandbox

    monkeypatch.setattr(sandbox, "UPLOAD", sandbox.Limits(cpu_seconds=1, wall_seconds=0.05))
    with translation.override("pl"), pytest.raises(ValidationError) as error:
        services.statistics_upload_create(
            government=government,
            user=coordinator,
            content=population_csv(world["own"], 1),
            file_name="LUDN.csv",
            variable_bdl_id=POPULATION,
        )
    assert "trwało dłużej niż" in " ".join(error.value.messages)
    assert not StatisticsUpload.objects.exists() and not OwnObservation.objects.exists()


def test_a_file_of_a_variable_the_register_lacks_is_shown_too(government, coordinator, world):
    """An offline installation may have no shared figures (and no Variable row) for a
    variable at all: the government's own file is then all there is, and it counts."""
    from diagnosis.models import DiagnosisIndicator, Variable

    assert not Variable.objects.filter(bdl_id=60559).exists()
    density = DiagnosisIndicator.objects.create(
        code="T09",
        name="Gęstość zaludnienia",
        domain="demography",
        unit="os./km²",
        direction="neutral",
        formula="v60559",
        source="GUS",
    )
    content = (
        '"Kod";"Nazwa";"Ogółem";"Rok";"Wartosc";"Jednostka miary";"Atrybut";\r\n'
        f'{world["own"].bdl_id};"Miasto";"ogółem";"2023";"412,5";"os./km2";"";\r\n'
    ).encode()
    services.statistics_upload_create(
        government=government,
        user=coordinator,
        content=content,
        file_name="GEST.csv",
        variable_bdl_id=60559,
    )
    setting = diagnosis_setting(government)
    (figures,) = indicator_figures([density], setting=setting, government=government)
    assert figures.series[world["own"].pk][2023] == 412.5
    assert figures.own_files and figures.latest_year == 2023
    (shared,) = indicator_figures([density], setting=setting)
    assert shared.series[world["own"].pk][2023] is None


def test_a_government_keeps_a_bounded_number_of_files(government, coordinator, world, monkeypatch):
    from django.core.exceptions import ValidationError

    monkeypatch.setattr(services.statistics_files, "MAX_STATISTICS_UPLOADS", 2)
    for value in (1, 2):
        services.statistics_upload_create(
            government=government,
            user=coordinator,
            content=population_csv(world["own"], value),
            file_name=f"{value}.csv",
            variable_bdl_id=POPULATION,
        )
    with pytest.raises(ValidationError) as error:
        services.statistics_upload_create(
            government=government,
            user=coordinator,
            content=population_csv(world["own"], 3),
            file_name="3.csv",
            variable_bdl_id=POPULATION,
        )
    assert "2" in " ".join(error.value.messages)
    assert StatisticsUpload.objects.count() == 2

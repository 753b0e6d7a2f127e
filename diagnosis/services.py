"""Writes of the diagnosis: the register of territorial units from the BDL."""

import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from core import sandbox
from governments.models import LocalGovernment
from strategies.models import Goal

from . import bdl_csv
from .bdl import BdlClient, BdlError
from .catalogue import CATALOGUE, LOCAL_FIGURES
from .models import (
    ComparisonGroup,
    DiagnosisIndicator,
    DomainNarrative,
    ImportJob,
    ImportTask,
    LocalFigure,
    Observation,
    OwnObservation,
    Problem,
    StatisticsUpload,
    TerritorialUnit,
    Variable,
    teryt_from_bdl_id,
)
from .selectors import comparable_units, diagnosis_setting, indicator_figures, latest_populations

UNIT_LEVELS = (0, 1, 2, 3, 4, 5, 6)  # Poland down to gminy: the whole parent chain


@dataclass
class UnitsRefresh:
    created: int = 0
    updated: int = 0
    linked: int = 0


def _unit_fields(row: dict) -> dict:
    try:
        bdl_id = str(row["id"])
        level = int(row["level"])
        name = str(row["name"]).strip()
    except (KeyError, TypeError, ValueError) as exc:
        raise BdlError(
            _("A unit in the BDL reply lacks its id, name or level: %(row)s") % {"row": row}
        ) from exc
    return {
        "bdl_id": bdl_id,
        "name": name,
        "level": level,
        "kind": str(row.get("kind") or "")[:1] if level == TerritorialUnit.Level.GMINA else "",
        "teryt": teryt_from_bdl_id(bdl_id, level),
        "parent_bdl_id": str(row.get("parentId") or ""),
    }


def units_refresh(
    *,
    client: BdlClient,
    levels: Iterable[int] = UNIT_LEVELS,
    progress: Callable[[int], None] | None = None,
) -> UnitsRefresh:
    """Load or refresh the units of the given levels; nothing is saved unless every page of
    every level arrived whole. Local governments are then tied to their units by TERYT."""
    rows = []
    for level in sorted(levels):
        for row in client.units(level=level):
            rows.append(_unit_fields(row))
            if progress:
                progress(1)
    result = UnitsRefresh()
    with transaction.atomic():
        existing = {unit.bdl_id: unit for unit in TerritorialUnit.objects.all()}
        to_create, to_update = [], []
        for fields in rows:
            unit = existing.get(fields["bdl_id"])
            values = {k: v for k, v in fields.items() if k != "parent_bdl_id"}
            if unit is None:
                unit = TerritorialUnit(**values)
                to_create.append(unit)
                existing[unit.bdl_id] = unit
            elif any(getattr(unit, k) != v for k, v in values.items()):
                for key, value in values.items():
                    setattr(unit, key, value)
                to_update.append(unit)
        TerritorialUnit.objects.bulk_create(to_create, batch_size=1000)
        TerritorialUnit.objects.bulk_update(
            to_update, ["name", "level", "kind", "teryt"], batch_size=1000
        )
        result.created, result.updated = len(to_create), len(to_update)
        with_parent = []
        for fields in rows:
            unit = existing[fields["bdl_id"]]
            parent = existing.get(fields["parent_bdl_id"])
            if parent is not None and unit.parent_id != parent.pk:
                unit.parent = parent
                with_parent.append(unit)
        TerritorialUnit.objects.bulk_update(with_parent, ["parent"], batch_size=1000)
        result.linked = governments_link_units()
    return result


# Which unit stands for which kind of local government.
UNIT_FOR_KIND = {
    LocalGovernment.Kind.VOIVODESHIP: (TerritorialUnit.Level.VOIVODESHIP, None),
    LocalGovernment.Kind.POWIAT: (TerritorialUnit.Level.POWIAT, None),
    LocalGovernment.Kind.URBAN_GMINA: (TerritorialUnit.Level.GMINA, "1"),
    LocalGovernment.Kind.CITY_WITH_POWIAT_RIGHTS: (TerritorialUnit.Level.GMINA, "1"),
    LocalGovernment.Kind.RURAL_GMINA: (TerritorialUnit.Level.GMINA, "2"),
    LocalGovernment.Kind.URBAN_RURAL_GMINA: (TerritorialUnit.Level.GMINA, "3"),
}


def unit_for_government(government: LocalGovernment) -> TerritorialUnit | None:
    level, kind = UNIT_FOR_KIND[government.kind]
    units = TerritorialUnit.objects.filter(level=level, teryt=government.teryt)
    if kind:
        units = units.filter(kind=kind)
    return units.order_by("-refreshed_at").first()


def governments_link_units() -> int:
    """Tie every local government without a unit to the unit of its TERYT code."""
    linked = 0
    for government in LocalGovernment.objects.filter(unit__isnull=True):
        unit = unit_for_government(government)
        if unit is not None:
            government.unit = unit
            government.save(update_fields=["unit"])
            linked += 1
    return linked


# Statistics imports ----------------------------------------------------------------------


def _comparison_tasks(unit: TerritorialUnit) -> list[tuple[int, str]]:
    """(level, parent id) pairs that bring a unit, its wider units and its neighbours:
    the units of its own level in its voivodeship, and every voivodeship and Poland."""
    voivodeship = unit
    while voivodeship is not None and voivodeship.level > TerritorialUnit.Level.VOIVODESHIP:
        voivodeship = voivodeship.parent
    parent_id = voivodeship.bdl_id if voivodeship is not None else ""
    tasks = []
    if unit.level == TerritorialUnit.Level.GMINA:
        tasks.append((TerritorialUnit.Level.GMINA, parent_id))
    if unit.level >= TerritorialUnit.Level.POWIAT:
        tasks.append((TerritorialUnit.Level.POWIAT, parent_id))
    tasks += [(TerritorialUnit.Level.VOIVODESHIP, ""), (TerritorialUnit.Level.POLAND, "")]
    return tasks


def _group_tasks(government: LocalGovernment, own: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The units of an edited comparison group that lie in other voivodeships: their
    voivodeships' units of the same level (a BDL id starts with its voivodeship's)."""

    group = ComparisonGroup.objects.filter(government=government).first()
    if group is None:
        return []
    wanted = {
        (unit.level, unit.bdl_id[:4] + "0" * 8)
        for unit in group.units.filter(level__gte=TerritorialUnit.Level.POWIAT)
    }
    return sorted(wanted - set(own))


@transaction.atomic
def import_plan(
    *,
    government: LocalGovernment,
    variable_ids: Iterable[int],
    years: Iterable[int],
    requested_by=None,
) -> ImportJob:
    """A job fetching the variables for the government's unit, its powiat, voivodeship,
    Poland and the units of its level in its voivodeship (the comparison candidates).
    The figures come from the BDL API only (settings.BDL_API_URL), never from the user:
    ``requested_by`` is kept as who asked for them."""
    if government.unit is None:
        raise ValidationError(
            _(
                "The local government is not tied to a statistical unit yet; load the units "
                "(manage.py bdl_units) or check its TERYT code."
            )
        )
    years = sorted({int(year) for year in years})
    variable_ids = sorted({int(variable_id) for variable_id in variable_ids})
    if not years or not variable_ids:
        raise ValidationError(_("Choose at least one variable and one year."))
    tasks = _comparison_tasks(government.unit)
    tasks += _group_tasks(government, tasks)
    job = ImportJob.objects.create(
        government=government,
        years=years,
        requested_by=requested_by if getattr(requested_by, "is_authenticated", False) else None,
    )
    ImportTask.objects.bulk_create(
        ImportTask(job=job, variable_bdl_id=variable_id, unit_level=level, parent_bdl_id=parent)
        for variable_id in variable_ids
        for level, parent in tasks
    )
    return job


def _variable(client: BdlClient, bdl_id: int) -> Variable:
    variable = Variable.objects.filter(bdl_id=bdl_id).first()
    if variable is not None:
        return variable
    try:
        body = client.variable(bdl_id)
    except BdlError as error:
        if error.status == 404:
            raise BdlError(
                _("The BDL has no variable with id %(id)s.") % {"id": bdl_id}, status=404
            ) from error
        raise
    name = " – ".join(str(body[key]) for key in ("n1", "n2", "n3", "n4", "n5") if body.get(key))
    return Variable.objects.create(
        bdl_id=bdl_id,
        name=name or str(bdl_id),
        measure_unit=str(body.get("measureUnitName") or ""),
    )


# (variable pk, unit pk, year, value or None, BDL attribute): one row of Observation.
ObservationRow = tuple[int, int, int, float | None, int]
_OBSERVATION_COLUMNS = ("variable_id", "unit_id", "year", "value", "attribute")
_FALLBACK_BATCH = 2000


def observations_store(rows: Iterable[ObservationRow]) -> int:
    """Store observations, replacing the value and attribute of those already stored for
    the same variable, unit and year; returns the number of rows given. Each (variable,
    unit, year) may come once. Runs in the caller's transaction (a savepoint of it) or in
    its own: the rows are stored all or none. IntegrityError if a variable or unit does not
    exist (checked once a batch, not by the database for every row: see Observation).

    On PostgreSQL the rows are streamed with COPY into a temporary staging table and moved
    with one INSERT … ON CONFLICT DO UPDATE: the national table (millions of rows) loads at
    more than half of COPY's own rate (docs/performance.md). Elsewhere bulk_create is used."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            return _observations_copy(rows)
        stored, rows = 0, iter(rows)
        while batch := list(islice(rows, _FALLBACK_BATCH)):
            _keys_check({row[0] for row in batch}, {row[1] for row in batch})
            Observation.objects.bulk_create(
                [
                    Observation(
                        variable_id=variable_id,
                        unit_id=unit_id,
                        year=year,
                        value=value,
                        attribute=attribute,
                    )
                    for variable_id, unit_id, year, value, attribute in batch
                ],
                update_conflicts=True,
                unique_fields=["variable", "unit", "year"],
                update_fields=["value", "attribute"],
            )
            stored += len(batch)
        return stored


def _keys_check(variable_ids: Iterable[int], unit_ids: Iterable[int]) -> None:
    """What a foreign key checks, once for a batch: the variables and units exist and, on
    PostgreSQL, cannot be deleted until the transaction ends (the lock a key check takes)."""
    for model, ids in ((Variable, set(variable_ids)), (TerritorialUnit, set(unit_ids))):
        if not ids:
            continue
        if connection.vendor == "postgresql":
            table = connection.ops.quote_name(model._meta.db_table)
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT id FROM {table} WHERE id = ANY(%s) FOR KEY SHARE",  # noqa: S608
                    [sorted(ids)],
                )
                found = {pk for (pk,) in cursor.fetchall()}
        else:
            found = set(model.objects.filter(pk__in=ids).values_list("pk", flat=True))
        if missing := ids - found:
            raise IntegrityError(
                f"Observations of a {model._meta.model_name} that does not exist: "
                f"ids {sorted(missing)[:10]}"
            )


def _observations_copy(rows: Iterable[ObservationRow]) -> int:
    table = connection.ops.quote_name(Observation._meta.db_table)
    columns = ", ".join(_OBSERVATION_COLUMNS)
    stored = 0
    with connection.cursor() as cursor:
        # Temporary: not WAL-logged, private to the session, gone at the latest at commit.
        cursor.execute(
            "CREATE TEMPORARY TABLE observation_staging (variable_id bigint, unit_id bigint,"
            " year smallint, value double precision, attribute smallint) ON COMMIT DROP"
        )
        with cursor.cursor.copy(
            f"COPY observation_staging ({columns}) FROM STDIN (FORMAT BINARY)"
        ) as copy:
            copy.set_types(["int8", "int8", "int2", "float8", "int2"])
            for row in rows:
                copy.write_row(row)
                stored += 1
        cursor.execute(
            "SELECT array_agg(DISTINCT variable_id), array_agg(DISTINCT unit_id)"
            " FROM observation_staging"
        )
        variable_ids, unit_ids = cursor.fetchone()
        _keys_check(variable_ids or (), unit_ids or ())
        # The names come from the model, the rows travel by COPY: nothing is interpolated.
        insert = f"INSERT INTO {table} ({columns}) SELECT {columns} FROM observation_staging"  # noqa: S608
        try:
            # New rows, as in a first load: a plain INSERT is about a third faster than
            # ON CONFLICT, whose speculative insertion costs an extra probe and WAL record
            # a row. The first row already stored ends it, and the batch is upserted.
            with transaction.atomic():
                cursor.execute(insert)
        except IntegrityError:
            # An unchanged row is left alone: re-importing the same years writes nothing.
            cursor.execute(
                f"{insert} ON CONFLICT (variable_id, unit_id, year) DO UPDATE"
                " SET value = EXCLUDED.value, attribute = EXCLUDED.attribute"
                f" WHERE ({table}.value, {table}.attribute)"
                " IS DISTINCT FROM (EXCLUDED.value, EXCLUDED.attribute)"
            )
        cursor.execute("DROP TABLE observation_staging")
    return stored


def _observations(
    variable: Variable, results: list[dict], units: dict[str, int], years
) -> Iterable[ObservationRow]:
    wanted = set(years)
    for result in results:
        unit_pk = units.get(str(result.get("id")))
        if unit_pk is None:
            continue  # historical or unknown unit: not in our register (refresh the units)
        for item in result.get("values") or []:
            try:
                year = int(item["year"])
                attribute = int(item.get("attrId", 1))
                raw = item.get("val")
                value = None if attribute in Observation.MISSING_ATTRIBUTES else float(raw)
            except (KeyError, TypeError, ValueError) as exc:
                raise BdlError(
                    _("The BDL sent a value that is not a number for unit %(unit)s: %(item)s")
                    % {"unit": result.get("id"), "item": item}
                ) from exc
            if year in wanted:
                yield (variable.pk, unit_pk, year, value, attribute)


def import_run(
    *,
    job: ImportJob,
    client: BdlClient,
    progress: Callable[[int], None] | None = None,
    budget: float | None = None,
) -> ImportJob:
    """Run the tasks of a job that are not done yet. Each task (one variable for one group
    of units) is stored whole in one transaction once all its pages have arrived; if the
    API fails, the job stops as failed and running it again resumes where it stopped.
    With a ``budget`` (seconds), no new task is begun once it is spent: the job goes back
    to waiting with the rest (its worker task queues it again at the end of the queue, so
    the imports of several governments take turns)."""
    job.status = ImportJob.Status.RUNNING
    job.message = ""
    job.save(update_fields=["status", "message"])
    units = dict(TerritorialUnit.objects.values_list("bdl_id", "pk"))
    started, done_now = time.monotonic(), 0
    try:
        for task in job.tasks.filter(done=False).order_by("pk"):
            if budget is not None and done_now and time.monotonic() - started >= budget:
                job.status = ImportJob.Status.PENDING  # at least one task a turn
                job.save(update_fields=["status"])
                return job
            done_now += 1
            variable = _variable(client, task.variable_bdl_id)
            results = list(
                client.data_by_variable(
                    task.variable_bdl_id,
                    years=job.years,
                    unit_level=task.unit_level,
                    parent_id=task.parent_bdl_id or None,
                )
            )
            rows = list(_observations(variable, results, units, job.years))
            with transaction.atomic():
                task.records = observations_store(rows)
                task.done = True
                task.save(update_fields=["done", "records"])
            if progress:
                progress(1)
    except BdlError as error:
        job.status = ImportJob.Status.FAILED
        job.message = str(error)
        job.save(update_fields=["status", "message"])
        return job
    job.status = ImportJob.Status.DONE
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "finished_at"])
    return job


def import_resume(*, job: ImportJob) -> ImportJob:
    """Put a failed job back in the queue's waiting state; the caller enqueues it. Only a
    failed job can be resumed, and only once: a second click finds it waiting already."""
    resumed = ImportJob.objects.filter(pk=job.pk, status=ImportJob.Status.FAILED).update(
        status=ImportJob.Status.PENDING, message=""
    )
    if not resumed:
        raise ValidationError(_("Only a failed import can be resumed."))
    job.refresh_from_db()
    return job


def import_interrupt(*, job: ImportJob, message: str) -> None:
    """Mark a job failed when its run stopped for a reason other than the API (a worker
    stopped, a database error): it can then be resumed from the tasks not done."""
    ImportJob.objects.filter(
        pk=job.pk, status__in=[ImportJob.Status.PENDING, ImportJob.Status.RUNNING]
    ).update(status=ImportJob.Status.FAILED, message=message)


@transaction.atomic
def catalogue_sync() -> tuple[int, int]:
    """Bring the shipped catalogue in the database in step with diagnosis/catalogue.py.
    Returns (created, updated); the coordinators' own indicators are left alone."""

    existing = {i.code: i for i in DiagnosisIndicator.objects.filter(government__isnull=True)}
    created = updated = 0
    for entry in CATALOGUE:
        indicator = existing.get(entry["code"])
        if indicator is None:
            indicator = DiagnosisIndicator(**entry)
            created += 1
        elif all(getattr(indicator, key) == value for key, value in entry.items()):
            continue
        else:
            for key, value in entry.items():
                setattr(indicator, key, value)
            updated += 1
        indicator.full_clean()
        indicator.save()
    return created, updated


# Local figures ---------------------------------------------------------------------------


@transaction.atomic
def local_figures_set(*, government: LocalGovernment, year: int, values: dict) -> int:
    """Set the government's local figures for a year; None removes one. Returns changes."""

    changed = 0
    existing = {f.code: f for f in LocalFigure.objects.filter(government=government, year=year)}
    for code, value in values.items():
        if code not in LOCAL_FIGURES:
            raise ValidationError(_("Unknown local figure: %(code)s.") % {"code": code})
        figure = existing.get(code)
        if value is None:
            if figure is not None:
                figure.delete()
                changed += 1
            continue
        if value < 0:
            raise ValidationError({code: _("A figure cannot be negative.")})
        if figure is None:
            figure = LocalFigure(government=government, code=code, year=year, value=value)
        elif figure.value == value:
            continue
        else:
            figure.value = value
        figure.full_clean()
        figure.save()
        changed += 1
    return changed


def local_figures_import_csv(*, government: LocalGovernment, content: bytes) -> int:
    """Import local figures from CSV: columns ``kod;rok;wartosc`` (a header row first),
    separator ; or , and Polish numbers ("1 234,5"). Every error names its line and
    nothing is saved from a file with any error. The file is read in a child process with
    limits (core.sandbox; diagnosis/local_csv.py)."""
    try:
        by_year = sandbox.run("diagnosis.local_csv:parse_file", content)
    except sandbox.SandboxError as error:
        raise ValidationError(str(error)) from error
    with transaction.atomic():
        return sum(
            local_figures_set(government=government, year=year, values=values)
            for year, values in by_year.items()
        )


# Statistics from a file exported from the BDL website ------------------------------------


def _bdl_csv_table(*, content: bytes, variable_bdl_id: int, series: str):
    """The file parsed in a child process with limits (core.sandbox): an uploaded file's
    cost is its author's to choose."""

    valid_id = isinstance(variable_bdl_id, int) and not isinstance(variable_bdl_id, bool)
    if not valid_id or variable_bdl_id < 1:
        raise ValidationError(_("The BDL variable id must be a whole number greater than 0."))
    units = bdl_csv.unit_index(
        TerritorialUnit.objects.values_list("bdl_id", "pk", "level", "teryt")
    )
    if not units:
        raise ValidationError(
            _(
                "The register of territorial units is empty: load the units first "
                "(manage.py bdl_units)."
            )
        )
    try:
        return sandbox.run("diagnosis.bdl_csv:parse_file", content, units=units, series=series)
    except sandbox.SandboxError as error:
        raise ValidationError(str(error)) from error


def _variable_name(variable_bdl_id: int, variable_name: str, table) -> str:
    name = variable_name.strip() or _("BDL variable %(id)s") % {"id": variable_bdl_id}
    if not variable_name.strip() and table.series:
        name = f"{name} ({table.series})"
    return name[:500]


@transaction.atomic
def observations_import_bdl_csv(
    *, content: bytes, variable_bdl_id: int, series: str = "", variable_name: str = ""
) -> int:
    """The installation's import of a CSV file exported from the BDL website into the
    shared statistics every local government reads (``manage.py bdl_import_csv``, for a
    host without access to the BDL API; diagnosis/bdl_csv.py describes the layouts). A
    local government's own file goes to its own layer instead (statistics_upload_create).
    ``series`` picks one series of a file holding several; a variable not in the database
    yet is created, named ``variable_name`` or after the series. Every error names its
    line and nothing is stored from a file with any error. Returns the values stored."""
    table = _bdl_csv_table(content=content, variable_bdl_id=variable_bdl_id, series=series)
    variable = Variable.objects.filter(bdl_id=variable_bdl_id).first()
    if variable is None:
        variable = Variable(
            bdl_id=variable_bdl_id,
            name=_variable_name(variable_bdl_id, variable_name, table),
            measure_unit=table.measure_unit[:100],
        )
        variable.full_clean()
        variable.save()
    return observations_store(
        (variable.pk, row.unit_id, row.year, row.value, 1 if row.value is not None else 0)
        for row in table.rows
    )


MAX_STATISTICS_UPLOADS = 500


@transaction.atomic
def statistics_upload_create(
    *,
    government: LocalGovernment,
    user,
    content: bytes,
    file_name: str,
    variable_bdl_id: int,
    series: str = "",
    variable_name: str = "",
) -> StatisticsUpload:
    """A local government's CSV file exported from the BDL website (for a server without
    access to the BDL API). Its values become the government's own layer: its diagnosis
    reads them in place of the shared figures of the same variable, unit and year, and no
    other government sees them. The file's name, SHA-256, size, who sent it and when are
    kept with the upload. Every error names its line; nothing is stored from a file with
    any error. A later file of the same variable replaces the values it holds again. A
    government keeps at most MAX_STATISTICS_UPLOADS files (delete old ones to send more)."""
    if StatisticsUpload.objects.filter(government=government).count() >= MAX_STATISTICS_UPLOADS:
        raise ValidationError(
            _(
                "Your local government already keeps %(count)s statistics files; delete the "
                "ones no longer needed to send more."
            )
            % {"count": MAX_STATISTICS_UPLOADS}
        )
    table = _bdl_csv_table(content=content, variable_bdl_id=variable_bdl_id, series=series)
    known = Variable.objects.filter(bdl_id=variable_bdl_id).first()
    upload = StatisticsUpload(
        government=government,
        variable_bdl_id=variable_bdl_id,
        variable_name=(
            known.name[:500]
            if known and not variable_name.strip()
            else _variable_name(variable_bdl_id, variable_name, table)
        ),
        measure_unit=(known.measure_unit if known else table.measure_unit)[:100],
        series=(table.series or "")[:500],
        file_name=Path(file_name).name[:255] or "plik.csv",
        file_sha256=hashlib.sha256(content).hexdigest(),
        file_size=len(content),
        value_count=len(table.rows),
        uploaded_by=user if getattr(user, "is_authenticated", False) else None,
    )
    upload.full_clean()
    upload.save()
    OwnObservation.objects.bulk_create(
        [
            OwnObservation(
                upload=upload,
                government=government,
                variable_bdl_id=variable_bdl_id,
                unit_id=row.unit_id,
                year=row.year,
                value=row.value,
                attribute=1 if row.value is not None else 0,
            )
            for row in table.rows
        ],
        batch_size=1000,
        update_conflicts=True,
        unique_fields=["government", "variable_bdl_id", "unit", "year"],
        update_fields=["upload", "value", "attribute"],
    )
    return upload


@transaction.atomic
def statistics_upload_delete(*, upload: StatisticsUpload) -> None:
    """Delete a file and the values it still holds (values a later file of the same
    variable replaced belong to that file); its record stays in the history."""
    upload.delete()


# Comparison group ------------------------------------------------------------------------

GROUP_MIN_SIZE = 10
GROUP_POPULATION_FACTORS = (1.5, 2.0, 3.0)  # within ×/÷ this of the own population


@transaction.atomic
def comparison_group_default(*, government: LocalGovernment):
    """Choose the group: units of the same level and kind (urban, rural, urban-rural gmina)
    with a population within half again of the government's own, widened step by step
    until it has at least GROUP_MIN_SIZE members, among the units whose figures are in the
    database. Replaces an edited group."""

    unit = government.unit
    if unit is None:
        raise ValidationError(_("The local government is not tied to a statistical unit yet."))
    candidate_ids = list(comparable_units(unit).values_list("pk", flat=True))
    population = latest_populations([*candidate_ids, unit.pk], government)
    own = population.get(unit.pk)
    chosen, criteria = candidate_ids, ""
    kind = unit.get_kind_display() if unit.kind else unit.get_level_display()
    if own:
        for factor in GROUP_POPULATION_FACTORS:
            low, high = own / factor, own * factor
            chosen = [pk for pk in candidate_ids if low <= population.get(pk, -1) <= high]
            if len(chosen) >= GROUP_MIN_SIZE:
                break
        criteria = _("%(kind)s, %(low)s–%(high)s residents") % {
            "kind": kind,
            "low": number_format(round(low, -2), 0, force_grouping=True),
            "high": number_format(round(high, -2), 0, force_grouping=True),
        }
    else:
        criteria = _("%(kind)s (no population figures to narrow the group)") % {"kind": kind}
    group, _created = ComparisonGroup.objects.get_or_create(government=government)
    group.is_default = True
    group.criteria = criteria
    group.save()
    group.units.set(chosen)
    return group


@transaction.atomic
def comparison_group_set(*, government: LocalGovernment, unit_ids) -> None:
    """Replace the members of the group by hand: units of the same level only."""

    unit = government.unit
    if unit is None:
        raise ValidationError(_("The local government is not tied to a statistical unit yet."))
    unit_ids = {int(pk) for pk in unit_ids} - {unit.pk}
    found = set(
        TerritorialUnit.objects.filter(pk__in=unit_ids, level=unit.level).values_list(
            "pk", flat=True
        )
    )
    if found != unit_ids:
        raise ValidationError(_("The group may hold only units of the same level."))
    group, _created = ComparisonGroup.objects.get_or_create(government=government)
    group.is_default = False
    group.criteria = _("chosen by hand")
    group.save()
    group.units.set(found)


# Problems flagged by the data -------------------------------------------------------------


def _facts(figures) -> dict:
    facts = {}
    if figures.worse_than_group:
        p = figures.position
        facts["group"] = {
            "year": figures.latest_year,
            "value": p.value,
            "rank": p.rank,
            "count": p.count,
            "median": p.median,
            "quartile": p.upper_quartile
            if figures.indicator.direction == "down"
            else p.lower_quartile,
        }
    if figures.worsening:
        t = figures.trend
        facts["trend"] = {
            "from_year": t.from_year,
            "from_value": t.from_value,
            "to_year": t.to_year,
            "to_value": t.to_value,
            "change": t.change,
        }
    return facts


@transaction.atomic
def problems_refresh(*, government: LocalGovernment) -> dict[str, int]:
    """Flag the indicators that are markedly worse than the group or getting worse. A new
    flag waits for review; a reviewed one keeps its decision and gets the new facts; a flag
    the data no longer support is removed if nobody reviewed it, else marked not in data."""

    setting = diagnosis_setting(government)
    if setting is None:
        raise ValidationError(_("The local government is not tied to a statistical unit yet."))
    indicators = DiagnosisIndicator.objects.available_to(government).exclude(
        direction=DiagnosisIndicator.Direction.NEUTRAL
    )
    found = {
        f.indicator.pk: (f.indicator, _facts(f))
        for f in indicator_figures(indicators, setting=setting, government=government)
        if f.worse_than_group or f.worsening
    }
    existing = {p.indicator_id: p for p in government.problems.filter(indicator__isnull=False)}
    counts = {"new": 0, "updated": 0, "removed": 0}
    for indicator_pk, (indicator, facts) in found.items():
        problem = existing.get(indicator_pk)
        if problem is None:
            Problem.objects.create(
                government=government,
                indicator=indicator,
                domain=indicator.domain,
                title=indicator.name,
                facts=facts,
            )
            counts["new"] += 1
        elif problem.facts != facts or not problem.in_data:
            problem.facts, problem.in_data = facts, True
            problem.save(update_fields=["facts", "in_data", "updated_at"])
            counts["updated"] += 1
    for indicator_pk, problem in existing.items():
        if indicator_pk in found:
            continue
        if problem.status == Problem.Status.FLAGGED:
            problem.delete()
            counts["removed"] += 1
        elif problem.in_data:
            problem.in_data = False
            problem.save(update_fields=["in_data", "updated_at"])
            counts["updated"] += 1
    return counts


@transaction.atomic
def problem_review(
    *, problem, status: str, serious: bool = False, comment: str = "", goal_ids=()
) -> None:
    """Confirm or dismiss a problem (or put it back to review) and link the goals of the
    government's strategies that answer it; only confirmed problems keep goals."""

    if status not in Problem.Status.values:
        raise ValidationError(_("Unknown status."))
    goal_ids = {int(pk) for pk in goal_ids}
    goals = list(Goal.objects.filter(pk__in=goal_ids, strategy__government=problem.government))
    if len(goals) != len(goal_ids):
        raise ValidationError(_("A goal of another local government cannot be linked."))
    if goals and status != Problem.Status.CONFIRMED:
        raise ValidationError(_("Only a confirmed problem can be linked to goals."))
    problem.status = status
    problem.serious = serious and status == Problem.Status.CONFIRMED
    problem.comment = comment
    problem.full_clean()
    problem.save()
    problem.goals.set(goals)


@transaction.atomic
def problem_create(*, government: LocalGovernment, **fields):
    """A problem the coordinator writes in (seen in the field, not in the figures)."""

    problem = Problem(government=government, status=Problem.Status.CONFIRMED, **fields)
    problem.full_clean()
    problem.save()
    return problem


@transaction.atomic
def narrative_set(*, government: LocalGovernment, domain: str, text: str):

    narrative, _created = DomainNarrative.objects.get_or_create(
        government=government, domain=domain
    )
    if narrative.text != text:
        narrative.text = text
        narrative.full_clean()
        narrative.save()
    return narrative


@transaction.atomic
def indicator_save(*, government: LocalGovernment, indicator=None, **fields):
    """Create or change one of the government's own indicators (never the catalogue's)."""

    if indicator is None:
        indicator = DiagnosisIndicator(government=government)
    elif indicator.government_id != government.pk:
        raise ValidationError(_("Only the local government's own indicators can be changed."))
    code = fields.get("code", indicator.code)
    if DiagnosisIndicator.objects.filter(government__isnull=True, code=code).exists():
        raise ValidationError({"code": _("The catalogue already has an indicator of this code.")})
    for key, value in fields.items():
        setattr(indicator, key, value)
    indicator.full_clean()
    indicator.save()
    return indicator

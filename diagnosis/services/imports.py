"""Statistics imports from the BDL API: jobs of tasks, the shared observations they store
(written only by the installation's imports), and the shipped catalogue of indicators."""

import time
from collections.abc import Callable, Iterable
from itertools import islice

from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from governments.models import LocalGovernment

from ..bdl import BdlClient, BdlError
from ..catalogue import CATALOGUE
from ..models import (
    ComparisonGroup,
    DiagnosisIndicator,
    ImportJob,
    ImportTask,
    Observation,
    TerritorialUnit,
    Variable,
)


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

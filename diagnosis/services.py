"""Writes of the diagnosis: the register of territorial units from the BDL."""

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from governments.models import LocalGovernment

from .bdl import BdlClient, BdlError
from .models import (
    ImportJob,
    ImportTask,
    Observation,
    TerritorialUnit,
    Variable,
    teryt_from_bdl_id,
)

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


@transaction.atomic
def import_plan(
    *, government: LocalGovernment, variable_ids: Iterable[int], years: Iterable[int]
) -> ImportJob:
    """A job fetching the variables for the government's unit, its powiat, voivodeship,
    Poland and the units of its level in its voivodeship (the comparison candidates)."""
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
    job = ImportJob.objects.create(government=government, years=years)
    ImportTask.objects.bulk_create(
        ImportTask(job=job, variable_bdl_id=variable_id, unit_level=level, parent_bdl_id=parent)
        for variable_id in variable_ids
        for level, parent in _comparison_tasks(government.unit)
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


def _observations(variable: Variable, results: list[dict], units: dict[str, int], years):
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
                yield Observation(
                    variable=variable, unit_id=unit_pk, year=year, value=value, attribute=attribute
                )


def import_run(
    *, job: ImportJob, client: BdlClient, progress: Callable[[int], None] | None = None
) -> ImportJob:
    """Run the tasks of a job that are not done yet. Each task (one variable for one group
    of units) is stored whole in one transaction once all its pages have arrived; if the
    API fails, the job stops as failed and running it again resumes where it stopped."""
    job.status = ImportJob.Status.RUNNING
    job.message = ""
    job.save(update_fields=["status", "message"])
    units = dict(TerritorialUnit.objects.values_list("bdl_id", "pk"))
    try:
        for task in job.tasks.filter(done=False).order_by("pk"):
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
                Observation.objects.bulk_create(
                    rows,
                    batch_size=2000,
                    update_conflicts=True,
                    unique_fields=["variable", "unit", "year"],
                    update_fields=["value", "attribute"],
                )
                task.done = True
                task.records = len(rows)
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


@transaction.atomic
def catalogue_sync() -> tuple[int, int]:
    """Bring the shipped catalogue in the database in step with diagnosis/catalogue.py.
    Returns (created, updated); the coordinators' own indicators are left alone."""
    from .catalogue import CATALOGUE
    from .models import DiagnosisIndicator

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
    from .catalogue import LOCAL_FIGURES
    from .models import LocalFigure

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


def _csv_text(content: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1250"):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError(_("The file is neither UTF-8 nor Windows-1250 text."))


def local_figures_import_csv(*, government: LocalGovernment, content: bytes) -> int:
    """Import local figures from CSV: columns ``kod;rok;wartosc`` (a header row first),
    separator ; or , and Polish numbers ("1 234,5"). Every error names its line and
    nothing is saved from a file with any error."""
    import csv
    import io
    from decimal import Decimal, InvalidOperation

    from .catalogue import LOCAL_FIGURES

    text = _csv_text(content)
    dialect = csv.Sniffer().sniff(text.splitlines()[0] if text else ";", delimiters=";,\t")
    rows = list(csv.reader(io.StringIO(text), dialect))
    if not rows or [c.strip().lower() for c in rows[0][:3]] != ["kod", "rok", "wartosc"]:
        raise ValidationError(
            _("The first line must name the columns: kod;rok;wartosc (code; year; value).")
        )
    errors, by_year = [], defaultdict(dict)
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < 3:
            errors.append(_("Line %(n)s: three columns expected.") % {"n": number})
            continue
        code, year, raw = (cell.strip() for cell in row[:3])
        if code not in LOCAL_FIGURES:
            errors.append(_("Line %(n)s: unknown figure “%(code)s”.") % {"n": number, "code": code})
            continue
        if not (year.isdigit() and 1990 <= int(year) <= 2100):
            errors.append(_("Line %(n)s: “%(year)s” is not a year.") % {"n": number, "year": year})
            continue
        cleaned = raw.replace("\xa0", "").replace(" ", "").replace(",", ".")
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            errors.append(
                _("Line %(n)s: “%(value)s” is not a number.") % {"n": number, "value": raw}
            )
            continue
        if value < 0:
            errors.append(_("Line %(n)s: a figure cannot be negative.") % {"n": number})
            continue
        by_year[int(year)][code] = value
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        return sum(
            local_figures_set(government=government, year=year, values=values)
            for year, values in by_year.items()
        )

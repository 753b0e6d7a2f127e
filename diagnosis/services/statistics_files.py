"""Statistics from CSV files exported from the BDL website: the host's into the shared
statistics, a local government's into its own layer."""

import hashlib
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from core import sandbox
from governments.models import LocalGovernment

from .. import bdl_csv
from ..models import (
    OwnObservation,
    StatisticsUpload,
    TerritorialUnit,
    Variable,
)
from .imports import observations_store


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

"""The figures an OPS counts itself (reasons for assistance, Blue Cards…): by form or CSV."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from core import sandbox
from governments.models import LocalGovernment

from ..catalogue import LOCAL_FIGURES
from ..models import (
    LocalFigure,
)


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

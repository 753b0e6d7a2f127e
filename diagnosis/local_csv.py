"""A CSV file of local figures (what the OPS counts itself: reasons for assistance, Blue
Cards…): ``kod;rok;wartosc`` with a header row, separator ``;`` or ``,``, Polish numbers.

Pure parsing without the database, so that core.sandbox can run it in a child process with
limits (diagnosis.services.local_figures_import_csv stores the result).
"""

import csv
import io
from collections import defaultdict
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .bdl_csv import decode
from .catalogue import LOCAL_FIGURES


def parse_file(content: bytes) -> dict[int, dict[str, Decimal]]:
    """{year: {code: value}}; ValidationError naming every bad line."""
    text = decode(content)
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
    return dict(by_year)

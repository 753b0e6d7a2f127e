"""Reading a CSV file exported from the BDL website (bdl.stat.gov.pl), for offices whose
server cannot reach the BDL API. Pure functions: text in, rows or a ValidationError out.

What the website's exports look like, as far as public code that reads them shows (data
loaders and tests written against downloaded files; no official description was found):

* Files are named like ``LUDN_2137_CREL_20240707161221.csv`` (vertical, "relational") or
  ``RYNE_3785_CTAB_20260606230435.csv`` (a table); the number is the subgroup (P2137),
  not the variable, so the variable id is asked for separately.
* Separator ``;``, decimal comma, text cells quoted, every line ends with a ``;`` (an
  empty last column). UTF-8, sometimes with a BOM; a file saved again by Excel may be in
  Windows-1250 (decoding is the caller's: services._csv_text).
* Vertical layout, one value a line, dimension columns (e.g. "Płeć" or "Ogółem") between
  Nazwa and Rok::

      "Kod";"Nazwa";"Płeć";"Rok";"Wartosc";"Jednostka miary";"Atrybut";
      011200000000;"MAŁOPOLSKIE";"ogółem";"2023";3434000;"osoba";"";

* Table layout, one unit a line; one header line whose cells join the dimension values,
  the year and the unit of measure with ``;`` (quoted)::

      "Kod";"Nazwa";"ogółem;ogółem;2022;[osoba]";"ogółem;kobiety;2022;[osoba]";
      011200000000;"MAŁOPOLSKIE";3432295;1769123;

  Older descriptions mention several header lines; no such file was found, so only the
  one-line header is read.
* ``Kod`` is the 12-digit BDL unit id, written without quotes, so a spreadsheet drops its
  leading zero (11 digits; Poland becomes ``0``). Code reading some exports expects a
  7-digit code instead (``0000000`` Poland, ``1200000`` a voivodeship, ``1261000`` a
  powiat, ``1261011`` a gmina: TERYT padded with zeros). Both are accepted: 8–11 digits are
  padded to 12 (no 12-digit id but Poland's starts with more zeros), 6–7 digits are read as
  the 7-digit code and found by TERYT.
* A missing value is ``-`` or empty; it is stored as missing (None, attribute 0).

Each combination of dimension values is one series, and one series is one BDL variable
(e.g. variable 72305 is "ogółem; ogółem" of subgroup P2137): a file with several series
needs the caller to say which one to read.
"""

import csv
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NoReturn

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

YEARS = range(1990, 2101)
MAX_ERRORS = 20
POLAND = "000000000000"

_VERTICAL = {
    "rok": "year",
    "wartosc": "value",
    "wartość": "value",
    "jednostka miary": "measure_unit",
    "atrybut": "attribute",
}
_MISSING = {"", "-", "–"}
_NUMBER = re.compile(r"-?\d+(\.\d+)?")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2007]")


@dataclass(frozen=True)
class BdlRow:
    line: int
    unit_id: int  # TerritorialUnit pk
    year: int
    value: float | None


@dataclass
class BdlTable:
    layout: str  # "vertical" or "table"
    series: str  # the dimension values of the series read, "; "-joined; "" for none
    measure_unit: str
    rows: list[BdlRow]


class SeriesChoice(ValidationError):
    """The file holds several series (or not the one asked for): the caller should offer
    ``series`` to choose from."""

    def __init__(self, message: str, series: list[str]):
        super().__init__(message, code="series_choice")
        self.series = series

    def __reduce__(self):
        # Raised in core.sandbox's child process and raised again in the parent.
        return (SeriesChoice, (self.message, self.series))


def series_label(series: str) -> str:
    return series or _("(no dimensions)")


def unit_code(raw: str) -> str | None:
    """The 12-digit BDL id, or the 7-digit code, of a ``Kod`` cell; None if it is
    neither."""
    code = _SPACES.sub("", raw).lstrip("'")
    if not code.isdigit() or not code.isascii():
        return None
    if not code.strip("0"):
        return POLAND
    if 8 <= len(code) <= 12:
        return code.zfill(12)
    if 6 <= len(code) <= 7:
        return code.zfill(7)
    return None


def seven_digit_code(level: int, teryt: str) -> str | None:
    """The 7-digit code (TERYT padded with zeros) of a unit of the given level."""
    if level == 0:
        return "0000000"
    if level in (2, 5, 6) and teryt.isdigit() and len(teryt) in (2, 4, 7):
        return teryt.ljust(7, "0")
    return None


def unit_index(units: Iterable[tuple[str, int, int, str]]) -> dict[str, int | None]:
    """{code: pk} from (bdl_id, pk, level, teryt) rows, for both kinds of code; a 7-digit
    code that fits several units (historical ones, say) maps to None."""
    index: dict[str, int | None] = {}
    short: dict[str, int | None] = {}
    for bdl_id, pk, level, teryt in units:
        index[bdl_id] = pk
        code = seven_digit_code(level, teryt or "")
        if code is not None:
            short[code] = None if code in short else pk
    index.update(short)
    return index


def polish_number(raw: str) -> float | None:
    """A number written the Polish way ("1 234,5"); None for a missing value ("-", empty).
    Raises ValueError for anything else."""
    cleaned = _SPACES.sub("", raw)
    if cleaned in _MISSING:
        return None
    cleaned = cleaned.replace(",", ".")
    if not _NUMBER.fullmatch(cleaned):
        raise ValueError(raw)
    return float(cleaned)


def _plausible_year(raw: str) -> int | None:
    raw = raw.strip()
    if len(raw) == 4 and raw.isdigit() and int(raw) in YEARS:
        return int(raw)
    return None


def _key(cell: str) -> str:
    return cell.strip().lower()


def _raise(errors: list[str]) -> NoReturn:
    if len(errors) > MAX_ERRORS:
        more = len(errors) - MAX_ERRORS
        errors = [
            *errors[:MAX_ERRORS],
            ngettext("… and %(count)s more problem.", "… and %(count)s more problems.", more)
            % {"count": more},
        ]
    raise ValidationError(errors)


def _choose(found: list[str], wanted: str) -> str:
    wanted = wanted.strip()
    if wanted and wanted in found:
        return wanted
    if not wanted and len(found) == 1:
        return found[0]
    listing = "; ".join(f"“{series_label(s)}”" for s in found)
    if wanted:
        message = _("The file holds no series “%(series)s”; it holds: %(found)s.") % {
            "series": wanted,
            "found": listing,
        }
    else:
        message = ngettext(
            "The file holds %(count)s series: %(found)s. Choose the one that is the "
            "variable and send the file again.",
            "The file holds %(count)s series: %(found)s. Choose the one that is the "
            "variable and send the file again.",
            len(found),
        ) % {"count": len(found), "found": listing}
    raise SeriesChoice(message, found)


class _Rows:
    """Collects rows and line errors common to both layouts."""

    def __init__(self, units: Mapping[str, int | None]):
        self.units = units
        self.errors: list[str] = []
        self.rows: list[BdlRow] = []
        self.first_line: dict[tuple[int, int], int] = {}

    def unit(self, line: int, raw_code: str, name: str) -> int | None:
        code = unit_code(raw_code)
        if code is None:
            self.errors.append(
                _(
                    "Line %(n)s: “%(code)s” is not a BDL unit code (the 12-digit id, or a "
                    "7-digit code such as 1261011)."
                )
                % {"n": line, "code": raw_code.strip()}
            )
            return None
        if code not in self.units:
            self.errors.append(
                _(
                    "Line %(n)s: the unit %(code)s “%(name)s” is not in the register of "
                    "territorial units."
                )
                % {"n": line, "code": code, "name": name.strip()}
            )
            return None
        pk = self.units[code]
        if pk is None:
            self.errors.append(
                _(
                    "Line %(n)s: the code %(code)s fits several territorial units; export "
                    "the file with 12-digit BDL unit codes."
                )
                % {"n": line, "code": code}
            )
        return pk

    def add(self, line: int, unit_id: int, year: int, raw_value: str, raw_code: str) -> None:
        try:
            value = polish_number(raw_value)
        except ValueError:
            self.errors.append(
                _("Line %(n)s: “%(value)s” is not a number.")
                % {"n": line, "value": raw_value.strip()}
            )
            return
        first = self.first_line.setdefault((unit_id, year), line)
        if first != line:
            self.errors.append(
                _(
                    "Line %(n)s: a second value for unit %(code)s and year %(year)s (the "
                    "first is on line %(first)s)."
                )
                % {"n": line, "code": raw_code.strip(), "year": year, "first": first}
            )
            return
        self.rows.append(BdlRow(line=line, unit_id=unit_id, year=year, value=value))


def _vertical(reader, header: list[str], units, series: str) -> BdlTable:
    columns: dict[str, int] = {}
    dimensions: list[int] = []
    for index, cell in enumerate(header[2:], start=2):
        key = _key(cell)
        if key in _VERTICAL:
            columns.setdefault(_VERTICAL[key], index)
        elif key:
            dimensions.append(index)
    if "year" not in columns or "value" not in columns:
        raise ValidationError(
            _(
                "Line 1: the columns Rok (year) and Wartosc (value) are missing; only yearly "
                "data in the vertical or the table layout of the BDL website can be read."
            )
        )
    width = max(columns["year"], columns["value"], *dimensions) + 1
    lines = []
    for row in reader:
        if any(cell.strip() for cell in row):
            lines.append((reader.line_num, row))
    found: list[str] = []
    for _line, row in lines:
        if len(row) >= width:
            label = "; ".join(row[i].strip() for i in dimensions)
            if label not in found:
                found.append(label)
    chosen = _choose(found, series) if found else ""
    collected = _Rows(units)
    measure_unit = ""
    for line, row in lines:
        if len(row) < width:
            collected.errors.append(
                _("Line %(n)s: %(count)s columns expected, %(found)s found.")
                % {"n": line, "count": width, "found": len(row)}
            )
            continue
        if "; ".join(row[i].strip() for i in dimensions) != chosen:
            continue
        year = _plausible_year(row[columns["year"]])
        if year is None:
            collected.errors.append(
                _("Line %(n)s: “%(year)s” is not a year.")
                % {"n": line, "year": row[columns["year"]].strip()}
            )
            continue
        unit_id = collected.unit(line, row[0], row[1])
        if unit_id is None:
            continue
        if not measure_unit and columns.get("measure_unit", len(row)) < len(row):
            measure_unit = row[columns["measure_unit"]].strip()
        collected.add(line, unit_id, year, row[columns["value"]], row[0])
    return _result("vertical", chosen, measure_unit, collected)


def _table_columns(header: list[str]) -> tuple[list[tuple[int, str, int, str]], list[str]]:
    """(index, series, year, unit of measure) of every value column, and header errors."""
    columns, errors = [], []
    for index, cell in enumerate(header[2:], start=2):
        if not cell.strip():
            continue
        parts = [part.strip() for part in cell.split(";")]
        measure_unit = ""
        if len(parts) > 1 and parts[-1].startswith("[") and parts[-1].endswith("]"):
            measure_unit = parts.pop()[1:-1].strip()
        year = _plausible_year(parts[-1])
        if year is None:
            errors.append(
                _(
                    "Line 1, column %(column)s: “%(header)s” names no year; a table exported "
                    "from the BDL website has headers like “ogółem;2023;[osoba]”."
                )
                % {"column": index + 1, "header": cell.strip()}
            )
            continue
        columns.append((index, "; ".join(parts[:-1]), year, measure_unit))
    return columns, errors


def _table(reader, header: list[str], units, series: str) -> BdlTable:
    columns, errors = _table_columns(header)
    if errors:
        _raise(errors)
    if not columns:
        raise ValidationError(
            _(
                "Line 1: no columns of values after Kod;Nazwa; only yearly data in the "
                "vertical or the table layout of the BDL website can be read."
            )
        )
    found = list(dict.fromkeys(s for _index, s, _year, _unit in columns))
    chosen = _choose(found, series)
    chosen_columns = [c for c in columns if c[1] == chosen]
    years = [year for _index, _series, year, _unit in chosen_columns]
    if len(set(years)) != len(years):
        raise ValidationError(
            _("Line 1: a year appears in more than one column of the series “%(series)s”.")
            % {"series": series_label(chosen)}
        )
    width = max(index for index, *_rest in chosen_columns) + 1
    measure_unit = next((unit for *_rest, unit in chosen_columns if unit), "")
    collected = _Rows(units)
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < width:
            collected.errors.append(
                _("Line %(n)s: %(count)s columns expected, %(found)s found.")
                % {"n": line, "count": width, "found": len(row)}
            )
            continue
        unit_id = collected.unit(line, row[0], row[1])
        if unit_id is None:
            continue
        for index, _series, year, _unit in chosen_columns:
            collected.add(line, unit_id, year, row[index], row[0])
    return _result("table", chosen, measure_unit, collected)


def _result(layout: str, series: str, measure_unit: str, collected: _Rows) -> BdlTable:
    if collected.errors:
        _raise(collected.errors)
    if not collected.rows:
        raise ValidationError(_("The file holds no values."))
    return BdlTable(layout=layout, series=series, measure_unit=measure_unit, rows=collected.rows)


def decode(content: bytes) -> str:
    """The text of an uploaded CSV file: UTF-8 (with or without a BOM) or Windows-1250."""
    for encoding in ("utf-8-sig", "cp1250"):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError(_("The file is neither UTF-8 nor Windows-1250 text."))


def parse_file(content: bytes, *, units: Mapping[str, int | None], series: str = "") -> BdlTable:
    """``parse`` of an uploaded file's bytes: what core.sandbox runs in its child process."""
    return parse(decode(content), units=units, series=series)


def parse(text: str, *, units: Mapping[str, int | None], series: str = "") -> BdlTable:
    """Read an export of the BDL website (see the module's description).

    ``units`` maps unit codes to TerritorialUnit pks (``unit_index``); ``series`` chooses
    one series when the file holds several (the "; "-joined dimension values). Raises
    ValidationError listing every bad line, SeriesChoice when a series must be chosen.
    """
    if "\x00" in text:
        raise ValidationError(_("The file is neither UTF-8 nor Windows-1250 text."))
    text = text.lstrip("\ufeff")
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if ";" in first_line or "\t" not in first_line else "\t"
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = next(reader, None)
        if header is None:
            raise ValidationError(_("The file is empty."))
        if len(header) < 3 or [_key(cell) for cell in header[:2]] != ["kod", "nazwa"]:
            raise ValidationError(
                _(
                    "Line 1: this is not a CSV export of the BDL website: its first columns "
                    "are Kod;Nazwa (code; name), separated by semicolons."
                )
            )
        if {_key(cell) for cell in header[2:]} & set(_VERTICAL):
            return _vertical(reader, header, units, series)
        return _table(reader, header, units, series)
    except csv.Error as error:
        raise ValidationError(
            _("Line %(n)s: the line cannot be read as CSV (%(error)s).")
            % {"n": reader.line_num, "error": error}
        ) from error

"""Open data of an adopted strategy: its goals, actions, indicators and their yearly
values as CSV, JSON and XLSX. One table per data set, the same columns in every format;
a data set is built in a fixed number of queries.

CSV is UTF-8 with a byte-order mark (spreadsheets open it with Polish letters intact),
comma-separated, a header row; JSON is ``{"dataset", "strategy", "columns", "rows"}`` with
rows as objects; XLSX has one sheet with a bold header row. Cells starting with = + - @
are written as text in XLSX and prefixed with ' in CSV so that no spreadsheet runs them.
"""

import csv
import io
import json
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from strategies.models import ActionParticipant, Strategy
from strategies.selectors import strategy_tree

from .selectors import adopted_version, public_structure, public_values

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Dataset:
    slug: str
    title: str
    description: str


DATASETS = (
    Dataset(
        "cele",
        gettext_lazy("Goals"),
        gettext_lazy("The goal hierarchy: number, level, title, description."),
    ),
    Dataset(
        "dzialania",
        gettext_lazy("Actions"),
        gettext_lazy(
            "Actions with their goal, period, implementers, partners and financing sources."
        ),
    ),
    Dataset(
        "wskazniki",
        gettext_lazy("Indicators"),
        gettext_lazy("Indicators with their unit, baseline, target, direction and data source."),
    ),
    Dataset(
        "wartosci",
        gettext_lazy("Indicator values"),
        gettext_lazy("The measured value of each indicator in each year."),
    ),
)
DATASET_SLUGS = {d.slug for d in DATASETS}
FORMATS = ("csv", "json", "xlsx")


def _number(value) -> Decimal | None:
    return None if value in (None, "") else Decimal(value)


def _text_number(value: Decimal) -> str:
    """80 → "80", 12.50 → "12.5": exact, never in exponent notation."""
    return format(value.normalize(), "f")


def dataset_rows(strategy: Strategy, slug: str) -> tuple[list[str], list[list]]:
    """(column names, rows) of one data set; column names are stable English keys, cells
    are text, integers, booleans or Decimals. Where the council's version is frozen, the
    goals, actions and indicators are those of that version (portal.selectors); values are
    those of published years only."""

    if slug == "wartosci":
        structure = public_structure(strategy)
        values = public_values(strategy, structure.indicators)
        columns = ["indicator_id", "indicator_name", "year", "value"]
        rows = [
            [pk, structure.indicators[pk].name, year, _number(value)]
            for pk in structure.indicators
            for year, value in sorted(values.get(pk, {}).items())
        ]
        return columns, rows
    version = adopted_version(strategy)
    if version is not None:
        return _snapshot_rows(version.snapshot, slug)
    return _live_rows(strategy, slug)


GOAL_COLUMNS = ["number", "level", "title", "description", "parent_number"]
ACTION_COLUMNS = [
    "number",
    "title",
    "goal_number",
    "continuous",
    "year_from",
    "year_to",
    "implementers",
    "partners",
    "financing_sources",
]
INDICATOR_COLUMNS = [
    "id",
    "owner_number",
    "name",
    "unit",
    "baseline_value",
    "baseline_year",
    "target_value",
    "target_year",
    "direction",
    "data_source",
]


def _parent(number: str) -> str:
    return number.rsplit(".", 1)[0] if "." in number else ""


def _snapshot_rows(snapshot: dict, slug: str) -> tuple[list[str], list[list]]:
    goals = {g["pk"]: g for g in snapshot.get("goals", [])}
    actions = {a["pk"]: a for a in snapshot.get("actions", [])}
    if slug == "cele":
        rows = [
            [
                g["number"],
                g.get("level", ""),
                g["title"],
                g.get("description", ""),
                _parent(g["number"]),
            ]
            for g in goals.values()
        ]
        return GOAL_COLUMNS, rows
    if slug == "dzialania":
        rows = []
        for a in actions.values():
            period = a.get("period", {})
            rows.append(
                [
                    a["number"],
                    a["title"],
                    _parent(a["number"]),
                    bool(period.get("continuous")),
                    period.get("year_from"),
                    period.get("year_to"),
                    "; ".join(a.get("implementers", [])),
                    "; ".join(a.get("partners", [])),
                    "; ".join(f["source"] for f in a.get("financing", [])),
                ]
            )
        return ACTION_COLUMNS, rows
    rows = []
    for i in snapshot.get("indicators", []):
        owner = actions.get(i.get("action")) or goals.get(i.get("goal")) or {}
        rows.append(
            [
                i["pk"],
                owner.get("number", ""),
                i["name"],
                i["unit"],
                _number(i.get("baseline_value")),
                i.get("baseline_year"),
                _number(i.get("target_value")),
                i.get("target_year"),
                i.get("direction", ""),
                i.get("data_source", ""),
            ]
        )
    return INDICATOR_COLUMNS, rows


def _live_rows(strategy: Strategy, slug: str) -> tuple[list[str], list[list]]:
    tree = strategy_tree(strategy, with_plan=slug == "dzialania")
    if slug == "cele":
        rows = [
            [
                node.number,
                node.level.name if node.level else "",
                node.title,
                node.goal.description,
                _parent(node.number),
            ]
            for node in tree.goal_nodes()
        ]
        return GOAL_COLUMNS, rows
    if slug == "dzialania":
        rows = []
        for node in tree.action_nodes():
            action = node.action
            people = action.participant_list
            rows.append(
                [
                    node.number,
                    action.title,
                    _parent(node.number),
                    action.is_continuous,
                    action.year_from,
                    action.year_to,
                    "; ".join(
                        p.institution.name
                        for p in people
                        if p.role == ActionParticipant.Role.IMPLEMENTER
                    ),
                    "; ".join(
                        p.institution.name
                        for p in people
                        if p.role == ActionParticipant.Role.PARTNER
                    ),
                    "; ".join(f.source.name for f in action.funding_list),
                ]
            )
        return ACTION_COLUMNS, rows
    rows = []
    for node in tree.nodes():
        for indicator in node.indicators:
            rows.append(
                [
                    indicator.pk,
                    node.number,
                    indicator.name,
                    indicator.unit,
                    _number(indicator.baseline_value),
                    indicator.baseline_year,
                    _number(indicator.target_value),
                    indicator.target_year,
                    indicator.direction,
                    indicator.data_source,
                ]
            )
    return INDICATOR_COLUMNS, rows


def _csv_cell(cell) -> str:
    """Text never starts a formula in a spreadsheet; numbers are written as numbers."""
    if cell is None:
        return ""
    if isinstance(cell, Decimal):
        return _text_number(cell)
    if isinstance(cell, str) and cell.startswith(FORMULA_PREFIXES):
        return "'" + cell
    return cell


def _json_cell(cell):
    return _text_number(cell) if isinstance(cell, Decimal) else cell


def as_csv(columns, rows) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_cell(c) for c in row])
    return buffer.getvalue().encode("utf-8-sig")


def as_json(columns, rows, *, dataset: str, strategy: Strategy) -> bytes:
    data = {
        "dataset": dataset,
        "strategy": {
            "id": strategy.pk,
            "title": strategy.title,
            "years": [strategy.year_from, strategy.year_to],
            "government": strategy.government.name,
            "teryt": strategy.government.teryt,
        },
        "columns": columns,
        "rows": [dict(zip(columns, map(_json_cell, row), strict=True)) for row in rows],
    }
    return json.dumps(data, ensure_ascii=False, indent=1).encode()


def as_xlsx(columns, rows, *, title: str) -> bytes:

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    header = []
    for name in columns:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    for row in rows:
        cells = []
        for value in row:
            if isinstance(value, str):
                # characters XML cannot hold (a vertical tab pasted from Word) are dropped
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
                cell.data_type = "s"  # text, never a formula
            cells.append(cell)
        sheet.append(cells)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def export(strategy: Strategy, slug: str, fmt: str) -> bytes:
    columns, rows = dataset_rows(strategy, slug)
    if fmt == "csv":
        return as_csv(columns, rows)
    if fmt == "json":
        return as_json(columns, rows, dataset=slug, strategy=strategy)
    title = next(str(d.title) for d in DATASETS if d.slug == slug)
    return as_xlsx(columns, rows, title=title or _("Data"))

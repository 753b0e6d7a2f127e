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

from strategies.models import ActionParticipant, IndicatorValue, Strategy
from strategies.selectors import strategy_tree

FORMULA_PREFIXES = ("=", "+", "-", "@")


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


def _number(value) -> str:
    if value is None:
        return ""
    return format(Decimal(value).normalize(), "f")


def dataset_rows(strategy: Strategy, slug: str) -> tuple[list[str], list[list]]:
    """(column names, rows) of one data set; column names are stable English keys."""
    if slug == "wartosci":
        return _values(strategy)
    tree = strategy_tree(strategy, with_plan=slug == "dzialania")
    if slug == "cele":
        columns = ["number", "level", "title", "description", "parent_number"]
        rows = []
        for node in tree.goal_nodes():
            parent = node.number.rsplit(".", 1)[0] if "." in node.number else ""
            rows.append(
                [
                    node.number,
                    node.level.name if node.level else "",
                    node.title,
                    node.goal.description,
                    parent,
                ]
            )
        return columns, rows
    if slug == "dzialania":
        columns = [
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
        rows = []
        for node in tree.action_nodes():
            action = node.action
            rows.append(
                [
                    node.number,
                    action.title,
                    node.number.rsplit(".", 1)[0],
                    action.is_continuous,
                    action.year_from,
                    action.year_to,
                    "; ".join(
                        p.institution.name
                        for p in action.participant_list
                        if p.role == ActionParticipant.Role.IMPLEMENTER
                    ),
                    "; ".join(
                        p.institution.name
                        for p in action.participant_list
                        if p.role == ActionParticipant.Role.PARTNER
                    ),
                    "; ".join(f.source.name for f in action.funding_list),
                ]
            )
        return columns, rows
    columns = [
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
    return columns, rows


def _values(strategy: Strategy) -> tuple[list[str], list[list]]:
    columns = ["indicator_id", "indicator_name", "year", "value"]
    values = (
        IndicatorValue.objects.filter(indicator__strategy=strategy)
        .order_by("indicator__position", "indicator_id", "year")
        .values_list("indicator_id", "indicator__name", "year", "value")
    )
    return columns, [[i, name, year, _number(value)] for i, name, year, value in values]


def _safe(cell):
    if isinstance(cell, str) and cell.startswith(FORMULA_PREFIXES):
        return "'" + cell
    return cell


def as_csv(columns, rows) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if c is None else _safe(c) for c in row])
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
        "rows": [dict(zip(columns, row, strict=True)) for row in rows],
    }
    return json.dumps(data, ensure_ascii=False, indent=1).encode()


def as_xlsx(columns, rows, *, title: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

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

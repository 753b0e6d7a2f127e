"""The action plan as an XLSX workbook, in the columns councils publish."""

from io import BytesIO

from django.http import HttpResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter

from .models import Strategy
from .presentation import numbered_list, period_label, priority_label
from .selectors import PlanArea, PlanFilters

FORMULA_PREFIXES = ("=", "+", "-", "@")
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
AREA_FILL = PatternFill("solid", fgColor="E4E4E4")
GOAL_FILL = PatternFill("solid", fgColor="F5F5F5")
WRAP = Alignment(wrap_text=True, vertical="top")


def plan_columns(action_label: str | None = None) -> list[tuple[str, int]]:
    """The columns of the published plan; the action column bears the strategy's own name."""
    return [
        (_("No."), 8),
        (action_label or _("Action"), 60),
        (_("Financing source"), 30),
        (_("Responsible"), 35),
        (_("Partners"), 35),
        (_("Period"), 14),
        (_("Priority"), 22),
    ]


def plan_rows(areas: list[PlanArea], filters: PlanFilters):
    """Yield ('area', text) and ('action', [cells]) rows, shared by every export format."""
    for area in areas:
        yield "area", f"{area.node.number}. {area.node.title}"
        for node in area.items:
            if not node.is_action:
                yield "goal", f"{node.number}. {node.level.name}: {node.title}"
                continue
            action = node.action
            yield (
                "action",
                [
                    node.number,
                    action.title,
                    numbered_list(f.source.name for f in action.financing()) or "—",
                    numbered_list(p.institution.label for p in action.implementers()) or "—",
                    numbered_list(p.institution.label for p in action.partners()) or "—",
                    period_label(action),
                    priority_label(action, filters.year),
                ],
            )


def plan_rows_by_area(areas: list[PlanArea], filters: PlanFilters) -> list[tuple[str, list]]:
    """The same rows grouped: (the area's heading, its ('goal'|'action', value) rows)."""
    grouped: list[tuple[str, list]] = []
    for kind, value in plan_rows(areas, filters):
        if kind == "area":
            grouped.append((value, []))
        else:
            grouped[-1][1].append((kind, value))
    return grouped


def build_plan_workbook(strategy: Strategy, areas: list[PlanArea], filters: PlanFilters) -> bytes:
    # A write-only workbook streams rows out instead of keeping a grid of cell objects;
    # named styles are registered once and shared by reference.
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Action plan")[:31])
    action_level = strategy.levels.order_by("-depth").first()
    columns = plan_columns(action_level.name if action_level else None)
    styles = {
        "title": NamedStyle(name="plan_title", font=Font(bold=True, size=13)),
        "header": NamedStyle(
            name="plan_header",
            font=Font(bold=True),
            fill=HEADER_FILL,
            border=BORDER,
            alignment=WRAP,
        ),
        "body": NamedStyle(name="plan_body", alignment=WRAP, border=BORDER),
        "area": NamedStyle(
            name="plan_area", font=Font(bold=True), fill=AREA_FILL, border=BORDER, alignment=WRAP
        ),
        "goal": NamedStyle(
            name="plan_goal",
            font=Font(bold=True, italic=True),
            fill=GOAL_FILL,
            border=BORDER,
            alignment=WRAP,
        ),
    }
    for style in styles.values():
        workbook.add_named_style(style)

    def cell(value, style: str) -> WriteOnlyCell:
        result = WriteOnlyCell(sheet, value=value)
        if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
            result.data_type = "s"  # text typed by users is never a formula
        result.style = styles[style].name
        return result

    for index, (_title, width) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    header_row = 4
    sheet.freeze_panes = f"A{header_row + 1}"
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.append([cell(strategy.title, "title")])
    sheet.append(
        [_("Period: %(first)s–%(last)s") % {"first": strategy.year_from, "last": strategy.year_to}]
    )
    sheet.append([])
    sheet.append([cell(title, "header") for title, _width in columns])
    row = header_row
    last_column = get_column_letter(len(columns))
    for kind, content in plan_rows(areas, filters):
        row += 1
        if kind in ("area", "goal"):
            sheet.append([cell(content, kind)])
            sheet.merged_cells.add(f"A{row}:{last_column}{row}")
        else:
            sheet.append([cell(value, "body") for value in content])
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def action_plan_xlsx_response(
    strategy: Strategy, areas: list[PlanArea], filters: PlanFilters
) -> HttpResponse:
    content = build_plan_workbook(strategy, areas, filters)
    name = slugify(f"plan-dzialan-{strategy.title}")[:80] or "plan-dzialan"
    response = HttpResponse(content, content_type=XLSX_MIME)
    response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
    return response

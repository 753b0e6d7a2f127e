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
from .selectors import PlanArea, PlanFilters
from .templatetags.strategies import numbered_list, period_label, priority_label

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
AREA_FILL = PatternFill("solid", fgColor="E4E4E4")
GOAL_FILL = PatternFill("solid", fgColor="F5F5F5")
WRAP = Alignment(wrap_text=True, vertical="top")


def plan_columns() -> list[tuple[str, int]]:
    return [
        (_("No."), 8),
        (_("Action"), 60),
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


def build_plan_workbook(strategy: Strategy, areas: list[PlanArea], filters: PlanFilters) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Action plan")[:31]
    columns = plan_columns()
    sheet.append([strategy.title])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(
        [_("Period: %(first)s–%(last)s") % {"first": strategy.year_from, "last": strategy.year_to}]
    )
    sheet.append([])
    header_row = sheet.max_row + 1
    sheet.append([title for title, _width in columns])
    for index, (_title, width) in enumerate(columns, start=1):
        cell = sheet.cell(row=header_row, column=index)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.border = BORDER
        cell.alignment = WRAP
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    sheet.print_title_rows = f"{header_row}:{header_row}"
    # Named styles are registered once and shared by reference; styling each cell anew costs
    # more than writing it on a plan of a few hundred actions.
    body = NamedStyle(name="plan_body", alignment=WRAP, border=BORDER)
    area_style = NamedStyle(
        name="plan_area", font=Font(bold=True), fill=AREA_FILL, border=BORDER, alignment=WRAP
    )
    goal_style = NamedStyle(
        name="plan_goal",
        font=Font(bold=True, italic=True),
        fill=GOAL_FILL,
        border=BORDER,
        alignment=WRAP,
    )
    for style in (body, area_style, goal_style):
        workbook.add_named_style(style)
    for kind, content in plan_rows(areas, filters):
        if kind in ("area", "goal"):
            cell = WriteOnlyCell(sheet, value=content)
            cell.style = area_style.name if kind == "area" else goal_style.name
            sheet.append([cell])
            row = sheet.max_row
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(columns))
        else:
            cells = []
            for value in content:
                cell = WriteOnlyCell(sheet, value=value)
                cell.style = body.name
                cells.append(cell)
            sheet.append(cells)
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

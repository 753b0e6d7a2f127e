"""What the builders share: progress reports, numbers and dates the Polish way, the
council's name, the table of the action plan."""

from collections.abc import Callable
from decimal import Decimal

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from core.numbers import decimal_text
from strategies.export import plan_columns, plan_rows_by_area
from strategies.selectors import ActionPlan, PlanFilters

from ..content import Column, GroupRow, Heading, Paragraph, Table

# progress(share done 0..1, what is being done): the task stores it for the page.
Progress = Callable[[float, str], None]


def no_progress(share: float, step: str) -> None:
    """The default callback: builders called outside a task report to nobody."""


def draft_mark(strategy) -> str:
    """ "PROJEKT" for the documents of a strategy not adopted yet (Strategy.is_draft)."""
    return _("DRAFT") if strategy.is_draft else ""


def amount(value: Decimal | None) -> str:
    """Money with grouping and two decimals: 12 500,00; none as a dash."""
    return decimal_text(value, 2)


def long_date(value) -> str:
    return date_format(value, "j E Y") if value else ""


def or_dash(text: str | None) -> str:
    return text if text else "–"


DOTS = "." * 12  # a place to write the number or the date in by hand


def attachment_lines(number: int, resolution_number: str, council: str, date) -> tuple:
    """ "Załącznik nr 2 / do uchwały Nr ………… / Rady … / z dnia …………", dots where not known
    yet: councils print the attachment before the session and fill it in afterwards."""
    return (
        _("Attachment No. %(number)s") % {"number": number},
        _("to resolution No. %(number)s") % {"number": resolution_number or DOTS},
        council or "…",
        _("of %(date)s") % {"date": long_date(date) or DOTS},
    )


def plan_blocks(plan: ActionPlan) -> list:
    """Per area a heading and its table (or a line saying it has no actions yet)."""
    blocks: list = []
    for area, table in zip(plan.areas, plan_tables(plan), strict=True):
        blocks.append(Heading(table.caption, level=2, numbered=False))
        blocks.append(table if area.rows else Paragraph(_("No actions in this area yet.")))
    if not plan.areas:
        blocks.append(Paragraph(_("The strategy has no actions yet.")))
    return blocks


def plan_tables(plan: ActionPlan, filters: PlanFilters | None = None) -> list[Table]:
    """The action plan in the published shape, a table per area (the XLSX export's rows)."""
    filters = filters or PlanFilters()
    widths = {0: 1.0, 1: 3.0, 2: 1.9, 3: 2.1, 4: 2.1, 5: 1.0, 6: 1.2}
    action_label = plan.levels[-1].name if plan.levels else None
    columns = tuple(
        Column(title, widths[index])
        for index, (title, _width) in enumerate(plan_columns(action_label))
    )
    return [
        Table(
            caption=caption,
            columns=columns,
            rows=tuple(GroupRow(value) if kind == "goal" else tuple(value) for kind, value in rows),
        )
        for caption, rows in plan_rows_by_area(plan.areas, filters)
    ]

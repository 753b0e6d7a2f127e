"""The schedule as a table and as a month-by-month timeline."""

import datetime
from dataclasses import dataclass

from strategies.models import Strategy

from .models import ScheduleStep


def add_months(month: datetime.date, count: int) -> datetime.date:
    index = month.year * 12 + month.month - 1 + count
    return datetime.date(index // 12, index % 12 + 1, 1)


@dataclass
class Timeline:
    months: list[datetime.date]
    rows: list[tuple[ScheduleStep, list[bool]]]


def schedule_steps(strategy: Strategy) -> list[ScheduleStep]:
    return list(ScheduleStep.objects.filter(strategy=strategy).order_by("position", "id"))


def schedule_timeline(steps: list[ScheduleStep], *, tail_months: int = 3) -> Timeline:
    """Months from the first step's start to the last dated end (continuous steps run on)."""
    if not steps:
        return Timeline(months=[], rows=[])
    first = min(step.month_from for step in steps)
    ends = [step.month_to for step in steps if step.month_to] + [step.month_from for step in steps]
    last = add_months(max(ends), tail_months if any(s.is_continuous for s in steps) else 0)
    months = []
    month = first
    while month <= last and len(months) < 120:
        months.append(month)
        month = add_months(month, 1)
    rows = [(step, [step.covers(m) for m in months]) for step in steps]
    return Timeline(months=months, rows=rows)

"""Presentation helpers for strategies: shared by templates and the XLSX export."""

from collections.abc import Iterable

from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def numbered_list(items: Iterable[str]) -> str:
    """'1. a 2. b' as in the published tables; one item is shown without a number."""
    items = list(items)
    if len(items) == 1:
        return items[0]
    return "\n".join(f"{index}. {item}" for index, item in enumerate(items, start=1))


@register.filter
def period_label(action) -> str:
    if action.is_continuous:
        return _("continuous work")
    if action.year_from == action.year_to:
        return str(action.year_from)
    return f"{action.year_from}–{action.year_to}"


@register.simple_tag
def priority_label(action, year: int | None = None) -> str:
    """The priority in one year, or the changes over the years in short."""
    priorities = sorted(action.priorities.all(), key=lambda p: p.year)
    if year is not None:
        found = next((p for p in priorities if p.year == year), None)
        return found.get_priority_display() if found else "—"
    if not priorities:
        return "—"
    spans: list[tuple[int, int, str]] = []
    for p in priorities:
        label = p.get_priority_display()
        if spans and spans[-1][2] == label and spans[-1][1] == p.year - 1:
            spans[-1] = (spans[-1][0], p.year, label)
        else:
            spans.append((p.year, p.year, label))
    if len(spans) == 1 and len(priorities) > 1:
        return spans[0][2]
    return "; ".join(
        f"{first}: {label}" if first == last else f"{first}–{last}: {label}"
        for first, last, label in spans
    )

"""Labels and numbers of strategies as people read them: on pages, in documents and in the
XLSX export alike (the template tags of strategies/templatetags only register these)."""

from collections.abc import Iterable
from functools import lru_cache

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .models import Priority


def numbered_list(items: Iterable[str]) -> str:
    """'1. a 2. b' as in the published tables; one item is shown without a number."""
    items = list(items)
    if len(items) == 1:
        return items[0]
    return "\n".join(f"{index}. {item}" for index, item in enumerate(items, start=1))


def period_label(action) -> str:
    if action.is_continuous:
        return _("continuous work")
    if action.year_from == action.year_to:
        return str(action.year_from)
    return f"{action.year_from}–{action.year_to}"


def _years_of(action) -> tuple[int, int]:
    if action.is_continuous:
        return action.strategy.year_from, action.strategy.year_to
    return action.year_from, action.year_to


@lru_cache(maxsize=8)
def _priority_labels(language: str) -> dict[str, str]:
    """Translated priority names, made once per language instead of once per row."""
    return {value: str(label) for value, label in Priority.choices}


def priority_label(action, year: int | None = None) -> str:
    """The priority in one year, or the changes over the years in short."""
    by_year = action.priorities_by_year()
    labels = _priority_labels(get_language())
    if year is not None:
        return labels[by_year[year]] if year in by_year else "—"
    if not by_year:
        return "—"
    spans: list[tuple[int, int, str]] = []
    for p_year in sorted(by_year):
        label = labels[by_year[p_year]]
        if spans and spans[-1][2] == label and spans[-1][1] == p_year - 1:
            spans[-1] = (spans[-1][0], p_year, label)
        else:
            spans.append((p_year, p_year, label))
    if len(spans) == 1 and (spans[0][0], spans[0][1]) == _years_of(action):
        return spans[0][2]  # the same priority in every year the action runs
    return "; ".join(
        f"{first}: {label}" if first == last else f"{first}–{last}: {label}"
        for first, last, label in spans
    )

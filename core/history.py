"""Who changed what and when: change entries built from django-simple-history records."""

from dataclasses import dataclass
from datetime import datetime
from heapq import merge

from django.db import models
from django.utils.translation import gettext_lazy as _

CHANGE_TYPES = {"+": _("created"), "~": _("changed"), "-": _("deleted")}
IGNORED_FIELDS = {"position", "updated_at", "created_at"}


@dataclass
class FieldChange:
    field: str
    old: str
    new: str


@dataclass
class HistoryEntry:
    when: datetime
    user: str
    kind: str
    object_type: str
    object_label: str
    changes: list[FieldChange]


def _display(record, field_name: str) -> str:
    field = record.instance_type._meta.get_field(field_name)
    value = getattr(record, field.attname, None)
    if value is None or value == "":
        return "—"
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.BooleanField):
        return str(_("yes") if value else _("no"))
    if isinstance(field, models.ForeignKey):
        related = getattr(record, field.name, None)
        return str(related) if related is not None else f"#{value}"
    return str(value)


def _label(record) -> str:
    field = record.instance_type._meta.get_field
    for name in ("title", "name"):
        try:
            field(name)
        except Exception:  # noqa: S112 - model has no such field; try the next
            continue
        return str(getattr(record, name))
    try:
        return str(record.instance)
    except Exception:  # a related row is gone
        return f"#{record.id}"


def entries_from(records, previous: dict[int, object] | None = None) -> list[HistoryEntry]:
    """Turn historical records into entries; ``previous`` maps id(record) to the record
    before it (of the same row), where known; otherwise ``prev_record`` asks the database."""
    previous = previous or {}
    entries = []
    for record in records:
        changes = []
        if record.history_type == "~":
            before = previous.get(id(record)) or record.prev_record
            if before is not None:
                delta = record.diff_against(before, excluded_fields=IGNORED_FIELDS)
                for change in delta.changes:
                    changes.append(
                        FieldChange(
                            field=str(
                                record.instance_type._meta.get_field(change.field).verbose_name
                            ),
                            old=_display(before, change.field),
                            new=_display(record, change.field),
                        )
                    )
                if not changes:
                    continue  # only the order or timestamps changed
        entries.append(
            HistoryEntry(
                when=record.history_date,
                user=str(record.history_user) if record.history_user else str(_("system")),
                kind=str(CHANGE_TYPES.get(record.history_type, record.history_type)),
                object_type=str(record.instance_type._meta.verbose_name),
                object_label=_label(record),
                changes=changes,
            )
        )
    return entries


def merged_history(querysets, *, start: int = 0, end: int = 50) -> list[HistoryEntry]:
    """Entries ``start:end`` of several historical querysets merged, newest first.

    Each queryset gives at most ``end`` records and only the page's records become entries,
    so a page costs the same whatever the length of the history.
    """
    pools = [
        list(queryset.select_related("history_user").order_by("-history_date")[:end])
        for queryset in querysets
    ]
    previous: dict[int, object] = {}
    for records in pools:
        last_seen: dict[object, object] = {}
        for record in reversed(records):  # oldest first
            previous[id(record)] = last_seen.get(record.id)
            last_seen[record.id] = record
    page = list(merge(*pools, key=lambda r: r.history_date, reverse=True))[start:end]
    return entries_from(page, previous)


def history_count(querysets) -> int:
    return sum(queryset.count() for queryset in querysets)

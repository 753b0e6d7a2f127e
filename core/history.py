"""Who changed what and when: change entries built from django-simple-history records."""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from heapq import merge

from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext_lazy as _

from core.numbers import trimmed

CHANGE_TYPES = {"+": _("created"), "~": _("changed"), "-": _("deleted")}
MOVED = _("moved")
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
    if isinstance(value, Decimal):  # 1400000.00 → "1 400 000", 8.5000 → "8,5"
        return number_format(trimmed(value), force_grouping=True)
    if isinstance(value, date | datetime):
        return date_format(value, "j E Y")
    if isinstance(field, models.ForeignKey):
        try:
            related = getattr(record, field.name, None)
        except ObjectDoesNotExist:  # the row it pointed to has been deleted since
            return str(_("#%(id)s (deleted)") % {"id": value})
        if related is None:  # select_related's left join found the row deleted
            return str(_("#%(id)s (deleted)") % {"id": value})
        return str(related)
    return str(value)


def _label(record) -> str:
    """A row's name without extra queries: its title or name, or the fields the model names
    in ``history_label_fields`` (related rows come from select_related on the queryset)."""
    model = record.instance_type
    names = {field.name for field in model._meta.concrete_fields}
    for name in ("title", "name"):
        if name in names:
            return str(getattr(record, name))
    fields = getattr(model, "history_label_fields", ())
    if fields:
        return ", ".join(_display(record, name) for name in fields)
    return f"#{record.id}"


def entries_from(records, previous: dict[int, object] | None = None) -> list[HistoryEntry]:
    """Turn historical records into entries; ``previous`` maps id(record) to the version of
    the same row before it (see _previous_versions)."""
    previous = previous or {}
    entries = []
    for record in records:
        changes = []
        kind = CHANGE_TYPES.get(record.history_type, record.history_type)
        if record.history_type == "~":
            before = previous.get(id(record))
            if before is not None:
                if getattr(record, "position", None) != getattr(before, "position", None):
                    kind = MOVED  # reordering is a change of its own, shown as such
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
        entries.append(
            HistoryEntry(
                when=record.history_date,
                user=str(record.history_user) if record.history_user else str(_("system")),
                kind=str(kind),
                object_type=str(record.instance_type._meta.verbose_name),
                object_label=_label(record),
                changes=changes,
            )
        )
    return entries


def merged_history(querysets, *, start: int = 0, end: int = 50) -> list[HistoryEntry]:
    """Entries ``start:end`` of several historical querysets merged, newest first.

    Only dates and keys are read to find the page; then the page's records and, for the
    changed ones, their previous versions are read in a query or two per model. A page
    costs the same whatever the length of the history.
    """
    keyed = []
    for index, queryset in enumerate(querysets):
        rows = queryset.order_by("-history_date").values_list("history_date", "history_id")[:end]
        keyed.append([(date, index, history_id) for date, history_id in rows])
    page = list(merge(*keyed, key=lambda row: row[0], reverse=True))[start:end]
    wanted: dict[int, list[int]] = {}
    for _date, index, history_id in page:
        wanted.setdefault(index, []).append(history_id)
    found = {}
    for index, history_ids in wanted.items():
        for record in _by_keys(querysets[index], history_ids):
            found[(index, record.history_id)] = record
    records = [found[(index, history_id)] for _date, index, history_id in page]
    return entries_from(records, _previous_versions(records))


def _by_keys(queryset, history_ids: list[int]):
    """The records of ``history_ids`` with the related rows ``queryset`` selects, but none
    of its filters: the keys came from the filtered queryset already, and a filter through
    a relation (``meeting_id__in=…``) turns select_related's left join into an inner one,
    which drops the records of rows deleted since (a deleted meeting's attendance)."""
    related = queryset.query.select_related
    records = queryset.model._default_manager.filter(history_id__in=history_ids)
    if related is True:
        records = records.select_related()
    elif related:
        records = records.select_related(*_lookups(related))
    return records.select_related("history_user")


def _lookups(tree: dict, prefix: str = "") -> list[str]:
    """select_related's tree ({"meeting": {"team": {}}}) as lookups ("meeting__team")."""
    lookups = []
    for name, below in tree.items():
        lookups.append(prefix + name)
        lookups.extend(_lookups(below, f"{prefix}{name}__"))
    return lookups


def _previous_versions(records) -> dict[int, object]:
    """For each changed record, the version of the same row just before it."""
    changed_by_model: dict[type, list] = {}
    for record in records:
        if record.history_type == "~":
            changed_by_model.setdefault(type(record), []).append(record)
    previous: dict[int, object] = {}
    for model, changed in changed_by_model.items():
        ids = {record.id for record in changed}
        latest = max(record.history_date for record in changed)
        older: dict[object, list] = {}
        candidates = model.objects.filter(id__in=ids, history_date__lte=latest).order_by(
            "-history_date", "-history_id"
        )
        for candidate in candidates:
            older.setdefault(candidate.id, []).append(candidate)
        for record in changed:
            previous[id(record)] = next(
                (
                    c
                    for c in older.get(record.id, [])
                    if (c.history_date, c.history_id) < (record.history_date, record.history_id)
                ),
                None,
            )
    return previous


def history_count(querysets) -> int:
    return sum(queryset.count() for queryset in querysets)

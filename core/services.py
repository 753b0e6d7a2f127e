"""Small helpers shared by the domain services."""

from django.db import models, router
from django.db.models.deletion import Collector, ProtectedError, RestrictedError


def save_validated(obj: models.Model) -> models.Model:
    """Run the model's full validation, then save: the one way services write a row."""
    obj.full_clean()
    obj.save()
    return obj


def swap_positions(obj: models.Model, siblings: models.QuerySet, *, direction: str) -> bool:
    """Move ``obj`` one place up or down among ``siblings`` (ordered by position, id).

    Positions are renumbered 0..n-1 first, so that gaps and duplicates left by earlier edits
    never make a move do nothing. Returns False when the object is already at that end.
    """
    ordered = list(siblings.order_by("position", "id"))
    index = next(i for i, sibling in enumerate(ordered) if sibling.pk == obj.pk)
    target = index - 1 if direction == "up" else index + 1
    if target < 0 or target >= len(ordered):
        return False
    ordered[index], ordered[target] = ordered[target], ordered[index]
    changed = []
    for position, sibling in enumerate(ordered):
        if sibling.position != position:
            sibling.position = position
            changed.append(sibling)
    for sibling in changed:  # save() keeps the history records; lists here are short
        sibling.save(update_fields=["position"])
    return True


def next_position(siblings: models.QuerySet) -> int:
    last = siblings.aggregate(models.Max("position"))["position__max"]
    return 0 if last is None else last + 1


def kept_by(*objects: models.Model) -> list[models.Model]:
    """The rows that keep ``objects`` from being deleted: those whose foreign keys to them
    (or to what would go with them) are PROTECT or RESTRICT, in any app. Django's collector
    finds them without deleting anything, so a lower app can refuse a deletion in words
    without importing the higher app whose rows keep it (docs/architecture.md)."""
    if not objects:
        return []
    collector = Collector(using=router.db_for_write(type(objects[0])))
    try:
        collector.collect(list(objects))
    except ProtectedError as error:
        return list(error.protected_objects)
    except RestrictedError as error:
        return list(error.restricted_objects)
    return []

"""Writes of versions: freezing a strategy, and editing a version's label and note.

A version's snapshot is written once, by ``version_freeze``, and never changed afterwards.
"""

import datetime

from django.db import transaction
from django.db.models import Max

from core.services import save_validated
from strategies.models import Strategy

from .models import StrategyVersion
from .selectors import strategy_snapshot


@transaction.atomic
def version_freeze(
    *,
    strategy: Strategy,
    kind: str,
    note: str = "",
    user=None,
    label: str = "",
    resolution_number: str = "",
    resolution_date: datetime.date | None = None,
) -> StrategyVersion:
    """Freeze the strategy as it is now into the next numbered version.

    The strategy's row is locked first, so that two people freezing at once get numbers
    one after the other (and the unique constraint holds the line on SQLite).
    """
    Strategy.objects.select_for_update().filter(pk=strategy.pk).first()
    last = StrategyVersion.objects.filter(strategy=strategy).aggregate(n=Max("number"))["n"]
    version = StrategyVersion(
        strategy=strategy,
        number=(last or 0) + 1,
        kind=kind,
        label=label.strip(),
        note=note.strip(),
        resolution_number=resolution_number.strip(),
        resolution_date=resolution_date,
        created_by=user if user is not None and user.is_authenticated else None,
        snapshot=strategy_snapshot(strategy),
    )
    return save_validated(version)


@transaction.atomic
def version_update_note(*, version: StrategyVersion, label: str, note: str) -> StrategyVersion:
    """Change what is said about a version; its snapshot, kind and number stay as frozen."""
    version.label = label.strip()
    version.note = note.strip()
    version.full_clean(exclude=["snapshot"])
    version.save(update_fields=["label", "note"])
    return version

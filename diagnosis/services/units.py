"""The register of territorial units from the BDL, and the local governments tied to them."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from governments.models import LocalGovernment

from ..bdl import BdlClient, BdlError
from ..models import (
    TerritorialUnit,
    teryt_from_bdl_id,
)
from ..selectors import unit_for_government

UNIT_LEVELS = (0, 1, 2, 3, 4, 5, 6)  # Poland down to gminy: the whole parent chain


@dataclass
class UnitsRefresh:
    created: int = 0
    updated: int = 0
    linked: int = 0


def _unit_fields(row: dict) -> dict:
    try:
        bdl_id = str(row["id"])
        level = int(row["level"])
        name = str(row["name"]).strip()
    except (KeyError, TypeError, ValueError) as exc:
        raise BdlError(
            _("A unit in the BDL reply lacks its id, name or level: %(row)s") % {"row": row}
        ) from exc
    return {
        "bdl_id": bdl_id,
        "name": name,
        "level": level,
        "kind": str(row.get("kind") or "")[:1] if level == TerritorialUnit.Level.GMINA else "",
        "teryt": teryt_from_bdl_id(bdl_id, level),
        "parent_bdl_id": str(row.get("parentId") or ""),
    }


def units_refresh(
    *,
    client: BdlClient,
    levels: Iterable[int] = UNIT_LEVELS,
    progress: Callable[[int], None] | None = None,
) -> UnitsRefresh:
    """Load or refresh the units of the given levels; nothing is saved unless every page of
    every level arrived whole. Local governments are then tied to their units by TERYT."""
    rows = []
    for level in sorted(levels):
        for row in client.units(level=level):
            rows.append(_unit_fields(row))
            if progress:
                progress(1)
    result = UnitsRefresh()
    with transaction.atomic():
        existing = {unit.bdl_id: unit for unit in TerritorialUnit.objects.all()}
        to_create, to_update = [], []
        for fields in rows:
            unit = existing.get(fields["bdl_id"])
            values = {k: v for k, v in fields.items() if k != "parent_bdl_id"}
            if unit is None:
                unit = TerritorialUnit(**values)
                to_create.append(unit)
                existing[unit.bdl_id] = unit
            elif any(getattr(unit, k) != v for k, v in values.items()):
                for key, value in values.items():
                    setattr(unit, key, value)
                to_update.append(unit)
        TerritorialUnit.objects.bulk_create(to_create, batch_size=1000)
        TerritorialUnit.objects.bulk_update(
            to_update, ["name", "level", "kind", "teryt"], batch_size=1000
        )
        result.created, result.updated = len(to_create), len(to_update)
        with_parent = []
        for fields in rows:
            unit = existing[fields["bdl_id"]]
            parent = existing.get(fields["parent_bdl_id"])
            if parent is not None and unit.parent_id != parent.pk:
                unit.parent = parent
                with_parent.append(unit)
        TerritorialUnit.objects.bulk_update(with_parent, ["parent"], batch_size=1000)
        result.linked = governments_link_units()
    return result


def governments_link_units() -> int:
    """Tie every local government without a unit to the unit of its TERYT code."""
    linked = 0
    for government in LocalGovernment.objects.filter(unit__isnull=True):
        unit = unit_for_government(government)
        if unit is not None:
            government.unit = unit
            government.save(update_fields=["unit"])
            linked += 1
    return linked

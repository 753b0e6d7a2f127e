"""The comparison group of a local government: chosen by default, or by hand."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from governments.models import LocalGovernment

from ..models import (
    ComparisonGroup,
    TerritorialUnit,
)
from ..selectors import comparable_units, latest_populations

GROUP_MIN_SIZE = 10
GROUP_POPULATION_FACTORS = (1.5, 2.0, 3.0)  # within ×/÷ this of the own population


@transaction.atomic
def comparison_group_default(*, government: LocalGovernment):
    """Choose the group: units of the same level and kind (urban, rural, urban-rural gmina)
    with a population within half again of the government's own, widened step by step
    until it has at least GROUP_MIN_SIZE members, among the units whose figures are in the
    database. Replaces an edited group."""

    unit = government.unit
    if unit is None:
        raise ValidationError(_("The local government is not tied to a statistical unit yet."))
    candidate_ids = list(comparable_units(unit).values_list("pk", flat=True))
    population = latest_populations([*candidate_ids, unit.pk], government)
    own = population.get(unit.pk)
    chosen, criteria = candidate_ids, ""
    kind = unit.get_kind_display() if unit.kind else unit.get_level_display()
    if own:
        for factor in GROUP_POPULATION_FACTORS:
            low, high = own / factor, own * factor
            chosen = [pk for pk in candidate_ids if low <= population.get(pk, -1) <= high]
            if len(chosen) >= GROUP_MIN_SIZE:
                break
        criteria = _("%(kind)s, %(low)s–%(high)s residents") % {
            "kind": kind,
            "low": number_format(round(low, -2), 0, force_grouping=True),
            "high": number_format(round(high, -2), 0, force_grouping=True),
        }
    else:
        criteria = _("%(kind)s (no population figures to narrow the group)") % {"kind": kind}
    group, _created = ComparisonGroup.objects.get_or_create(government=government)
    group.is_default = True
    group.criteria = criteria
    group.save()
    group.units.set(chosen)
    return group


@transaction.atomic
def comparison_group_set(*, government: LocalGovernment, unit_ids) -> None:
    """Replace the members of the group by hand: units of the same level only."""

    unit = government.unit
    if unit is None:
        raise ValidationError(_("The local government is not tied to a statistical unit yet."))
    unit_ids = {int(pk) for pk in unit_ids} - {unit.pk}
    found = set(
        TerritorialUnit.objects.filter(pk__in=unit_ids, level=unit.level).values_list(
            "pk", flat=True
        )
    )
    if found != unit_ids:
        raise ValidationError(_("The group may hold only units of the same level."))
    group, _created = ComparisonGroup.objects.get_or_create(government=government)
    group.is_default = False
    group.criteria = _("chosen by hand")
    group.save()
    group.units.set(found)

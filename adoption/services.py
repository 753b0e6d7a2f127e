"""Adoption of a strategy by the council, in one step: the resolution is recorded and the
adopted version frozen with it (versions.StrategyVersion, kind "adopted"), so that what the
council adopted is a record from that moment on (docs/adr/0014)."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from consultations.models import Consultation
from core.fields import NOTE
from strategies.models import Strategy
from strategies.selectors import strategy_adoption_problems
from strategies.services import strategy_change_status
from versions.models import StrategyVersion
from versions.services import version_freeze

from .completeness import strategy_gaps
from .resolutions import resolution_number_clean, resolution_number_problem


def resolution_date_problem(
    strategy: Strategy, date: datetime.date | None, today: datetime.date
) -> str | None:
    """A council cannot adopt tomorrow, nor before the public consultation ended."""
    if date is None:
        return _("Give the date of the resolution.")
    if date > today:
        return _("The date of the resolution cannot be in the future.")
    consulted = Consultation.objects.filter(strategy=strategy).order_by("-ends_on").first()
    if consulted is not None and date <= consulted.ends_on:
        return _(
            "The council adopts the strategy after its public consultation, which ended on %(end)s."
        ) % {"end": date_format(consulted.ends_on, "j E Y")}
    return None


@transaction.atomic
def strategy_adopt(
    *,
    strategy: Strategy,
    resolution_number: str,
    resolution_date: datetime.date | None,
    user=None,
    today: datetime.date | None = None,
    gaps_confirmed: bool = False,
) -> StrategyVersion:
    """Record the council's resolution and freeze the adopted version with the whole
    content of the strategy as it is at this moment; returns the version. A strategy with
    gaps (completeness.strategy_gaps) is adopted only with ``gaps_confirmed``, and the
    version's note records the gaps and who confirmed them."""
    strategy = Strategy.objects.select_for_update().get(pk=strategy.pk)
    if not strategy.is_draft:
        raise ValidationError(
            _("Only a draft or a strategy in consultation can be adopted; this one is %(s)s.")
            % {"s": strategy.get_status_display()}
        )
    errors = {}
    if problem := resolution_number_problem(resolution_number, resolution_date):
        errors["resolution_number"] = problem
    if problem := resolution_date_problem(strategy, resolution_date, today or timezone.localdate()):
        errors["resolution_date"] = problem
    if errors:
        raise ValidationError(errors)
    if problems := strategy_adoption_problems(strategy):
        raise ValidationError(problems)
    gaps = strategy_gaps(strategy)
    if gaps and not gaps_confirmed:
        raise ValidationError(
            {
                "gaps_confirmed": ngettext(
                    "The strategy lacks %(n)s element listed above: fill it in, or confirm "
                    "that the council adopted the strategy as it is.",
                    "The strategy lacks %(n)s elements listed above: fill them in, or confirm "
                    "that the council adopted the strategy as it is.",
                    len(gaps),
                )
                % {"n": len(gaps)}
            }
        )
    number = resolution_number_clean(resolution_number)
    strategy = strategy_change_status(
        strategy=strategy,
        status=Strategy.Status.ADOPTED,
        resolution_number=number,
        resolution_date=resolution_date,
    )
    return version_freeze(
        strategy=strategy,
        kind=StrategyVersion.Kind.ADOPTED,
        label=_("Adopted by resolution %(number)s") % {"number": number},
        note=_gaps_note(gaps, user),
        resolution_number=number,
        resolution_date=resolution_date,
        user=user,
    )


def _gaps_note(gaps, user) -> str:
    """The record of an adoption with gaps: who confirmed it, and what was missing."""
    if not gaps:
        return ""
    who = (user.get_full_name() or user.get_username()) if user is not None else "—"
    lines = [
        ngettext(
            "Adopted with %(n)s gap, confirmed by %(who)s:",
            "Adopted with %(n)s gaps, confirmed by %(who)s:",
            len(gaps),
        )
        % {"n": len(gaps), "who": who},
        *(f"– {gap.text}" for gap in gaps),
    ]
    note = "\n".join(lines)
    return note if len(note) <= NOTE else note[: NOTE - 1] + "…"

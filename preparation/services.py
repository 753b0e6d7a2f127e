"""Writes to the preparation schedule."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from core.services import next_position, save_validated, swap_positions

from .models import ScheduleStep
from .selectors import add_months
from .template import STEPS, parties


@transaction.atomic
def schedule_step_save(*, step: ScheduleStep) -> ScheduleStep:
    if step.pk is None:
        step.position = next_position(ScheduleStep.objects.filter(strategy_id=step.strategy_id))
    return save_validated(step)


@transaction.atomic
def schedule_step_delete(*, step: ScheduleStep) -> None:
    step.delete()


@transaction.atomic
def schedule_step_move(*, step: ScheduleStep, direction: str) -> bool:
    siblings = ScheduleStep.objects.filter(strategy_id=step.strategy_id)
    return swap_positions(step, siblings, direction=direction)


@transaction.atomic
def schedule_from_template(*, strategy, start: datetime.date) -> list[ScheduleStep]:
    """Fill an empty schedule with the template's steps, dated from ``start``."""
    if ScheduleStep.objects.filter(strategy=strategy).exists():
        raise ValidationError(
            _("The schedule already has steps; the template fills only an empty one.")
        )
    who = parties(strategy.government)
    start = start.replace(day=1)
    steps = []
    for position, (name, first, last, executor, cooperating) in enumerate(STEPS):
        steps.append(
            save_validated(
                ScheduleStep(
                    strategy=strategy,
                    position=position,
                    name=str(name),
                    month_from=add_months(start, first),
                    month_to=None if last is None else add_months(start, last),
                    is_continuous=last is None,
                    executor=who[executor],
                    cooperating=who[cooperating],
                )
            )
        )
    return steps

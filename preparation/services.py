"""Writes to the preparation schedule."""

from django.db import transaction

from core.services import next_position, save_validated, swap_positions

from .models import ScheduleStep


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

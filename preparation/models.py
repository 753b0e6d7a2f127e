"""The preparation schedule (harmonogram opracowania) of a strategy."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from core.fields import NOTE, limited_text
from strategies.models import Strategy


class StepStatus(models.TextChoices):
    PLANNED = "planned", _("planned")
    IN_PROGRESS = "in_progress", pgettext_lazy("schedule step", "in progress")
    DONE = "done", pgettext_lazy("schedule step", "done")


class ScheduleStep(models.Model):
    """One step of the schedule: what, when (a month or a range of months), who, with whom.

    Months are stored as the first day of the month. A continuous step (praca ciągła) has a
    start month and no end.
    """

    strategy = models.ForeignKey(
        Strategy,
        verbose_name=_("strategy"),
        on_delete=models.CASCADE,
        related_name="schedule_steps",
    )
    position = models.PositiveIntegerField(_("position"), default=0)
    name = models.CharField(_("step"), max_length=500)
    month_from = models.DateField(_("from month"))
    month_to = models.DateField(_("to month"), null=True, blank=True)
    is_continuous = models.BooleanField(_("continuous work"), default=False)
    executor = models.CharField(_("executor"), max_length=500)
    cooperating = limited_text(_("cooperating bodies"), blank=True, limit=NOTE)
    status = models.CharField(
        _("status"), max_length=12, choices=StepStatus.choices, default=StepStatus.PLANNED
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("schedule step")
        verbose_name_plural = _("schedule steps")
        ordering = ["position", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(month_to__isnull=True) | Q(month_to__gte=F("month_from")),
                name="schedule_step_months_ordered",
            ),
            models.CheckConstraint(
                condition=Q(is_continuous=True) | Q(month_to__isnull=False),
                name="schedule_step_has_end_unless_continuous",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.month_from:
            self.month_from = self.month_from.replace(day=1)
        if self.month_to:
            self.month_to = self.month_to.replace(day=1)
        if self.is_continuous:
            self.month_to = None
        elif self.month_from and not self.month_to:
            self.month_to = self.month_from
        if self.month_from and self.month_to and self.month_to < self.month_from:
            raise ValidationError(
                {"month_to": _("The last month cannot be earlier than the first month.")}
            )

    def term(self) -> str:
        """When the step takes place, as the schedule table and the documents print it."""
        if self.is_continuous:
            return _("continuous work (from %(month)s)") % {
                "month": date_format(self.month_from, "E Y")
            }
        if self.month_to and self.month_to != self.month_from:
            return f"{date_format(self.month_from, 'F Y')} – {date_format(self.month_to, 'F Y')}"
        return date_format(self.month_from, "F Y")

    @property
    def is_done(self) -> bool:
        return self.status == StepStatus.DONE

    def is_overdue(self, today: datetime.date) -> bool:
        """Not done although its last month has passed (a continuous step never is)."""
        if self.status == StepStatus.DONE or self.is_continuous or self.month_to is None:
            return False
        return self.month_to < today.replace(day=1)

    def covers(self, month: datetime.date) -> bool:
        if month < self.month_from:
            return False
        return self.is_continuous or month <= self.month_to

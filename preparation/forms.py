from django import forms
from django.utils.text import capfirst

from core.forms import MonthField

from .models import ScheduleStep


class ScheduleStepForm(forms.ModelForm):
    month_from = MonthField(label=capfirst(ScheduleStep._meta.get_field("month_from").verbose_name))
    month_to = MonthField(
        label=capfirst(ScheduleStep._meta.get_field("month_to").verbose_name), required=False
    )

    class Meta:
        model = ScheduleStep
        fields = ["name", "month_from", "month_to", "is_continuous", "executor", "cooperating"]
        widgets = {
            "name": forms.Textarea(attrs={"rows": 2}),
            "cooperating": forms.Textarea(attrs={"rows": 4}),
        }

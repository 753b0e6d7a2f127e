from django import forms

from core.forms import MonthField

from .models import ScheduleStep


class ScheduleStepForm(forms.ModelForm):
    month_from = MonthField(label=ScheduleStep._meta.get_field("month_from").verbose_name)
    month_to = MonthField(
        label=ScheduleStep._meta.get_field("month_to").verbose_name, required=False
    )

    class Meta:
        model = ScheduleStep
        fields = ["name", "month_from", "month_to", "is_continuous", "executor", "cooperating"]
        widgets = {
            "name": forms.Textarea(attrs={"rows": 2}),
            "cooperating": forms.Textarea(attrs={"rows": 4}),
        }

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from core.forms import MonthField

from .models import ScheduleStep, StepStatus


class ScheduleStepForm(forms.ModelForm):
    month_from = MonthField(label=capfirst(ScheduleStep._meta.get_field("month_from").verbose_name))
    month_to = MonthField(
        label=capfirst(ScheduleStep._meta.get_field("month_to").verbose_name), required=False
    )

    class Meta:
        model = ScheduleStep
        fields = [
            "name",
            "month_from",
            "month_to",
            "is_continuous",
            "executor",
            "cooperating",
            "status",
        ]
        widgets = {
            "status": forms.RadioSelect,
            "name": forms.Textarea(attrs={"rows": 2}),
            "cooperating": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].required = False  # a new step is planned

    def clean_status(self):
        return self.cleaned_data.get("status") or StepStatus.PLANNED


class ScheduleTemplateForm(forms.Form):
    """Start a schedule from the template: the steps of a typical preparation, dated from
    the first month; each can be changed or deleted afterwards."""

    start = MonthField(label=_("First month of the preparation"))

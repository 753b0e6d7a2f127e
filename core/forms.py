"""Form pieces shared by the domain apps."""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _


class MonthInput(forms.DateInput):
    input_type = "month"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m")


class MonthField(forms.DateField):
    """A month (YYYY-MM), stored as the first day of that month."""

    widget = MonthInput
    input_formats = ["%Y-%m", "%m.%Y", "%m/%Y"]
    default_error_messages = {"invalid": _("Enter a month as YYYY-MM, for example 2025-05.")}

    def to_python(self, value):
        result = super().to_python(value)
        return result.replace(day=1) if isinstance(result, datetime.date) else result


class DeleteConfirmForm(forms.Form):
    """An empty form: deleting needs an explicit POST from the confirmation page."""


class AmountField(forms.DecimalField):
    """A decimal typed the Polish way: "1 250,50" (spaces group thousands, comma for decimals)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("localize", True)
        super().__init__(**kwargs)

    def to_python(self, value):
        if isinstance(value, str):
            for space in (" ", "\xa0", "\u202f"):
                value = value.replace(space, "")
        return super().to_python(value)

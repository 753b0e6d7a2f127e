from django import forms
from django.utils.translation import gettext_lazy as _


class AdoptionForm(forms.Form):
    resolution_number = forms.CharField(
        label=_("Resolution number"),
        max_length=100,
        help_text=_("As the council wrote it, e.g. XXXV/245/2021, 113/XX/2004 or XV.120.2026."),
    )
    resolution_date = forms.DateField(
        label=_("Resolution date"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

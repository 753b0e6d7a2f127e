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
    gaps_confirmed = forms.BooleanField(
        label=_("The council adopted the strategy with the gaps listed above"),
        required=False,
        help_text=_("The adopted version records the gaps and who confirmed them."),
    )

    def __init__(self, *args, gaps: bool, **kwargs):
        super().__init__(*args, **kwargs)
        if not gaps:
            del self.fields["gaps_confirmed"]

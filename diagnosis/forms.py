from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.forms import AmountField

from .catalogue import LOCAL_FIGURES

MAX_CSV_BYTES = 1024 * 1024


class LocalFiguresForm(forms.Form):
    """One field per local figure for one year."""

    def __init__(self, *args, initial_values: dict | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        initial_values = initial_values or {}
        for code, label in LOCAL_FIGURES.items():
            self.fields[code] = AmountField(
                label=label,
                required=False,
                min_value=0,
                max_digits=16,
                decimal_places=4,
                initial=initial_values.get(code),
            )

    def values(self) -> dict:
        return {code: self.cleaned_data.get(code) for code in LOCAL_FIGURES}


class YearForm(forms.Form):
    rok = forms.TypedChoiceField(label=_("Year"), coerce=int)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        this_year = timezone.localdate().year
        self.fields["rok"].choices = [(y, str(y)) for y in range(this_year, this_year - 16, -1)]
        self.fields["rok"].initial = this_year - 1


class LocalFiguresCsvForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "Columns kod;rok;wartosc with a header line; UTF-8 or Windows-1250; at most 1 MB."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(".csv"):
            raise forms.ValidationError(_("Choose a file with the .csv extension."))
        if upload.size > MAX_CSV_BYTES:
            raise forms.ValidationError(_("The file is larger than 1 MB."))
        return upload

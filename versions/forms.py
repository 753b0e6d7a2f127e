"""Forms of versions; the rules (an adopted version or an amendment needs its resolution) are in
the model."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import StrategyVersion

CURRENT = "biezaca"  # the strategy as it is now, in the comparison's selects


class FreezeForm(forms.ModelForm):
    class Meta:
        model = StrategyVersion
        fields = ["kind", "label", "note", "resolution_number", "resolution_date"]
        widgets = {
            "kind": forms.RadioSelect,
            "note": forms.Textarea(attrs={"rows": 3}),
            "resolution_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        help_texts = {
            "resolution_number": _(
                "Required for an adopted version and for an amendment: both are frozen once "
                "the council has adopted them."
            ),
        }

    def _post_clean(self):
        # The service builds and validates the version (with its snapshot and number).
        pass


class NoteForm(forms.ModelForm):
    class Meta:
        model = StrategyVersion
        fields = ["label", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 4})}

    def _post_clean(self):
        pass


class CompareForm(forms.Form):
    """Two versions to compare, or a version and the current working state."""

    def __init__(self, *args, versions, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(CURRENT, _("current working state"))] + [
            (str(version.number), _version_label(version)) for version in versions
        ]
        self.fields["z"] = forms.ChoiceField(label=_("Compare"), choices=choices)
        self.fields["do"] = forms.ChoiceField(label=_("with"), choices=choices)


def _version_label(version: StrategyVersion) -> str:
    text = _("Version %(number)s: %(kind)s") % {
        "number": version.number,
        "kind": version.get_kind_display(),
    }
    if version.label:
        text += f" ({version.label})"
    return text

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.forms import AmountField
from strategies.models import Goal

from .bdl_csv import series_label
from .catalogue import LOCAL_FIGURES
from .models import DiagnosisIndicator, Problem
from .selectors import catalogue_variables

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


MAX_BDL_CSV_BYTES = 5 * 1024 * 1024


class BdlCsvForm(forms.Form):
    """A CSV file exported from the BDL website and the variable it holds. ``series`` stays
    hidden until the file turns out to hold several series (``offer_series``)."""

    file = forms.FileField(
        label=_("CSV file exported from the BDL website"),
        help_text=_(
            "The vertical layout (Kod;Nazwa;…;Rok;Wartosc;…) or a table with the years in "
            "the columns; UTF-8 or Windows-1250; at most 5 MB."
        ),
    )
    variable = forms.IntegerField(
        label=_("BDL variable id"),
        min_value=1,
        help_text=_("The number of the variable the file holds, e.g. 72305: population."),
    )
    name = forms.CharField(
        label=_("Name of the variable"),
        required=False,
        max_length=500,
        help_text=_("Only for a variable that is not in the database yet."),
    )
    series = forms.CharField(
        label=_("Series in the file that is this variable"),
        required=False,
        max_length=500,
        widget=forms.HiddenInput,
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(".csv"):
            raise forms.ValidationError(_("Choose a file with the .csv extension."))
        if upload.size > MAX_BDL_CSV_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        return upload

    def offer_series(self, series: list[str]) -> None:
        """Let the user choose among the series the file holds."""

        self.fields["series"].widget = forms.Select(
            choices=[("", _("Choose a series")), *((s, series_label(s)) for s in series)]
        )


class NarrativeForm(forms.Form):
    text = forms.CharField(
        label=_("Text of the domain's diagnosis"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 12}),
        max_length=20000,
        help_text=_("What the figures mean for the community; it goes into the strategy."),
    )


def goal_choices(government) -> list:
    """The goals of the government's strategies, grouped by strategy, in tree order."""

    groups: dict = {}
    goals = (
        Goal.objects.filter(strategy__government=government)
        .select_related("strategy")
        .order_by("-strategy__year_from", "strategy__pk", "depth", "position", "pk")
    )
    for goal in goals:
        groups.setdefault(goal.strategy.title, []).append((goal.pk, goal.title))
    return list(groups.items())


class ProblemReviewForm(forms.Form):
    status = forms.ChoiceField(label=_("Decision"), widget=forms.RadioSelect)
    serious = forms.BooleanField(
        label=_("Serious problem: the strategy must answer it"), required=False
    )
    comment = forms.CharField(
        label=_("Comment"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
        help_text=_("For example why the flag was dismissed."),
    )
    goals = forms.TypedMultipleChoiceField(
        label=_("Goals of the strategy that answer this problem"),
        required=False,
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Only a confirmed problem can be linked to goals."),
    )

    def __init__(self, *args, government, **kwargs):

        super().__init__(*args, **kwargs)
        self.fields["status"].choices = Problem.Status.choices
        self.fields["goals"].choices = goal_choices(government)


class ProblemForm(forms.Form):
    title = forms.CharField(label=_("Problem"), max_length=300)
    domain = forms.ChoiceField(label=_("Domain"))
    description = forms.CharField(
        label=_("Description"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=10000,
        help_text=_("Where it shows, whom it touches, what is known about it."),
    )
    serious = forms.BooleanField(
        label=_("Serious problem: the strategy must answer it"), required=False
    )

    def __init__(self, *args, **kwargs):

        super().__init__(*args, **kwargs)
        self.fields["domain"].choices = DiagnosisIndicator.Domain.choices


class ComparisonGroupForm(forms.Form):
    units = forms.TypedMultipleChoiceField(
        label=_("Units of the group"),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Units of the same kind, the nearest in population first."),
    )

    def __init__(self, *args, candidates, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["units"].choices = candidates


BDL_FIRST_YEAR = 1995  # the BDL's series for gminy start here
MAX_IMPORT_YEARS = 20
MAX_IMPORT_VARIABLES = 60
ALL_CATALOGUE = "all"


class BdlImportForm(forms.Form):
    """Which BDL variables and years to fetch: ready sets taken from the catalogue's
    formulas and/or ids typed in, and a range of at most MAX_IMPORT_YEARS past years."""

    sets = forms.MultipleChoiceField(
        label=_("Ready sets of variables"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The BDL variables used by the catalogue's indicators of each domain."),
    )
    variables = forms.CharField(
        label=_("Other BDL variable ids"),
        required=False,
        max_length=1000,
        help_text=_("Separated by commas, for example 72305, 634989."),
    )
    year_from = forms.IntegerField(label=_("From year"), min_value=BDL_FIRST_YEAR)
    year_to = forms.IntegerField(label=_("To year"), min_value=BDL_FIRST_YEAR)

    def __init__(self, *args, **kwargs):

        super().__init__(*args, **kwargs)
        this_year = timezone.localdate().year
        self.fields["year_from"].initial = this_year - 10
        self.fields["year_to"].initial = this_year - 1
        by_domain = catalogue_variables()
        everything = sorted(set().union(*by_domain.values()))
        self.variable_sets = {ALL_CATALOGUE: everything, **by_domain}
        self.fields["sets"].choices = [
            (ALL_CATALOGUE, _("All the catalogue's variables (%(n)s)") % {"n": len(everything)})
        ] + [
            (domain, f"{DiagnosisIndicator.Domain(domain).label}: {', '.join(map(str, ids))}")
            for domain, ids in by_domain.items()
        ]

    def clean_variables(self) -> list[int]:
        ids = []
        for piece in self.cleaned_data["variables"].split(","):
            piece = piece.strip()
            if not piece:
                continue
            if not piece.isdecimal() or not 0 < int(piece) < 2**31:
                raise forms.ValidationError(
                    _(
                        "“%(value)s” is not a variable id: give whole numbers greater than "
                        "zero, separated by commas."
                    ),
                    params={"value": piece},
                )
            ids.append(int(piece))
        return ids

    def clean(self):
        cleaned = super().clean()
        year_from, year_to = cleaned.get("year_from"), cleaned.get("year_to")
        if year_from is not None and year_to is not None:
            if year_to > timezone.localdate().year:
                self.add_error("year_to", _("The year cannot be in the future."))
            elif year_from > year_to:
                self.add_error("year_to", _("The last year cannot come before the first."))
            elif year_to - year_from + 1 > MAX_IMPORT_YEARS:
                self.add_error(
                    "year_from",
                    _("At most %(n)s years can be fetched at once.") % {"n": MAX_IMPORT_YEARS},
                )
        if "sets" in cleaned and "variables" in cleaned:
            chosen = self.variable_ids()
            if not chosen:
                self.add_error("sets", _("Choose a ready set or type variable ids."))
            elif len(chosen) > MAX_IMPORT_VARIABLES:
                self.add_error(
                    "variables",
                    _("At most %(n)s variables can be fetched at once.")
                    % {"n": MAX_IMPORT_VARIABLES},
                )
        return cleaned

    def variable_ids(self) -> list[int]:
        chosen = set(self.cleaned_data.get("variables") or [])
        for name in self.cleaned_data.get("sets") or []:
            chosen |= set(self.variable_sets[name])
        return sorted(chosen)

    def years(self) -> list[int]:
        return list(range(self.cleaned_data["year_from"], self.cleaned_data["year_to"] + 1))


class DiagnosisIndicatorForm(forms.ModelForm):
    class Meta:
        from .models import DiagnosisIndicator

        model = DiagnosisIndicator
        fields = ["code", "name", "domain", "unit", "direction", "formula", "source", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

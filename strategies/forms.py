"""Forms of the strategy register; business rules stay in services and models."""

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import AmountField
from governments.models import Institution, LocalGovernment

from .models import (
    MAX_LEVELS,
    MIN_LEVELS,
    Action,
    FinancingSource,
    Goal,
    Indicator,
    Priority,
    Strategy,
)


class StrategyForm(forms.ModelForm):
    class Meta:
        model = Strategy
        fields = ["title", "year_from", "year_to", "mission", "vision"]
        widgets = {
            "mission": forms.Textarea(attrs={"rows": 3}),
            "vision": forms.Textarea(attrs={"rows": 3}),
        }


class StrategyTextsForm(forms.ModelForm):
    """The prose chapters of the strategy document (documents/builders/strategy.py)."""

    class Meta:
        model = Strategy
        fields = ["introduction", "legal_basis", "implementation_system", "monitoring_system"]
        widgets = {name: forms.Textarea(attrs={"rows": 8}) for name in fields}
        help_texts = {
            "legal_basis": _("Left empty, the document lists the acts for your kind of unit."),
            "monitoring_system": _(
                "Left empty, the document describes the yearly monitoring and lists your "
                "approval path."
            ),
        }


class LevelsForm(forms.Form):
    """Names of the hierarchy's levels, from the top down; the last one holds the actions."""

    def __init__(self, *args, initial_names: list[str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        names = initial_names or []
        for depth in range(1, MAX_LEVELS + 1):
            self.fields[f"level_{depth}"] = forms.CharField(
                label=_("Level %(depth)s") % {"depth": depth},
                max_length=100,
                required=depth <= MIN_LEVELS,
                initial=names[depth - 1] if depth <= len(names) else "",
            )
        self.fields[f"level_{MIN_LEVELS}"].help_text = _(
            "Leave the lower levels empty for a shallower hierarchy. The last level you fill in "
            "holds the actions."
        )

    def clean(self):
        cleaned = super().clean()
        names = [cleaned.get(f"level_{depth}", "") for depth in range(1, MAX_LEVELS + 1)]
        filled = [bool(name) for name in names]
        if True in filled and False in filled:
            first_gap = filled.index(False)
            if any(filled[first_gap:]):
                raise forms.ValidationError(_("Fill in the levels from the top, without gaps."))
        cleaned["names"] = [name for name in names if name]
        return cleaned


class StatusForm(forms.Form):
    """The status changes other than adoption, which records the council's resolution and
    freezes the adopted version on a page of its own (adoption.views.strategy_adopt)."""

    status = forms.ChoiceField(label=_("New status"), choices=Strategy.Status.choices)

    def __init__(self, *args, allowed: set[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [
            (value, label)
            for value, label in Strategy.Status.choices
            if value in allowed and value != Strategy.Status.ADOPTED
        ]


class GoalForm(forms.ModelForm):
    """A goal's text; when editing a goal below the top level, also where it belongs."""

    parent = forms.ModelChoiceField(
        label=_("Belongs to"), queryset=Goal.objects.none(), required=False
    )

    class Meta:
        model = Goal
        fields = ["title", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, parent_choices: list[tuple[Goal, str]] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if parent_choices:
            self.fields["parent"].queryset = Goal.objects.filter(
                pk__in=[goal.pk for goal, _label in parent_choices]
            )
            self.fields["parent"].choices = [(g.pk, label) for g, label in parent_choices]
            self.fields["parent"].empty_label = None
            self.fields["parent"].required = True
            self.fields["parent"].initial = self.instance.parent_id
        else:
            del self.fields["parent"]


def _institutions(government: LocalGovernment):
    return Institution.objects.filter(government=government, is_active=True).order_by("name")


class InstitutionChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Institution) -> str:
        return obj.label


class ActionForm(forms.ModelForm):
    implementers = InstitutionChoiceField(
        label=_("Implementers (responsible bodies)"),
        queryset=Institution.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    partners = InstitutionChoiceField(
        label=_("Partners"),
        queryset=Institution.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    sources = forms.ModelMultipleChoiceField(
        label=_("Financing sources"),
        queryset=FinancingSource.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Action
        fields = ["goal", "title", "description", "is_continuous", "year_from", "year_to"]
        widgets = {
            "title": forms.Textarea(attrs={"rows": 2}),
            "description": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, strategy: Strategy, goal_choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.strategy = strategy
        self.instance.strategy = strategy
        government = strategy.government
        institutions = _institutions(government)
        if self.instance.pk:  # keep inactive institutions that the action still names
            institutions = (
                institutions | Institution.objects.filter(action_roles__action=self.instance)
            ).distinct()
        self.fields["implementers"].queryset = institutions
        self.fields["partners"].queryset = institutions
        self.fields["sources"].queryset = FinancingSource.objects.for_government(government)
        self.fields["goal"].queryset = Goal.objects.filter(pk__in=[g.pk for g, _ in goal_choices])
        self.fields["goal"].choices = [(g.pk, label) for g, label in goal_choices]
        self.fields["goal"].empty_label = None
        for year in strategy.years:
            self.fields[f"priority_{year}"] = forms.ChoiceField(
                label=str(year),
                choices=[("", "—"), *Priority.choices],
                required=False,
            )
        if self.instance.pk:
            self.fields["implementers"].initial = [
                p.institution_id for p in self.instance.implementers()
            ]
            self.fields["partners"].initial = [p.institution_id for p in self.instance.partners()]
            self.fields["sources"].initial = [f.source_id for f in self.instance.fundings.all()]
            for priority in self.instance.priorities.all():
                key = f"priority_{priority.year}"
                if key in self.fields:
                    self.fields[key].initial = priority.priority

    @property
    def priority_fields(self):
        return [self[f"priority_{year}"] for year in self.strategy.years]

    def visible_fields(self):
        """The main fields; the priorities are laid out as a grid of years of their own."""
        return [f for f in super().visible_fields() if not f.name.startswith("priority_")]

    def priorities(self) -> dict[int, str]:
        return {
            year: self.cleaned_data.get(f"priority_{year}") or "" for year in self.strategy.years
        }


class IndicatorForm(forms.ModelForm):
    class Meta:
        model = Indicator
        fields = [
            "name",
            "unit",
            "baseline_value",
            "baseline_year",
            "target_value",
            "target_year",
            "target_description",
            "direction",
            "frequency",
            "data_source",
            "responsible",
        ]
        field_classes = {"baseline_value": AmountField, "target_value": AmountField}

    def __init__(self, *args, strategy: Strategy, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.strategy = strategy
        institutions = _institutions(strategy.government)
        if self.instance.responsible_id:  # keep an institution made inactive since
            institutions = (
                institutions | Institution.objects.filter(pk=self.instance.responsible_id)
            ).distinct()
        self.fields["responsible"].queryset = institutions


class YearlyValuesForm(forms.Form):
    """Measured values and planned milestones of an indicator, one row per year."""

    def __init__(self, *args, indicator: Indicator, years: range, **kwargs):
        super().__init__(*args, **kwargs)
        self.years = years
        rows = {v.year: v for v in indicator.values.all()}
        values = {year: row.value for year, row in rows.items()}
        milestones = {m.year: m.value for m in indicator.milestones.all()}
        for year in years:
            self.fields[f"milestone_{year}"] = AmountField(
                label=_("Planned value in %(year)s") % {"year": year},
                required=False,
                max_digits=16,
                decimal_places=4,
                initial=milestones.get(year),
            )
            self.fields[f"value_{year}"] = AmountField(
                label=_("Measured value in %(year)s") % {"year": year},
                required=False,
                max_digits=16,
                decimal_places=4,
                initial=values.get(year),
            )
            self.fields[f"note_{year}"] = forms.CharField(
                label=_("Note to the value in %(year)s") % {"year": year},
                required=False,
                max_length=500,
                initial=rows[year].note if year in rows else "",
            )

    def rows(self):
        return [
            (year, self[f"milestone_{year}"], self[f"value_{year}"], self[f"note_{year}"])
            for year in self.years
        ]

    def clean(self):
        cleaned = super().clean()
        for year in self.years:
            if cleaned.get(f"note_{year}") and cleaned.get(f"value_{year}") is None:
                self.add_error(f"note_{year}", _("A note needs a measured value."))
        return cleaned

    def notes(self) -> dict[int, str]:
        return {year: self.cleaned_data.get(f"note_{year}") or "" for year in self.years}

    def values(self) -> dict[int, Decimal | None]:
        return {year: self.cleaned_data.get(f"value_{year}") for year in self.years}

    def milestones(self) -> dict[int, Decimal | None]:
        return {year: self.cleaned_data.get(f"milestone_{year}") for year in self.years}


class PlannedAmountsForm(forms.Form):
    """Planned amounts of an action: one field per financing source and year."""

    def __init__(self, *args, action: Action, **kwargs):
        super().__init__(*args, **kwargs)
        self.action = action
        self.fundings = list(action.fundings.all())
        self.years = list(action.strategy.years)
        for funding in self.fundings:
            for year in self.years:
                self.fields[f"amount_{funding.pk}_{year}"] = AmountField(
                    label=_("%(source)s in %(year)s (PLN)")
                    % {"source": funding.source.name, "year": year},
                    required=False,
                    min_value=Decimal("0"),
                    max_digits=14,
                    decimal_places=2,
                    initial=funding.amount_in(year),
                )

    def grid(self):
        return [
            (funding, [self[f"amount_{funding.pk}_{year}"] for year in self.years])
            for funding in self.fundings
        ]

    def amounts(self) -> dict[tuple[int, int], Decimal | None]:
        return {
            (funding.pk, year): self.cleaned_data.get(f"amount_{funding.pk}_{year}")
            for funding in self.fundings
            for year in self.years
        }


class FinancingSourceForm(forms.ModelForm):
    class Meta:
        model = FinancingSource
        fields = ["name", "kind"]


class PlanFilterForm(forms.Form):
    institution = forms.ModelChoiceField(
        label=_("Institution"), queryset=Institution.objects.none(), required=False
    )
    role = forms.ChoiceField(
        label=_("Its role"),
        choices=[
            ("", _("implementer or partner")),
            ("implementer", _("implementer")),
            ("partner", _("partner")),
        ],
        required=False,
    )
    source = forms.ModelChoiceField(
        label=_("Financing source"), queryset=FinancingSource.objects.none(), required=False
    )
    year = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False, empty_value=None)

    def __init__(self, *args, strategy: Strategy, institutions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["institution"].queryset = institutions
        self.fields["institution"].empty_label = _("all institutions")
        self.fields["source"].queryset = FinancingSource.objects.for_government(strategy.government)
        self.fields["source"].empty_label = _("all sources")
        self.fields["year"].choices = [("", _("all years"))] + [
            (year, str(year)) for year in strategy.years
        ]

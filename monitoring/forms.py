from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.forms import AmountField
from governments.models import Institution
from strategies.models import Action, Goal

from .models import ActionReport, Approval, Recorder, ReportForm


class CycleOpenForm(forms.Form):
    year = forms.TypedChoiceField(label=_("Reported year"), coerce=int)
    deadline = forms.DateField(
        label=_("Deadline for the forms"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def __init__(self, *args, strategy, **kwargs):
        super().__init__(*args, **kwargs)
        taken = set(strategy.monitoring_cycles.values_list("year", flat=True))
        years = [y for y in range(strategy.year_from, strategy.year_to + 1) if y not in taken]
        self.fields["year"].choices = [(y, str(y)) for y in reversed(years)]
        last_year = timezone.localdate().year - 1
        if last_year in years:
            self.fields["year"].initial = last_year

    def clean_deadline(self):
        deadline = self.cleaned_data["deadline"]
        if deadline < timezone.localdate():
            raise forms.ValidationError(_("The deadline cannot be in the past."))
        return deadline


class FillForm(forms.Form):
    """One institution's whole reporting form: a group of fields per action, per indicator
    and per recommendation of the previous year. ``sections`` lists the groups for the
    template; ``data_for_service`` turns the cleaned data into services.form_save's shape."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)

    def __init__(self, *args, report_form: ReportForm, **kwargs):
        super().__init__(*args, **kwargs)
        self.report_form = report_form
        self.sections = []
        self.fields["version"].initial = report_form.version
        actions = report_form.actions.select_related("action").prefetch_related(
            "spending", "action__fundings__source"
        )
        for report in actions:
            self._add_action(report)
        for report in report_form.indicators.select_related("indicator"):
            self._add_indicator(report, report_form.cycle.year)
        for response in report_form.responses.select_related("recommendation"):
            self._add_response(response)
        for section in self.sections:
            section["fields"] = [self[name] for name in section["names"]]

    def _add_action(self, report: ActionReport) -> None:
        """Status, what was done, people reached, money per the action's own sources,
        problems."""
        prefix = f"a{report.pk}"
        spent = {s.source_id: s.amount for s in report.spending.all()}
        self.fields[f"{prefix}_status"] = forms.ChoiceField(
            label=_("Status"),
            choices=ActionReport.Status.choices,
            required=False,
            widget=forms.RadioSelect,
            initial=report.status,
        )
        self.fields[f"{prefix}_what_done"] = forms.CharField(
            label=_("What was done"),
            required=False,
            max_length=10000,
            widget=forms.Textarea(attrs={"rows": 3}),
            initial=report.what_done,
        )
        self.fields[f"{prefix}_people_reached"] = forms.IntegerField(
            label=_("People reached"),
            required=False,
            min_value=0,
            max_value=10_000_000,
            initial=report.people_reached,
        )
        names = [f"{prefix}_status", f"{prefix}_what_done", f"{prefix}_people_reached"]
        for funding in report.action.fundings.all():
            name = f"{prefix}_s{funding.source_id}"
            self.fields[name] = AmountField(
                label=_("Spent from: %(source)s (PLN)") % {"source": funding.source.name},
                required=False,
                min_value=0,
                max_digits=14,
                decimal_places=2,
                initial=spent.get(funding.source_id),
            )
            names.append(name)
        self.fields[f"{prefix}_problems"] = forms.CharField(
            label=_("Problems met"),
            required=False,
            max_length=10000,
            widget=forms.Textarea(attrs={"rows": 2}),
            initial=report.problems,
        )
        names.append(f"{prefix}_problems")
        self.sections.append(
            {"kind": "action", "title": report.action.title, "id": prefix, "names": names}
        )

    def _add_indicator(self, report, year: int) -> None:
        """The value of the year, its source and a comment."""
        prefix = f"i{report.pk}"
        indicator = report.indicator
        self.fields[f"{prefix}_value"] = AmountField(
            label=_("Value for %(year)s (%(unit)s)") % {"year": year, "unit": indicator.unit},
            required=False,
            max_digits=16,
            decimal_places=4,
            initial=report.value,
        )
        self.fields[f"{prefix}_source"] = forms.CharField(
            label=_("Source of the value"),
            required=False,
            max_length=300,
            initial=report.source or indicator.data_source,
        )
        self.fields[f"{prefix}_comment"] = forms.CharField(
            label=_("Comment"),
            required=False,
            max_length=5000,
            widget=forms.Textarea(attrs={"rows": 2}),
            initial=report.comment,
        )
        self.sections.append(
            {
                "kind": "indicator",
                "title": indicator.name,
                "id": prefix,
                "names": [f"{prefix}_value", f"{prefix}_source", f"{prefix}_comment"],
                "indicator": indicator,
            }
        )

    def _add_response(self, response) -> None:
        """What was done about a recommendation of the previous year."""
        name = f"r{response.pk}_response"
        self.fields[name] = forms.CharField(
            label=_("What was done about it"),
            required=False,
            max_length=10000,
            widget=forms.Textarea(attrs={"rows": 3}),
            initial=response.response,
        )
        self.sections.append(
            {
                "kind": "recommendation",
                "title": response.recommendation.text,
                "id": f"r{response.pk}",
                "names": [name],
            }
        )

    def data_for_service(self) -> dict:
        data = self.cleaned_data
        result: dict = {"actions": {}, "indicators": {}, "responses": {}}
        for section in self.sections:
            prefix = section["id"]
            pk = int(prefix[1:])
            if section["kind"] == "action":
                values = {
                    "status": data[f"{prefix}_status"] or "",
                    "what_done": data[f"{prefix}_what_done"],
                    "people_reached": data[f"{prefix}_people_reached"],
                    "problems": data[f"{prefix}_problems"],
                    "spending": {
                        int(name.split("_s")[1]): data[name]
                        for name in section["names"]
                        if "_s" in name and name.split("_s")[1].isdigit()
                    },
                }
                result["actions"][pk] = values
            elif section["kind"] == "indicator":
                result["indicators"][pk] = {
                    "value": data[f"{prefix}_value"],
                    "source": data[f"{prefix}_source"],
                    "comment": data[f"{prefix}_comment"],
                }
            else:
                result["responses"][pk] = data[f"{prefix}_response"]
        return result


class ReturnForm(forms.Form):
    comment = forms.CharField(
        label=_("What should be corrected"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
    )


class LinkForm(forms.Form):
    recipient = forms.CharField(
        label=_("For whom"),
        max_length=200,
        help_text=_("The person of the institution who will fill in the form."),
    )
    days = forms.IntegerField(label=_("Valid for (days)"), min_value=1, max_value=365, initial=60)


class ConclusionsForm(forms.Form):
    conclusions = forms.CharField(
        label=_("Conclusions"),
        required=False,
        max_length=30000,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=_("What the year shows: what worked, what did not, and why."),
    )


class RecommendationForm(forms.Form):
    text = forms.CharField(
        label=_("Recommendation"), max_length=5000, widget=forms.Textarea(attrs={"rows": 4})
    )
    institutions = forms.ModelMultipleChoiceField(
        label=_("Addressed to"), queryset=None, widget=forms.CheckboxSelectMultiple
    )
    goal = forms.ModelChoiceField(label=_("Area or goal"), queryset=None, required=False)
    action = forms.ModelChoiceField(label=_("Action"), queryset=None, required=False)

    def __init__(self, *args, cycle, **kwargs):

        super().__init__(*args, **kwargs)
        strategy = cycle.strategy
        self.fields["institutions"].queryset = Institution.objects.filter(
            government=strategy.government
        ).order_by("name")
        self.fields["goal"].queryset = Goal.objects.filter(strategy=strategy).order_by(
            "depth", "position", "id"
        )
        self.fields["action"].queryset = Action.objects.filter(strategy=strategy).order_by(
            "position", "id"
        )
        self.fields["goal"].label_from_instance = lambda goal: goal.title[:120]
        self.fields["action"].label_from_instance = lambda action: action.title[:120]


class ApprovalForm(forms.Form):
    decision = forms.ChoiceField(label=_("Decision"))
    date = forms.DateField(
        label=_("Date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    document_number = forms.CharField(
        label=_("Resolution or document number"), required=False, max_length=100
    )
    note = forms.CharField(
        label=_("Note"), required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, on_behalf: bool = False, **kwargs):
        """``on_behalf``: the user records someone else's step (Access.records_on_behalf)
        and must say so; the service refuses the decision without the tick."""

        super().__init__(*args, **kwargs)
        self.fields["decision"].choices = Approval.Decision.choices
        if on_behalf:
            self.fields["on_behalf"] = forms.BooleanField(
                label=_("I record this decision on the approver's behalf"),
                required=False,
                help_text=_(
                    "This step is the approver's. The report will say that you entered "
                    "the decision for them."
                ),
            )


class ApprovalStageForm(forms.Form):
    name = forms.CharField(label=_("Step"), max_length=200, required=False)
    needs_document = forms.BooleanField(
        label=_("Ends with a resolution or document number"), required=False
    )
    recorded_by_role = forms.ChoiceField(label=_("Who records the decision"), choices=[])

    def __init__(self, *args, **kwargs):

        super().__init__(*args, **kwargs)
        self.fields["recorded_by_role"].choices = Recorder.choices
        self.fields["recorded_by_role"].initial = Recorder.APPROVER


ApprovalStageFormSet = forms.formset_factory(ApprovalStageForm, extra=2)

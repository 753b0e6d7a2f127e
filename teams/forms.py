from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from governments.models import Institution
from strategies.models import Strategy

from .models import Meeting, Team, TeamMember
from .selectors import team_areas

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class TeamForm(forms.ModelForm):
    class Meta:
        model = Team
        fields = [
            "kind",
            "name",
            "area",
            "order_number",
            "order_date",
            "order_issuer",
            "description",
        ]
        widgets = {
            "kind": forms.RadioSelect,
            "order_date": DATE_WIDGET,
            "description": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, strategy: Strategy, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.strategy = strategy
        self.fields["area"].queryset = team_areas(strategy)
        self.fields["area"].empty_label = _("none")


class InstitutionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Institution) -> str:
        return obj.label


class TeamMemberForm(forms.ModelForm):
    institution = InstitutionChoiceField(
        label=_("Institution"),
        queryset=Institution.objects.none(),
        required=False,
        empty_label=_("none (another organisation or a private person)"),
    )

    class Meta:
        model = TeamMember
        fields = ["name", "function", "institution", "organisation", "email"]
        widgets = {"function": forms.RadioSelect}

    def __init__(self, *args, team: Team, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.team = team
        government = team.strategy.government
        # Active institutions, and the member's own even if it has been made inactive since.
        usable = Q(is_active=True)
        if self.instance.institution_id:
            usable |= Q(pk=self.instance.institution_id)
        self.fields["institution"].queryset = Institution.objects.filter(
            usable, government=government
        ).order_by("name")


class MemberChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: TeamMember) -> str:
        if obj.represents:
            return f"{obj.name} ({obj.represents})"
        return obj.name


class MeetingForm(forms.ModelForm):
    attendees = MemberChoiceField(
        label=_("Present"),
        queryset=TeamMember.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick the members who were present, once the meeting has taken place."),
    )

    class Meta:
        model = Meeting
        fields = ["date", "place", "agenda", "attendees", "guests", "minutes"]
        widgets = {
            "date": DATE_WIDGET,
            "agenda": forms.Textarea(attrs={"rows": 4}),
            "guests": forms.Textarea(attrs={"rows": 2}),
            "minutes": forms.Textarea(attrs={"rows": 12}),
        }

    def __init__(self, *args, team: Team, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.team = team
        self.fields["attendees"].queryset = (
            TeamMember.objects.filter(team=team)
            .select_related("institution")
            .order_by("position", "id")
        )
        if self.instance.pk:
            self.initial["attendees"] = list(
                self.instance.attendance.values_list("member_id", flat=True)
            )

from django import forms
from django.utils.translation import gettext_lazy as _

from governments.models import Institution
from strategies.models import Goal, Strategy

from .models import MAX_CODES, SwotEntry, Workshop


class WorkshopForm(forms.ModelForm):
    class Meta:
        model = Workshop
        fields = [
            "title",
            "date",
            "place",
            "participants",
            "participants_count",
            "area",
            "mode",
            "budget",
            "requires_codes",
        ]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "participants": forms.Textarea(attrs={"rows": 3}),
            "mode": forms.RadioSelect,
        }
        help_texts = {
            "budget": _("Used when participants distribute points."),
            "mode": _(
                "Distributing points: each participant gives the problems points from a "
                "budget. Ranking: each participant puts the problems in order."
            ),
        }

    def __init__(self, *args, strategy: Strategy, area_choices: list[tuple[Goal, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.strategy = strategy
        self.fields["area"].queryset = Goal.objects.filter(pk__in=[g.pk for g, _ in area_choices])
        self.fields["area"].choices = [("", _("the whole strategy"))] + [
            (g.pk, label) for g, label in area_choices
        ]


class ProblemForm(forms.Form):
    title = forms.CharField(label=_("Problem"), max_length=300)


class BallotForm(forms.Form):
    """A field per problem: points (0 to the budget) or a place in the ranking; first, when
    the workshop requires codes and this phone has not voted yet, the one-time code."""

    def __init__(
        self,
        *args,
        workshop: Workshop,
        items,
        initial_values: dict[int, int],
        needs_code: bool = False,
        **kw,
    ):
        super().__init__(*args, **kw)
        self.workshop = workshop
        self.items = list(items)
        ranking = workshop.mode == Workshop.Mode.RANKING
        count = len(self.items)
        if needs_code:
            self.fields["code"] = forms.CharField(
                label=_("Your one-time code"),
                max_length=20,
                help_text=_("From the card you were given, for example ABCD-EFGH."),
                widget=forms.TextInput(
                    attrs={
                        "autocomplete": "off",
                        "autocapitalize": "characters",
                        "spellcheck": "false",
                        "class": "code-input",
                    }
                ),
            )
        for item in self.items:
            name = f"p{item.pk}"
            if ranking:
                self.fields[name] = forms.TypedChoiceField(
                    label=item.title,
                    choices=[(0, _("not ranked"))] + [(n, str(n)) for n in range(1, count + 1)],
                    coerce=int,
                    required=False,
                    empty_value=0,
                    initial=initial_values.get(item.pk, 0),
                )
            else:
                self.fields[name] = forms.IntegerField(
                    label=item.title,
                    min_value=0,
                    max_value=workshop.budget,
                    required=False,
                    initial=initial_values.get(item.pk) or None,
                    widget=forms.NumberInput(
                        attrs={"inputmode": "numeric", "class": "points-input"}
                    ),
                )

    def values(self) -> dict[int, int]:
        return {item.pk: self.cleaned_data.get(f"p{item.pk}") or 0 for item in self.items}

    def code(self) -> str:
        return self.cleaned_data.get("code", "")


class CodesForm(forms.Form):
    count = forms.IntegerField(
        label=_("How many codes to make"),
        min_value=1,
        max_value=MAX_CODES,
        help_text=_("One for each participant; you can make more later."),
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )


class SwotEntryForm(forms.Form):
    quadrant = forms.ChoiceField(
        label=_("Where does it belong?"),
        choices=SwotEntry.Quadrant.choices,
        widget=forms.RadioSelect,
    )
    text = forms.CharField(
        label=_("Your entry"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 2, "maxlength": 300}),
    )


class InstitutionField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Institution) -> str:
        return obj.label


class ResultActionForm(forms.Form):
    goal = forms.ModelChoiceField(label=_("Goal"), queryset=Goal.objects.none())
    implementer = InstitutionField(
        label=_("Implementer"),
        queryset=Institution.objects.none(),
        required=False,
        help_text=_("Needed only when the strategy has been adopted; can be set later."),
    )

    def __init__(self, *args, goal_choices: list[tuple[Goal, str]], government, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["goal"].queryset = Goal.objects.filter(pk__in=[g.pk for g, _ in goal_choices])
        self.fields["goal"].choices = [(g.pk, label) for g, label in goal_choices]
        self.fields["implementer"].queryset = Institution.objects.filter(
            government=government, is_active=True
        ).order_by("name")


class EnterForm(forms.Form):
    kod = forms.CharField(
        label=_("Workshop code"),
        max_length=20,
        help_text=_("The code shown on the screen, for example ABCDE-FGHJK."),
        widget=forms.TextInput(attrs={"autocapitalize": "characters", "autocomplete": "off"}),
    )

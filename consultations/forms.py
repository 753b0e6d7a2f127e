import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from governments.models import LocalGovernment
from versions.models import StrategyVersion

from .models import NAME_MAX, ORGANISATION_MAX, TEXT_MAX, Comment

WHOLE = ""  # the section choice for the draft as a whole


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class ConsultationForm(forms.Form):
    version = forms.ModelChoiceField(
        label=_("Version put to consultation"),
        queryset=StrategyVersion.objects.none(),
        help_text=_("A frozen version of the strategy, usually the draft for consultation."),
    )
    title = forms.CharField(label=_("Title"), max_length=300)
    starts_on = forms.DateField(label=_("First day"), widget=DateInput)
    ends_on = forms.DateField(
        label=_("Last day"),
        required=False,
        widget=DateInput,
        help_text=_(
            "At least 35 days after the first day (the act on development policy); "
            "left empty: exactly 35 days after it."
        ),
    )
    announcement = forms.CharField(
        label=_("Announcement"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=TEXT_MAX * 4,
    )
    how_to_participate = forms.CharField(
        label=_("How to take part"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=TEXT_MAX,
        help_text=_("For example: the form on this page, by post, in person at the office."),
    )
    report_introduction = forms.CharField(
        label=_("Introduction to the report"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=TEXT_MAX,
        required=False,
    )

    def __init__(self, *args, strategy, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["version"].queryset = (
            StrategyVersion.objects.for_strategy(strategy).defer("snapshot").order_by("-number")
        )
        self.fields["version"].label_from_instance = lambda v: (
            f"{v}{' – ' + v.label if v.label else ''}"
        )


class CommentForm(forms.Form):
    """A comment of the public. Everything is plain text with a maximum length; Django's
    fields refuse NUL characters. ``website`` is the honeypot: hidden from people (and
    from assistive technology), left empty by them, filled in by bots."""

    section = forms.TypedChoiceField(
        label=_("Section of the draft"),
        coerce=int,
        empty_value=None,
        required=False,
    )
    author_name = forms.CharField(label=_("Your name"), max_length=NAME_MAX)
    organisation = forms.CharField(
        label=_("Organisation (optional)"),
        max_length=ORGANISATION_MAX,
        required=False,
        help_text=_("If you comment on behalf of an institution or organisation."),
    )
    email = forms.EmailField(
        label=_("E-mail address (optional)"),
        required=False,
        help_text=_("Never published; only for contact about your comment."),
    )
    text = forms.CharField(
        label=_("Comment"), max_length=TEXT_MAX, widget=forms.Textarea(attrs={"rows": 5})
    )
    proposed_wording = forms.CharField(
        label=_("Proposed wording (optional)"),
        max_length=TEXT_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    justification = forms.CharField(
        label=_("Justification (optional)"),
        max_length=TEXT_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    HONEYPOT = "website"

    def __init__(self, *args, sections: dict, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].choices = [(WHOLE, _("The draft as a whole")), *sections.items()]

    @property
    def is_bot(self) -> bool:
        return bool(self.data.get(self.HONEYPOT))

    def visible_fields(self):
        return [f for f in super().visible_fields() if f.name != self.HONEYPOT]

    def service_data(self) -> dict:
        data = dict(self.cleaned_data)
        data.pop(self.HONEYPOT, None)
        return data


class OpinionForm(CommentForm):
    """An invited body's opinion: the body's name is fixed by its link."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("author_name", "organisation", "email", self.HONEYPOT):
            del self.fields[name]
        self.fields["text"].label = _("Opinion")

    @property
    def is_bot(self) -> bool:
        return False


class HideForm(forms.Form):
    prefix = "hide"

    reason = forms.CharField(
        label=_("Reason for hiding"),
        max_length=TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example: offensive language, advertising, personal data of others."),
    )


class AnswerForm(forms.Form):
    prefix = "answer"

    answer = forms.ChoiceField(
        label=_("Answer"), choices=Comment.Answer.choices, widget=forms.RadioSelect
    )
    reason = forms.CharField(
        label=_("Reason"),
        max_length=TEXT_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Required unless the comment is accepted; published in the report."),
    )


class InvitationForm(forms.Form):
    government = forms.ModelChoiceField(
        label=_("Local government"),
        queryset=LocalGovernment.objects.none(),
        required=False,
        help_text=_("A powiat invites its gminy, a voivodeship its powiats."),
    )
    name = forms.CharField(
        label=_("Or the name of the body"),
        max_length=ORGANISATION_MAX,
        required=False,
    )

    def __init__(self, *args, government: LocalGovernment, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["government"].queryset = LocalGovernment.objects.filter(
            parent=government
        ).order_by("name")


def default_start() -> datetime.date:

    return timezone.localdate() + datetime.timedelta(days=1)

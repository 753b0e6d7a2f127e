"""Forms of the documents pages: requesting a document and the look of documents.

Uploads are checked for what they are, not only for their names: the coat of arms must
open as a PNG or JPEG image, a font must parse as TrueType/OpenType, and the title-page
template must be a DOCX that docxtpl can render.
"""

import re
from pathlib import Path

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from consultations.models import Consultation
from monitoring.models import MonitoringCycle

from .fonts import available_fonts
from .models import DocumentLook, GeneratedDocument
from .uploads import look_upload_check

MAX_IMAGE_BYTES = 1024 * 1024
MAX_FONT_BYTES = 5 * 1024 * 1024
MAX_TEMPLATE_BYTES = 2 * 1024 * 1024
MIN_CONTRAST = 4.5  # WCAG 2.1 AA for body-size text
HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")  # the model's validator says what is wrong otherwise


def _luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two "#RRGGBB" colours (1 to 21)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


class DocumentRequestForm(forms.Form):
    kind = forms.ChoiceField(label=_("Document"), choices=GeneratedDocument.Kind.choices)
    format = forms.ChoiceField(
        label=_("Format"),
        choices=GeneratedDocument.Format.choices,
        widget=forms.RadioSelect,
        initial=GeneratedDocument.Format.PDF,
    )
    cycle = forms.ModelChoiceField(
        label=_("Year of the report"),
        queryset=MonitoringCycle.objects.none(),
        required=False,
        help_text=_("Only for the yearly monitoring report."),
    )
    consultation = forms.ModelChoiceField(
        label=_("Consultation"),
        queryset=Consultation.objects.none(),
        required=False,
        help_text=_("Only for the consultation report."),
    )
    attachment_number = forms.IntegerField(
        label=_("Attachment number"),
        min_value=1,
        max_value=99,
        required=False,
        initial=1,
        help_text=_("Only for attachments of a resolution."),
    )
    resolution_number = forms.CharField(
        label=_("Resolution number"),
        max_length=100,
        required=False,
        help_text=_("Leave empty to print dots, to be filled in after the session."),
    )
    resolution_date = forms.DateField(
        label=_("Resolution date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def __init__(self, *args, strategy, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cycle"].queryset = MonitoringCycle.objects.filter(strategy=strategy).order_by(
            "-year"
        )
        self.fields["cycle"].label_from_instance = lambda cycle: str(cycle.year)
        self.fields["consultation"].queryset = Consultation.objects.filter(
            strategy=strategy
        ).order_by("-starts_on")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind") == GeneratedDocument.Kind.REPORT and not cleaned.get("cycle"):
            self.add_error("cycle", _("Choose the year of the report."))
        kind = cleaned.get("kind")
        if kind == GeneratedDocument.Kind.CONSULTATION and not cleaned.get("consultation"):
            self.add_error("consultation", _("Choose the consultation."))
        return cleaned


class ColourInput(forms.TextInput):
    input_type = "color"


class PrivateFileInput(forms.ClearableFileInput):
    """Names the file already uploaded without linking to it (no MEDIA_URL is served)."""

    template_name = "documents/widgets/private_file_input.html"

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["filename"] = Path(value.name).name if value else ""
        return context


class DocumentLookForm(forms.ModelForm):
    font = forms.ChoiceField(label=_("Font"))

    class Meta:
        model = DocumentLook
        fields = [
            "council_name",
            "place",
            "header_text",
            "coat_of_arms",
            "font",
            "font_regular",
            "font_bold",
            "heading_colour",
            "table_header_colour",
            "title_template",
        ]
        widgets = {
            "heading_colour": ColourInput(),
            "table_header_colour": ColourInput(),
            "coat_of_arms": PrivateFileInput(attrs={"accept": ".png,.jpg,.jpeg"}),
            "font_regular": PrivateFileInput(attrs={"accept": ".ttf,.otf"}),
            "font_bold": PrivateFileInput(attrs={"accept": ".ttf,.otf"}),
            "title_template": PrivateFileInput(attrs={"accept": ".docx"}),
        }
        help_texts = {
            "coat_of_arms": _(
                "PNG or JPEG, at most 1 MB; printed on the title page and in the header."
            ),
            "font_regular": _(
                "A TrueType or OpenType file (.ttf, .otf), at most 5 MB, which your licence "
                "lets you embed in documents. Chosen as the font when uploaded. In DOCX "
                "files the font is named; the computer opening them needs it installed."
            ),
            "font_bold": _("The bold face of the same family (optional)."),
            "title_template": _(
                "A DOCX file with the fields {{ government }}, {{ title }}, {{ subtitle }}, "
                "{{ lines_text }}, {{ place_and_date }} and {{ coat_of_arms }}; start from the "
                "model below. Used for DOCX documents; at most 2 MB."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(name, name) for name in available_fonts()]
        if self.instance.own_font_family:
            choices.append((self.instance.own_font_family, self.instance.own_font_family))
        self.fields["font"].choices = choices

    def _checked(self, name: str, kind: str, limit: int, too_large: str):
        """The upload of field ``name``, checked in a child process with limits
        (documents.uploads); (upload, what the check found) or (unchanged value, None)."""

        upload = self.cleaned_data.get(name)
        if not upload or not hasattr(upload, "content_type"):
            return upload, None  # unchanged or cleared
        if upload.size > limit:
            raise forms.ValidationError(too_large)
        data = upload.read()
        upload.seek(0)
        try:
            found = look_upload_check(kind, data, upload.name)
        except ValidationError as error:
            raise forms.ValidationError(error.messages) from error
        return upload, found

    def clean_coat_of_arms(self):
        upload, _kind = self._checked(
            "coat_of_arms", "image", MAX_IMAGE_BYTES, _("The image is larger than 1 MB.")
        )
        return upload

    def _font(self, name: str):
        upload = self.cleaned_data.get(name)
        is_new = upload and hasattr(upload, "content_type")
        if is_new and Path(upload.name).suffix.lower() not in {".ttf", ".otf"}:
            raise forms.ValidationError(_("Choose a .ttf or .otf font file."))
        return self._checked(name, "font", MAX_FONT_BYTES, _("The font file is larger than 5 MB."))

    def clean_font_regular(self):
        upload, family = self._font("font_regular")
        self._regular_family = family
        return upload

    def clean_font_bold(self):
        upload, family = self._font("font_bold")
        self._bold_family = family
        return upload

    def clean_title_template(self):
        upload = self.cleaned_data.get("title_template")
        if upload and hasattr(upload, "content_type") and not upload.name.lower().endswith(".docx"):
            raise forms.ValidationError(_("Choose a .docx file."))
        upload, _nothing = self._checked(
            "title_template", "template", MAX_TEMPLATE_BYTES, _("The template is larger than 2 MB.")
        )
        return upload

    def clean(self):
        cleaned = super().clean()
        heading = cleaned.get("heading_colour")
        if heading and HEX.match(heading) and contrast(heading, "#FFFFFF") < MIN_CONTRAST:
            self.add_error(
                "heading_colour",
                _(
                    "The headings would be too light to read on white paper; choose a darker "
                    "colour."
                ),
            )
        fill = cleaned.get("table_header_colour")
        if fill and HEX.match(fill) and contrast(fill, "#000000") < MIN_CONTRAST:
            self.add_error(
                "table_header_colour",
                _("Black text would be hard to read on this background; choose a lighter colour."),
            )
        family = getattr(self, "_regular_family", None)
        bold_family = getattr(self, "_bold_family", None)
        if cleaned.get("font_regular") is False and not bold_family:
            cleaned["font_bold"] = False  # the regular face cleared: the bold goes with it
        regular_kept = cleaned.get("font_regular") is not False and bool(
            cleaned.get("font_regular") or self.instance.font_regular
        )
        if cleaned.get("font_bold") and not regular_kept:
            self.add_error("font_bold", _("Upload the regular face of the font first."))
        elif bold_family and bold_family != (family or self.instance.own_font_family):
            self.add_error(
                "font_bold",
                _("The bold face is of another font (%(bold)s) than the regular one.")
                % {"bold": bold_family},
            )
        if family:
            self.instance.own_font_family = family
            cleaned["font"] = family
            self.fields["font"].choices = [*self.fields["font"].choices, (family, family)]
        elif cleaned.get("font_regular") is False:  # cleared
            self.instance.own_font_family = ""
            if cleaned.get("font") not in available_fonts():
                cleaned["font"] = available_fonts()[0]
        return cleaned

from django import forms

from .models import AccessibilityStatement


class AccessibilityStatementForm(forms.ModelForm):
    class Meta:
        model = AccessibilityStatement
        fields = [
            "published_on",
            "updated_on",
            "prepared_on",
            "contact_person",
            "contact_email",
            "contact_phone",
            "inaccessible_content",
            "architectural_accessibility",
        ]
        widgets = {
            "published_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "updated_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "prepared_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "inaccessible_content": forms.Textarea(attrs={"rows": 4}),
            "architectural_accessibility": forms.Textarea(attrs={"rows": 6}),
        }

"""Writes of the portal: the accessibility statement."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from core.services import save_validated

from .models import AccessibilityStatement


def statement_save(*, statement: AccessibilityStatement) -> AccessibilityStatement:
    if statement.updated_on and statement.updated_on < statement.published_on:
        raise ValidationError(
            {"updated_on": _("The update cannot be earlier than the publication.")}
        )
    return save_validated(statement)

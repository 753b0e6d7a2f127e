"""The host's view of the portal's own data: the accessibility statements."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import AccessibilityStatement


@admin.register(AccessibilityStatement)
class AccessibilityStatementAdmin(SimpleHistoryAdmin):
    list_display = ["government", "prepared_on"]
    raw_id_fields = ["government"]

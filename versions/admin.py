from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import StrategyVersion


@admin.register(StrategyVersion)
class StrategyVersionAdmin(SimpleHistoryAdmin):
    """A version is a record: its content cannot be changed here either."""

    list_display = ["strategy", "number", "kind", "label", "created_at", "created_by"]
    list_filter = ["kind", "strategy__government"]
    search_fields = ["label", "note", "resolution_number"]
    raw_id_fields = ["strategy", "created_by"]
    readonly_fields = [
        "strategy",
        "number",
        "kind",
        "resolution_number",
        "resolution_date",
        "snapshot",
        "created_at",
        "created_by",
    ]

    def has_add_permission(self, request) -> bool:
        return False

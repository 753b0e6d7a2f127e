"""The host's view of documents: each government's look and the documents made."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import DocumentLook, GeneratedDocument


@admin.register(DocumentLook)
class DocumentLookAdmin(SimpleHistoryAdmin):
    list_display = ["government", "font", "council_name"]
    raw_id_fields = ["government"]


@admin.register(GeneratedDocument)
class GeneratedDocumentAdmin(admin.ModelAdmin):
    list_display = ["kind", "format", "strategy", "status", "is_published", "created_at"]
    list_filter = ["kind", "format", "status", "is_published"]
    list_select_related = ["strategy"]
    raw_id_fields = ["government", "strategy", "cycle", "consultation", "requested_by"]
    readonly_fields = ["file", "size", "seconds", "progress", "step", "error"]

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Comment, Consultation, Invitation


@admin.register(Consultation)
class ConsultationAdmin(SimpleHistoryAdmin):
    list_display = ["title", "strategy", "starts_on", "ends_on", "report_published_on"]
    list_filter = ["strategy__government"]
    raw_id_fields = ["strategy", "version", "created_by", "report_published_by"]


@admin.register(Comment)
class CommentAdmin(SimpleHistoryAdmin):
    list_display = ["consultation", "number", "author_name", "answer", "hidden_at"]
    list_filter = ["answer", "consultation__strategy__government"]
    raw_id_fields = ["consultation", "invitation", "hidden_by", "answered_by"]
    readonly_fields = ["address_hash"]


@admin.register(Invitation)
class InvitationAdmin(SimpleHistoryAdmin):
    list_display = ["name", "consultation", "created_at", "revoked_at"]
    raw_id_fields = ["consultation", "government", "created_by"]
    readonly_fields = ["token_digest"]

"""The host's view of the monitoring: cycles with their forms and approvals, the approval
paths. Forms are filled in and decided on the pages, where the rules are; here they are
looked at and, in an emergency, corrected."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    ActionReport,
    ActionSpending,
    Approval,
    ApprovalStage,
    FormLink,
    IndicatorReport,
    MonitoringCycle,
    Recommendation,
    RecommendationResponse,
    ReportForm,
)


@admin.register(ApprovalStage)
class ApprovalStageAdmin(SimpleHistoryAdmin):
    list_display = ["name", "government", "position", "needs_document", "recorded_by_role"]
    list_filter = ["recorded_by_role", "government"]
    raw_id_fields = ["government"]


class ApprovalInline(admin.TabularInline):
    model = Approval
    extra = 0
    raw_id_fields = ["recorded_by"]


@admin.register(MonitoringCycle)
class MonitoringCycleAdmin(SimpleHistoryAdmin):
    list_display = ["year", "strategy", "status", "deadline", "published_at"]
    list_filter = ["status", "strategy__government"]
    raw_id_fields = ["strategy"]
    inlines = [ApprovalInline]


@admin.register(ReportForm)
class ReportFormAdmin(SimpleHistoryAdmin):
    list_display = ["institution", "cycle", "status", "version", "submitted_at"]
    list_filter = ["status", "cycle__strategy__government"]
    list_select_related = ["institution", "cycle__strategy"]
    raw_id_fields = ["cycle", "institution"]


class ActionSpendingInline(admin.TabularInline):
    model = ActionSpending
    extra = 0
    raw_id_fields = ["source"]


@admin.register(ActionReport)
class ActionReportAdmin(admin.ModelAdmin):
    list_display = ["action", "form", "status", "people_reached"]
    list_filter = ["status"]
    raw_id_fields = ["form", "action"]
    inlines = [ActionSpendingInline]


@admin.register(IndicatorReport)
class IndicatorReportAdmin(admin.ModelAdmin):
    list_display = ["indicator", "form", "value"]
    raw_id_fields = ["form", "indicator"]


@admin.register(FormLink)
class FormLinkAdmin(admin.ModelAdmin):
    list_display = ["form", "recipient", "expires_at", "revoked_at"]
    raw_id_fields = ["form", "created_by"]
    readonly_fields = ["token_digest"]


@admin.register(Recommendation)
class RecommendationAdmin(SimpleHistoryAdmin):
    list_display = ["text", "cycle"]
    raw_id_fields = ["cycle", "goal", "action"]


@admin.register(RecommendationResponse)
class RecommendationResponseAdmin(admin.ModelAdmin):
    list_display = ["recommendation", "form"]
    raw_id_fields = ["recommendation", "form"]

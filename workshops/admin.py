from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Ballot, BallotScore, ParticipantCode, SwotEntry, Workshop, WorkshopProblem


class WorkshopProblemInline(admin.TabularInline):
    model = WorkshopProblem
    extra = 0
    raw_id_fields = ["problem", "goal", "action"]


@admin.register(Workshop)
class WorkshopAdmin(SimpleHistoryAdmin):
    list_display = ["title", "date", "strategy", "status", "mode"]
    list_filter = ["status", "mode", "strategy__government"]
    search_fields = ["title", "place"]
    raw_id_fields = ["strategy", "area"]
    inlines = [WorkshopProblemInline]


@admin.register(SwotEntry)
class SwotEntryAdmin(admin.ModelAdmin):
    list_display = ["text", "quadrant", "workshop", "hidden", "created_at"]
    list_filter = ["quadrant", "hidden", "workshop__strategy__government"]
    search_fields = ["text"]
    raw_id_fields = ["workshop", "goal", "action"]
    exclude = ["participant"]


@admin.register(ParticipantCode)
class ParticipantCodeAdmin(admin.ModelAdmin):
    """Only the number and the keyed hash are stored: the code itself is on its card."""

    list_display = ["number", "workshop"]
    list_filter = ["workshop"]
    readonly_fields = ["digest"]
    raw_id_fields = ["workshop"]


class BallotScoreInline(admin.TabularInline):
    model = BallotScore
    extra = 0
    raw_id_fields = ["item"]


@admin.register(Ballot)
class BallotAdmin(admin.ModelAdmin):
    list_display = ["workshop", "created_at"]
    list_filter = ["workshop"]
    readonly_fields = ["participant", "address_hash", "code"]
    raw_id_fields = ["workshop"]
    inlines = [BallotScoreInline]

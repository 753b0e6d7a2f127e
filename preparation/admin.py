from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import ScheduleStep


@admin.register(ScheduleStep)
class ScheduleStepAdmin(SimpleHistoryAdmin):
    list_display = ["name", "strategy", "month_from", "month_to", "is_continuous", "executor"]
    list_filter = ["strategy__government"]
    search_fields = ["name", "executor"]
    raw_id_fields = ["strategy"]

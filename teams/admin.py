from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Attendance, Meeting, Team, TeamMember


@admin.register(Team)
class TeamAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "strategy", "order_number", "order_date"]
    list_filter = ["kind", "strategy__government"]
    search_fields = ["name", "order_number"]
    raw_id_fields = ["strategy", "area"]


@admin.register(TeamMember)
class TeamMemberAdmin(SimpleHistoryAdmin):
    list_display = ["name", "team", "function", "institution", "organisation"]
    list_filter = ["function", "team__strategy__government"]
    search_fields = ["name", "organisation"]
    raw_id_fields = ["team", "institution"]


@admin.register(Meeting)
class MeetingAdmin(SimpleHistoryAdmin):
    list_display = ["date", "team", "place"]
    list_filter = ["team__strategy__government"]
    raw_id_fields = ["team"]


@admin.register(Attendance)
class AttendanceAdmin(SimpleHistoryAdmin):
    list_display = ["meeting", "member"]
    raw_id_fields = ["meeting", "member"]

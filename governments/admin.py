from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Institution, LocalGovernment, Membership
from .services import government_set_up


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user", "institution"]


@admin.register(LocalGovernment)
class LocalGovernmentAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "teryt", "parent"]
    list_filter = ["kind"]
    search_fields = ["name", "teryt", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    raw_id_fields = ["unit"]
    inlines = [MembershipInline]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if not change:
            government_set_up(government=obj)


@admin.register(Institution)
class InstitutionAdmin(SimpleHistoryAdmin):
    list_display = ["name", "short_name", "kind", "government", "is_active"]
    list_filter = ["kind", "is_active", "government"]
    search_fields = ["name", "short_name"]
    list_select_related = ["government"]


@admin.register(Membership)
class MembershipAdmin(SimpleHistoryAdmin):
    list_display = ["user", "government", "role", "institution"]
    list_filter = ["role", "government"]
    search_fields = ["user__username", "government__name"]
    list_select_related = ["user", "government", "institution"]
    autocomplete_fields = ["user", "government", "institution"]

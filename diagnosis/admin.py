from django.contrib import admin

from .models import TerritorialUnit


@admin.register(TerritorialUnit)
class TerritorialUnitAdmin(admin.ModelAdmin):
    """Loaded from the BDL by `manage.py bdl_units`; edited here only to correct a mistake."""

    list_display = ["bdl_id", "name", "level", "kind", "teryt", "parent"]
    list_filter = ["level", "kind"]
    search_fields = ["bdl_id", "name", "teryt"]
    list_select_related = ["parent"]
    raw_id_fields = ["parent"]

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    ComparisonGroup,
    DiagnosisIndicator,
    DomainNarrative,
    ImportJob,
    ImportTask,
    LocalFigure,
    Observation,
    OwnObservation,
    Problem,
    StatisticsUpload,
    TerritorialUnit,
    Variable,
)


@admin.register(TerritorialUnit)
class TerritorialUnitAdmin(admin.ModelAdmin):
    """Loaded from the BDL by `manage.py bdl_units`; edited here only to correct a mistake."""

    list_display = ["bdl_id", "name", "level", "kind", "teryt", "parent"]
    list_filter = ["level", "kind"]
    search_fields = ["bdl_id", "name", "teryt"]
    list_select_related = ["parent"]
    raw_id_fields = ["parent"]


@admin.register(Variable)
class VariableAdmin(admin.ModelAdmin):
    list_display = ["bdl_id", "name", "measure_unit"]
    search_fields = ["bdl_id", "name"]


@admin.register(Observation)
class ObservationAdmin(admin.ModelAdmin):
    list_display = ["variable", "unit", "year", "value", "attribute"]
    list_filter = ["year"]
    raw_id_fields = ["variable", "unit"]
    list_select_related = ["variable", "unit"]


class ImportTaskInline(admin.TabularInline):
    model = ImportTask
    extra = 0


@admin.register(ImportJob)
class ImportJobAdmin(admin.ModelAdmin):
    list_display = ["pk", "government", "status", "requested_by", "created_at", "finished_at"]
    list_filter = ["status"]
    raw_id_fields = ["government", "requested_by"]
    inlines = [ImportTaskInline]


@admin.register(DiagnosisIndicator)
class DiagnosisIndicatorAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "domain", "unit", "direction", "government"]
    list_filter = ["domain", "direction"]
    search_fields = ["code", "name", "formula"]
    raw_id_fields = ["government"]


@admin.register(LocalFigure)
class LocalFigureAdmin(admin.ModelAdmin):
    list_display = ["government", "code", "year", "value"]
    list_filter = ["code", "year"]
    raw_id_fields = ["government"]


@admin.register(ComparisonGroup)
class ComparisonGroupAdmin(admin.ModelAdmin):
    list_display = ["government", "is_default", "criteria", "updated_at"]
    raw_id_fields = ["government", "units"]


@admin.register(Problem)
class ProblemAdmin(SimpleHistoryAdmin):
    list_display = ["title", "government", "domain", "status", "serious", "in_data"]
    list_filter = ["domain", "status", "serious"]
    search_fields = ["title"]
    raw_id_fields = ["government", "indicator", "goals"]


@admin.register(DomainNarrative)
class DomainNarrativeAdmin(SimpleHistoryAdmin):
    list_display = ["government", "domain", "updated_at"]
    list_filter = ["domain"]
    raw_id_fields = ["government"]


@admin.register(StatisticsUpload)
class StatisticsUploadAdmin(SimpleHistoryAdmin):
    """A local government's own statistics files: its layer of values (OwnObservation)."""

    list_display = ["file_name", "government", "variable_bdl_id", "value_count", "uploaded_by"]
    list_filter = ["government"]
    search_fields = ["file_name", "file_sha256", "variable_name"]
    raw_id_fields = ["government", "uploaded_by"]
    readonly_fields = ["file_sha256", "file_size", "value_count", "uploaded_at"]


@admin.register(OwnObservation)
class OwnObservationAdmin(admin.ModelAdmin):
    list_display = ["government", "variable_bdl_id", "unit", "year", "value", "upload"]
    list_filter = ["year"]
    raw_id_fields = ["government", "unit", "upload"]
    list_select_related = ["government", "unit", "upload"]

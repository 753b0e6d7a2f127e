from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    Action,
    ActionFunding,
    ActionParticipant,
    ActionPriority,
    FinancingSource,
    Goal,
    Indicator,
    IndicatorMilestone,
    IndicatorValue,
    Level,
    PlannedAmount,
    Strategy,
)


class LevelInline(admin.TabularInline):
    model = Level
    extra = 0


@admin.register(Strategy)
class StrategyAdmin(SimpleHistoryAdmin):
    list_display = ["title", "government", "year_from", "year_to", "status"]
    list_filter = ["status", "government"]
    search_fields = ["title", "resolution_number"]
    list_select_related = ["government"]
    inlines = [LevelInline]


@admin.register(Goal)
class GoalAdmin(SimpleHistoryAdmin):
    list_display = ["title", "strategy", "depth", "parent", "position"]
    list_filter = ["depth", "strategy__government"]
    search_fields = ["title"]
    list_select_related = ["strategy", "parent"]
    raw_id_fields = ["strategy", "parent"]


class ParticipantInline(admin.TabularInline):
    model = ActionParticipant
    extra = 0
    autocomplete_fields = ["institution"]


class FundingInline(admin.TabularInline):
    model = ActionFunding
    extra = 0


class PriorityInline(admin.TabularInline):
    model = ActionPriority
    extra = 0


@admin.register(Action)
class ActionAdmin(SimpleHistoryAdmin):
    list_display = ["title", "strategy", "goal", "is_continuous", "year_from", "year_to"]
    list_filter = ["is_continuous", "strategy__government"]
    search_fields = ["title"]
    list_select_related = ["strategy", "goal"]
    raw_id_fields = ["strategy", "goal"]
    inlines = [ParticipantInline, FundingInline, PriorityInline]


class PlannedAmountInline(admin.TabularInline):
    model = PlannedAmount
    extra = 0


@admin.register(ActionFunding)
class ActionFundingAdmin(SimpleHistoryAdmin):
    list_display = ["action", "source"]
    list_select_related = ["action", "source"]
    raw_id_fields = ["action"]
    inlines = [PlannedAmountInline]


class ValueInline(admin.TabularInline):
    model = IndicatorValue
    extra = 0


class MilestoneInline(admin.TabularInline):
    model = IndicatorMilestone
    extra = 0


@admin.register(Indicator)
class IndicatorAdmin(SimpleHistoryAdmin):
    list_display = ["name", "strategy", "unit", "baseline_value", "target_value", "direction"]
    list_filter = ["direction", "frequency", "strategy__government"]
    search_fields = ["name"]
    list_select_related = ["strategy"]
    raw_id_fields = ["strategy", "goal", "action", "responsible"]
    inlines = [MilestoneInline, ValueInline]


@admin.register(FinancingSource)
class FinancingSourceAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "government", "position"]
    list_filter = ["kind", "government"]
    search_fields = ["name"]

"""The template tags of strategies: they register the labels of strategies/presentation.py
and render the plan's rows (strategies/rendering.py)."""

from django import template

from strategies.presentation import numbered_list, period_label, priority_label
from strategies.rendering import plan_rows_html

register = template.Library()
register.filter("numbered_list", numbered_list)
register.filter("period_label", period_label)
register.simple_tag(priority_label, name="priority_label")


@register.simple_tag(takes_context=True)
def plan_rows(context, area):
    """The rows of one area of the action plan, rendered in Python (strategies/rendering.py)."""

    return plan_rows_html(
        area.items, action_url=context["links"]["action_detail"], year=context["filters"].year
    )

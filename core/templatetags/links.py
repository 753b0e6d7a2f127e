from django import template

from core.links import fill_id

register = template.Library()


@register.filter
def with_id(url_template: str, pk) -> str:
    """``{{ links.goal_edit|with_id:goal.pk }}``, see core/links.py."""
    return fill_id(url_template, pk)

"""Who may record an approval step, for the report's links: Access.may_record, registered."""

from django import template

register = template.Library()


@register.filter
def may_record(access, step) -> bool:
    """``{% if request.access|may_record:step %}``; False where there is no access (the
    public portal shows the same report body)."""
    return bool(access) and access.may_record(step)

"""Numbers on the judgement pages: they register monitoring/presentation.py's."""

from django import template

from monitoring.presentation import figure, judgement_icon, percent

register = template.Library()
register.filter("figure", figure)
register.filter("percent", percent)
register.filter("judgement_icon", judgement_icon)

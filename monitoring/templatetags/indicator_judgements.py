"""Numbers on the judgement pages: they register monitoring/presentation.py's."""

from django import template

from monitoring.presentation import figure, percent

register = template.Library()
register.filter("figure", figure)
register.filter("percent", percent)

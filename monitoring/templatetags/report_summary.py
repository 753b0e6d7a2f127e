"""The yearly report's summary sentence on its pages: it registers monitoring/presentation.py's,
which the report document writes too."""

from django import template

from monitoring.presentation import report_summary

register = template.Library()
register.filter("report_summary", report_summary)

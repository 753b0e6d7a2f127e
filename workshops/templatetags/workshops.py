from django import template

from workshops import presentation

register = template.Library()
register.filter("tally_label", presentation.tally_label)
register.filter("over_label", presentation.over_label)

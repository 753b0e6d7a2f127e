"""What the workshop pages and the projector say about the ballots (template filters in
workshops/templatetags/workshops.py register these)."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .models import Workshop
from .selectors import BallotTally
from .services import STATUS_TRANSITIONS


def tally_label(tally: BallotTally) -> str:
    """The ballots against their cap: the codes, else the expected participants."""
    if tally.codes is not None:
        return ngettext(
            "ballots: %(n)s of %(codes)s one-time code",
            "ballots: %(n)s of %(codes)s one-time codes",
            tally.codes,
        ) % {"n": tally.ballots, "codes": tally.codes}
    if tally.expected:
        return ngettext(
            "ballots: %(n)s of %(expected)s expected participant",
            "ballots: %(n)s of %(expected)s expected participants",
            tally.expected,
        ) % {"n": tally.ballots, "expected": tally.expected}
    return ngettext("%(n)s vote", "%(n)s votes", tally.ballots) % {"n": tally.ballots}


def over_label(tally: BallotTally) -> str:
    """Said when more ballots arrived than participants are expected; else nothing."""
    if not tally.over:
        return ""
    return _("More ballots than expected participants: %(over)s too many.") % {"over": tally.over}


def status_buttons(workshop: Workshop) -> list[tuple[str, str]]:
    """(status, button label) of each change the workshop's status may make now."""
    buttons = []
    for status in sorted(STATUS_TRANSITIONS[workshop.status]):
        if status == Workshop.Status.OPEN:
            label = _("Open the workshop again") if workshop.is_closed else _("Open the workshop")
        else:
            label = _("Close the workshop")
        buttons.append((status, label))
    return buttons

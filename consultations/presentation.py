"""Words of a consultation as people read them, on its pages and in its report document
alike."""

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .models import Consultation


def consultation_period(consultation: Consultation) -> str:
    """When comments were accepted: "from 1 March 2025 to 4 April 2025" (in Polish)."""
    return _("from %(start)s to %(end)s") % {
        "start": date_format(consultation.starts_on, "j E Y"),
        "end": date_format(consultation.ends_on, "j E Y"),
    }


def report_facts(consultation: Consultation, report) -> list[tuple[str, str]]:
    """The facts the consultation report opens with (``report``: the selectors'
    consultation_report), as (label, value): the frozen version that was consulted, when,
    how many comments and opinions came and how many were hidden. The report page, the
    portal and the report document show these rows."""
    version = consultation.version
    return [
        (_("Consulted document"), f"{version.title} ({version})"),
        (_("Comments accepted"), consultation_period(consultation)),
        (_("Comments and opinions received"), str(report.total)),
        (_("Hidden for abuse"), str(report.hidden)),
    ]

"""Numbers of the monitoring as people read them, on pages and in documents alike (the
template tags of monitoring/templatetags only register these), and the sentences of the
yearly report that state them."""

from collections import Counter
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.numbers import decimal_text

from .classification import Status
from .report import forms_summary

MAX_DECIMALS = 4  # the database keeps four decimal places


def figure(number: Decimal | None) -> str:
    """12.5000 → "12,5"; 1500 → "1 500"; None → "—"."""
    if number is None:
        return "—"
    number = Decimal(number).quantize(Decimal(1).scaleb(-MAX_DECIMALS)).normalize()
    exponent = number.as_tuple().exponent
    places = max(0, -exponent) if isinstance(exponent, int) else 0
    return number_format(number, places, force_grouping=True)


def percent(share: Decimal | None) -> str:
    """A share of the way (0.6) as a whole percentage ("60%")."""
    if share is None:
        return "—"
    return f"{number_format(round(Decimal(share) * 100), 0, force_grouping=True)}%"


# The symbol beside a judgement's word (the colour and the symbol are extras: the word is
# always there).
JUDGEMENT_ICONS = {
    Status.ACHIEVED: "✓",
    Status.ON_TRACK: "→",
    Status.AT_RISK: "!",
    Status.OFF_TRACK: "✗",
}


def judgement_icon(status) -> str:
    return JUDGEMENT_ICONS.get(status, "?")


def report_summary(report) -> str:
    """The yearly report's summary sentence (a ``monitoring.report.Report``): how many of
    the reported actions are done, and how many are in each other state. The report page
    and the report document both show this one sentence."""
    return _(
        "Actions done: %(done)s of %(total)s (in progress: %(progress)s, not "
        "started: %(not_started)s, abandoned: %(abandoned)s, no report: %(none)s)."
    ) % {**_action_counts(report.action_counts), "total": report.action_total}


def report_summary_lines(report) -> list[str]:
    """The summary of the yearly report, one line each: the actions (report_summary), the
    forms by status, the indicators by judgement and the money spent against the plan, all
    as the accepted forms report them; then, apart, what the forms not accepted yet say.
    The report page, the portal and the report document all show these lines."""
    judgements = ", ".join(f"{status.label} – {n}" for status, n in report.judgements.counts)
    pending = []
    if report.pending.forms:
        pending.append(
            ngettext(
                "Not accepted yet: %(forms)s form, amounts %(spent)s PLN (not counted above).",
                "Not accepted yet: %(forms)s forms, amounts %(spent)s PLN (not counted above).",
                report.pending.forms,
            )
            % {"forms": report.pending.forms, "spent": decimal_text(report.pending.spent, 2)}
        )
    return [
        report_summary(report),
        _("Forms: %(forms)s.")
        % {"forms": ", ".join(f"{label} – {n}" for label, n in forms_summary(report).items())},
        _("Indicators: %(counts)s (total %(total)s).")
        % {"counts": judgements or "–", "total": report.judgements.indicator_count},
        _("Money spent: %(spent)s PLN (planned for the year: %(planned)s PLN).")
        % {
            "spent": decimal_text(report.spent_total, 2),
            "planned": decimal_text(report.planned_total, 2),
        },
        *pending,
    ]


def area_summary(area) -> str:
    """The same counts for one area of the report (a ``monitoring.report.AreaReport``),
    in the report document above the area's table."""
    return _(
        "Actions reported: %(total)s – done: %(done)s, in progress: %(progress)s, "
        "not started: %(not_started)s, abandoned: %(abandoned)s, no report: %(none)s."
    ) % {**_action_counts(area.counts), "total": len(area.actions)}


def _action_counts(counts: Counter) -> dict[str, int]:
    """The actions by their reported status ("none": no report yet)."""
    return {
        "done": counts.get("done", 0),
        "progress": counts.get("in_progress", 0),
        "not_started": counts.get("not_started", 0),
        "abandoned": counts.get("abandoned", 0),
        "none": counts.get("none", 0),
    }

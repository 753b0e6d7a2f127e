"""Numbers of the monitoring as people read them, on pages and in documents alike (the
template tags of monitoring/templatetags only register these)."""

from decimal import Decimal

from django.utils.formats import number_format

from .classification import Status

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

import math
from decimal import Decimal

from django.utils.formats import number_format


def trimmed(value: Decimal) -> Decimal:
    """1400000.00 → 1400000 and 8.5000 → 8.5, never in scientific notation."""
    return value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize()


def decimal_text(value: float | Decimal | None, decimals: int = 1) -> str:
    """A number the Polish way with a fixed number of decimals ("1 234,5"); "–" for none."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return number_format(round(value, decimals), decimals, force_grouping=True)


def int_or_none(value) -> int | None:
    """A whole number >= 0 from a query parameter (ASCII digits only: "²" or "١" pass
    ``isdigit()`` and crash or surprise ``int()``); anything else is None, "not given"."""
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    return None

from decimal import Decimal


def trimmed(value: Decimal) -> Decimal:
    """1400000.00 → 1400000 and 8.5000 → 8.5, never in scientific notation."""
    return value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize()

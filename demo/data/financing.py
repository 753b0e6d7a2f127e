"""The financing sources the demo's actions name: the names that
strategies.services.DEFAULT_FINANCING_SOURCES creates for every local government; and
``yearly`` to plan an amount over a range of years."""

GMINA_BUDGET = "budżet gminy"
POWIAT_BUDGET = "budżet powiatu"
STATE_BUDGET = "budżet państwa"
PFRON = "PFRON"
EU_FUNDS = "fundusze Unii Europejskiej"
NGO_FUNDS = "środki organizacji pozarządowych"
OTHER_FUNDS = "inne źródła"


def yearly(first: int, last: int, amount: int, *, rise: int = 0) -> dict[int, int]:
    """The same planned amount (growing by ``rise`` a year) for every year first..last."""
    return {year: amount + rise * (year - first) for year in range(first, last + 1)}

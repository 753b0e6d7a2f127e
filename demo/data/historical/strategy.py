"""The historical strategy of Miasto Przykładowo (2005–2015): the seed action plan
(shared/seeds/action-plan-six-areas.txt) entered as it stands, its six areas one module
each."""

import datetime

from . import (
    disability,
    family_crisis,
    marginalisation,
    ngo_cooperation,
    social_awareness,
    unemployment,
)

HISTORICAL_STRATEGY = {
    "title": "Gminna strategia integracji i polityki społecznej miasta Przykładowo do 2015 roku",
    "year_from": 2005,
    "year_to": 2015,
    "levels": ["Obszar", "Cel operacyjny"],
    "mission": "",
    "vision": "",
    # Adopted by the council, then expired at the end of its period.
    "statuses": [
        {
            "status": "adopted",
            "resolution_number": "XX/113/2005",
            "resolution_date": datetime.date(2005, 6, 30),
        },
        {"status": "expired"},
    ],
    # Every action runs 2005–2015 ("Powyższe działania … zostaną zrealizowane w latach
    # 2005-2015"). "financing" and "responsible" keep the seed's own wording; "sources",
    # "implementers" and "partners" are its mapping onto the register.
    "action_years": (2005, 2015),
    "areas": [
        family_crisis.AREA,
        marginalisation.AREA,
        unemployment.AREA,
        ngo_cooperation.AREA,
        social_awareness.AREA,
        disability.AREA,
    ],
}

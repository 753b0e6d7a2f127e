"""The current strategy of Miasto Przykładowo (2021–2030): its title, mission, vision,
the statuses it went through and its six areas (one module each, with their goals,
actions, indicators and planned amounts)."""

import datetime

from . import (
    disability,
    family_crisis,
    marginalisation,
    ngo_cooperation,
    social_awareness,
    unemployment,
)

CURRENT_STRATEGY = {
    "title": "Strategia Rozwiązywania Problemów Społecznych Miasta Przykładowo na lata 2021–2030",
    "year_from": 2021,
    "year_to": 2030,
    "levels": ["Obszar", "Cel strategiczny", "Cel operacyjny", "Działanie"],
    "mission": (
        "Miasto Przykładowo wspólnie z instytucjami i organizacjami pozarządowymi tworzy "
        "warunki, w których każdy mieszkaniec – także w kryzysie, bez pracy, z "
        "niepełnosprawnością lub zagrożony wykluczeniem – otrzymuje na czas rzetelną "
        "informację i skuteczne wsparcie, a rodziny odzyskują zdolność samodzielnego "
        "rozwiązywania swoich problemów."
    ),
    "vision": (
        "W 2030 roku Przykładowo jest miastem solidarnym i bezpiecznym: rodziny są "
        "silne, mieszkańcy aktywni zawodowo i społecznie, osoby z niepełnosprawnościami w "
        "pełni uczestniczą w życiu miasta, a samorząd i organizacje pozarządowe działają "
        "jako równorzędni partnerzy."
    ),
    # Adopted after its public consultation (demo/consultations.py, March–April 2021),
    # which puts it in consultation and back to a draft.
    "statuses": [
        {
            "status": "adopted",
            "resolution_number": "XXXV/245/2021",
            "resolution_date": datetime.date(2021, 5, 27),
        },
    ],
    "areas": [
        family_crisis.AREA,
        marginalisation.AREA,
        unemployment.AREA,
        ngo_cooperation.AREA,
        social_awareness.AREA,
        disability.AREA,
    ],
}

"""Gmina Sąsiednia's small strategy (2022–2030), still a draft."""

from .financing import EU_FUNDS, GMINA_BUDGET, STATE_BUDGET
from .priorities import VERY_IMPORTANT

NEIGHBOUR_STRATEGY = {
    "title": "Strategia Rozwiązywania Problemów Społecznych Gminy Sąsiednia na lata 2022–2030",
    "year_from": 2022,
    "year_to": 2030,
    "levels": ["Obszar", "Cel operacyjny"],
    "mission": "Gmina Sąsiednia wspiera seniorów i rodziny tak, aby mogli żyć bezpiecznie "
    "i samodzielnie w swoich wsiach.",
    "vision": "",
    "statuses": [],  # still a draft
    "areas": [
        {
            "title": "Seniorzy",
            "actions": [
                {
                    "title": "Rozwój usług opiekuńczych w miejscu zamieszkania",
                    "implementers": ["GOPS"],
                    "partners": ["KGW"],
                    "sources": [GMINA_BUDGET, STATE_BUDGET],
                    "continuous": True,
                    "priorities": [(VERY_IMPORTANT, 2022, 2030)],
                },
                {
                    "title": "Utworzenie klubu seniora w świetlicy wiejskiej",
                    "implementers": ["UG"],
                    "partners": ["GOPS", "KGW"],
                    "sources": [GMINA_BUDGET, EU_FUNDS],
                    "years": (2023, 2024),
                },
            ],
        },
        {
            "title": "Uzależnienia",
            "actions": [
                {
                    "title": "Realizacja gminnego programu profilaktyki i rozwiązywania "
                    "problemów alkoholowych",
                    "implementers": ["GKRPA"],
                    "partners": ["GOPS", "SP"],
                    "sources": [GMINA_BUDGET],
                    "continuous": True,
                    "indicators": [
                        {
                            "name": "Liczba uczniów objętych programami profilaktycznymi",
                            "unit": "osoby",
                            "baseline": (120, 2021),
                            "target": (150, 2030),
                            "direction": "up",
                            "data_source": "sprawozdanie GKRPA",
                            "responsible": "GKRPA",
                            "values": {2022: 118, 2023: 131, 2024: 140},
                        },
                    ],
                },
            ],
        },
    ],
}

"""Area 6 of the current strategy (2021–2030): people with disabilities."""

from ..financing import GMINA_BUDGET, PFRON, POWIAT_BUDGET, yearly
from ..priorities import IMPORTANT, LOW, VERY_IMPORTANT

AREA = {
    "title": "Osoby z niepełnosprawnościami",
    "description": "Rehabilitacja społeczna i zawodowa osób z niepełnosprawnościami "
    "oraz przestrzeganie ich praw.",
    "strategic_goal": "Wspieranie rehabilitacji społecznej i zawodowej osób z "
    "niepełnosprawnościami oraz przestrzeganie ich praw",
    "operational_goals": [
        {
            "title": "Rehabilitacja społeczna i dostępność przestrzeni publicznej",
            "indicators": [
                {
                    "name": "Liczba osób z niepełnosprawnościami, które otrzymały "
                    "dofinansowanie ze środków PFRON",
                    "unit": "osoby",
                    "baseline": (310, 2020),
                    "target": (380, 2030),
                    "direction": "up",
                    "data_source": "sprawozdanie PCPR z realizacji zadań PFRON",
                    "responsible": "PCPR",
                    "milestones": {2025: 345},
                    "values": {2021: 296, 2022: 322, 2023: 334, 2024: 341, 2025: 352},
                },
                {
                    "name": "Liczba budynków użyteczności publicznej dostosowanych do "
                    "potrzeb osób z niepełnosprawnościami",
                    "unit": "budynki",
                    "baseline": (12, 2020),
                    "target": (20, 2030),
                    "direction": "up",
                    "data_source": "przegląd dostępności budynków miasta",
                    "responsible": "GMINA",
                    "values": {2021: 12, 2022: 13, 2023: 15, 2024: 16, 2025: 17},
                },
            ],
            "actions": [
                {
                    "title": "Dofinansowanie zaopatrzenia osób z niepełnosprawnościami w "
                    "sprzęt rehabilitacyjny, przedmioty ortopedyczne i środki "
                    "pomocnicze",
                    "implementers": ["PCPR", "MOPS"],
                    "partners": [],
                    "sources": [PFRON],
                    "continuous": True,
                    "priorities": [(IMPORTANT, 2021, 2030)],
                    "amounts": {PFRON: yearly(2021, 2030, 220_000, rise=10_000)},
                },
                {
                    "title": "Dofinansowanie uczestnictwa osób z niepełnosprawnościami i "
                    "ich opiekunów w turnusach rehabilitacyjnych oraz sportu, kultury, "
                    "rekreacji i turystyki",
                    "implementers": ["PCPR"],
                    "partners": ["SPRAWNI"],
                    "sources": [PFRON],
                    "continuous": True,
                    "priorities": [(IMPORTANT, 2021, 2030)],
                    "amounts": {PFRON: yearly(2021, 2030, 150_000)},
                    "indicators": [
                        {
                            "name": "Liczba osób dofinansowanych do turnusów rehabilitacyjnych",
                            "unit": "osoby",
                            "baseline": (95, 2020),
                            "target": (110, 2030),
                            "direction": "up",
                            "data_source": "sprawozdanie PCPR",
                            "responsible": "PCPR",
                            "values": {2021: 61, 2022: 98, 2023: 102, 2024: 104, 2025: 107},
                        },
                    ],
                },
                {
                    "title": "Likwidacja barier architektonicznych, urbanistycznych, "
                    "technicznych, transportowych i w komunikowaniu się",
                    "implementers": ["PCPR"],
                    "partners": ["GMINA", "SPRAWNI"],
                    "sources": [PFRON],
                    "continuous": True,
                    "priorities": [
                        (IMPORTANT, 2021, 2024),
                        (VERY_IMPORTANT, 2025, 2030),
                    ],
                    "indicators": [
                        {
                            "name": "Liczba osób, którym dofinansowano likwidację barier",
                            "unit": "osoby",
                            "baseline": (25, 2020),
                            "target": (40, 2030),
                            "direction": "up",
                            "data_source": "sprawozdanie PCPR",
                            "responsible": "PCPR",
                            "values": {2021: 22, 2022: 27, 2023: 30, 2024: 33, 2025: 35},
                        },
                    ],
                },
                {
                    "title": "Upowszechnianie w lokalnych mediach i w internecie "
                    "informacji o możliwościach dofinansowania dla osób z "
                    "niepełnosprawnościami",
                    "implementers": ["PCPR"],
                    "partners": ["MOPS", "MEDIA"],
                    "sources": [POWIAT_BUDGET, GMINA_BUDGET],
                    "continuous": True,
                },
            ],
        },
        {
            "title": "Rehabilitacja zawodowa i zatrudnienie osób z niepełnosprawnościami",
            "indicators": [
                {
                    "name": "Liczba bezrobotnych osób z niepełnosprawnościami",
                    "unit": "osoby",
                    "baseline": (96, 2020),
                    "target": (70, 2030),
                    "direction": "down",
                    "data_source": "PUP – sprawozdanie MRPiPS-01",
                    "responsible": "PUP",
                    "milestones": {2025: 82},
                    "values": {2021: 94, 2022: 90, 2023: 86, 2024: 83, 2025: 80},
                },
            ],
            "actions": [
                {
                    "title": "Finansowanie kosztów działania warsztatu terapii zajęciowej",
                    "implementers": ["PCPR"],
                    "partners": ["SPRAWNI"],
                    "sources": [PFRON, POWIAT_BUDGET],
                    "continuous": True,
                    "priorities": [(VERY_IMPORTANT, 2021, 2030)],
                    "amounts": {
                        PFRON: yearly(2021, 2030, 648_000, rise=24_000),
                        POWIAT_BUDGET: yearly(2021, 2030, 72_000, rise=2_700),
                    },
                    "indicators": [
                        {
                            "name": "Liczba uczestników warsztatu terapii zajęciowej",
                            "unit": "osoby",
                            "baseline": (30, 2020),
                            "target": (35, 2030),
                            "direction": "up",
                            "data_source": "sprawozdanie WTZ",
                            "responsible": "PCPR",
                            "values": {2021: 30, 2022: 30, 2023: 32, 2024: 32, 2025: 33},
                        },
                    ],
                },
                {
                    "title": "Finansowanie szkoleń osób z niepełnosprawnościami w "
                    "zakresie doskonalenia lub przekwalifikowania zawodowego",
                    "implementers": ["PUP"],
                    "partners": [],
                    "sources": [PFRON],
                    "years": (2021, 2030),
                    "priorities": [(IMPORTANT, 2021, 2030)],
                    "amounts": {PFRON: yearly(2021, 2030, 40_000)},
                    "indicators": [
                        {
                            "name": "Liczba osób z niepełnosprawnościami przeszkolonych przez PUP",
                            "unit": "osoby",
                            "baseline": (8, 2020),
                            "target": (15, 2030),
                            "direction": "up",
                            "data_source": "PUP – rejestr szkoleń",
                            "responsible": "PUP",
                            "values": {2021: 6, 2022: 9, 2023: 11, 2024: 10, 2025: 12},
                        },
                    ],
                },
                {
                    "title": "Utworzenie zakładu aktywności zawodowej",
                    "implementers": ["PUP"],
                    "partners": ["SPRAWNI", "GMINA"],
                    "sources": [PFRON],
                    "years": (2024, 2026),
                    "priorities": [
                        (LOW, 2024, 2024),
                        (IMPORTANT, 2025, 2025),
                        (VERY_IMPORTANT, 2026, 2026),
                    ],
                    "amounts": {PFRON: {2025: 900_000, 2026: 1_400_000}},
                },
            ],
        },
    ],
}

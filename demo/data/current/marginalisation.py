"""Area 2 of the current strategy (2021–2030): marginalisation and social exclusion."""

from ..financing import GMINA_BUDGET, NGO_FUNDS, OTHER_FUNDS, POWIAT_BUDGET, yearly
from ..priorities import IMPORTANT, LOW, VERY_IMPORTANT

AREA = {
    "title": "Marginalizacja i wykluczenie społeczne",
    "description": "Osoby bezdomne i zagrożone eksmisją, uzależnione, opuszczające "
    "zakłady karne i inne grupy zagrożone wykluczeniem.",
    "strategic_goal": "Ograniczenie wykluczenia społecznego osób bezdomnych, zagrożonych "
    "eksmisją i uzależnionych",
    "operational_goals": [
        {
            "title": "Przeciwdziałanie bezdomności i wykluczeniu mieszkaniowemu",
            "indicators": [
                {
                    "name": "Liczba osób bezdomnych z terenu miasta",
                    "unit": "osoby",
                    "baseline": (34, 2020),
                    "target": (20, 2030),
                    "direction": "down",
                    "data_source": "ogólnopolskie badanie liczby osób bezdomnych, dane MOPS",
                    "responsible": "MOPS",
                    "milestones": {2024: 28},
                    "values": {2021: 33, 2022: 35, 2023: 31, 2024: 29, 2025: 27},
                },
            ],
            "actions": [
                {
                    "title": "Praca socjalna z osobami i rodzinami zagrożonymi "
                    "eksmisją, w tym pomoc w spłacie zadłużenia czynszowego",
                    "implementers": ["MOPS"],
                    "partners": ["GMINA"],
                    "sources": [GMINA_BUDGET],
                    "continuous": True,
                    "priorities": [(IMPORTANT, 2021, 2030)],
                    "indicators": [
                        {
                            "name": "Liczba rodzin zagrożonych eksmisją objętych pracą socjalną",
                            "unit": "rodziny",
                            "baseline": (18, 2020),
                            "target": (25, 2030),
                            "direction": "up",
                            "data_source": "dokumentacja pracy socjalnej MOPS",
                            "responsible": "MOPS",
                            "values": {2021: 17, 2022: 20, 2023: 22, 2024: 21, 2025: 23},
                        },
                    ],
                },
                {
                    "title": "Zwiększenie zasobu mieszkań socjalnych i utworzenie "
                    "mieszkań wspomaganych",
                    "implementers": ["GMINA"],
                    "partners": ["MOPS"],
                    "sources": [GMINA_BUDGET, OTHER_FUNDS],
                    "years": (2023, 2027),
                    "priorities": [(LOW, 2023, 2024), (IMPORTANT, 2025, 2027)],
                    "amounts": {
                        GMINA_BUDGET: {
                            2023: 150_000,
                            2024: 300_000,
                            2025: 450_000,
                            2026: 450_000,
                            2027: 200_000,
                        },
                        OTHER_FUNDS: {2024: 400_000, 2025: 600_000, 2026: 300_000},
                    },
                    "indicators": [
                        {
                            "name": "Liczba mieszkań socjalnych i wspomaganych w zasobie miasta",
                            "unit": "lokale",
                            "baseline": (46, 2020),
                            "target": (60, 2027),
                            "direction": "up",
                            "data_source": "ewidencja zasobu mieszkaniowego gminy",
                            "responsible": "GMINA",
                            "milestones": {2025: 52},
                            "values": {2021: 46, 2022: 47, 2023: 47, 2024: 50, 2025: 53},
                        },
                    ],
                },
                {
                    "title": "Opracowanie i realizacja lokalnego programu wychodzenia "
                    "z bezdomności",
                    "implementers": ["MOPS"],
                    "partners": ["NGO", "PCK"],
                    "sources": [GMINA_BUDGET, NGO_FUNDS, OTHER_FUNDS],
                    "years": (2021, 2030),
                    "priorities": [(IMPORTANT, 2021, 2030)],
                    "indicators": [
                        {
                            "name": "Liczba osób bezdomnych realizujących indywidualny "
                            "program wychodzenia z bezdomności",
                            "unit": "osoby",
                            "baseline": (3, 2020),
                            "target": (8, 2030),
                            "direction": "up",
                            "data_source": "dokumentacja MOPS",
                            "responsible": "MOPS",
                            "values": {2021: 3, 2022: 4, 2023: 6, 2024: 5, 2025: 7},
                        },
                    ],
                },
            ],
        },
        {
            "title": "Profilaktyka uzależnień i ograniczanie skutków zjawisk patologicznych",
            "indicators": [
                {
                    "name": "Liczba rodzin korzystających z pomocy społecznej z powodu "
                    "alkoholizmu lub narkomanii",
                    "unit": "rodziny",
                    "baseline": (48, 2020),
                    "target": (35, 2030),
                    "direction": "down",
                    "data_source": "sprawozdanie MRiPS-03",
                    "responsible": "MOPS",
                    "values": {2021: 47, 2022: 45, 2023: 46, 2024: 42, 2025: 40},
                },
            ],
            "actions": [
                {
                    "title": "Opracowanie i realizacja miejskiego programu profilaktyki "
                    "i rozwiązywania problemów alkoholowych oraz przeciwdziałania "
                    "narkomanii",
                    "implementers": ["WSS", "MKRPA"],
                    "partners": ["SPZOZ", "KPP", "NGO", "INNE"],
                    "sources": [GMINA_BUDGET, POWIAT_BUDGET, NGO_FUNDS],
                    "continuous": True,
                    "priorities": [(VERY_IMPORTANT, 2021, 2030)],
                    "amounts": {GMINA_BUDGET: yearly(2021, 2030, 350_000, rise=10_000)},
                    "indicators": [
                        {
                            "name": "Liczba uczniów objętych rekomendowanymi programami "
                            "profilaktycznymi",
                            "unit": "osoby",
                            "baseline": (650, 2020),
                            "target": (900, 2030),
                            "direction": "up",
                            "data_source": "sprawozdanie z realizacji miejskiego "
                            "programu profilaktyki",
                            "responsible": "MKRPA",
                            "milestones": {2025: 780},
                            "values": {
                                2021: 410,
                                2022: 690,
                                2023: 720,
                                2024: 760,
                                2025: 805,
                            },
                        },
                    ],
                },
                {
                    "title": "Współpraca MOPS z sądem, kuratorami sądowymi, Policją i "
                    "organizacjami pozarządowymi w celu zmniejszenia negatywnych "
                    "skutków marginalizacji",
                    "implementers": ["MOPS"],
                    "partners": ["SAD", "KPP", "NGO"],
                    "sources": [],
                    "continuous": True,
                    "indicators": [
                        {
                            "name": "Liczba osób opuszczających zakłady karne objętych wsparciem",
                            "unit": "osoby",
                            "baseline": (5, 2020),
                            "target": (10, 2030),
                            "direction": "up",
                            "data_source": "dokumentacja MOPS, informacje kuratorów",
                            "responsible": "SAD",
                            "values": {2021: 4, 2022: 6, 2023: 7, 2024: 6, 2025: 8},
                        },
                    ],
                },
            ],
        },
        {
            "title": "Aktywizacja i samopomoc osób zagrożonych marginalizacją",
            "indicators": [
                {
                    "name": "Liczba projektów socjalnych",
                    "unit": "projekty",
                    "baseline": (1, 2020),
                    "target": (3, 2030),
                    "direction": "up",
                    "target_description": "3 projekty rocznie",
                    "data_source": "sprawozdanie MOPS",
                    "responsible": "MOPS",
                    "milestones": {2022: 2, 2024: 3},
                    "values": {2021: 1, 2022: 2, 2023: 2, 2024: 3, 2025: 3},
                },
            ],
            "actions": [
                {
                    "title": "Inicjowanie i wspieranie grup samopomocowych (m.in. AA, "
                    "Al-Anon, grupy wsparcia dla rodziców)",
                    "implementers": ["MOPS", "PCPR"],
                    "partners": ["INNE", "NGO"],
                    "sources": [],
                    "continuous": True,
                    "priorities": [(LOW, 2021, 2030)],
                    "indicators": [
                        {
                            "name": "Liczba działających grup samopomocowych",
                            "unit": "grupy",
                            "baseline": (2, 2020),
                            "target": (5, 2030),
                            "direction": "up",
                            "data_source": "informacje MOPS i organizacji",
                            "responsible": "MOPS",
                            "values": {2021: 2, 2022: 3, 2023: 3, 2024: 4, 2025: 4},
                        },
                    ],
                },
                {
                    "title": "Aktywizacja osób zagrożonych marginalizacją przez projekty "
                    "socjalne, klub integracji społecznej i wolontariat",
                    "implementers": ["NGO"],
                    "partners": ["MOPS", "INNE"],
                    "sources": [],
                    "continuous": True,
                    "priorities": [
                        (IMPORTANT, 2021, 2023),
                        (VERY_IMPORTANT, 2024, 2030),
                    ],
                },
            ],
        },
    ],
}

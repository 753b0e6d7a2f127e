"""Area 3 of the current strategy (2021–2030): unemployment and return to work."""

from ..financing import EU_FUNDS, GMINA_BUDGET, NGO_FUNDS, POWIAT_BUDGET, STATE_BUDGET, yearly
from ..priorities import IMPORTANT, LOW, VERY_IMPORTANT

AREA = {
    "title": "Bezrobocie i aktywizacja zawodowa",
    "description": "Bezrobocie długotrwałe, niskie kwalifikacje i bierność zawodowa "
    "klientów pomocy społecznej.",
    "strategic_goal": "Zwiększenie aktywności zawodowej mieszkańców i ograniczenie "
    "bezrobocia długotrwałego",
    "operational_goals": [
        {
            "title": "Współpraca instytucji rynku pracy, pomocy społecznej i pracodawców",
            "indicators": [
                {
                    "name": "Liczba osób długotrwale bezrobotnych",
                    "unit": "osoby",
                    "baseline": (412, 2020),
                    "target": (250, 2030),
                    "direction": "down",
                    "target_description": "spadek o co najmniej 40% wobec 2020 roku",
                    "data_source": "PUP – sprawozdanie MRPiPS-01",
                    "responsible": "PUP",
                    "milestones": {2023: 350, 2026: 300},
                    "values": {2021: 398, 2022: 356, 2023: 331, 2024: 318, 2025: 301},
                },
            ],
            "actions": [
                {
                    "title": "Rozwój współpracy MOPS, Powiatowego Urzędu Pracy, "
                    "pracodawców i organizacji pozarządowych na rzecz aktywizacji osób "
                    "długotrwale bezrobotnych",
                    "implementers": ["MOPS", "PUP"],
                    "partners": ["PRACODAWCY", "NGO"],
                    "sources": [],
                    "continuous": True,
                    "priorities": [(VERY_IMPORTANT, 2021, 2030)],
                    "indicators": [
                        {
                            "name": "Liczba klientów MOPS skierowanych do PUP i objętych "
                            "wspólnym planem działania",
                            "unit": "osoby",
                            "baseline": (35, 2020),
                            "target": (60, 2030),
                            "direction": "up",
                            "data_source": "dokumentacja MOPS i PUP",
                            "responsible": "PUP",
                            "values": {2021: 38, 2022: 44, 2023: 47, 2024: 51, 2025: 55},
                        },
                    ],
                },
                {
                    "title": "Prowadzenie bazy informacji o formach wsparcia dla "
                    "przedsiębiorców tworzących nowe miejsca pracy",
                    "implementers": ["GMINA", "POWIAT"],
                    "partners": ["ADM_RZADOWA", "PUP", "ORG_PRACODAWCOW"],
                    "sources": [],
                    "years": (2021, 2022),
                    "priorities": [(LOW, 2021, 2022)],
                },
                {
                    "title": "Inicjowanie dostosowania kształcenia zawodowego do "
                    "potrzeb lokalnego rynku pracy",
                    "implementers": ["PUP"],
                    "partners": ["GMINA", "NGO", "ZSZ"],
                    "sources": [],
                    "years": (2022, 2030),
                    "priorities": [(IMPORTANT, 2022, 2030)],
                },
            ],
        },
        {
            "title": "Aktywizacja społeczno-zawodowa osób długotrwale bezrobotnych i "
            "o niskich kwalifikacjach",
            "indicators": [
                {
                    "name": "Liczba osób, które podjęły zatrudnienie po udziale w "
                    "programach aktywizacji",
                    "unit": "osoby",
                    "baseline": (38, 2020),
                    "target": (60, 2030),
                    "direction": "up",
                    "data_source": "PUP – monitoring efektywności",
                    "responsible": "PUP",
                    "milestones": {2025: 50},
                    "values": {2021: 36, 2022: 42, 2023: 47, 2024: 49, 2025: 52},
                },
                {
                    "name": "Liczba rodzin korzystających z pomocy społecznej z powodu bezrobocia",
                    "unit": "rodziny",
                    "baseline": (185, 2020),
                    "target": (120, 2030),
                    "direction": "down",
                    "data_source": "sprawozdanie MRiPS-03",
                    "responsible": "MOPS",
                    "values": {2021: 179, 2022: 163, 2023: 155, 2024: 149, 2025: 141},
                },
            ],
            "actions": [
                {
                    "title": "Opracowanie i realizacja lokalnych programów "
                    "aktywizujących klientów pomocy społecznej (kontrakty socjalne, "
                    "prace społecznie użyteczne)",
                    "implementers": ["MOPS"],
                    "partners": ["PUP", "INNE"],
                    "sources": [GMINA_BUDGET, POWIAT_BUDGET, NGO_FUNDS],
                    "continuous": True,
                    "priorities": [(VERY_IMPORTANT, 2021, 2030)],
                    "amounts": {
                        GMINA_BUDGET: yearly(2021, 2030, 45_000, rise=2_000),
                        POWIAT_BUDGET: yearly(2021, 2030, 30_000),
                    },
                    "indicators": [
                        {
                            "name": "Liczba osób skierowanych do prac społecznie użytecznych",
                            "unit": "osoby",
                            "baseline": (24, 2020),
                            "target": (40, 2030),
                            "direction": "up",
                            "data_source": "porozumienie MOPS–PUP, listy obecności",
                            "responsible": "MOPS",
                            "values": {2021: 18, 2022: 26, 2023: 29, 2024: 31, 2025: 33},
                        },
                    ],
                },
                {
                    "title": "Realizacja programów specjalnych i projektów dla osób "
                    "długotrwale bezrobotnych i o niskich kwalifikacjach zawodowych",
                    "implementers": ["PUP"],
                    "partners": ["MOPS"],
                    "sources": [POWIAT_BUDGET, STATE_BUDGET, EU_FUNDS],
                    "years": (2021, 2030),
                    "priorities": [
                        (VERY_IMPORTANT, 2021, 2025),
                        (IMPORTANT, 2026, 2030),
                    ],
                    "amounts": {
                        STATE_BUDGET: yearly(2021, 2030, 800_000),
                        EU_FUNDS: yearly(2023, 2029, 1_200_000),
                    },
                    "indicators": [
                        {
                            "name": "Liczba osób długotrwale bezrobotnych objętych "
                            "programami specjalnymi i projektami PUP",
                            "unit": "osoby",
                            "baseline": (120, 2020),
                            "target": (150, 2030),
                            "direction": "up",
                            "data_source": "PUP – sprawozdanie z realizacji programów",
                            "responsible": "PUP",
                            "milestones": {2025: 140},
                            "values": {
                                2021: 112,
                                2022: 126,
                                2023: 141,
                                2024: 138,
                                2025: 144,
                            },
                        },
                    ],
                },
                {
                    "title": "Inicjowanie tworzenia nowych miejsc pracy, w tym w "
                    "podmiotach ekonomii społecznej",
                    "implementers": ["GMINA", "POWIAT"],
                    "partners": ["PRACODAWCY", "ORG_PRACODAWCOW", "NGO"],
                    "sources": [],
                    "continuous": True,
                    "priorities": [(LOW, 2021, 2022), (IMPORTANT, 2023, 2030)],
                },
            ],
        },
    ],
}

"""Area 5 of the current strategy (2021–2030): social awareness of social assistance."""

from ..financing import GMINA_BUDGET, NGO_FUNDS, POWIAT_BUDGET
from ..priorities import IMPORTANT, LOW, VERY_IMPORTANT

AREA = {
    "title": "Świadomość społeczna w sferze pomocy społecznej",
    "description": "Wiedza mieszkańców o dostępnych formach pomocy, postawy "
    "samodzielności, kompetencje kadr pomocy społecznej.",
    "strategic_goal": "Zwiększenie wiedzy mieszkańców o pomocy społecznej i wzmocnienie "
    "postaw samodzielności",
    "operational_goals": [
        {
            "title": "Informacja i edukacja mieszkańców",
            "indicators": [
                {
                    "name": "Liczba porad udzielonych w punkcie informacyjno-konsultacyjnym",
                    "unit": "porady",
                    "baseline": (0, 2020),
                    "target": (400, 2030),
                    "direction": "up",
                    "data_source": "rejestr porad punktu",
                    "responsible": "MOPS",
                    "milestones": {2022: 200, 2025: 300},
                    "values": {2021: 120, 2022: 214, 2023: 262, 2024: 290, 2025: 318},
                },
            ],
            "actions": [
                {
                    "title": "Wydawanie ulotek i informatorów oraz publikowanie w "
                    "internecie informacji o zadaniach pomocy społecznej i zasadach "
                    "korzystania z niej, także w formie dostępnej cyfrowo",
                    "implementers": ["MOPS"],
                    "partners": ["PCPR", "NGO"],
                    "sources": [GMINA_BUDGET, POWIAT_BUDGET, NGO_FUNDS],
                    "continuous": True,
                    "priorities": [(IMPORTANT, 2021, 2030)],
                    "indicators": [
                        {
                            "name": "Liczba wydanych ulotek i informatorów",
                            "unit": "egzemplarze",
                            "baseline": (1500, 2020),
                            "target": (3000, 2030),
                            "direction": "up",
                            "data_source": "faktury i protokoły odbioru druków",
                            "responsible": "MOPS",
                            "values": {
                                2021: 1800,
                                2022: 2200,
                                2023: 2500,
                                2024: 2400,
                                2025: 2700,
                            },
                        },
                    ],
                },
                {
                    "title": "Uruchomienie punktu informacyjno-konsultacyjnego w "
                    "sprawach pomocy społecznej",
                    "implementers": ["MOPS", "PCPR"],
                    "partners": [],
                    "sources": [GMINA_BUDGET, POWIAT_BUDGET],
                    "years": (2021, 2022),
                    "priorities": [(VERY_IMPORTANT, 2021, 2022)],
                    "amounts": {
                        GMINA_BUDGET: {2021: 35_000, 2022: 38_000},
                        POWIAT_BUDGET: {2021: 15_000, 2022: 15_000},
                    },
                },
                {
                    "title": "Popularyzowanie przykładów wychodzenia z trudnej sytuacji "
                    "życiowej przez klientów pomocy społecznej",
                    "implementers": ["NGO"],
                    "partners": ["MOPS", "MEDIA"],
                    "sources": [],
                    "continuous": True,
                    "priorities": [(LOW, 2021, 2030)],
                },
                {
                    "title": "Organizowanie cykli spotkań i warsztatów motywujących do "
                    "poprawy własnej sytuacji życiowej",
                    "implementers": ["MOPS"],
                    "partners": ["NGO", "PUP"],
                    "sources": [GMINA_BUDGET, NGO_FUNDS],
                    "years": (2021, 2030),
                    "priorities": [(IMPORTANT, 2021, 2030)],
                    "indicators": [
                        {
                            "name": "Liczba uczestników warsztatów motywacyjnych",
                            "unit": "osoby",
                            "baseline": (40, 2020),
                            "target": (80, 2030),
                            "direction": "up",
                            "data_source": "listy obecności",
                            "responsible": "MOPS",
                            "values": {2021: 28, 2022: 46, 2023: 55, 2024: 61, 2025: 64},
                        },
                    ],
                },
            ],
        },
        {
            "title": "Kompetencje kadr i współpraca służb społecznych",
            "indicators": [
                {
                    "name": "Liczba godzin szkoleń na jednego pracownika socjalnego",
                    "unit": "godziny",
                    "baseline": (12, 2020),
                    "target": (24, 2030),
                    "direction": "up",
                    "data_source": "plan i rejestr szkoleń MOPS",
                    "responsible": "MOPS",
                    "values": {2021: 10, 2022: 16, 2023: 18, 2024: 20, 2025: 21},
                },
            ],
            "actions": [
                {
                    "title": "Efektywna weryfikacja przyznawanych świadczeń (wywiady "
                    "środowiskowe, wymiana informacji między instytucjami)",
                    "implementers": ["MOPS"],
                    "partners": ["PCPR", "NGO"],
                    "sources": [],
                    "continuous": True,
                },
                {
                    "title": "Organizowanie szkoleń dla pracowników socjalnych na temat "
                    "ich roli w kształtowaniu świadomości o zadaniach pomocy społecznej",
                    "implementers": ["PCPR"],
                    "partners": ["WOJEWODZTWO", "MOPS"],
                    "sources": [GMINA_BUDGET, POWIAT_BUDGET],
                    "years": (2022, 2028),
                    "priorities": [(IMPORTANT, 2022, 2028)],
                },
                {
                    "title": "Organizowanie spotkań dla osób zainteresowanych "
                    "wolontariatem i pracą na rzecz innych",
                    "implementers": ["MOPS"],
                    "partners": ["PCPR", "NGO"],
                    "sources": [GMINA_BUDGET, POWIAT_BUDGET, NGO_FUNDS],
                    "continuous": True,
                    "priorities": [(LOW, 2021, 2023), (IMPORTANT, 2024, 2030)],
                },
                {
                    "title": "Ścisła współpraca MOPS i PCPR z organizacjami pozarządowymi",
                    "implementers": ["MOPS"],
                    "partners": ["PCPR", "NGO"],
                    "sources": [],
                    "continuous": True,
                },
            ],
        },
    ],
}

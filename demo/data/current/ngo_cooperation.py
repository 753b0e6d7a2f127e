"""Area 4 of the current strategy (2021–2030): cooperation with non-governmental organisations."""

from ..financing import GMINA_BUDGET, NGO_FUNDS, OTHER_FUNDS, POWIAT_BUDGET, STATE_BUDGET, yearly
from ..priorities import IMPORTANT, LOW

AREA = {
    "title": "Współpraca z organizacjami pozarządowymi",
    "description": "Współpraca partnerów społecznych z administracją publiczną w "
    "rozwiązywaniu problemów społecznych.",
    "strategic_goal": "Partnerska współpraca samorządu i organizacji pozarządowych w "
    "rozwiązywaniu problemów społecznych",
    "operational_goals": [
        {
            "title": "Przejrzyste zasady i standardy współpracy",
            "indicators": [
                {
                    "name": "Liczba zadań z zakresu pomocy społecznej zleconych "
                    "organizacjom pozarządowym",
                    "unit": "zadania",
                    "baseline": (4, 2020),
                    "target": (8, 2030),
                    "direction": "up",
                    "data_source": "sprawozdanie z realizacji programu współpracy",
                    "responsible": "WSS",
                    "milestones": {2025: 6},
                    "values": {2021: 4, 2022: 5, 2023: 5, 2024: 6, 2025: 7},
                },
            ],
            "actions": [
                {
                    "title": "Opracowanie standardów usług społecznych, które powinny "
                    "spełniać organizacje pozarządowe ubiegające się o realizację "
                    "zadań",
                    "implementers": ["WSS", "POWIAT"],
                    "partners": ["NGO"],
                    "sources": [],
                    "years": (2021, 2022),
                    "priorities": [(IMPORTANT, 2021, 2022)],
                },
                {
                    "title": "Wypracowanie zasad zlecania zadań organizacjom "
                    "pozarządowym z uwzględnieniem korzyści dla społeczności lokalnej",
                    "implementers": ["WSS"],
                    "partners": ["NGO"],
                    "sources": [],
                    "years": (2021, 2023),
                },
                {
                    "title": "Coroczne opracowanie i realizacja programu współpracy "
                    "miasta z organizacjami pozarządowymi w sferze pomocy społecznej",
                    "implementers": ["WSS"],
                    "partners": ["NGO", "MOPS"],
                    "sources": [GMINA_BUDGET, NGO_FUNDS],
                    "continuous": True,
                    "priorities": [(IMPORTANT, 2021, 2030)],
                    "amounts": {GMINA_BUDGET: yearly(2021, 2030, 250_000, rise=10_000)},
                    "indicators": [
                        {
                            "name": "Liczba organizacji pozarządowych, które otrzymały "
                            "dotacje na zadania społeczne",
                            "unit": "organizacje",
                            "baseline": (9, 2020),
                            "target": (14, 2030),
                            "direction": "up",
                            "data_source": "rejestr umów dotacyjnych WSS UM",
                            "responsible": "WSS",
                            "values": {2021: 9, 2022: 10, 2023: 11, 2024: 11, 2025: 12},
                        },
                        {
                            "name": "Wysokość dotacji dla organizacji pozarządowych na "
                            "zadania z zakresu pomocy społecznej",
                            "unit": "zł",
                            "baseline": (180_000, 2020),
                            "target": (340_000, 2030),
                            "direction": "up",
                            "data_source": "sprawozdanie z wykonania budżetu miasta",
                            "responsible": "WSS",
                            "values": {
                                2021: 235_000,
                                2022: 262_000,
                                2023: 268_000,
                                2024: 281_500,
                                2025: 290_000,
                            },
                        },
                    ],
                },
                {
                    "title": "Udział miasta w tworzeniu powiatowego programu "
                    "współpracy z organizacjami pozarządowymi w sferze pomocy "
                    "społecznej",
                    "implementers": ["POWIAT"],
                    "partners": ["WSS", "ADM_RZADOWA", "NGO"],
                    "sources": [POWIAT_BUDGET, GMINA_BUDGET, NGO_FUNDS],
                    "continuous": True,
                },
            ],
        },
        {
            "title": "Wzmacnianie potencjału organizacji pozarządowych i wolontariatu",
            "indicators": [
                {
                    "name": "Liczba wolontariuszy zaangażowanych w działania społeczne",
                    "unit": "osoby",
                    "baseline": (85, 2020),
                    "target": (150, 2030),
                    "direction": "up",
                    "data_source": "porozumienia wolontariackie, sprawozdania organizacji",
                    "responsible": "MOPS",
                    "milestones": {2025: 115},
                    "values": {2021: 62, 2022: 94, 2023: 103, 2024: 112, 2025: 121},
                },
            ],
            "actions": [
                {
                    "title": "Wspieranie działań sektora pozarządowego: centrum "
                    "wolontariatu, doradztwo i szkolenia dla organizacji, udostępnianie "
                    "lokali",
                    "implementers": ["WSS"],
                    "partners": ["NGO", "RODZINA"],
                    "sources": [GMINA_BUDGET, STATE_BUDGET],
                    "continuous": True,
                    "priorities": [(IMPORTANT, 2021, 2030)],
                    "amounts": {GMINA_BUDGET: yearly(2021, 2030, 40_000)},
                },
                {
                    "title": "Prowadzenie internetowego informatora o instytucjach i "
                    "organizacjach działających w zakresie problemów społecznych",
                    "implementers": ["MOPS"],
                    "partners": ["PCPR", "NGO"],
                    "sources": [GMINA_BUDGET],
                    "continuous": True,
                    "indicators": [
                        {
                            "name": "Liczba instytucji i organizacji opisanych w informatorze",
                            "unit": "podmioty",
                            "baseline": (0, 2020),
                            "target": (60, 2030),
                            "direction": "up",
                            "data_source": "informator na stronie MOPS",
                            "responsible": "MOPS",
                            "values": {2021: 31, 2022: 42, 2023: 45, 2024: 49, 2025: 52},
                        },
                    ],
                },
                {
                    "title": "Utworzenie lokalnego funduszu mikrograntów na inicjatywy "
                    "rozwiązujące problemy społeczne",
                    "implementers": ["WSS"],
                    "partners": ["NGO", "ADM_RZADOWA"],
                    "sources": [GMINA_BUDGET, STATE_BUDGET, OTHER_FUNDS],
                    "years": (2024, 2030),
                    "priorities": [(LOW, 2024, 2025), (IMPORTANT, 2026, 2030)],
                    "amounts": {
                        GMINA_BUDGET: yearly(2024, 2030, 30_000, rise=5_000),
                        OTHER_FUNDS: yearly(2025, 2030, 10_000),
                    },
                },
            ],
        },
    ],
}

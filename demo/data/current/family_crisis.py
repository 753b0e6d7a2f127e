"""Area 1 of the current strategy (2021–2030): the family in crisis (Rodzina w kryzysie)."""

from ..financing import GMINA_BUDGET, NGO_FUNDS, POWIAT_BUDGET, STATE_BUDGET, yearly
from ..priorities import IMPORTANT, VERY_IMPORTANT

AREA = {
    "title": "Rodzina w kryzysie",
    "description": "Wsparcie rodzin przeżywających trudności opiekuńczo-wychowawcze, "
    "przemoc domową i ubóstwo; ochrona dzieci.",
    "strategic_goal": "Wzmocnienie rodzin w pełnieniu funkcji opiekuńczo-wychowawczych "
    "i ochrona dzieci przed skutkami kryzysu w rodzinie",
    "operational_goals": [
        {
            "title": "Rozwój infrastruktury i usług wsparcia rodziny",
            "indicators": [
                {
                    "name": "Liczba rodzin objętych wsparciem asystenta rodziny",
                    "unit": "rodziny",
                    "baseline": (28, 2020),
                    "target": (40, 2030),
                    "direction": "up",
                    "target_description": "co najmniej 40 rodzin rocznie",
                    "data_source": "sprawozdanie MRiPS-03, rejestr asystentów MOPS",
                    "responsible": "MOPS",
                    "milestones": {2023: 32, 2026: 36},
                    "values": {2021: 29, 2022: 31, 2023: 33, 2024: 34, 2025: 36},
                },
            ],
            "actions": [
                {
                    "title": "Rozwój infrastruktury wsparcia rodziny w mieście, w tym "
                    "placówki wsparcia dziennego i mieszkania chronionego dla rodzin "
                    "w kryzysie",
                    "implementers": ["MOPS", "PCPR"],
                    "partners": ["RODZINA", "NGO"],
                    "sources": [GMINA_BUDGET, POWIAT_BUDGET],
                    "continuous": True,
                    "priorities": [(VERY_IMPORTANT, 2021, 2030)],
                    "amounts": {
                        GMINA_BUDGET: yearly(2021, 2030, 210_000, rise=8_000),
                        POWIAT_BUDGET: yearly(2021, 2030, 40_000),
                    },
                    "indicators": [
                        {
                            "name": "Liczba dzieci uczęszczających do placówki wsparcia dziennego",
                            "unit": "osoby",
                            "baseline": (22, 2020),
                            "target": (30, 2030),
                            "direction": "up",
                            "target_description": "co najmniej 30 dzieci, placówka "
                            "czynna 5 dni w tygodniu",
                            "data_source": "dzienniki zajęć placówki wsparcia dziennego",
                            "responsible": "MOPS",
                            "milestones": {2022: 24, 2025: 27, 2028: 29},
                            "values": {2021: 21, 2022: 24, 2023: 26, 2024: 27, 2025: 28},
                        },
                    ],
                },
                {
                    "title": "Uruchomienie punktu interwencji kryzysowej przy Miejskim "
                    "Ośrodku Pomocy Społecznej",
                    "implementers": ["MOPS", "PCPR"],
                    "partners": ["NGO"],
                    "sources": [GMINA_BUDGET, POWIAT_BUDGET],
                    "years": (2022, 2023),
                    "priorities": [(VERY_IMPORTANT, 2022, 2023)],
                    "amounts": {
                        GMINA_BUDGET: {2022: 65_000, 2023: 90_000},
                        POWIAT_BUDGET: {2022: 20_000, 2023: 20_000},
                    },
                    "indicators": [
                        {
                            "name": "Liczba osób, które skorzystały z pomocy punktu "
                            "interwencji kryzysowej",
                            "unit": "osoby",
                            "baseline": (0, 2021),
                            "target": (120, 2030),
                            "direction": "up",
                            "target_description": "co najmniej 120 osób rocznie, "
                            "dyżur przez całą dobę pod telefonem",
                            "data_source": "rejestr interwencji MOPS",
                            "responsible": "MOPS",
                            "milestones": {2023: 80, 2026: 100},
                            "values": {2022: 35, 2023: 78, 2024: 96, 2025: 104},
                        },
                    ],
                },
                {
                    "title": "Zapewnienie stałego finansowania poradnictwa "
                    "specjalistycznego, w tym rodzinnego, psychologicznego i prawnego",
                    "implementers": ["PCPR"],
                    "partners": ["MOPS", "PPP"],
                    "sources": [POWIAT_BUDGET, GMINA_BUDGET],
                    "continuous": True,
                    "priorities": [(IMPORTANT, 2021, 2030)],
                    "amounts": {
                        POWIAT_BUDGET: yearly(2021, 2030, 60_000, rise=2_000),
                        GMINA_BUDGET: yearly(2021, 2030, 25_000),
                    },
                    "indicators": [
                        {
                            "name": "Liczba osób korzystających z poradnictwa specjalistycznego",
                            "unit": "osoby",
                            "baseline": (140, 2020),
                            "target": (200, 2030),
                            "direction": "up",
                            "data_source": "sprawozdanie PCPR",
                            "responsible": "PCPR",
                            "milestones": {2025: 170},
                            "values": {
                                2021: 138,
                                2022: 151,
                                2023: 163,
                                2024: 170,
                                2025: 176,
                            },
                        },
                    ],
                },
            ],
        },
        {
            "title": "Wsparcie rodzin w kryzysie i przeciwdziałanie przemocy domowej",
            "indicators": [
                {
                    "name": "Liczba spotkań zespołu interdyscyplinarnego",
                    "unit": "spotkania",
                    "baseline": (4, 2020),
                    "target": (4, 2030),
                    "direction": "keep",
                    "target_description": "co najmniej jedno spotkanie na kwartał",
                    "data_source": "protokoły posiedzeń zespołu interdyscyplinarnego",
                    "responsible": "MOPS",
                    "values": {2021: 5, 2022: 4, 2023: 6, 2024: 5, 2025: 4},
                },
                {
                    "name": "Liczba rodzin objętych procedurą „Niebieskie Karty”",
                    "unit": "rodziny",
                    "baseline": (46, 2020),
                    "target": (30, 2030),
                    "direction": "down",
                    "data_source": "sprawozdanie zespołu interdyscyplinarnego",
                    "responsible": "MOPS",
                    "milestones": {2025: 38},
                    "values": {2021: 49, 2022: 44, 2023: 41, 2024: 39, 2025: 36},
                },
            ],
            "actions": [
                {
                    "title": "Wsparcie rodzin w kryzysie: praca socjalna, asystent "
                    "rodziny i działania zespołu interdyscyplinarnego",
                    "implementers": ["MOPS"],
                    "partners": ["PCPR", "KPP", "SAD", "RODZINA"],
                    "sources": [GMINA_BUDGET, STATE_BUDGET, NGO_FUNDS],
                    "continuous": True,
                    "priorities": [
                        (IMPORTANT, 2021, 2024),
                        (VERY_IMPORTANT, 2025, 2030),
                    ],
                    "amounts": {
                        GMINA_BUDGET: yearly(2021, 2030, 180_000, rise=6_000),
                        STATE_BUDGET: yearly(2021, 2030, 45_000),
                    },
                },
                {
                    "title": "Budowanie sieci współpracy instytucji i organizacji "
                    "działających na rzecz rodziny, w tym wspólnego spędzania czasu "
                    "wolnego dzieci i rodziców",
                    "implementers": ["MOPS"],
                    "partners": ["SP1", "SP2", "PPP", "KPP", "PARAFIA", "RODZINA"],
                    "sources": [],
                    "continuous": True,
                    "priorities": [(IMPORTANT, 2021, 2030)],
                    "indicators": [
                        {
                            "name": "Liczba wydarzeń rodzinnych zorganizowanych przez "
                            "sieć współpracy",
                            "unit": "wydarzenia",
                            "baseline": (3, 2020),
                            "target": (8, 2030),
                            "direction": "up",
                            "target_description": "co najmniej 8 pikników, warsztatów "
                            "i wyjść rodzinnych w roku",
                            "data_source": "sprawozdania uczestników sieci",
                            "responsible": "MOPS",
                            "values": {2021: 2, 2022: 4, 2023: 5, 2024: 6, 2025: 6},
                        },
                    ],
                },
                {
                    "title": "Monitorowanie rodzinnych form pieczy zastępczej i "
                    "wsparcie rodzin zastępczych",
                    "implementers": ["PCPR"],
                    "partners": ["NGO"],
                    "sources": [POWIAT_BUDGET],
                    "continuous": True,
                    "indicators": [
                        {
                            "name": "Odsetek dzieci w pieczy zastępczej umieszczonych w "
                            "rodzinnych formach pieczy",
                            "unit": "%",
                            "baseline": (72, 2020),
                            "target": (85, 2030),
                            "direction": "up",
                            "data_source": "sprawozdanie z efektów pracy "
                            "organizatora rodzinnej pieczy zastępczej",
                            "responsible": "PCPR",
                            "milestones": {2025: 78},
                            "values": {2021: 73, 2022: 74.5, 2023: 76, 2024: 77, 2025: 79},
                        },
                    ],
                },
                {
                    "title": "Opracowanie i realizacja programu szkoleń dla "
                    "specjalistów pracujących z rodziną",
                    "implementers": ["PCPR"],
                    "partners": ["MOPS", "NGO"],
                    "sources": [POWIAT_BUDGET, NGO_FUNDS],
                    "years": (2022, 2026),
                    "priorities": [(IMPORTANT, 2022, 2026)],
                    "indicators": [
                        {
                            "name": "Liczba specjalistów przeszkolonych w zakresie pracy "
                            "z rodziną (narastająco)",
                            "unit": "osoby",
                            "baseline": (0, 2021),
                            "target": (60, 2026),
                            "direction": "up",
                            "data_source": "listy obecności szkoleń PCPR",
                            "responsible": "PCPR",
                            "milestones": {2023: 20, 2025: 45},
                            "values": {2022: 12, 2023: 24, 2024: 37, 2025: 48},
                        },
                    ],
                },
            ],
        },
        {
            "title": "Ograniczanie ubóstwa rodzin z dziećmi",
            "indicators": [
                {
                    "name": "Odsetek mieszkańców korzystających z pomocy społecznej",
                    "unit": "%",
                    "baseline": (6.8, 2020),
                    "target": (4.5, 2030),
                    "direction": "down",
                    "target_description": "nie więcej niż 4,5% mieszkańców",
                    "data_source": "sprawozdanie MRiPS-03, Bank Danych Lokalnych GUS",
                    "responsible": "MOPS",
                    "milestones": {2023: 6.0, 2025: 5.5, 2028: 5.0},
                    "values": {2021: 6.5, 2022: 6.1, 2023: 5.9, 2024: 5.6, 2025: 5.4},
                },
            ],
            "actions": [
                {
                    "title": "Rozwijanie pomocy materialnej dla uczniów i studentów z "
                    "rodzin o niskich dochodach (stypendia i zasiłki szkolne, "
                    "dożywianie)",
                    "implementers": ["WSS", "MOPS"],
                    "partners": ["POWIAT", "NGO"],
                    "sources": [GMINA_BUDGET, STATE_BUDGET, NGO_FUNDS],
                    "continuous": True,
                    "priorities": [(VERY_IMPORTANT, 2021, 2030)],
                    "amounts": {
                        GMINA_BUDGET: yearly(2021, 2030, 120_000, rise=5_000),
                        STATE_BUDGET: yearly(2021, 2030, 280_000, rise=10_000),
                    },
                    "indicators": [
                        {
                            "name": "Liczba uczniów objętych pomocą materialną o "
                            "charakterze socjalnym",
                            "unit": "osoby",
                            "baseline": (180, 2020),
                            "target": (180, 2030),
                            "direction": "keep",
                            "target_description": "pomoc dla każdego uprawnionego ucznia",
                            "data_source": "rejestr stypendiów szkolnych WSS UM",
                            "responsible": "WSS",
                            "values": {
                                2021: 176,
                                2022: 190,
                                2023: 184,
                                2024: 172,
                                2025: 169,
                            },
                        },
                    ],
                },
                {
                    "title": "Zapewnienie w budżecie miasta środków na wsparcie "
                    "finansowe i rzeczowe rodzin najuboższych",
                    "implementers": ["MOPS"],
                    "partners": ["PCPR", "PCK", "PARAFIA"],
                    "sources": [GMINA_BUDGET, NGO_FUNDS],
                    "continuous": True,
                    "priorities": [(VERY_IMPORTANT, 2021, 2030)],
                    "amounts": {GMINA_BUDGET: yearly(2021, 2030, 1_150_000, rise=40_000)},
                    "indicators": [
                        {
                            "name": "Liczba rodzin korzystających z pomocy społecznej z "
                            "powodu ubóstwa",
                            "unit": "rodziny",
                            "baseline": (210, 2020),
                            "target": (150, 2030),
                            "direction": "down",
                            "data_source": "sprawozdanie MRiPS-03",
                            "responsible": "MOPS",
                            "milestones": {2025: 180},
                            "values": {
                                2021: 204,
                                2022: 196,
                                2023: 199,
                                2024: 188,
                                2025: 181,
                            },
                        },
                    ],
                },
            ],
        },
    ],
}

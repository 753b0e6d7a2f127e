"""The demo data set, as plain Python data: the loader (loader.py) turns it into rows.

Miasto Przykładowo (a fictional town) keeps two strategies: the current one for 2021–2030
and the historical one for 2005–2015, which is the seed action plan
(shared/seeds/action-plan-six-areas.txt) and preparation schedule
(shared/seeds/preparation-schedule.txt) entered as they stand. Gmina Sąsiednia is an
unrelated rural gmina with a small strategy of its own, to show that local governments do
not see each other's data.

Institutions are referred to by a short key (``"MOPS"``), financing sources by the names that
strategies.services.DEFAULT_FINANCING_SOURCES creates for every local government.
"""

import datetime

PASSWORD = "demo-strategia"  # noqa: S105 - a published password of a demo installation
SITE_URL = "http://127.0.0.1:8000/"

# Financing sources (names created by strategies.services.DEFAULT_FINANCING_SOURCES).
GMINA_BUDGET = "budżet gminy"
POWIAT_BUDGET = "budżet powiatu"
STATE_BUDGET = "budżet państwa"
PFRON = "PFRON"
EU_FUNDS = "fundusze Unii Europejskiej"
NGO_FUNDS = "środki organizacji pozarządowych"
OTHER_FUNDS = "inne źródła"

# Priorities (strategies.models.Priority values).
LOW = "low"
IMPORTANT = "important"
VERY_IMPORTANT = "very_important"


def yearly(first: int, last: int, amount: int, *, rise: int = 0) -> dict[int, int]:
    """The same planned amount (growing by ``rise`` a year) for every year first..last."""
    return {year: amount + rise * (year - first) for year in range(first, last + 1)}


# Local governments ---------------------------------------------------------------------

MAIN_SLUG = "przykladowo"
NEIGHBOUR_SLUG = "sasiednia"

# In creation order: a parent comes before its children.
GOVERNMENTS = [
    {
        "key": "voivodeship",
        "name": "Województwo przykładowe",
        "slug": "wojewodztwo-przykladowe",
        "kind": "voivodeship",
        "teryt": "99",
        "parent": None,
    },
    {
        "key": "powiat",
        "name": "Powiat przykładowy",
        "slug": "powiat-przykladowy",
        "kind": "powiat",
        "teryt": "9901",
        "parent": "voivodeship",
    },
    {
        "key": "town",
        "name": "Miasto Przykładowo",
        "slug": MAIN_SLUG,
        "kind": "urban_gmina",
        "teryt": "9901011",
        "parent": "powiat",
    },
    {
        "key": "neighbour",
        "name": "Gmina Sąsiednia",
        "slug": NEIGHBOUR_SLUG,
        "kind": "rural_gmina",
        "teryt": "9901022",
        "parent": "powiat",
    },
]

# Institutions ------------------------------------------------------------------------

TOWN_INSTITUTIONS = [
    # The local governments themselves ("samorząd gminy", "samorząd powiatu"…).
    {
        "key": "GMINA",
        "name": "Gmina Miasto Przykładowo",
        "kind": "local_government",
        "address": "ul. Rynek 1, 99-100 Przykładowo",
        "email": "sekretariat@przykladowo.example",
        "phone": "55 123 40 00",
    },
    {
        "key": "BURMISTRZ",
        "name": "Burmistrz Miasta Przykładowo",
        "kind": "local_government",
        "address": "ul. Rynek 1, 99-100 Przykładowo",
        "email": "burmistrz@przykladowo.example",
        "phone": "55 123 40 01",
    },
    {
        "key": "WSS",
        "name": "Urząd Miasta Przykładowo – Wydział Spraw Społecznych",
        "short_name": "WSS UM",
        "kind": "local_government",
        "address": "ul. Rynek 1, 99-100 Przykładowo",
        "email": "sprawy.spoleczne@przykladowo.example",
        "phone": "55 123 40 30",
    },
    {
        "key": "POWIAT",
        "name": "Starostwo Powiatowe w Przykładowie",
        "kind": "local_government",
        "address": "ul. Kościuszki 5, 99-100 Przykładowo",
        "email": "starostwo@powiat-przykladowy.example",
        "phone": "55 123 50 00",
    },
    {"key": "WOJEWODZTWO", "name": "Samorząd województwa", "kind": "local_government"},
    # Social assistance, labour market, police, justice, health, education.
    {
        "key": "MOPS",
        "name": "Miejski Ośrodek Pomocy Społecznej w Przykładowie",
        "short_name": "MOPS",
        "kind": "social_assistance",
        "address": "ul. Słoneczna 12, 99-100 Przykładowo",
        "email": "mops@przykladowo.example",
        "phone": "55 123 60 00",
    },
    {
        "key": "PCPR",
        "name": "Powiatowe Centrum Pomocy Rodzinie w Przykładowie",
        "short_name": "PCPR",
        "kind": "social_assistance",
        "address": "ul. Kościuszki 7, 99-100 Przykładowo",
        "email": "pcpr@powiat-przykladowy.example",
        "phone": "55 123 52 00",
    },
    {
        "key": "PUP",
        "name": "Powiatowy Urząd Pracy w Przykładowie",
        "short_name": "PUP",
        "kind": "labour_office",
        "address": "ul. Polna 3, 99-100 Przykładowo",
        "email": "pup@powiat-przykladowy.example",
        "phone": "55 123 70 00",
    },
    {
        "key": "KPP",
        "name": "Komenda Powiatowa Policji w Przykładowie",
        "short_name": "KPP",
        "kind": "police",
        "address": "ul. Mickiewicza 20, 99-100 Przykładowo",
        "phone": "47 123 12 00",
    },
    {
        "key": "SAD",
        "name": "Sąd Rejonowy w Przykładowie – Zespół Kuratorskiej Służby Sądowej",
        "short_name": "kuratorzy",
        "kind": "justice",
        "address": "ul. Sądowa 2, 99-100 Przykładowo",
    },
    {
        "key": "MKRPA",
        "name": "Miejska Komisja Rozwiązywania Problemów Alkoholowych",
        "short_name": "MKRPA",
        "kind": "commission",
        "address": "ul. Słoneczna 12, 99-100 Przykładowo",
    },
    {
        "key": "SPZOZ",
        "name": "Samodzielny Publiczny Zakład Opieki Zdrowotnej w Przykładowie",
        "short_name": "SP ZOZ",
        "kind": "health",
        "address": "ul. Szpitalna 1, 99-100 Przykładowo",
    },
    {
        "key": "PPP",
        "name": "Poradnia Psychologiczno-Pedagogiczna w Przykładowie",
        "short_name": "PPP",
        "kind": "education",
        "address": "ul. Szkolna 4, 99-100 Przykładowo",
    },
    {
        "key": "SP1",
        "name": "Szkoła Podstawowa nr 1 im. Marii Konopnickiej w Przykładowie",
        "short_name": "SP 1",
        "kind": "education",
        "address": "ul. Szkolna 10, 99-100 Przykładowo",
    },
    {
        "key": "SP2",
        "name": "Szkoła Podstawowa nr 2 w Przykładowie",
        "short_name": "SP 2",
        "kind": "education",
        "address": "ul. Leśna 8, 99-100 Przykładowo",
    },
    {
        "key": "ZSZ",
        "name": "Zespół Szkół Zawodowych im. Jana Kilińskiego w Przykładowie",
        "short_name": "ZSZ",
        "kind": "education",
        "address": "ul. Rzemieślnicza 6, 99-100 Przykładowo",
    },
    # Non-governmental organisations and churches.
    {"key": "NGO", "name": "Organizacje pozarządowe", "kind": "ngo"},
    {
        "key": "RODZINA",
        "name": "Stowarzyszenie „Razem dla Rodziny”",
        "kind": "ngo",
        "address": "ul. Ogrodowa 3, 99-100 Przykładowo",
        "email": "biuro@razemdlarodziny.example",
    },
    {
        "key": "PCK",
        "name": "Polski Czerwony Krzyż – Oddział Rejonowy w Przykładowie",
        "short_name": "PCK",
        "kind": "ngo",
        "address": "ul. Kolejowa 9, 99-100 Przykładowo",
    },
    {
        "key": "SPRAWNI",
        "name": "Stowarzyszenie Osób Niepełnosprawnych „Sprawni Razem”",
        "kind": "ngo",
        "address": "ul. Parkowa 2, 99-100 Przykładowo",
    },
    {
        "key": "PARAFIA",
        "name": "Parafia Rzymskokatolicka pw. św. Józefa w Przykładowie "
        "(Parafialny Zespół Caritas)",
        "kind": "church",
        "address": "pl. Kościelny 1, 99-100 Przykładowo",
    },
    # Other bodies the seed names.
    {"key": "MEDIA", "name": "Lokalne media", "kind": "other"},
    {"key": "PRACODAWCY", "name": "Pracodawcy", "kind": "business"},
    {"key": "ORG_PRACODAWCOW", "name": "Organizacje pracodawców", "kind": "business"},
    {"key": "ADM_RZADOWA", "name": "Administracja rządowa", "kind": "government_administration"},
    {"key": "INNE", "name": "Inne podmioty", "kind": "other"},
]

NEIGHBOUR_INSTITUTIONS = [
    {
        "key": "GOPS",
        "name": "Gminny Ośrodek Pomocy Społecznej w Sąsiedniej",
        "short_name": "GOPS",
        "kind": "social_assistance",
        "address": "Sąsiednia 15, 99-120 Sąsiednia",
    },
    {
        "key": "UG",
        "name": "Urząd Gminy Sąsiednia",
        "short_name": "UG",
        "kind": "local_government",
        "address": "Sąsiednia 1, 99-120 Sąsiednia",
    },
    {
        "key": "GKRPA",
        "name": "Gminna Komisja Rozwiązywania Problemów Alkoholowych w Sąsiedniej",
        "short_name": "GKRPA",
        "kind": "commission",
    },
    {
        "key": "KGW",
        "name": "Koło Gospodyń Wiejskich w Sąsiedniej",
        "short_name": "KGW",
        "kind": "ngo",
    },
    {
        "key": "SP",
        "name": "Szkoła Podstawowa w Sąsiedniej",
        "kind": "education",
    },
]

# Users ----------------------------------------------------------------------------------

# ``government`` is a slug; ``institution`` a key of that government's institutions.
USERS = [
    {
        "username": "koordynator",
        "first_name": "Anna",
        "last_name": "Kowalska",
        "email": "a.kowalska@mops.przykladowo.example",
        "government": MAIN_SLUG,
        "role": "coordinator",
        "description": "koordynatorka strategii w MOPS Przykładowo – może wszystko w swoim "
        "samorządzie",
    },
    {
        "username": "zespol",
        "first_name": "Piotr",
        "last_name": "Nowak",
        "email": "p.nowak@przykladowo.example",
        "government": MAIN_SLUG,
        "role": "team_member",
        "description": "członek zespołu ds. monitorowania – czyta wszystko, edytuje cele, "
        "działania i wskaźniki",
    },
    {
        "username": "pup",
        "first_name": "Katarzyna",
        "last_name": "Wiśniewska",
        "email": "k.wisniewska@pup.example",
        "government": MAIN_SLUG,
        "role": "implementer",
        "institution": "PUP",
        "description": "realizatorka z Powiatowego Urzędu Pracy – widzi strategię, wypełnia "
        "formularze swojej instytucji",
    },
    {
        "username": "burmistrz",
        "first_name": "Jan",
        "last_name": "Zieliński",
        "email": "burmistrz@przykladowo.example",
        "government": MAIN_SLUG,
        "role": "approver",
        "description": "Burmistrz Miasta Przykładowo – czyta i zatwierdza",
    },
    {
        "username": "radny",
        "first_name": "Tomasz",
        "last_name": "Wójcik",
        "email": "t.wojcik@rada.przykladowo.example",
        "government": MAIN_SLUG,
        "role": "reader",
        "description": "radny Rady Miasta Przykładowo – tylko odczyt",
    },
    {
        "username": "sasiednia",
        "first_name": "Maria",
        "last_name": "Lewandowska",
        "email": "m.lewandowska@gops.sasiednia.example",
        "government": NEIGHBOUR_SLUG,
        "role": "coordinator",
        "description": "koordynatorka w GOPS Gminy Sąsiednia – nie widzi danych Przykładowa",
    },
    {
        "username": "admin",
        "first_name": "Administrator",
        "last_name": "Systemu",
        "email": "admin@strategia.example",
        "government": None,
        "is_superuser": True,
        "description": "administrator instalacji (panel /admin/) – bez członkostwa w samorządzie",
    },
]

# The current strategy of Miasto Przykładowo (2021–2030) ---------------------------------

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
    # Through consultation to adoption.
    "statuses": [
        {"status": "consultation"},
        {
            "status": "adopted",
            "resolution_number": "XXXV/245/2021",
            "resolution_date": datetime.date(2021, 5, 27),
        },
    ],
    "areas": [
        # 1. Family crisis ---------------------------------------------------------
        {
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
                                    "name": "Liczba dzieci uczęszczających do placówki "
                                    "wsparcia dziennego",
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
                                    "name": "Liczba osób korzystających z poradnictwa "
                                    "specjalistycznego",
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
        },
        # 2. Marginalisation --------------------------------------------------------
        {
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
                            "data_source": "ogólnopolskie badanie liczby osób bezdomnych, "
                            "dane MOPS",
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
                                    "name": "Liczba rodzin zagrożonych eksmisją objętych pracą "
                                    "socjalną",
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
                                    "name": "Liczba mieszkań socjalnych i wspomaganych w "
                                    "zasobie miasta",
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
                    "title": "Profilaktyka uzależnień i ograniczanie skutków zjawisk "
                    "patologicznych",
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
                                    "name": "Liczba osób opuszczających zakłady karne objętych "
                                    "wsparciem",
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
        },
        # 3. Unemployment ------------------------------------------------------------
        {
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
                            "name": "Liczba rodzin korzystających z pomocy społecznej z powodu "
                            "bezrobocia",
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
                                    "name": "Liczba osób skierowanych do prac społecznie "
                                    "użytecznych",
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
        },
        # 4. Cooperation with NGOs ---------------------------------------------------
        {
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
                                    "name": "Liczba instytucji i organizacji opisanych w "
                                    "informatorze",
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
        },
        # 5. Awareness --------------------------------------------------------------
        {
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
                            "name": "Liczba porad udzielonych w punkcie "
                            "informacyjno-konsultacyjnym",
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
        },
        # 6. Disability ---------------------------------------------------------------
        {
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
                                    "name": "Liczba osób dofinansowanych do turnusów "
                                    "rehabilitacyjnych",
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
                                    "name": "Liczba osób z niepełnosprawnościami przeszkolonych "
                                    "przez PUP",
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
        },
    ],
}

# The historical strategy: the seed action plan as it stands (2005–2015) -------------------

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
        {
            "title": "KRYZYS RODZINY",
            "actions": [
                {
                    "title": "Inicjowanie działań zmierzających do utworzenia w powiecie "
                    "niezbędnej infrastruktury socjalnej",
                    "financing": "1. samorząd: powiatu, gminy",
                    "responsible": "1. samorząd: powiatu, gminy 2. organizacje pozarządowe",
                    "sources": [POWIAT_BUDGET, GMINA_BUDGET],
                    "implementers": ["POWIAT", "GMINA"],
                    "partners": ["NGO"],
                },
                {
                    "title": "Inicjowanie działań zmierzających do utworzenia w powiecie "
                    "sprawnego systemu monitorowania rodzinnych form opieki zastępczej.",
                    "financing": "1. samorząd powiatu",
                    "responsible": "1. samorząd powiatu 2. organizacje pozarządowe",
                    "sources": [POWIAT_BUDGET],
                    "implementers": ["POWIAT"],
                    "partners": ["NGO"],
                },
                {
                    "title": "Ustalenie stabilnego funduszu finansowania poradnictwa "
                    "specjalistycznego, w tym rodzinnego.",
                    "financing": "1. samorząd powiatu",
                    "responsible": "1. samorząd powiatu",
                    "sources": [POWIAT_BUDGET],
                    "implementers": ["POWIAT"],
                    "partners": [],
                },
                {
                    "title": "Opracowanie systemu szkoleń dla specjalistów pracy z rodziną.",
                    "financing": "1. samorząd: powiatu 2. organizacje pozarządowe",
                    "responsible": "1. samorząd: powiatu, 2. organizacje pozarządowe",
                    "sources": [POWIAT_BUDGET, NGO_FUNDS],
                    "implementers": ["POWIAT"],
                    "partners": ["NGO"],
                },
                {
                    "title": "Stworzenie sieci współpracy podmiotów lokalnych, działających na "
                    "rzecz rodziny, w tym spędzania wspólnego czasu wolnego dzieci i rodziców.",
                    "financing": "-",
                    "responsible": "wszystkie podmioty działające na rzecz rodziny",
                    "sources": [],
                    "implementers": ["MOPS", "PCPR"],
                    "partners": ["PPP", "SP1", "SP2", "KPP", "PARAFIA", "NGO"],
                },
                {
                    "title": "Inicjowanie działań na rzecz pomocy rodzinom, znajdującym się w "
                    "kryzysie.",
                    "financing": "1. samorząd: gminy, powiatu 2. organizacje pozarządowe",
                    "responsible": "1. samorząd: gminy, powiatu 2. organizacje pozarządowe",
                    "sources": [GMINA_BUDGET, POWIAT_BUDGET, NGO_FUNDS],
                    "implementers": ["GMINA", "POWIAT"],
                    "partners": ["NGO"],
                },
                {
                    "title": "Uruchomienie ośrodka interwencji kryzysowej",
                    "financing": "1. samorząd: gminy, powiatu",
                    "responsible": "1. samorząd: gminy, powiatu 2. organizacje pozarządowe",
                    "sources": [GMINA_BUDGET, POWIAT_BUDGET],
                    "implementers": ["GMINA", "POWIAT"],
                    "partners": ["NGO"],
                },
                {
                    "title": "Rozwijanie systemu pomocy materialnej dla uczących się dzieci i "
                    "studiującej młodzieży z rodzin najuboższych.",
                    "financing": "1. samorząd: gminy, powiatu 2. organizacje pozarządowe",
                    "responsible": "1. samorząd: gminy, powiatu 2. organizacje pozarządowe",
                    "sources": [GMINA_BUDGET, POWIAT_BUDGET, NGO_FUNDS],
                    "implementers": ["GMINA", "POWIAT"],
                    "partners": ["NGO"],
                },
                {
                    "title": "Zapewnienie niezbędnych środków finansowych na wsparcie rodzin "
                    "najuboższych.",
                    "financing": "1. samorząd: gminy 2. organizacje pozarządowe",
                    "responsible": "1. samorząd: gminy, powiatu 2. organizacje pozarządowe",
                    "sources": [GMINA_BUDGET, NGO_FUNDS],
                    "implementers": ["GMINA", "POWIAT"],
                    "partners": ["NGO"],
                },
            ],
        },
        {
            "title": "MARGINALIZACJA GRUP SPOŁECZNYCH",
            "actions": [
                {
                    "title": "Praca socjalna z osobami zagrożonymi eksmisją.",
                    "financing": "1. samorząd gminy",
                    "responsible": "1. gmina /ośrodek pomocy społecznej",
                    "sources": [GMINA_BUDGET],
                    "implementers": ["MOPS"],
                    "partners": [],
                },
                {
                    "title": "Inicjowanie tworzenia mieszkań socjalnych w gminach.",
                    "financing": "1.samorząd gminy 2. źródła pozabudżetowe",
                    "responsible": "1. samorząd gminy",
                    "sources": [GMINA_BUDGET, OTHER_FUNDS],
                    "implementers": ["GMINA"],
                    "partners": [],
                },
                {
                    "title": "Opracowywanie i realizacja lokalnych programów wychodzenia z "
                    "bezdomności.",
                    "financing": "1. samorząd gminy 2. ośrodek pomocy społecznej 3. organizacje "
                    "pozarządowe 3. inne podmioty",
                    "responsible": "1. gmina / ośrodek pomocy społecznej 2. organizacje "
                    "pozarządowe",
                    # The social assistance centre is financed from the gmina's budget.
                    "sources": [GMINA_BUDGET, NGO_FUNDS, OTHER_FUNDS],
                    "implementers": ["MOPS"],
                    "partners": ["NGO"],
                },
                {
                    "title": "Współpraca jednostek pomocy społecznej z sądami i organizacjami "
                    "pozarządowymi w celu zmniejszenia negatywnych skutków marginalizacji.",
                    "financing": "-",
                    "responsible": "1. gmina / ośrodek pomocy społecznej 2. organizacje "
                    "pozarządowe 3. organizacje pozarządowe",
                    "sources": [],
                    "implementers": ["MOPS"],
                    "partners": ["NGO"],
                },
                {
                    "title": "Inicjowanie tworzenia grup samopomocowych.",
                    "financing": "-",
                    "responsible": "1. samorząd: gminy, powiatu 2. inne podmioty działające w "
                    "sferze pomocy społecznej 3. organizacje pozarządowe",
                    "sources": [],
                    "implementers": ["GMINA", "POWIAT"],
                    "partners": ["INNE", "NGO"],
                },
                {
                    "title": "Opracowywanie i realizacja lokalnych programów na rzecz walki ze "
                    "zjawiskami patologii społecznych.",
                    "financing": "1. samorząd: gminy, powiatu 2. organizacje pozarządowe",
                    "responsible": "1. samorząd: gminy, powiatu 2. organizacje pozarządowe 3. "
                    "inne podmioty",
                    "sources": [GMINA_BUDGET, POWIAT_BUDGET, NGO_FUNDS],
                    "implementers": ["GMINA", "POWIAT"],
                    "partners": ["NGO", "INNE"],
                },
                {
                    "title": "Aktywizacja grup społecznych zagrożonych marginalizacją.",
                    "financing": "-",
                    "responsible": "1. organizacje pozarządowe 2. pracownicy pomocy społecznej "
                    "3. inne podmioty lokalnego życia publicznego",
                    "sources": [],
                    "implementers": ["NGO"],
                    "partners": ["MOPS", "INNE"],
                },
            ],
        },
        {
            "title": "BEZROBOCIE",
            "actions": [
                {
                    "title": "Rozwój współpracy między ośrodkami pomocy społecznej i urzędami "
                    "pracy oraz innymi podmiotami, na rzecz aktywizacji długotrwale "
                    "bezrobotnych.",
                    "financing": "-",
                    "responsible": "1. gminy / ośrodki pomocy społecznej 2. powiatowy urząd "
                    "pracy 3. pracodawcy 4. organizacje pozarządowe",
                    "sources": [],
                    "implementers": ["MOPS"],
                    "partners": ["PUP", "PRACODAWCY", "NGO"],
                },
                {
                    "title": "Opracowywanie i realizacja lokalnych programów, aktywizujących "
                    "świadczeniobiorców pomocy społecznej.",
                    "financing": "1. samorząd: gminy, powiatu 2.. organizacje pozarządowe",
                    "responsible": "1. samorząd: gmin, powiatu 2. partnerzy programów",
                    "sources": [GMINA_BUDGET, POWIAT_BUDGET, NGO_FUNDS],
                    "implementers": ["GMINA", "POWIAT"],
                    "partners": ["INNE"],
                },
                {
                    "title": "Tworzenie bazy informacyjnej dotyczącej możliwości uzyskania "
                    "pomocy dla przedsiębiorców tworzących nowe miejsca pracy",
                    "financing": "-",
                    "responsible": "1. samorząd: gmin, powiatu 2. administracja rządowa 3. "
                    "powiatowy urząd pracy 4. organizacje pracodawców",
                    "sources": [],
                    "implementers": ["GMINA", "POWIAT"],
                    "partners": ["ADM_RZADOWA", "PUP", "ORG_PRACODAWCOW"],
                },
                {
                    "title": "Inicjowanie działań na rzecz dostosowywania kształcenia do "
                    "potrzeb rynku pracy.",
                    "financing": "",
                    "responsible": "1. powiat / powiatowy urząd pracy 2. gminy 3. organizacje "
                    "pozarządowe (CKU) 4. szkoły",
                    "sources": [],
                    "implementers": ["PUP"],
                    "partners": ["GMINA", "NGO", "ZSZ"],
                },
                {
                    "title": "Opracowywanie i realizacja programów specjalnych na rzecz "
                    "długotrwale bezrobotnych i osób o niskich kwalifikacjach zawodowych.",
                    "financing": "1. powiat / powiatowy urząd pracy 2. administracja rządowa",
                    "responsible": "1. powiat / powiatowy urząd pracy 2. ośrodki pomocy społecznej",
                    "sources": [POWIAT_BUDGET, STATE_BUDGET],
                    "implementers": ["PUP"],
                    "partners": ["MOPS"],
                },
                {
                    "title": "Inicjowanie tworzenia nowych miejsc pracy.",
                    "financing": "-",
                    "responsible": "1. samorząd: gmin, powiatu 2. pracodawcy 3. organizacje "
                    "pracodawców 4. organizacje pozarządowe",
                    "sources": [],
                    "implementers": ["GMINA", "POWIAT"],
                    "partners": ["PRACODAWCY", "ORG_PRACODAWCOW", "NGO"],
                },
            ],
        },
        {
            "title": "WSPÓŁPRACA PARTNERÓW SPOŁECZNYCH Z ADMINISTRACJĄ PUBLICZNĄ",
            "actions": [
                {
                    "title": "Opracowanie standardów usług, które powinny spełniać organizacje "
                    "pozarządowe, ubiegające się o realizację działań związanych z pomocą "
                    "społeczną.",
                    "financing": "-",
                    "responsible": "1. samorząd: gmin, powiatu 2. organizacje pozarządowe",
                    "sources": [],
                    "implementers": ["GMINA", "POWIAT"],
                    "partners": ["NGO"],
                },
                {
                    "title": "Wypracowywanie, przez jednostki administracji samorządowej, zasad "
                    "zlecania zadań organizacjom pozarządowym, z uwzględnieniem korzyści dla "
                    "społeczności lokalnej.",
                    "financing": "-",
                    "responsible": "1. samorząd: gmin, powiatów 2. organizacje pozarządowe",
                    "sources": [],
                    "implementers": ["GMINA", "POWIAT"],
                    "partners": ["NGO"],
                },
                {
                    "title": "Wspieranie przez administrację publiczną działań sektora "
                    "pozarządowego (organizacje wsparcia, centra wolontariatu, fundusze "
                    "lokalne, organizacje szkolące).",
                    "financing": "1. samorząd: gminy, powiatu 2. administracja rządowa",
                    "responsible": "1. samorząd: gmin, powiatów, 2. organizacje pozarządowe",
                    "sources": [GMINA_BUDGET, POWIAT_BUDGET, STATE_BUDGET],
                    "implementers": ["GMINA", "POWIAT"],
                    "partners": ["NGO"],
                },
                {
                    "title": "Opracowywanie na poziomie gmin i powiatów programów współpracy z "
                    "organizacjami pozarządowymi w sferze pomocy społecznej.",
                    "financing": "1. samorząd: gminy, powiatu 2. organizacje pozarządowe",
                    "responsible": "1. samorząd: gminy, powiatu 2. organizacje pozarządowe",
                    "sources": [GMINA_BUDGET, POWIAT_BUDGET, NGO_FUNDS],
                    "implementers": ["GMINA", "POWIAT"],
                    "partners": ["NGO"],
                },
                {
                    "title": "Stworzenie bazy informacyjnej o instytucjach i organizacjach "
                    "pozarządowych działających w zakresie problemów społecznych",
                    "financing": "1. samorząd: gminy, powiatu 2. administracja rządowa",
                    "responsible": "1. samorząd: gminy, powiatu 2. organizacje pozarządowe",
                    "sources": [GMINA_BUDGET, POWIAT_BUDGET, STATE_BUDGET],
                    "implementers": ["GMINA", "POWIAT"],
                    "partners": ["NGO"],
                },
                {
                    "title": "Inicjowanie działań zmierzających do tworzenia lokalnych funduszy "
                    "społecznych, przeznaczonych na dofinansowanie programów nastawionych na "
                    "rozwiązywanie problemów społecznych.",
                    "financing": "1. samorząd: gminy, powiatu 2. administracja rządowa 3. inne",
                    "responsible": "1. samorząd: gminy, powiatu 2. administracja rządowa 3. "
                    "organizacje pozarządowe",
                    "sources": [GMINA_BUDGET, POWIAT_BUDGET, STATE_BUDGET, OTHER_FUNDS],
                    "implementers": ["GMINA", "POWIAT"],
                    "partners": ["ADM_RZADOWA", "NGO"],
                },
                {
                    "title": "Tworzenie na poziomie powiatu, programów współpracy z "
                    "organizacjami pozarządowymi w sferze pomocy społecznej.",
                    "financing": "1. samorząd: gminy, powiatu 2. organizacje pozarządowe",
                    "responsible": "1. samorząd: gminy, powiatu 2. administracja rządowa 3. "
                    "organizacje pozarządowe",
                    "sources": [GMINA_BUDGET, POWIAT_BUDGET, NGO_FUNDS],
                    "implementers": ["GMINA", "POWIAT"],
                    "partners": ["ADM_RZADOWA", "NGO"],
                },
            ],
        },
        {
            "title": "KSZTAŁTOWANIE ŚWIADOMOŚCI W SFERZE POMOCY SPOŁECZNEJ",
            "actions": [
                {
                    "title": "Organizowanie cykli spotkań motywujących do poprawy własnej "
                    "sytuacji życiowej.",
                    "financing": "1.samorząd gminy, 2.organizacje pozarządowe",
                    "responsible": "1. ośrodki pomocy społecznej 2. organizacje pozarządowe 3. "
                    "powiatowy urząd pracy",
                    "sources": [GMINA_BUDGET, NGO_FUNDS],
                    "implementers": ["MOPS"],
                    "partners": ["NGO", "PUP"],
                },
                {
                    "title": "Popularyzowanie przykładów wychodzenia świadczeniobiorców z kręgu "
                    "pomocy społecznej.",
                    "financing": "-",
                    "responsible": "1. organizacje pozarządowe 2. ośrodki pomocy społecznej 3. "
                    "lokalne media",
                    "sources": [],
                    "implementers": ["NGO"],
                    "partners": ["MOPS", "MEDIA"],
                },
                {
                    "title": "Efektywna weryfikacja przyznawanych świadczeń.",
                    "financing": "-",
                    "responsible": "1. ośrodki pomocy społecznej 2. PCPR 3. organizacje "
                    "pozarządowe",
                    "sources": [],
                    "implementers": ["MOPS"],
                    "partners": ["PCPR", "NGO"],
                },
                {
                    "title": "Wydawanie ulotek i informatorów na temat zadań pomocy społecznej i "
                    "zasad korzystania z niej.",
                    "financing": "1. samorząd: gminy, powiatu 2. organizacje pozarządowe",
                    "responsible": "1. ośrodki pomocy społecznej 2. PCPR 3. organizacje "
                    "pozarządowe",
                    "sources": [GMINA_BUDGET, POWIAT_BUDGET, NGO_FUNDS],
                    "implementers": ["MOPS"],
                    "partners": ["PCPR", "NGO"],
                },
                {
                    "title": "Uruchomienie punktu informacyjno – konsultacyjnego dotyczącego "
                    "istotnych aspektów pomocy społecznej.",
                    "financing": "1. samorząd: powiatu, gminy",
                    "responsible": "1. samorząd: powiatu, gminy",
                    "sources": [POWIAT_BUDGET, GMINA_BUDGET],
                    "implementers": ["POWIAT", "GMINA"],
                    "partners": [],
                },
                {
                    "title": "Organizowanie szkoleń dla pracowników socjalnych na temat ich "
                    "roli w kształtowaniu świadomości o roli i zadaniach pomocy społecznej.",
                    "financing": "1. samorząd: gminy, powiatu",
                    "responsible": "1. PCPR 2. samorząd województwa",
                    "sources": [GMINA_BUDGET, POWIAT_BUDGET],
                    "implementers": ["PCPR"],
                    "partners": ["WOJEWODZTWO"],
                },
                {
                    "title": "Organizowanie lokalnych spotkań dla osób zainteresowanych pracą "
                    "na rzecz innych.",
                    "financing": "1. gmina 2. powiat 3. organizacje pozarządowe",
                    "responsible": "1. ośrodki pomocy społecznej 2. PCPR 3. organizacje "
                    "pozarządowe",
                    "sources": [GMINA_BUDGET, POWIAT_BUDGET, NGO_FUNDS],
                    "implementers": ["MOPS"],
                    "partners": ["PCPR", "NGO"],
                },
                {
                    "title": "Nawiązanie ścisłej współpracy jednostek pomocy społecznej z "
                    "organizacjami pozarządowymi.",
                    "financing": "-----",
                    "responsible": "1. ośrodki pomocy społecznej 2. PCPR 3. organizacje "
                    "pozarządowe",
                    "sources": [],
                    "implementers": ["MOPS"],
                    "partners": ["PCPR", "NGO"],
                },
            ],
        },
        {
            "title": "DZIAŁANIA NA RZECZ OSÓB NIEPEŁNOSPRAWNYCH W ZAKRESIE REHABILITACJI "
            "SPOŁECZNEJ I ZAWODOWEJ I PRZESTRZEGANIA PRAW OSÓB NIEPEŁNOSPRAWNYCH",
            "actions": [
                {
                    "title": "Dofinansowanie zaopatrzenia osób niepełnosprawnych w sprzęt "
                    "rehabilitacyjny, przedmioty ortopedyczne i środki pomocnicze",
                    "financing": "1. PFRON",
                    "responsible": "1. ośrodki pomocy społecznej 2. PCPR",
                    "sources": [PFRON],
                    "implementers": ["MOPS"],
                    "partners": ["PCPR"],
                },
                {
                    "title": "Finansowanie kosztów działania warsztatów terapii zajęciowej",
                    "financing": "1.PFRON 2.Samorząd",
                    "responsible": "1. PCPR",
                    # Workshops are co-financed by the powiat, which runs them.
                    "sources": [PFRON, POWIAT_BUDGET],
                    "implementers": ["PCPR"],
                    "partners": [],
                },
                {
                    "title": "Finansowanie szkoleń osób niepełnosprawnych w zakresie "
                    "doskonalenia lub przekwalifikowania zawodowego",
                    "financing": "1.PFRON",
                    "responsible": "1. PUP",
                    "sources": [PFRON],
                    "implementers": ["PUP"],
                    "partners": [],
                },
                {
                    "title": "Inicjowanie utworzenie zakładu aktywności zawodowej",
                    "financing": "1. PFRON",
                    "responsible": "1. PUP 2. organizacje pozarządowe",
                    "sources": [PFRON],
                    "implementers": ["PUP"],
                    "partners": ["NGO"],
                },
                {
                    "title": "Dofinansowanie uczestnictwa osób niepełnosprawnych i ich "
                    "opiekunów w turnusach rehabilitacyjnych. Dofinansowanie sportu, kultury, "
                    "rekreacji i turystyki osób niepełnosprawnych.",
                    "financing": "1. PFRON",
                    "responsible": "1. PCPR",
                    "sources": [PFRON],
                    "implementers": ["PCPR"],
                    "partners": [],
                },
                {
                    "title": "Likwidacja barier architektonicznych, urbanistycznych, "
                    "technicznych, transportowych, oraz w komunikowaniu się.",
                    "financing": "1. PFRON",
                    "responsible": "1. PCPR",
                    "sources": [PFRON],
                    "implementers": ["PCPR"],
                    "partners": [],
                },
                {
                    "title": "Upowszechnianie w prasie lokalnej i telewizji informacji na temat "
                    "dotyczących możliwości ubiegania się przez osoby niepełnosprawne o "
                    "dofinansowanie.",
                    "financing": "1. samorząd powiatowy, gminny",
                    "responsible": "1. PCPR 2. ośrodki pomocy społecznej",
                    "sources": [POWIAT_BUDGET, GMINA_BUDGET],
                    "implementers": ["PCPR"],
                    "partners": ["MOPS"],
                },
            ],
        },
    ],
}

# Preparation schedules (harmonogram opracowania) ---------------------------------------

# The seed's cooperating bodies, written once; "j.w." rows repeat it in full.
HISTORICAL_REPRESENTATIVES = (
    "Przedstawiciele:\n"
    "• Jednostek organizacyjnych i służb Samorządu Powiatu /m.in. PCPR, PUP, KPP, PPP/,\n"
    "• Samorządu i jednostek organizacyjnych samorządu miasta /m.in. MOPS, ZAO, BDK, "
    "Wydziału Urzędu Miasta/,\n"
    "• organizacji pozarządowych,\n"
    "• Kościołów i związków wyznaniowych,\n"
    "• oraz innych ważnych partnerów publicznych."
)

# Months are (year, month); "month_to" None with "continuous" True is praca ciągła.
HISTORICAL_SCHEDULE = [
    {
        "name": "Powołanie Zespołu Programowego do określenia głównych obszarów gminnej "
        "strategii integracji i polityki społecznej.",
        "month_from": (2004, 5),
        "month_to": (2004, 5),
        "executor": "Burmistrz Miasta.",
        "cooperating": HISTORICAL_REPRESENTATIVES,
    },
    {
        "name": "Określenie głównych obszarów strategii.",
        "month_from": (2004, 6),
        "month_to": (2004, 6),
        "executor": "Zespół programowy\nEksperci.",
        "cooperating": "",
    },
    {
        "name": "Diagnoza i analiza w głównych obszarach strategii.",
        "month_from": (2004, 9),
        "month_to": (2004, 9),
        "executor": "Zespół programowy\nEksperci.",
        "cooperating": HISTORICAL_REPRESENTATIVES,
    },
    {
        "name": "Powołanie Grup roboczych do określonych obszarów programu gminnej strategii "
        "integracji i polityki społecznej.",
        "month_from": (2004, 10),
        "month_to": (2004, 10),
        "executor": "Burmistrz Miasta.",
        "cooperating": HISTORICAL_REPRESENTATIVES,
    },
    {
        "name": "Ustalenie celów i działań w głównych obszarach gminnej strategii integracji "
        "i polityki społecznej.",
        "month_from": (2004, 10),
        "month_to": (2004, 12),
        "executor": "Grupy robocze.",
        "cooperating": HISTORICAL_REPRESENTATIVES,  # "j.w."
    },
    {
        "name": "Zatwierdzenie wyników prac.",
        "month_from": (2005, 2),
        "month_to": (2005, 2),
        "executor": "Burmistrz Miasta.",
        "cooperating": "Zespół programowy.",
    },
    {
        "name": "Przygotowanie wstępnej wersji strategii.",
        "month_from": (2005, 3),
        "month_to": (2005, 3),
        "executor": "Wydział Spraw Społecznych,\nEksperci.",
        "cooperating": "Zespół programowy.",
    },
    {
        "name": "Konsultacja wstępnej wersji strategii.",
        "month_from": (2005, 3),
        "month_to": (2005, 4),
        "executor": "Zespół programowy,\nWydział Spraw Społecznych.",
        "cooperating": HISTORICAL_REPRESENTATIVES,
    },
    {
        "name": "Ostateczna wersja strategii.",
        "month_from": (2005, 5),
        "month_to": (2005, 5),
        "executor": "Zespół programowy,\nEksperci",
        "cooperating": "Wydział Spraw Społecznych.",
    },
    {
        "name": "Przedłożenie projektu strategii do przyjęcia Burmistrzowi Miasta Przykładowo.",
        "month_from": (2005, 5),
        "month_to": (2005, 5),
        "executor": "Zespół programowy\nEksperci",
        "cooperating": "Wydział Spraw Społecznych.",
    },
    {
        "name": "Przedłożenie projektu strategii do zaopiniowania Komisjom Rady Miasta "
        "Przykładowo.",
        "month_from": (2005, 6),
        "month_to": (2005, 6),
        "executor": "Burmistrz Miasta",
        "cooperating": "Zespół programowy,\nWydział Spraw Społecznych,\nEksperci.",
    },
    {
        "name": "Przedłożenie ostatecznej wersji projektu strategii Radzie Miasta Przykładowo.",
        "month_from": (2005, 6),
        "month_to": (2005, 6),
        "executor": "Burmistrz Miasta",
        "cooperating": "",
    },
    {
        "name": "Promocja strategii.",
        "month_from": (2005, 7),
        "month_to": (2005, 8),
        "executor": "Jednostki organizacyjne samorządu, Wydział Spraw Społecznych UM.",
        "cooperating": HISTORICAL_REPRESENTATIVES,
    },
    {
        "name": "Monitoring i wdrażanie strategii.",
        "month_from": (2005, 7),
        "continuous": True,
        "executor": "Wydział Spraw Społecznych.",
        "cooperating": HISTORICAL_REPRESENTATIVES,  # "j.w."
    },
    {
        "name": "Koordynacja strategii.",
        "month_from": (2005, 7),
        "continuous": True,
        "executor": "Miejski Ośrodek Pomocy Społecznej.",
        "cooperating": HISTORICAL_REPRESENTATIVES,  # "j.w."
    },
]

CURRENT_REPRESENTATIVES = (
    "Przedstawiciele:\n"
    "• jednostek organizacyjnych i służb samorządu powiatu (m.in. PCPR, PUP, KPP, PPP),\n"
    "• samorządu i jednostek organizacyjnych miasta (m.in. MOPS, Wydziału Spraw "
    "Społecznych Urzędu Miasta),\n"
    "• organizacji pozarządowych,\n"
    "• Kościołów i związków wyznaniowych,\n"
    "• innych ważnych partnerów publicznych."
)

# The same fifteen steps for the current strategy, led by the social assistance centre.
CURRENT_SCHEDULE = [
    {
        "name": "Powołanie Zespołu Programowego do określenia głównych obszarów strategii "
        "rozwiązywania problemów społecznych.",
        "month_from": (2020, 3),
        "month_to": (2020, 3),
        "executor": "Burmistrz Miasta",
        "cooperating": CURRENT_REPRESENTATIVES,
    },
    {
        "name": "Określenie głównych obszarów strategii.",
        "month_from": (2020, 4),
        "month_to": (2020, 4),
        "executor": "Zespół programowy,\nMiejski Ośrodek Pomocy Społecznej",
        "cooperating": "",
    },
    {
        "name": "Diagnoza i analiza w głównych obszarach strategii.",
        "month_from": (2020, 5),
        "month_to": (2020, 9),
        "executor": "Zespół programowy,\nMiejski Ośrodek Pomocy Społecznej",
        "cooperating": CURRENT_REPRESENTATIVES,
    },
    {
        "name": "Powołanie grup roboczych do określonych obszarów strategii rozwiązywania "
        "problemów społecznych.",
        "month_from": (2020, 10),
        "month_to": (2020, 10),
        "executor": "Burmistrz Miasta",
        "cooperating": CURRENT_REPRESENTATIVES,
    },
    {
        "name": "Ustalenie celów i działań w głównych obszarach strategii (warsztaty "
        "strategiczne).",
        "month_from": (2020, 10),
        "month_to": (2020, 12),
        "executor": "Grupy robocze",
        "cooperating": CURRENT_REPRESENTATIVES,
    },
    {
        "name": "Zatwierdzenie wyników prac.",
        "month_from": (2021, 1),
        "month_to": (2021, 1),
        "executor": "Burmistrz Miasta",
        "cooperating": "Zespół programowy",
    },
    {
        "name": "Przygotowanie wstępnej wersji strategii.",
        "month_from": (2021, 2),
        "month_to": (2021, 2),
        "executor": "Miejski Ośrodek Pomocy Społecznej",
        "cooperating": "Zespół programowy,\nWydział Spraw Społecznych Urzędu Miasta",
    },
    {
        "name": "Konsultacje społeczne projektu strategii.",
        "month_from": (2021, 2),
        "month_to": (2021, 3),
        "executor": "Zespół programowy,\nMiejski Ośrodek Pomocy Społecznej",
        "cooperating": CURRENT_REPRESENTATIVES + "\n• mieszkańcy miasta.",
    },
    {
        "name": "Ostateczna wersja strategii i raport z konsultacji.",
        "month_from": (2021, 4),
        "month_to": (2021, 4),
        "executor": "Zespół programowy,\nMiejski Ośrodek Pomocy Społecznej",
        "cooperating": "Wydział Spraw Społecznych Urzędu Miasta",
    },
    {
        "name": "Przedłożenie projektu strategii do przyjęcia Burmistrzowi Miasta Przykładowo.",
        "month_from": (2021, 4),
        "month_to": (2021, 4),
        "executor": "Miejski Ośrodek Pomocy Społecznej",
        "cooperating": "Zespół programowy",
    },
    {
        "name": "Przedłożenie projektu strategii do zaopiniowania Komisjom Rady Miasta "
        "Przykładowo.",
        "month_from": (2021, 5),
        "month_to": (2021, 5),
        "executor": "Burmistrz Miasta",
        "cooperating": "Zespół programowy,\nMiejski Ośrodek Pomocy Społecznej",
    },
    {
        "name": "Przedłożenie ostatecznej wersji projektu strategii Radzie Miasta Przykładowo.",
        "month_from": (2021, 5),
        "month_to": (2021, 5),
        "executor": "Burmistrz Miasta",
        "cooperating": "",
    },
    {
        "name": "Promocja strategii.",
        "month_from": (2021, 6),
        "month_to": (2021, 8),
        "executor": "Miejski Ośrodek Pomocy Społecznej,\nWydział Spraw Społecznych Urzędu Miasta",
        "cooperating": CURRENT_REPRESENTATIVES,
    },
    {
        "name": "Monitoring i wdrażanie strategii.",
        "month_from": (2021, 6),
        "continuous": True,
        "executor": "Miejski Ośrodek Pomocy Społecznej (zespół ds. monitorowania i ewaluacji)",
        "cooperating": CURRENT_REPRESENTATIVES,
    },
    {
        "name": "Koordynacja strategii.",
        "month_from": (2021, 6),
        "continuous": True,
        "executor": "Miejski Ośrodek Pomocy Społecznej",
        "cooperating": CURRENT_REPRESENTATIVES,
    },
]

# Gmina Sąsiednia ---------------------------------------------------------------------------

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

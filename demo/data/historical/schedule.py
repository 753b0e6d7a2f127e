"""The preparation schedule (harmonogram opracowania) of the historical strategy: the seed
(shared/seeds/preparation-schedule.txt) as it stands."""

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

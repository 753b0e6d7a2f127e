"""The preparation schedule (harmonogram opracowania) of the current strategy."""

CURRENT_REPRESENTATIVES = (
    "Przedstawiciele:\n"
    "• jednostek organizacyjnych i służb samorządu powiatu (m.in. PCPR, PUP, KPP, PPP),\n"
    "• samorządu i jednostek organizacyjnych miasta (m.in. MOPS, Wydziału Spraw "
    "Społecznych Urzędu Miasta),\n"
    "• organizacji pozarządowych,\n"
    "• Kościołów i związków wyznaniowych,\n"
    "• innych ważnych partnerów publicznych."
)

# Months are (year, month); "month_to" None with "continuous" True is praca ciągła.
# The seed's fifteen steps (historical/schedule.py) for the current strategy, led by the
# social assistance centre.
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

"""The demo accounts, one for each role, and where they log in."""

from .governments import MAIN_SLUG, NEIGHBOUR_SLUG

PASSWORD = "demo-strategia"  # noqa: S105 - a published password of a demo installation
SITE_URL = "http://127.0.0.1:8000/"

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

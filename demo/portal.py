"""The demo town's accessibility statement, so that its public pages are complete."""

import datetime

from governments.models import LocalGovernment
from portal.models import AccessibilityStatement
from portal.services import statement_save


def portal_load(town: LocalGovernment) -> AccessibilityStatement:
    return statement_save(
        statement=AccessibilityStatement(
            government=town,
            published_on=datetime.date(2021, 6, 1),
            updated_on=datetime.date(2026, 11, 24),
            prepared_on=datetime.date(2026, 11, 24),
            contact_person="Anna Kowalska (dane przykładowe)",
            contact_email="dostepnosc@przykladowo.example",
            contact_phone="+48 00 000 00 00",
            architectural_accessibility=(
                "Budynek urzędu ma wejście bez schodów od strony parkingu, windę na wszystkie "
                "piętra i toaletę dla osób z niepełnosprawnościami. Można wejść z psem "
                "asystującym. Tłumacz języka migowego – po wcześniejszym zgłoszeniu. "
                "(Dane przykładowe.)"
            ),
        )
    )

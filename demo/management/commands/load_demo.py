"""``manage.py load_demo``: load the demo data set and print the demo accounts."""

from django.core.management.base import BaseCommand

from demo import data
from demo.loader import load_demo


class Command(BaseCommand):
    help = (
        "Wczytuje dane demonstracyjne (Miasto Przykładowo, Gmina Sąsiednia) i wypisuje konta "
        "demonstracyjne. Ponowne uruchomienie niczego nie powiela."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--quiet", action="store_true", help="Nie wypisuj niczego poza błędami."
        )

    def handle(self, *args, quiet: bool = False, **options) -> None:
        result = load_demo(stdout=None if quiet else self.stdout)
        if quiet:
            return
        if result["created"]:
            self.stdout.write(self.style.SUCCESS("Dane demonstracyjne zostały wczytane."))
        self.stdout.write("")
        self.stdout.write(f"Konta demonstracyjne (hasło: {data.PASSWORD}):")
        width = max(len(username) for username, _password, _description in result["logins"])
        for username, _password, description in result["logins"]:
            self.stdout.write(f"  {username.ljust(width)}  – {description}")
        self.stdout.write("")
        self.stdout.write(f"Zaloguj się pod adresem {data.SITE_URL}")

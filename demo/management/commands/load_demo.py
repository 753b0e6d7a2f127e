"""``manage.py load_demo``: load the demo data set and print the demo accounts."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from demo.data.users import PASSWORD, SITE_URL
from demo.loader import load_demo


class Command(BaseCommand):
    help = _(
        "Loads the demo data (Miasto Przykładowo, Gmina Sąsiednia) and prints the demo "
        "accounts. Running it again duplicates nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--quiet", action="store_true", help=_("Print nothing but errors."))

    def handle(self, *args, quiet: bool = False, **options) -> None:
        result = load_demo(stdout=None if quiet else self.stdout)
        if quiet:
            return
        if result["created"]:
            self.stdout.write(self.style.SUCCESS(_("The demo data has been loaded.")))
        self.stdout.write("")
        self.stdout.write(_("Demo accounts (password: %(password)s):") % {"password": PASSWORD})
        width = max(len(username) for username, _password, _description in result["logins"])
        for username, _password, description in result["logins"]:
            self.stdout.write(f"  {username.ljust(width)}  – {description}")
        self.stdout.write("")
        self.stdout.write(_("Log in at %(url)s") % {"url": SITE_URL})

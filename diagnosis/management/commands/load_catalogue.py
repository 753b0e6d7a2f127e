"""``manage.py load_catalogue``: load or update the shipped diagnosis indicator catalogue."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from diagnosis.services import catalogue_sync


class Command(BaseCommand):
    help = _("Loads or updates the shipped catalogue of diagnosis indicators. Safe to repeat.")

    def handle(self, *args, **options) -> None:
        created, updated = catalogue_sync()
        self.stdout.write(
            _("Diagnosis indicators: %(created)s new, %(updated)s updated.")
            % {"created": created, "updated": updated}
        )

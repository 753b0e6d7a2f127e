"""Delete generated document files that no record names (left by a deleted strategy,
cycle or local government). Safe to run at any time, e.g. nightly from cron."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from documents.services import files_prune


class Command(BaseCommand):
    help = "Delete generated document files that no record names any more."

    def handle(self, *args, **options) -> None:
        deleted = files_prune()
        self.stdout.write(_("Files deleted: %(n)s.") % {"n": len(deleted)})

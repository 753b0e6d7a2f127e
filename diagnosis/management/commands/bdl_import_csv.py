"""``manage.py bdl_import_csv FILE --variable N``: the installation's own import of a CSV
file exported from the BDL website into the shared statistics that every local government
reads, for a host whose server cannot reach the BDL API. Only someone with a shell on the
server can run it; a local government's file sent through the pages goes to its own layer.
"""

import hashlib
import logging
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from diagnosis.bdl_csv import SeriesChoice
from diagnosis.services import observations_import_bdl_csv

logger = logging.getLogger("diagnosis.statistics")


class Command(BaseCommand):
    help = _("Stores the values of one BDL variable from a CSV file exported from the BDL website.")

    def add_arguments(self, parser):
        parser.add_argument("file", help=_("The CSV file"))
        parser.add_argument("--variable", type=int, required=True, help=_("BDL variable id"))
        parser.add_argument("--series", default="", help=_("The series of a file holding several"))
        parser.add_argument("--name", default="", help=_("Name of a variable not stored yet"))

    def handle(self, *args, file, variable, series, name, **options):
        try:
            content = Path(file).read_bytes()
        except OSError as error:
            raise CommandError(str(error)) from error
        try:
            count = observations_import_bdl_csv(
                content=content, variable_bdl_id=variable, series=series, variable_name=name
            )
        except SeriesChoice as choice:
            raise CommandError(" ".join(choice.messages)) from choice
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        # The record of a write to the shared statistics: which file, its digest, how much.
        logger.warning(
            "Shared statistics written from %s (SHA-256 %s, %s bytes): variable %s, %s values",
            Path(file).name,
            hashlib.sha256(content).hexdigest(),
            len(content),
            variable,
            count,
        )
        self.stdout.write(_("%(count)s values stored.") % {"count": count})

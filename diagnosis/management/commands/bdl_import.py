"""``manage.py bdl_import``: fetch BDL variables for a local government and its comparisons.

Until the diagnosis screens run imports in the background, this is how a coordinator's
import is started; running it again with --resume continues an interrupted job.
"""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from tqdm import tqdm

from diagnosis.bdl import BdlClient
from diagnosis.models import ImportJob
from diagnosis.services import import_plan, import_run
from governments.models import LocalGovernment


class Command(BaseCommand):
    help = _(
        "Fetches BDL variables for a local government, its powiat, voivodeship, Poland and "
        "the units of its level in its voivodeship."
    )

    def add_arguments(self, parser):
        parser.add_argument("government", nargs="?", help=_("The local government's address"))
        parser.add_argument("--variable", type=int, action="append", default=[])
        parser.add_argument("--year", type=int, action="append", default=[])
        parser.add_argument("--resume", type=int, help=_("Continue the import with this number"))

    def handle(self, *args, government=None, variable=(), year=(), resume=None, **options):
        if resume:
            job = ImportJob.objects.filter(pk=resume).first()
            if job is None:
                raise CommandError(_("There is no import with number %(n)s.") % {"n": resume})
        else:
            found = LocalGovernment.objects.filter(slug=government).first()
            if found is None:
                raise CommandError(_("No local government has this address."))
            try:
                job = import_plan(government=found, variable_ids=variable, years=year)
            except ValidationError as error:
                raise CommandError(" ".join(error.messages)) from error
        done, total = job.progress
        with (
            BdlClient() as client,
            tqdm(total=total, initial=done, desc=_("BDL import"), file=self.stderr._out) as bar,
        ):
            job = import_run(job=job, client=client, progress=bar.update)
        if job.status == ImportJob.Status.FAILED:
            raise CommandError(
                _("Import %(n)s stopped: %(reason)s Run it again with --resume %(n)s.")
                % {"n": job.pk, "reason": job.message}
            )
        self.stdout.write(_("Import %(n)s is complete.") % {"n": job.pk})

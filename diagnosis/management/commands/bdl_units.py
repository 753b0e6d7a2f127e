"""``manage.py bdl_units``: load or refresh Poland's territorial units from the BDL API."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from tqdm import tqdm

from diagnosis.bdl import BdlClient, BdlError
from diagnosis.services import UNIT_LEVELS, units_refresh


class Command(BaseCommand):
    help = _(
        "Loads Poland's territorial units (Poland, voivodeships, powiats, gminy and the "
        "levels between) from the BDL API and ties local governments to them. Safe to repeat."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--level",
            type=int,
            action="append",
            choices=UNIT_LEVELS,
            help=_("Only this level (repeatable); by default levels 0 to 6."),
        )

    def handle(self, *args, level=None, **options) -> None:
        levels = tuple(level or UNIT_LEVELS)
        with BdlClient() as client:
            try:
                total = sum(client.count_units(level=lvl) for lvl in levels)
                with tqdm(
                    total=total, unit=_("units"), desc=_("BDL units"), file=self.stderr._out
                ) as bar:
                    result = units_refresh(client=client, levels=levels, progress=bar.update)
            except BdlError as error:
                raise CommandError(str(error)) from error
        self.stdout.write(
            _("Units: %(created)s new, %(updated)s changed; local governments tied: %(linked)s.")
            % {"created": result.created, "updated": result.updated, "linked": result.linked}
        )

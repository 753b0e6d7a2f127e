"""Public statistics for the diagnosis: Poland's territorial units as the BDL knows them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TerritorialUnit(models.Model):
    """A unit of Statistics Poland's Local Data Bank (BDL), identified by its 12-character id.

    The id encodes the TERYT code: voivodeship id[2:4], powiat id[7:9], gmina id[9:11] and
    kind id[11]; ``teryt`` keeps the code of the unit's own level (2, 4 or 7 digits).
    """

    class Level(models.IntegerChoices):
        POLAND = 0, _("Poland")
        MACROREGION = 1, _("macroregion")
        VOIVODESHIP = 2, _("voivodeship")
        REGION = 3, _("region")
        SUBREGION = 4, _("subregion")
        POWIAT = 5, _("powiat")
        GMINA = 6, _("gmina")
        LOCALITY = 7, _("statistical locality")

    class Kind(models.TextChoices):
        URBAN = "1", _("urban gmina")
        RURAL = "2", _("rural gmina")
        URBAN_RURAL = "3", _("urban-rural gmina")
        TOWN_PART = "4", _("town in an urban-rural gmina")
        RURAL_PART = "5", _("rural area of an urban-rural gmina")
        CITY_DISTRICT = "8", _("city district")
        CITY_DISTRICT_WARSAW = "9", _("district of a city with powiat rights")

    bdl_id = models.CharField(_("BDL unit id"), max_length=12, unique=True)
    name = models.CharField(_("name"), max_length=200)
    level = models.PositiveSmallIntegerField(_("level"), choices=Level.choices)
    kind = models.CharField(_("kind"), max_length=1, blank=True, choices=Kind.choices)
    teryt = models.CharField(_("TERYT code"), max_length=7, blank=True, db_index=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )
    refreshed_at = models.DateTimeField(_("refreshed"), auto_now=True)

    class Meta:
        verbose_name = _("territorial unit")
        verbose_name_plural = _("territorial units")
        ordering = ["bdl_id"]
        indexes = [models.Index(fields=["level", "kind"])]

    def __str__(self) -> str:
        return f"{self.name} ({self.bdl_id})"

    @property
    def is_whole_gmina(self) -> bool:
        """Level-6 lists mix whole gminy (kinds 1–3) with their parts and city districts."""
        return self.level == self.Level.GMINA and self.kind in {"1", "2", "3"}


def teryt_from_bdl_id(bdl_id: str, level: int) -> str:
    """The TERYT code of a unit at its own level: 2 digits for a voivodeship, 4 for a powiat,
    7 (TERC) for a gmina; empty for the levels TERYT does not have."""
    if len(bdl_id) != 12 or not bdl_id.isdigit():
        return ""
    if level == TerritorialUnit.Level.VOIVODESHIP:
        return bdl_id[2:4]
    if level == TerritorialUnit.Level.POWIAT:
        return bdl_id[2:4] + bdl_id[7:9]
    if level == TerritorialUnit.Level.GMINA:
        return bdl_id[2:4] + bdl_id[7:12]
    return ""

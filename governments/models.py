"""Local governments, their institutions and who may do what in them."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

# Slugs that would shadow the site's own top-level URLs.
RESERVED_SLUGS = frozenset(
    {"admin", "logowanie", "wylogowanie", "static", "media", "api", "portal", "formularz", "w"}
)

TERYT_LENGTHS = {2: "voivodeship", 4: "powiat", 7: "gmina"}


class LocalGovernmentQuerySet(models.QuerySet):
    def for_user(self, user) -> "LocalGovernmentQuerySet":
        if not user.is_authenticated:
            return self.none()
        return self.filter(memberships__user=user).distinct()


class LocalGovernment(models.Model):
    """A jednostka samorządu terytorialnego, identified by its TERYT code."""

    class Kind(models.TextChoices):
        URBAN_GMINA = "urban_gmina", _("urban gmina")
        RURAL_GMINA = "rural_gmina", _("rural gmina")
        URBAN_RURAL_GMINA = "urban_rural_gmina", _("urban-rural gmina")
        CITY_WITH_POWIAT_RIGHTS = "city_powiat", _("city with powiat rights")
        POWIAT = "powiat", _("powiat")
        VOIVODESHIP = "voivodeship", _("voivodeship")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("address in the system"),
        max_length=60,
        unique=True,
        help_text=_("Lower-case letters, digits and hyphens; used in page addresses."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    teryt = models.CharField(
        _("TERYT code"),
        max_length=7,
        unique=True,
        validators=[RegexValidator(r"^\d+$", _("The TERYT code consists of digits only."))],
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    unit = models.ForeignKey(
        "diagnosis.TerritorialUnit",
        verbose_name=_("statistical unit (BDL)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="governments",
        help_text=_("Tied automatically by the TERYT code when the units are loaded."),
    )

    objects = LocalGovernmentQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("local government")
        verbose_name_plural = _("local governments")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def expected_teryt_length(self) -> int:
        if self.kind == self.Kind.VOIVODESHIP:
            return 2
        if self.kind == self.Kind.POWIAT:
            return 4
        return 7

    def clean(self) -> None:
        errors = {}
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = _("This address is reserved by the system; choose another.")
        if self.kind and self.teryt and len(self.teryt) != self.expected_teryt_length():
            errors["teryt"] = _("A TERYT code of this kind of unit has %(n)s digits.") % {
                "n": self.expected_teryt_length()
            }
        if self.parent_id and self.parent_id == self.pk:
            errors["parent"] = _("A unit cannot be its own parent.")
        if errors:
            raise ValidationError(errors)


class Institution(models.Model):
    """A podmiot that implements or supports the strategy: OPS, PUP, school, police, NGO…"""

    class Kind(models.TextChoices):
        LOCAL_GOVERNMENT = "local_government", _("local government or its office")
        SOCIAL_ASSISTANCE = "social_assistance", _("social assistance unit (OPS, PCPR)")
        LABOUR_OFFICE = "labour_office", _("labour office")
        EDUCATION = "education", _("school or educational institution")
        HEALTH = "health", _("health care")
        POLICE = "police", _("police")
        JUSTICE = "justice", _("court or probation service")
        COMMISSION = "commission", _("commission or team")
        NGO = "ngo", _("non-governmental organisation")
        CHURCH = "church", _("church or religious association")
        GOVERNMENT_ADMINISTRATION = "government_administration", _("government administration")
        BUSINESS = "business", _("employer or business")
        OTHER = "other", _("other")

    government = models.ForeignKey(
        LocalGovernment,
        verbose_name=_("local government"),
        on_delete=models.CASCADE,
        related_name="institutions",
    )
    name = models.CharField(_("name"), max_length=300)
    short_name = models.CharField(
        _("short name"), max_length=40, blank=True, help_text=_("For example PUP, PCPR, MOPS.")
    )
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices, default=Kind.OTHER)
    address = models.CharField(_("address"), max_length=300, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["government", "name"], name="institution_unique_name_per_government"
            )
        ]

    def __str__(self) -> str:
        return self.short_name or self.name

    @property
    def label(self) -> str:
        if self.short_name and self.short_name != self.name:
            return f"{self.name} ({self.short_name})"
        return self.name


class Role(models.TextChoices):
    COORDINATOR = "coordinator", _("coordinator")
    TEAM_MEMBER = "team_member", _("team member")
    IMPLEMENTER = "implementer", _("implementer")
    APPROVER = "approver", _("approver")
    READER = "reader", _("read-only")


class Membership(models.Model):
    """A user's role in one local government; access is derived from it (see access.py)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    government = models.ForeignKey(
        LocalGovernment,
        verbose_name=_("local government"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    institution = models.ForeignKey(
        Institution,
        verbose_name=_("institution"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="memberships",
        help_text=_("Required for implementers: the institution they report for."),
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "government"], name="membership_one_role_per_government"
            ),
            models.CheckConstraint(
                condition=~Q(role="implementer") | Q(institution__isnull=False),
                name="membership_implementer_has_institution",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.government} ({self.get_role_display()})"

    def clean(self) -> None:
        if self.role == Role.IMPLEMENTER and not self.institution_id:
            raise ValidationError(
                {"institution": _("An implementer must be tied to an institution.")}
            )
        if (
            self.institution_id
            and self.government_id
            and self.institution.government_id != self.government_id
        ):
            raise ValidationError(
                {"institution": _("The institution belongs to another local government.")}
            )

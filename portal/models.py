"""The public portal's own data: each local government's accessibility statement
(deklaracja dostępności, required of public bodies by the Act of 4 April 2019 on the
digital accessibility of public bodies' websites and mobile applications)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.fields import limited_text
from governments.models import LocalGovernment


class AccessibilityStatement(models.Model):
    government = models.OneToOneField(
        LocalGovernment,
        verbose_name=_("local government"),
        on_delete=models.CASCADE,
        related_name="accessibility_statement",
    )
    published_on = models.DateField(_("date the pages were published"))
    updated_on = models.DateField(_("date of the last major update"), null=True, blank=True)
    prepared_on = models.DateField(_("date the statement was prepared"))
    contact_person = models.CharField(_("contact person"), max_length=200)
    contact_email = models.EmailField(_("contact e-mail"))
    contact_phone = models.CharField(_("contact phone"), max_length=50, blank=True)
    inaccessible_content = limited_text(
        _("content that is not accessible, and why"),
        blank=True,
        help_text=_("For example: scanned documents published before 2019."),
    )
    architectural_accessibility = limited_text(
        _("accessibility of the office building"),
        blank=True,
        help_text=_("Entrances, lifts, parking, a sign-language interpreter, an assistance dog."),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")

    def __str__(self) -> str:
        return str(self.government)

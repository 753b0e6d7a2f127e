"""How a local government's documents look, and the documents generated and kept."""

import datetime
from pathlib import Path

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from governments.models import LocalGovernment
from monitoring.models import MonitoringCycle
from strategies.models import Strategy

COLOUR = RegexValidator(r"^#[0-9A-Fa-f]{6}$", _("Give the colour as #RRGGBB, e.g. #1F3864."))


def look_file_path(look: "DocumentLook", filename: str) -> str:
    """A coat of arms or a title template: in the government's own folder."""
    return f"documents/{look.government_id}/files/{Path(filename).name}"


def look_font_path(look: "DocumentLook", filename: str) -> str:
    """A font: in the government's font folder, which the PDF renderer reads whole, so
    services.look_save keeps in it only the files the look names."""
    return f"documents/{look.government_id}/fonts/{Path(filename).name}"


class DocumentLook(models.Model):
    """A local government's own look of its documents (one per government; the defaults
    apply until it is saved). What the files are is checked in documents.forms."""

    government = models.OneToOneField(
        LocalGovernment,
        verbose_name=_("local government"),
        on_delete=models.CASCADE,
        related_name="document_look",
    )
    council_name = models.CharField(
        _("the council, as after “resolution of”"),
        max_length=200,
        blank=True,
        help_text=_("For example: Rady Miejskiej w Bartoszycach. Used in the attachments."),
    )
    place = models.CharField(
        _("place on the title page"),
        max_length=100,
        blank=True,
        help_text=_("For example: Bartoszyce."),
    )
    header_text = models.CharField(_("page header"), max_length=200, blank=True)
    coat_of_arms = models.FileField(
        _("coat of arms"), upload_to=look_file_path, blank=True, max_length=300
    )
    font = models.CharField(_("font"), max_length=100, default="DejaVu Sans")
    font_regular = models.FileField(
        _("own font: regular"), upload_to=look_font_path, blank=True, max_length=300
    )
    font_bold = models.FileField(
        _("own font: bold"), upload_to=look_font_path, blank=True, max_length=300
    )
    own_font_family = models.CharField(_("family of the own font"), max_length=100, blank=True)
    heading_colour = models.CharField(
        _("colour of the headings"), max_length=7, default="#1F3864", validators=[COLOUR]
    )
    table_header_colour = models.CharField(
        _("background of table headers"), max_length=7, default="#DCE3EE", validators=[COLOUR]
    )
    title_template = models.FileField(
        _("title page template (DOCX)"),
        upload_to=look_file_path,
        blank=True,
        max_length=300,
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("look of documents")
        verbose_name_plural = _("looks of documents")

    def __str__(self) -> str:
        return str(self.government)

    @property
    def font_dir(self) -> str | None:
        if not self.font_regular:
            return None
        return str(Path(self.font_regular.path).parent)


class GeneratedDocumentQuerySet(models.QuerySet):
    def pending(self) -> "GeneratedDocumentQuerySet":
        """Waiting or being made, and not interrupted (GeneratedDocument.is_pending)."""
        now = timezone.now()
        return self.filter(
            Q(
                status=GeneratedDocument.Status.RUNNING,
                updated_at__gte=now - GeneratedDocument.STALE_RUNNING,
            )
            | Q(
                status=GeneratedDocument.Status.QUEUED,
                updated_at__gte=now - GeneratedDocument.STALE_QUEUED,
            )
        )


class GeneratedDocument(models.Model):
    """One generated file, kept so that the version that was adopted or published can be
    found again. Made in the background (documents.tasks); ``progress`` and ``step`` are
    what the page shows meanwhile."""

    class Kind(models.TextChoices):
        STRATEGY = "strategy", _("strategy document")
        REPORT = "report", _("yearly monitoring report")
        PLAN_ATTACHMENT = "plan", _("attachment: action plan")
        SCHEDULE_ATTACHMENT = "schedule", _("attachment: preparation schedule")
        CONSULTATION = "consultation", _("consultation report")

    class Format(models.TextChoices):
        PDF = "pdf", "PDF"
        DOCX = "docx", "DOCX"

    class Status(models.TextChoices):
        QUEUED = "queued", _("waiting")
        RUNNING = "running", _("being made")
        DONE = "done", _("ready")
        FAILED = "failed", _("failed")

    government = models.ForeignKey(
        LocalGovernment,
        verbose_name=_("local government"),
        on_delete=models.CASCADE,
        related_name="documents",
    )
    strategy = models.ForeignKey(
        Strategy, verbose_name=_("strategy"), on_delete=models.CASCADE, related_name="documents"
    )
    cycle = models.ForeignKey(
        MonitoringCycle,
        verbose_name=_("monitoring cycle"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="documents",
    )
    consultation = models.ForeignKey(
        "consultations.Consultation",
        verbose_name=_("consultation"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="documents",
    )
    kind = models.CharField(_("document"), max_length=12, choices=Kind.choices)
    format = models.CharField(_("format"), max_length=4, choices=Format.choices)
    attachment_number = models.PositiveSmallIntegerField(
        _("attachment number"), null=True, blank=True
    )
    resolution_number = models.CharField(_("resolution number"), max_length=100, blank=True)
    resolution_date = models.DateField(_("resolution date"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    step = models.CharField(_("current step"), max_length=200, blank=True)
    error = models.TextField(_("error"), blank=True)
    file = models.FileField(_("file"), upload_to="documents/generated/", blank=True, max_length=300)
    size = models.PositiveIntegerField(_("size in bytes"), default=0)
    seconds = models.FloatField(_("time to make (s)"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=500, blank=True)
    is_published = models.BooleanField(_("published version"), default=False)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("requested"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last change"), default=timezone.now)
    finished_at = models.DateTimeField(_("made"), null=True, blank=True)

    # A document still "being made" this long after its last progress report was stopped
    # by something no code could catch (the worker killed): it is shown as interrupted, may
    # be deleted, and the page stops waiting for it. Waiting for the worker may take longer.
    STALE_RUNNING = datetime.timedelta(minutes=15)
    STALE_QUEUED = datetime.timedelta(hours=6)

    objects = GeneratedDocumentQuerySet.as_manager()

    class Meta:
        verbose_name = _("generated document")
        verbose_name_plural = _("generated documents")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["strategy", "-created_at"])]
        constraints = [
            # One published version of each document (per year for reports) and format.
            models.UniqueConstraint(
                fields=["strategy", "kind", "format"],
                condition=Q(is_published=True, cycle__isnull=True, consultation__isnull=True),
                name="one_published_document",
            ),
            models.UniqueConstraint(
                fields=["consultation", "format"],
                condition=Q(is_published=True, consultation__isnull=False),
                name="one_published_consultation_report",
            ),
            models.UniqueConstraint(
                fields=["strategy", "kind", "cycle", "format"],
                condition=Q(is_published=True, cycle__isnull=False),
                name="one_published_report_a_year",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.format.upper()})"

    @property
    def is_done(self) -> bool:
        """Made: the file can be downloaded and published."""
        return self.status == self.Status.DONE

    @property
    def is_interrupted(self) -> bool:
        if self.status == self.Status.RUNNING:
            return timezone.now() - self.updated_at > self.STALE_RUNNING
        if self.status == self.Status.QUEUED:
            return timezone.now() - self.updated_at > self.STALE_QUEUED
        return False

    @property
    def is_pending(self) -> bool:
        return self.status in {self.Status.QUEUED, self.Status.RUNNING} and not self.is_interrupted

    @property
    def filename(self) -> str:
        return Path(self.file.name).name if self.file else ""

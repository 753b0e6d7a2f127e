"""The yearly monitoring cycle: reporting forms of the implementing institutions, the
judgement of indicators, the report with recommendations, and its approval.

MonitoringCycle (strategy, year, deadline, status, conclusions)
 ├─ ReportForm (institution, status, version)            one per implementing institution
 │   ├─ ActionReport (action, status, what was done, people reached, problems)
 │   │   └─ ActionSpending (financing source, amount)
 │   ├─ IndicatorReport (indicator, value, source, comment)
 │   ├─ RecommendationResponse (last year's recommendation, what was done about it)
 │   └─ FormLink (token digest, expires, revoked)         access without an account
 ├─ Recommendation (text, institutions, goal or action)
 └─ Approval (step, who records it, date, decision,       the approval path of the report
             document number, recorded by, on behalf)
ApprovalStage (government, position, name, who records)  the path a government configures
"""

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from core.fields import CHAPTER, NOTE, limited_text
from governments.models import Institution, LocalGovernment, Role
from strategies.models import YEAR_VALIDATORS, Action, FinancingSource, Goal, Indicator, Strategy


class Recorder(models.TextChoices):
    """Who records the decision of an approval step: the team its own steps (monitoring
    team, coordination team), the approver (the mayor's role) the mayor's and the council's
    decisions, which the team may not record."""

    TEAM = "team", _("the team (coordinator and team members)")
    APPROVER = "approver", _("the approver (mayor, wójt, president)")


# The roles that record a step of each kind themselves, and those that may record it only
# on the role holder's behalf, said so in the report (Approval.recordable_by).
RECORDING_ROLES = {
    Recorder.TEAM: frozenset({Role.COORDINATOR, Role.TEAM_MEMBER}),
    Recorder.APPROVER: frozenset({Role.APPROVER}),
}
ON_BEHALF_ROLES = {Recorder.APPROVER: frozenset({Role.COORDINATOR})}


def _recorded_by_role_field():
    return models.CharField(
        _("who records the decision"),
        max_length=10,
        choices=Recorder.choices,
        default=Recorder.APPROVER,  # the safe side: the team cannot record it
    )


class ApprovalStage(models.Model):
    """A step of the approval path of yearly reports, configured per local government."""

    government = models.ForeignKey(
        LocalGovernment,
        verbose_name=_("local government"),
        on_delete=models.CASCADE,
        related_name="approval_stages",
    )
    position = models.PositiveIntegerField(_("position"), default=0)
    name = models.CharField(_("step"), max_length=200)
    needs_document = models.BooleanField(
        _("ends with a resolution or document number"), default=False
    )
    recorded_by_role = _recorded_by_role_field()
    # Who changed the path, and when: a step given to the team instead of the approver
    # changes who may record the mayor's or the council's decision.
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("approval step")
        verbose_name_plural = _("approval steps")
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.name


class MonitoringCycle(models.Model):
    class Status(models.TextChoices):
        COLLECTING = "collecting", _("collecting forms")
        REPORTING = "reporting", _("writing the report")
        APPROVAL = "approval", _("in approval")
        APPROVED = "approved", _("approved")
        PUBLISHED = "published", _("published")

    strategy = models.ForeignKey(
        Strategy,
        verbose_name=_("strategy"),
        on_delete=models.CASCADE,
        related_name="monitoring_cycles",
    )
    year = models.PositiveSmallIntegerField(_("reported year"), validators=YEAR_VALIDATORS)
    deadline = models.DateField(_("deadline for the forms"))
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.COLLECTING
    )
    conclusions = limited_text(_("conclusions"), blank=True, limit=CHAPTER)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("monitoring cycle")
        verbose_name_plural = _("monitoring cycles")
        ordering = ["strategy", "-year"]
        constraints = [
            models.UniqueConstraint(fields=["strategy", "year"], name="one_cycle_per_year")
        ]

    def __str__(self) -> str:
        return _("Report for %(year)s") % {"year": self.year}

    # The states in which the report is a record: nothing in the cycle changes any more.
    LOCKED = frozenset({Status.APPROVED, Status.PUBLISHED})

    @property
    def is_locked(self) -> bool:
        """Approved or published: the report is a record (services refuse every change)."""
        return self.status in self.LOCKED

    @property
    def can_publish(self) -> bool:
        """Approved by every step and not published yet."""
        return self.status == self.Status.APPROVED


class ReportForm(models.Model):
    """One institution's reporting form in a cycle. ``version`` grows with every save, so
    that two people editing the same form cannot silently overwrite each other."""

    class Status(models.TextChoices):
        NOT_OPENED = "not_opened", _("not opened")
        DRAFT = "draft", pgettext_lazy("reporting form", "draft")
        SUBMITTED = "submitted", _("submitted")
        RETURNED = "returned", _("returned for correction")
        ACCEPTED = "accepted", _("accepted")

    cycle = models.ForeignKey(
        MonitoringCycle, verbose_name=_("cycle"), on_delete=models.CASCADE, related_name="forms"
    )
    institution = models.ForeignKey(
        Institution,
        verbose_name=_("institution"),
        on_delete=models.PROTECT,
        related_name="report_forms",
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.NOT_OPENED
    )
    version = models.PositiveIntegerField(_("version"), default=0)
    opened_at = models.DateTimeField(_("opened"), null=True, blank=True)
    saved_at = models.DateTimeField(_("last saved"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    submitted_by = models.CharField(_("submitted by"), max_length=200, blank=True)
    return_comment = limited_text(_("why it was returned"), blank=True, limit=NOTE)
    reminded_at = models.DateTimeField(_("last reminder"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("reporting form")
        verbose_name_plural = _("reporting forms")
        ordering = ["cycle", "institution__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["cycle", "institution"], name="one_form_per_institution"
            )
        ]

    def __str__(self) -> str:
        return f"{self.institution} – {self.cycle}"

    # The states in which the institution fills the form in (and is reminded to).
    EDITABLE = frozenset({Status.NOT_OPENED, Status.DRAFT, Status.RETURNED})

    @property
    def is_editable(self) -> bool:
        return self.status in self.EDITABLE

    @property
    def is_submitted(self) -> bool:
        """Sent by the institution and waiting for the team (to accept or return)."""
        return self.status == self.Status.SUBMITTED

    @property
    def is_returned(self) -> bool:
        return self.status == self.Status.RETURNED


class ActionReport(models.Model):
    class Status(models.TextChoices):
        DONE = "done", pgettext_lazy("action status", "done")
        IN_PROGRESS = "in_progress", _("in progress")
        NOT_STARTED = "not_started", _("not started")
        ABANDONED = "abandoned", _("abandoned")

    form = models.ForeignKey(
        ReportForm, verbose_name=_("form"), on_delete=models.CASCADE, related_name="actions"
    )
    # RESTRICT: a reported action is not deleted on its own (services refuse it in words);
    # it goes only with its whole strategy, whose cycles go too.
    action = models.ForeignKey(
        Action, verbose_name=_("action"), on_delete=models.RESTRICT, related_name="reports"
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, blank=True)
    what_done = limited_text(_("what was done"), blank=True)
    people_reached = models.PositiveIntegerField(_("people reached"), null=True, blank=True)
    problems = limited_text(_("problems met"), blank=True)

    class Meta:
        verbose_name = _("action report")
        verbose_name_plural = _("action reports")
        ordering = ["form", "action__position", "action_id"]
        constraints = [
            models.UniqueConstraint(fields=["form", "action"], name="one_report_per_action")
        ]

    def __str__(self) -> str:
        return str(self.action)


class ActionSpending(models.Model):
    report = models.ForeignKey(
        ActionReport,
        verbose_name=_("action report"),
        on_delete=models.CASCADE,
        related_name="spending",
    )
    source = models.ForeignKey(
        FinancingSource, verbose_name=_("financing source"), on_delete=models.PROTECT
    )
    amount = models.DecimalField(
        _("amount spent (PLN)"),
        max_digits=14,
        decimal_places=2,
        validators=[MinValueValidator(0)],
    )

    class Meta:
        verbose_name = _("money spent")
        verbose_name_plural = _("money spent")
        constraints = [
            models.UniqueConstraint(fields=["report", "source"], name="one_amount_per_source")
        ]

    def __str__(self) -> str:
        return f"{self.source}: {self.amount}"


class IndicatorReport(models.Model):
    form = models.ForeignKey(
        ReportForm, verbose_name=_("form"), on_delete=models.CASCADE, related_name="indicators"
    )
    indicator = models.ForeignKey(
        Indicator, verbose_name=_("indicator"), on_delete=models.RESTRICT, related_name="reports"
    )
    value = models.DecimalField(
        _("value for the year"), max_digits=16, decimal_places=4, null=True, blank=True
    )
    source = models.CharField(_("source of the value"), max_length=300, blank=True)
    comment = limited_text(_("comment"), blank=True, limit=NOTE)

    class Meta:
        verbose_name = _("indicator report")
        verbose_name_plural = _("indicator reports")
        ordering = ["form", "indicator__position", "indicator_id"]
        constraints = [
            models.UniqueConstraint(fields=["form", "indicator"], name="one_report_per_indicator")
        ]

    def __str__(self) -> str:
        return str(self.indicator)


class FormLink(models.Model):
    """A personal link to one form for people without an account. Only a digest of the
    token is stored; the link expires and can be revoked."""

    form = models.ForeignKey(
        ReportForm, verbose_name=_("form"), on_delete=models.CASCADE, related_name="links"
    )
    token_digest = models.CharField(max_length=64, unique=True)
    recipient = models.CharField(_("for whom"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    expires_at = models.DateTimeField(_("expires"))
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        verbose_name = _("personal link")
        verbose_name_plural = _("personal links")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.form} ({self.recipient})"


class Recommendation(models.Model):
    cycle = models.ForeignKey(
        MonitoringCycle,
        verbose_name=_("cycle"),
        on_delete=models.CASCADE,
        related_name="recommendations",
    )
    position = models.PositiveIntegerField(_("position"), default=0)
    text = limited_text(_("recommendation"))
    institutions = models.ManyToManyField(
        Institution, verbose_name=_("addressed to"), related_name="recommendations"
    )
    goal = models.ForeignKey(
        Goal,
        verbose_name=_("area or goal"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="recommendations",
    )
    action = models.ForeignKey(
        Action,
        verbose_name=_("action"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="recommendations",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("recommendation")
        verbose_name_plural = _("recommendations")
        ordering = ["cycle", "position", "id"]

    def __str__(self) -> str:
        return self.text[:80]


class RecommendationResponse(models.Model):
    """What an institution did about a recommendation of the previous cycle."""

    form = models.ForeignKey(
        ReportForm,
        verbose_name=_("form"),
        on_delete=models.CASCADE,
        related_name="responses",
    )
    recommendation = models.ForeignKey(
        Recommendation,
        verbose_name=_("recommendation"),
        on_delete=models.CASCADE,
        related_name="responses",
    )
    response = limited_text(_("what was done about it"), blank=True)

    class Meta:
        verbose_name = _("response to a recommendation")
        verbose_name_plural = _("responses to recommendations")
        constraints = [
            models.UniqueConstraint(
                fields=["form", "recommendation"], name="one_response_per_recommendation"
            )
        ]

    def __str__(self) -> str:
        return str(self.recommendation)


class Approval(models.Model):
    """One step of the report's approval path with its outcome."""

    class Decision(models.TextChoices):
        PENDING = "pending", _("waiting")
        APPROVED = "approved", _("approved")
        NOTED = "noted", _("taken note of")
        RETURNED = "returned", _("returned")

    cycle = models.ForeignKey(
        MonitoringCycle,
        verbose_name=_("cycle"),
        on_delete=models.CASCADE,
        related_name="approvals",
    )
    position = models.PositiveIntegerField(_("position"), default=0)
    name = models.CharField(_("step"), max_length=200)
    needs_document = models.BooleanField(
        _("ends with a resolution or document number"), default=False
    )
    decision = models.CharField(
        _("decision"), max_length=10, choices=Decision.choices, default=Decision.PENDING
    )
    date = models.DateField(_("date"), null=True, blank=True)
    document_number = models.CharField(
        _("resolution or document number"), max_length=100, blank=True
    )
    note = limited_text(_("note"), blank=True, limit=NOTE)
    recorded_by_role = _recorded_by_role_field()
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    on_behalf = models.BooleanField(_("entered on the approver's behalf"), default=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("approval")
        verbose_name_plural = _("approvals")
        ordering = ["cycle", "position", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(on_behalf=False) | models.Q(recorded_by_role="approver"),
                name="approval_on_behalf_only_of_the_approver",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def recordable_by(self, role: str) -> bool:
        """Whether a member of this role may record the step's decision: the role the step
        names, or one that records it on their behalf (recorded_on_behalf_by). The one rule
        behind Access.may_record, services.approval_record and the report's links."""
        return role in RECORDING_ROLES.get(self.recorded_by_role, ()) or (
            self.recorded_on_behalf_by(role)
        )

    def recorded_on_behalf_by(self, role: str) -> bool:
        """A coordinator recording the approver's step: allowed only marked as such."""
        return role in ON_BEHALF_ROLES.get(self.recorded_by_role, ())

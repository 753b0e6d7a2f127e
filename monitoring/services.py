"""Writes of the monitoring cycle: opening a cycle, filling in, submitting, returning and
accepting the institutions' forms."""

import datetime
import secrets
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from core.crypto import token_digest
from governments.models import Institution, Membership
from strategies.models import (
    ActionFunding,
    IndicatorValue,
    Strategy,
)

from .models import (
    ActionReport,
    ActionSpending,
    Approval,
    ApprovalStage,
    FormLink,
    IndicatorReport,
    MonitoringCycle,
    Recommendation,
    RecommendationResponse,
    ReportForm,
)
from .selectors import approval_path, form_missing, form_scope, forms_to_remind

StageSpec = tuple[str, bool, str]  # name, needs_document, recorded_by_role


def _stages_create(government, stages: list[StageSpec]) -> list[ApprovalStage]:
    rows = [
        ApprovalStage(
            government=government,
            position=n,
            name=name,
            needs_document=doc,
            recorded_by_role=recorder,
        )
        for n, (name, doc, recorder) in enumerate(stages)
    ]
    for row in rows:
        row.full_clean()
    # With history (who set the path, and when), as the deletion before it has.
    return bulk_create_with_history(rows, ApprovalStage)


@transaction.atomic
def cycle_open(*, strategy: Strategy, year: int, deadline: datetime.date) -> MonitoringCycle:
    """Open the cycle of a year: one form per institution with exactly its actions and
    indicators, the recommendations of the previous cycle addressed to it, and the approval
    path of the report."""
    if not strategy.year_from <= year <= strategy.year_to:
        raise ValidationError(
            {
                "year": _("The strategy runs from %(from)s to %(to)s.")
                % {"from": strategy.year_from, "to": strategy.year_to}
            }
        )
    if MonitoringCycle.objects.filter(strategy=strategy, year=year).exists():
        raise ValidationError({"year": _("The cycle for this year is already open.")})
    scope = form_scope(strategy, year)
    if not scope:
        raise ValidationError(
            _(
                "No institution implements an action of this year or is responsible for an "
                "indicator: there is nobody to send a form to."
            )
        )
    cycle = MonitoringCycle(strategy=strategy, year=year, deadline=deadline)
    cycle.full_clean()
    cycle.save()
    previous = (
        MonitoringCycle.objects.filter(strategy=strategy, year__lt=year).order_by("-year").first()
    )
    recommendations: dict[int, list[Recommendation]] = {}
    if previous is not None:
        for recommendation in previous.recommendations.prefetch_related("institutions"):
            for institution in recommendation.institutions.all():
                recommendations.setdefault(institution.pk, []).append(recommendation)
    institutions = Institution.objects.in_bulk(scope)
    for institution_id, entry in scope.items():
        form = ReportForm.objects.create(cycle=cycle, institution=institutions[institution_id])
        ActionReport.objects.bulk_create(
            ActionReport(form=form, action=action) for action in entry["actions"]
        )
        IndicatorReport.objects.bulk_create(
            IndicatorReport(form=form, indicator=indicator) for indicator in entry["indicators"]
        )
        RecommendationResponse.objects.bulk_create(
            RecommendationResponse(form=form, recommendation=r)
            for r in recommendations.get(institution_id, [])
        )
    Approval.objects.bulk_create(
        Approval(
            cycle=cycle,
            position=stage.position,
            name=stage.name,
            needs_document=stage.needs_document,
            recorded_by_role=stage.recorded_by_role,
        )
        for stage in approval_path(strategy.government)
    )
    return cycle


# Filling in -------------------------------------------------------------------------------


def _refuse_if_locked(cycle: MonitoringCycle) -> None:
    """An approved or published report is a record: nothing in its cycle changes."""
    if cycle.is_locked:
        raise ValidationError(_("The report has been approved; its cycle can no longer change."))


class Conflict(Exception):
    """The form was saved by someone else since this copy was loaded."""


def _locked(form: ReportForm) -> ReportForm:
    return ReportForm.objects.select_for_update().get(pk=form.pk)


@transaction.atomic
def form_open(*, form: ReportForm) -> None:
    """Record that the institution has opened its form (the board shows it)."""
    if form.status != ReportForm.Status.NOT_OPENED:
        return  # already opened: no lock, no write
    form = _locked(form)
    if form.status == ReportForm.Status.NOT_OPENED:
        form.status = ReportForm.Status.DRAFT
        form.opened_at = timezone.now()
        form.save(update_fields=["status", "opened_at"])


@transaction.atomic
def form_save(*, form: ReportForm, version: int, data: dict) -> ReportForm:
    """Save a draft (as the person types; nothing needs to be complete). ``version`` is the
    version the person's copy was loaded at: if someone saved since, nothing is saved and
    Conflict is raised, so nobody overwrites another's work unseen.

    ``data``: {"actions": {report id: {status, what_done, people_reached, problems,
    spending: {source id: amount or None}}}, "indicators": {report id: {value, source,
    comment}}, "responses": {response id: text}}.
    """
    current = _locked(form)
    if not current.is_editable:
        raise ValidationError(_("The form has been submitted and can no longer be changed."))
    if current.version != version:
        raise Conflict
    _refuse_if_locked(current.cycle)
    reports = {
        r.pk: r for r in current.actions.select_related("action").prefetch_related("spending")
    }
    allowed_sources = _allowed_sources(current)
    for pk, values in data.get("actions", {}).items():
        report = reports.get(int(pk))
        if report is None:
            raise ValidationError(_("The action is not part of this form."))
        for field in ("status", "what_done", "people_reached", "problems"):
            if field in values:
                setattr(report, field, values[field])
        report.full_clean(exclude=["form", "action"])
        report.save()
        spent = {x.source_id: x for x in report.spending.all()}
        for source_id, amount in values.get("spending", {}).items():
            if (report.action_id, int(source_id)) not in allowed_sources:
                raise ValidationError(_("The action is not financed from this source."))
            if amount is None:
                if int(source_id) in spent:
                    spent[int(source_id)].delete()
            else:
                ActionSpending.objects.update_or_create(
                    report=report, source_id=source_id, defaults={"amount": Decimal(amount)}
                )
    indicators = {r.pk: r for r in current.indicators.all()}
    for pk, values in data.get("indicators", {}).items():
        report = indicators.get(int(pk))
        if report is None:
            raise ValidationError(_("The indicator is not part of this form."))
        for field in ("value", "source", "comment"):
            if field in values:
                setattr(report, field, values[field])
        report.full_clean(exclude=["form", "indicator"])
        report.save()
    responses = {r.pk: r for r in current.responses.all()}
    for pk, text in data.get("responses", {}).items():
        response = responses.get(int(pk))
        if response is None:
            raise ValidationError(_("The recommendation is not part of this form."))
        response.response = text
        response.save(update_fields=["response"])
    current.version += 1
    current.saved_at = timezone.now()
    if current.status == ReportForm.Status.NOT_OPENED:
        current.status = ReportForm.Status.DRAFT
        current.opened_at = current.opened_at or current.saved_at
    current.save(update_fields=["version", "saved_at", "status", "opened_at"])
    return current


def _allowed_sources(form: ReportForm) -> set[tuple[int, int]]:
    """(action id, source id) pairs: money is reported against the action's own sources."""

    return set(
        ActionFunding.objects.filter(action__reports__form=form).values_list(
            "action_id", "source_id"
        )
    )


@transaction.atomic
def form_submit(*, form: ReportForm, by: str) -> bool:
    """Submit the form once. A second submission (a double click, two tabs) changes
    nothing and returns False; a form with something missing is refused."""
    current = _locked(form)
    if current.status in {ReportForm.Status.SUBMITTED, ReportForm.Status.ACCEPTED}:
        return False
    if missing := form_missing(current):
        raise ValidationError(missing)
    current.status = ReportForm.Status.SUBMITTED
    current.submitted_at = timezone.now()
    current.submitted_by = by[:200]
    current.version += 1
    current.save(update_fields=["status", "submitted_at", "submitted_by", "version"])
    return True


@transaction.atomic
def form_return(*, form: ReportForm, comment: str) -> None:
    """The team returns a submitted form for correction, saying why."""
    current = _locked(form)
    _refuse_if_locked(current.cycle)
    if current.status != ReportForm.Status.SUBMITTED:
        raise ValidationError(_("Only a submitted form can be returned."))
    if not comment.strip():
        raise ValidationError({"comment": _("Say what should be corrected.")})
    current.status = ReportForm.Status.RETURNED
    current.return_comment = comment
    current.version += 1
    current.save(update_fields=["status", "return_comment", "version"])


@transaction.atomic
def form_accept(*, form: ReportForm) -> None:
    """Accept a submitted form: its indicator values become the strategy's measured values
    for the year (the source and comment kept as the note)."""
    current = _locked(form)
    _refuse_if_locked(current.cycle)
    if current.status != ReportForm.Status.SUBMITTED:
        raise ValidationError(_("Only a submitted form can be accepted."))
    year = current.cycle.year
    for report in current.indicators.all():
        if report.value is None:
            continue
        note = "; ".join(part for part in (report.source, report.comment) if part)[:500]
        IndicatorValue.objects.update_or_create(
            indicator_id=report.indicator_id,
            year=year,
            defaults={"value": report.value, "note": note},
        )
    current.status = ReportForm.Status.ACCEPTED
    current.version += 1
    current.save(update_fields=["status", "version"])


# Reminders ----------------------------------------------------------------------------------


def _recipients(form: ReportForm) -> list[str]:
    """The institution's e-mail and its members' (implementers with an address)."""

    addresses = [form.institution.email] if form.institution.email else []
    addresses += [
        email
        for email in Membership.objects.filter(
            government=form.cycle.strategy.government, institution=form.institution
        ).values_list("user__email", flat=True)
        if email
    ]
    return sorted(set(addresses))


def forms_remind(*, cycle: MonitoringCycle, forms=None, form_url=None) -> tuple[int, list]:
    """E-mail the institutions that have not submitted (all, or the given forms). Returns
    (messages sent, institutions without an e-mail address). ``form_url(form)`` gives the
    address of a form for the message."""

    pending = forms_to_remind(cycle).select_related("institution", "cycle__strategy")
    if forms is not None:
        pending = pending.filter(pk__in=[f.pk for f in forms])
    messages, without_address, reminded = [], [], []
    for form in pending:
        recipients = _recipients(form)
        if not recipients:
            without_address.append(form.institution)
            continue
        body = _(
            "Good day,\n\nthe form of %(institution)s for the report on the strategy "
            "“%(strategy)s” for %(year)s is waiting to be submitted by %(deadline)s.\n\n"
            "%(url)s\n\nThe monitoring team"
        ) % {
            "institution": form.institution.name,
            "strategy": cycle.strategy.title,
            "year": cycle.year,
            "deadline": cycle.deadline.strftime("%d.%m.%Y"),
            "url": form_url(form) if form_url else "",
        }
        messages.append(
            EmailMessage(
                subject=_("Reminder: the monitoring form for %(year)s") % {"year": cycle.year},
                body=body,
                to=recipients,
            )
        )
        reminded.append(form.pk)
    if messages:
        get_connection().send_messages(messages)
        ReportForm.objects.filter(pk__in=reminded).update(reminded_at=timezone.now())
    return len(messages), without_address


# Personal links -----------------------------------------------------------------------------

LINK_DAYS = 60


@transaction.atomic
def link_create(*, form: ReportForm, recipient: str, by, days: int = LINK_DAYS) -> str:
    """A personal link to one form for someone without an account; returns the token,
    which is shown once (only its digest is kept)."""

    if not 1 <= days <= 365:
        raise ValidationError({"days": _("A link is valid for 1 to 365 days.")})
    token = secrets.token_urlsafe(32)
    FormLink.objects.create(
        form=form,
        token_digest=token_digest(token),
        recipient=recipient,
        created_by=by,
        expires_at=timezone.now() + datetime.timedelta(days=days),
    )
    return token


@transaction.atomic
def link_revoke(*, link) -> None:
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])


# The report: conclusions, recommendations, approval, publication --------------------------


@transaction.atomic
def conclusions_set(*, cycle: MonitoringCycle, text: str) -> None:
    _refuse_if_locked(cycle)
    cycle.conclusions = text
    cycle.full_clean()
    cycle.save(update_fields=["conclusions"])


@transaction.atomic
def recommendation_save(
    *, cycle: MonitoringCycle, recommendation=None, text: str, institutions, goal=None, action=None
) -> Recommendation:
    """A recommendation addressed to one or more institutions, about an area, goal or
    action of the cycle's strategy."""
    _refuse_if_locked(cycle)
    strategy = cycle.strategy
    institutions = list(institutions)
    if not institutions:
        raise ValidationError({"institutions": _("Address it to at least one institution.")})
    if any(i.government_id != strategy.government_id for i in institutions):
        raise ValidationError(_("An institution of another local government cannot be chosen."))
    if goal is not None and goal.strategy_id != strategy.pk:
        raise ValidationError({"goal": _("The goal is not part of this strategy.")})
    if action is not None and action.strategy_id != strategy.pk:
        raise ValidationError({"action": _("The action is not part of this strategy.")})
    if recommendation is None:
        recommendation = Recommendation(cycle=cycle, position=cycle.recommendations.count())
    recommendation.text, recommendation.goal, recommendation.action = text, goal, action
    recommendation.full_clean()
    recommendation.save()
    recommendation.institutions.set(institutions)
    return recommendation


DECIDED = {Approval.Decision.APPROVED, Approval.Decision.NOTED}


@transaction.atomic
def recommendation_delete(*, recommendation: Recommendation) -> None:
    _refuse_if_locked(recommendation.cycle)
    recommendation.delete()


@transaction.atomic
def approval_record(
    *,
    approval: Approval,
    by: Membership,
    decision: str,
    date=None,
    document_number: str = "",
    note: str = "",
    on_behalf: bool = False,
) -> None:
    """Record one step of the approval path, as ``by`` (a membership in the report's
    government). Only the role the step names records it (Approval.recordable_by: the team
    its own steps, the approver the mayor's and the council's); a coordinator records the
    approver's step only with ``on_behalf`` ticked, and the report says so. Steps go in
    order; a decision needs a date, and the steps that end with a resolution need its
    number. A report returned at any step goes back to the team; when every step has
    approved or taken note, it is approved."""
    cycle = (
        MonitoringCycle.objects.select_for_update()
        .select_related("strategy")
        .get(pk=approval.cycle_id)
    )
    behalf = _approval_recorder(approval=approval, cycle=cycle, by=by, on_behalf=on_behalf)
    _refuse_if_locked(cycle)
    if cycle.forms.exclude(status=ReportForm.Status.ACCEPTED).exists():
        raise ValidationError(
            _("The report goes for approval once the team has accepted every form.")
        )
    _approval_in_order(
        approval=approval,
        cycle=cycle,
        decision=decision,
        date=date,
        document_number=document_number,
    )
    approval.decision, approval.date = decision, date
    approval.document_number, approval.note = document_number, note
    approval.recorded_by, approval.on_behalf = by.user, behalf
    approval.full_clean()
    approval.save()
    _cycle_follows_approvals(cycle=cycle, approval=approval, decision=decision)


def _approval_recorder(*, approval: Approval, cycle, by: Membership, on_behalf: bool) -> bool:
    """Refuse a role that may not record the step; True when a coordinator records the
    approver's decision on their behalf (and has said so)."""
    if by.government_id != cycle.strategy.government_id or not approval.recordable_by(by.role):
        raise ValidationError(
            _("This step is recorded by %(who)s; your role cannot record it.")
            % {"who": approval.get_recorded_by_role_display()}
        )
    behalf = approval.recorded_on_behalf_by(by.role)
    if behalf and not on_behalf:
        raise ValidationError(
            {
                "on_behalf": _(
                    "This is the approver's step: tick that you record the decision on their "
                    "behalf, or ask them to record it."
                )
            }
        )
    return behalf


def _approval_in_order(*, approval: Approval, cycle, decision: str, date, document_number: str):
    """Steps go in order; a decision needs a date not before the previous step's, and a
    step ending with a resolution its number."""
    steps = list(cycle.approvals.order_by("position", "id"))
    earlier = [s for s in steps if (s.position, s.pk) < (approval.position, approval.pk)]
    later = [s for s in steps if (s.position, s.pk) > (approval.position, approval.pk)]
    if any(s.decision in DECIDED for s in later):
        raise ValidationError(_("A later step has decided already; this one cannot change."))
    errors = {}
    if decision != Approval.Decision.PENDING:
        if any(s.decision not in DECIDED for s in earlier):
            raise ValidationError(_("The earlier steps must be passed first."))
        if date is None:
            errors["date"] = _("Give the date of the decision.")
        elif date > timezone.localdate():
            errors["date"] = _("The date of the decision cannot be in the future.")
        elif date.year <= cycle.year:
            errors["date"] = _(
                "The report on %(year)s is decided on after the year ends, from 1 January %(next)s."
            ) % {"year": cycle.year, "next": cycle.year + 1}
        elif earlier and earlier[-1].date and date < earlier[-1].date:
            errors["date"] = _("The date cannot come before the previous step's.")
        if approval.needs_document and decision in DECIDED and not document_number.strip():
            errors["document_number"] = _("Give the number of the resolution or document.")
    if errors:
        raise ValidationError(errors)


def _cycle_follows_approvals(*, cycle, approval: Approval, decision: str) -> None:
    """A return sends the report back to the team (every other step pending again); all
    steps decided approve it."""
    steps = list(cycle.approvals.order_by("position", "id"))
    if decision == Approval.Decision.RETURNED:
        # The corrected report goes the whole way again; who decided is in the history.
        for step in steps:
            if step.pk != approval.pk and step.decision != Approval.Decision.PENDING:
                step.decision = Approval.Decision.PENDING
                step.recorded_by, step.on_behalf = None, False
                step.save(update_fields=["decision", "recorded_by", "on_behalf"])
        cycle.status = MonitoringCycle.Status.REPORTING
    elif all(s.decision in DECIDED for s in steps):
        cycle.status = MonitoringCycle.Status.APPROVED
    elif any(s.decision in DECIDED for s in steps):
        cycle.status = MonitoringCycle.Status.APPROVAL
    else:
        cycle.status = MonitoringCycle.Status.COLLECTING
    cycle.save(update_fields=["status"])


@transaction.atomic
def cycle_publish(*, cycle: MonitoringCycle, at: datetime.datetime | None = None) -> None:
    """Publish an approved report, now (or ``at``, for a report published in the past):
    never before its last decision, nor in the future."""
    cycle = MonitoringCycle.objects.select_for_update().get(pk=cycle.pk)
    if not cycle.can_publish:
        raise ValidationError(_("Only an approved report can be published."))
    at = at or timezone.now()
    last = cycle.approvals.exclude(date=None).order_by("-date").values_list("date", flat=True)
    if at > timezone.now():
        raise ValidationError(_("A report cannot be published in the future."))
    if last and timezone.localdate(at) < last[0]:
        raise ValidationError(
            _("The report is published after its approval, recorded on %(date)s.")
            % {"date": date_format(last[0], "j E Y")}
        )
    cycle.status = MonitoringCycle.Status.PUBLISHED
    cycle.published_at = at
    cycle.save(update_fields=["status", "published_at"])


@transaction.atomic
def approval_stages_set(*, government, stages: list[StageSpec]) -> None:
    """Replace the government's approval path (cycles already open keep theirs); each step
    names who records its decision (Recorder)."""
    if not stages:
        raise ValidationError(_("The approval path needs at least one step."))
    ApprovalStage.objects.filter(government=government).delete()
    _stages_create(government, stages)

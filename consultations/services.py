"""Writes of the consultation: opening and editing it, comments (with the spam rate limit),
moderation, answers, the report's publication, and invitations with personal links.

The status (planned → open → closed → report published) follows from the dates and from
``consultation_report_publish``; every service checks it. ``today`` may be passed (the
demo and tests); it defaults to the local date.
"""

import datetime
import secrets

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from core.client import address_hash, refuse_beyond
from core.crypto import token_digest
from core.services import save_validated
from governments.models import LocalGovernment
from strategies.models import Strategy
from strategies.services import strategy_change_status
from versions.models import StrategyVersion

from .models import MIN_DAYS, Comment, Consultation, Invitation
from .selectors import consultation_sections, unanswered

Status = Consultation.Status

RATE_LIMIT = 5  # comments …
RATE_WINDOW = datetime.timedelta(minutes=10)  # … per client address in this window
ADDRESS_SCOPE = "consultations.address"  # the key of the comments' address hashes
NUMBER_ATTEMPTS = 5  # tries at the next comment number when another request took it


def default_end(starts_on: datetime.date) -> datetime.date:
    return starts_on + datetime.timedelta(days=MIN_DAYS)


def _today(today: datetime.date | None) -> datetime.date:
    return today or timezone.localdate()


def _date(day: datetime.date) -> str:
    return day.strftime("%d.%m.%Y")


def _refuse_start_in_the_past(starts_on: datetime.date, today: datetime.date) -> None:
    """A planned consultation starts today or later: a first day in the past would count
    days nobody could see the announcement towards the 35."""
    if starts_on < today:
        raise ValidationError(
            {
                "starts_on": _(
                    "The first day cannot be in the past: choose %(date)s (today) or later."
                )
                % {"date": _date(today)}
            }
        )


# The consultation ---------------------------------------------------------------------------


@transaction.atomic
def consultation_create(
    *,
    strategy: Strategy,
    version: StrategyVersion,
    title: str,
    starts_on: datetime.date,
    ends_on: datetime.date | None = None,
    announcement: str,
    how_to_participate: str,
    by=None,
    today: datetime.date | None = None,
) -> Consultation:
    """Open (plan) a consultation of a frozen version, from today or a later day; the end
    defaults to 35 days later. A draft strategy is "in consultation" from then on, until the
    consultation's report is published."""
    _refuse_start_in_the_past(starts_on, _today(today))
    if Strategy.objects.filter(pk=strategy.pk, status=Strategy.Status.DRAFT).exists():
        strategy_change_status(strategy=strategy, status=Strategy.Status.CONSULTATION)
    return save_validated(
        Consultation(
            strategy=strategy,
            version=version,
            title=title.strip(),
            starts_on=starts_on,
            ends_on=ends_on or default_end(starts_on),
            announcement=announcement.strip(),
            how_to_participate=how_to_participate.strip(),
            created_by=by if by is not None and by.is_authenticated else None,
        )
    )


@transaction.atomic
def consultation_update(
    *,
    consultation: Consultation,
    version: StrategyVersion,
    title: str,
    starts_on: datetime.date,
    ends_on: datetime.date | None = None,
    announcement: str,
    how_to_participate: str,
    report_introduction: str = "",
    today: datetime.date | None = None,
) -> Consultation:
    """Edit a consultation. While planned its first day is today or later; once it has
    started its version and first day are fixed and its last day may only move later; once
    it has ended its dates are fixed; once the report is published nothing changes."""
    day = _today(today)
    status = consultation.status_on(day)
    ends_on = ends_on or default_end(starts_on)
    if status == Status.REPORT_PUBLISHED:
        raise ValidationError(_("The report has been published: the consultation is final."))
    if status == Status.PLANNED:
        _refuse_start_in_the_past(starts_on, day)
    errors = {}
    if status != Status.PLANNED:
        if version.pk != consultation.version_id:
            errors["version"] = _("The consultation has started: its version cannot change.")
        if starts_on != consultation.starts_on:
            errors["starts_on"] = _("The consultation has started: its first day cannot change.")
    if status == Status.OPEN and ends_on < (earliest := max(day, consultation.ends_on)):
        errors["ends_on"] = _(
            "The consultation is open: its last day may be moved later, never earlier "
            "(%(date)s or later)."
        ) % {"date": _date(earliest)}
    if status == Status.CLOSED and ends_on != consultation.ends_on:
        errors["ends_on"] = _("The consultation has ended: its last day cannot change.")
    if errors:
        raise ValidationError(errors)
    consultation.version = version
    consultation.title = title.strip()
    consultation.starts_on = starts_on
    consultation.ends_on = ends_on
    consultation.announcement = announcement.strip()
    consultation.how_to_participate = how_to_participate.strip()
    consultation.report_introduction = report_introduction.strip()
    return save_validated(consultation)


# Comments -----------------------------------------------------------------------------------


def _refuse_unless_open(consultation: Consultation, today: datetime.date) -> None:
    status = consultation.status_on(today)
    if status == Status.PLANNED:
        raise ValidationError(
            _("The consultation has not started yet: comments are accepted from %(date)s.")
            % {"date": _date(consultation.starts_on)}
        )
    if status != Status.OPEN:
        raise ValidationError(
            _("The consultation ended on %(date)s: comments are no longer accepted.")
            % {"date": _date(consultation.ends_on)}
        )


@transaction.atomic
def comment_submit(
    *,
    consultation: Consultation,
    section: int | None,
    author_name: str = "",
    organisation: str = "",
    email: str = "",
    text: str,
    proposed_wording: str = "",
    justification: str = "",
    address: str | None = None,
    invitation: Invitation | None = None,
    today: datetime.date | None = None,
    now: datetime.datetime | None = None,
) -> Comment:
    """Record a comment of the public (or, with ``invitation``, an invited body's opinion:
    the body's name is its author). Refused unless the consultation is open, for a section
    the version does not have, and beyond ``RATE_LIMIT`` comments or opinions from one
    ``address`` in ``RATE_WINDOW``: the public form and the invitation links always give
    one (core.client.client_address; an empty one counts as the shared "unknown" address);
    None is for comments that do not come through them (the demo, tests), which are not
    limited."""
    # Lock the consultation's row: numbers follow one another, the rate limit holds.
    consultation = (
        Consultation.objects.select_for_update().select_related("version").get(pk=consultation.pk)
    )
    now = now or timezone.now()
    _refuse_unless_open(consultation, _today(today))
    if section is not None and section not in consultation_sections(consultation):
        raise ValidationError({"section": _("The draft has no such section.")})
    digest = address_hash(address, scope=ADDRESS_SCOPE) if address is not None else ""
    if invitation is not None:
        if invitation.consultation_id != consultation.pk or invitation.revoked_at is not None:
            raise ValidationError(_("This invitation does not allow giving an opinion."))
        author_name, organisation, email = invitation.name, "", ""
    if address is not None:
        refuse_beyond(
            Comment.objects.filter(address_hash=digest, submitted_at__gt=now - RATE_WINDOW),
            limit=RATE_LIMIT,
            message=_(
                "Too many opinions have been sent from your address in the last few "
                "minutes. Wait ten minutes and send it again."
            )
            if invitation is not None
            else _(
                "Too many comments have been sent from your address in the last few "
                "minutes. Wait ten minutes and send it again."
            ),
        )
    comment = Comment(
        consultation=consultation,
        section=section,
        invitation=invitation,
        author_name=author_name.strip(),
        organisation=organisation.strip(),
        email=email.strip(),
        text=text.strip(),
        proposed_wording=proposed_wording.strip(),
        justification=justification.strip(),
        submitted_at=now,
        address_hash=digest,
    )
    comment.full_clean(exclude=["number"])  # the number: the unique constraint, below
    return _save_numbered(comment)


def _next_number(consultation: Consultation) -> int:
    last = Comment.objects.filter(consultation=consultation).aggregate(n=Max("number"))["n"]
    return (last or 0) + 1


def _save_numbered(comment: Comment) -> Comment:
    """Save with the next free number. comment_submit locks the consultation's row (on
    PostgreSQL) and SQLite's IMMEDIATE transactions let one writer in at a time, yet a
    writer that skips both (a script, the admin, another setting) could take the number
    between our read and our insert: the unique constraint refuses the duplicate, inside a
    savepoint so the transaction goes on, and the next number is tried instead of a 500."""
    for _attempt in range(NUMBER_ATTEMPTS - 1):
        comment.number = _next_number(comment.consultation)
        try:
            with transaction.atomic():
                comment.save()
        except IntegrityError:
            continue
        return comment
    comment.number = _next_number(comment.consultation)
    comment.save()  # the last try: a collision now is an error
    return comment


def _locked(comment: Comment) -> Consultation:
    """The comment's consultation as it is now, its row locked against a publication."""
    comment.consultation = Consultation.objects.select_for_update().get(pk=comment.consultation_id)
    return comment.consultation


def _refuse_if_final(consultation: Consultation) -> None:
    if consultation.report_published_on is not None:
        raise ValidationError(_("The report has been published: the comments are final."))


@transaction.atomic
def comment_hide(*, comment: Comment, reason: str, by) -> Comment:
    """Hide an abusive comment from the public pages, recording who, when and why."""
    _refuse_if_final(_locked(comment))
    if not reason.strip():
        raise ValidationError({"reason": _("Give the reason for hiding the comment.")})
    comment.hidden_at = timezone.now()
    comment.hidden_by = by
    comment.hidden_reason = reason.strip()
    return save_validated(comment)


@transaction.atomic
def comment_unhide(*, comment: Comment, by) -> Comment:
    """Show a hidden comment again (the history keeps who hid it and why)."""
    _refuse_if_final(_locked(comment))
    comment.hidden_at = None
    comment.hidden_by = None
    comment.hidden_reason = ""
    return save_validated(comment)


@transaction.atomic
def comment_answer(
    *, comment: Comment, answer: str, reason: str, by, today: datetime.date | None = None
) -> Comment:
    """Answer a comment after the end: accepted, partly, rejected or not applicable; a reason
    is required for all but accepted."""
    consultation = _locked(comment)
    _refuse_if_final(consultation)
    if consultation.status_on(_today(today)) != Status.CLOSED:
        raise ValidationError(_("Comments are answered after the consultation ends."))
    if answer not in Comment.Answer.values:
        raise ValidationError({"answer": _("Choose an answer.")})
    comment.answer = answer
    comment.answer_reason = reason.strip()
    comment.answered_at = timezone.now()
    comment.answered_by = by
    return save_validated(comment)


@transaction.atomic
def consultation_report_publish(
    *, consultation: Consultation, by, today: datetime.date | None = None
) -> Consultation:
    """Publish the report: only after the end, and when every visible comment has an answer."""
    consultation = Consultation.objects.select_for_update().get(pk=consultation.pk)
    day = _today(today)
    status = consultation.status_on(day)
    if status == Status.REPORT_PUBLISHED:
        raise ValidationError(_("The report has already been published."))
    if status != Status.CLOSED:
        raise ValidationError(_("The report is published after the consultation ends."))
    missing = unanswered(consultation).count()
    if missing:
        raise ValidationError(
            _("Every comment needs an answer before the report is published; %(n)s without one.")
            % {"n": missing}
        )
    consultation.report_published_on = day
    consultation.report_published_by = by
    if Strategy.objects.filter(
        pk=consultation.strategy_id, status=Strategy.Status.CONSULTATION
    ).exists():
        # the consultation is over: the draft is worked on again, then adopted
        strategy_change_status(strategy=consultation.strategy, status=Strategy.Status.DRAFT)
    return save_validated(consultation)


# Invitations --------------------------------------------------------------------------------


@transaction.atomic
def invitation_create(
    *,
    consultation: Consultation,
    government: LocalGovernment | None = None,
    name: str = "",
    by=None,
    today: datetime.date | None = None,
) -> tuple[Invitation, str]:
    """Invite a body (one of the government's own units, or any body by name); returns the
    invitation and its token, shown once (only the digest is kept)."""
    if consultation.status_on(_today(today)) not in (Status.PLANNED, Status.OPEN):
        raise ValidationError(_("The consultation has ended: no more invitations."))
    own = consultation.strategy.government
    if government is not None and government.parent_id != own.pk:
        raise ValidationError(
            {
                "government": _("Only the local governments within %(name)s may be chosen.")
                % {"name": own.name}
            }
        )
    name = name.strip() or (government.name if government else "")
    if not name:
        raise ValidationError({"name": _("Choose a local government or give the body's name.")})
    token = secrets.token_urlsafe(32)
    invitation = save_validated(
        Invitation(
            consultation=consultation,
            government=government,
            name=name,
            token_digest=token_digest(token),
            created_by=by if by is not None and by.is_authenticated else None,
        )
    )
    return invitation, token


@transaction.atomic
def invitation_revoke(*, invitation: Invitation) -> Invitation:
    if invitation.revoked_at is None:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])
    return invitation

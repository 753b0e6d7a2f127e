"""Documents are made in the background: the same task mechanism as the diagnosis'
imports (Django's tasks API through django-tasks, database backend, ``manage.py
db_worker``; docs/architecture.md, "Background work"). The task gets only the id; the
GeneratedDocument row holds the state and the progress the page shows."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from adoption.resolutions import resolution_number_clean, resolution_number_problem
from governments.models import LocalGovernment

from .models import GeneratedDocument
from .services import document_generate

Kind = GeneratedDocument.Kind


@task()
def document_make(document_id: int) -> str:
    """Make one requested document; whatever stops it (an error, the worker's shutdown)
    is recorded on the row by document_generate before the worker records it too."""
    record = GeneratedDocument.objects.filter(pk=document_id).select_related("strategy").first()
    if record is None:
        return "missing"
    if record.status == GeneratedDocument.Status.DONE:
        return record.status
    with translation.override(settings.LANGUAGE_CODE):  # documents are in Polish
        return document_generate(record=record).status


MAX_PENDING_DOCUMENTS = 5


@transaction.atomic
def document_request(
    *,
    strategy,
    kind: str,
    format: str,
    user=None,
    cycle=None,
    consultation=None,
    attachment_number: int | None = None,
    resolution_number: str = "",
    resolution_date=None,
) -> GeneratedDocument:
    """Record the request and queue the task, both or neither.

    The worker is shared, and one government's many requests must not hold everyone else's
    documents behind them: a government has at most MAX_PENDING_DOCUMENTS waiting or being
    made, and each of its waiting documents lowers the priority of its next one, so that
    every government's first document comes before anyone's second (the worker takes the
    highest priority first, then the oldest)."""

    pending = _pending_count(strategy.government_id)
    subject = _subject(
        strategy,
        kind,
        cycle=cycle,
        consultation=consultation,
        attachment_number=attachment_number,
        resolution_number=resolution_number,
        resolution_date=resolution_date,
    )
    document = GeneratedDocument.objects.create(
        government_id=strategy.government_id,
        strategy=strategy,
        kind=kind,
        format=format,
        **subject,
        requested_by=user if user is not None and user.is_authenticated else None,
    )
    document_make.using(priority=-pending).enqueue(document.pk)
    return document


def _pending_count(government_id: int) -> int:
    """How many documents of the government are waiting or being made; refused when
    MAX_PENDING_DOCUMENTS are."""
    # One request of a government at a time: the count below cannot be raced past.
    LocalGovernment.objects.select_for_update().filter(pk=government_id).first()
    pending = GeneratedDocument.objects.filter(government_id=government_id).pending().count()
    if pending >= MAX_PENDING_DOCUMENTS:
        raise ValidationError(
            _(
                "%(count)s documents of your local government are waiting or being made; "
                "request this one when they are ready."
            )
            % {"count": MAX_PENDING_DOCUMENTS}
        )
    return pending


def _subject(
    strategy,
    kind: str,
    *,
    cycle,
    consultation,
    attachment_number: int | None,
    resolution_number: str,
    resolution_date,
) -> dict:
    """The fields of the record that say what the document is about: each kind keeps
    only its own (a report its cycle, an attachment its resolution), checked to belong
    to the strategy."""
    if kind == Kind.REPORT:
        if cycle is None or cycle.strategy_id != strategy.pk:
            raise ValidationError({"cycle": _("Choose the year of the report.")})
    else:
        cycle = None
    if kind == Kind.CONSULTATION:
        if consultation is None or consultation.strategy_id != strategy.pk:
            raise ValidationError({"consultation": _("Choose the consultation.")})
    else:
        consultation = None
    if kind in {Kind.PLAN_ATTACHMENT, Kind.SCHEDULE_ATTACHMENT}:
        # The resolution the attachment goes to, as typed: empty prints dots to fill in
        # after the session (never the strategy's own, older resolution: an amendment's
        # attachments go to a new one). A typed number is checked as adoption checks it.
        attachment_number = attachment_number or 1
        resolution_number = resolution_number_clean(resolution_number)
        if resolution_number and (
            problem := resolution_number_problem(resolution_number, resolution_date)
        ):
            raise ValidationError({"resolution_number": problem})
    else:
        attachment_number, resolution_number, resolution_date = None, "", None
    return {
        "cycle": cycle,
        "consultation": consultation,
        "attachment_number": attachment_number,
        "resolution_number": resolution_number,
        "resolution_date": resolution_date,
    }

"""Documents are made in the background: the same task mechanism as the diagnosis'
imports (Django's tasks API through django-tasks, database backend, ``manage.py
db_worker``; docs/architecture.md, "Background work"). The task gets only the id; the
GeneratedDocument row holds the state and the progress the page shows."""

from django.conf import settings
from django.utils import translation
from django_tasks import task

from .models import GeneratedDocument
from .services import document_generate


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

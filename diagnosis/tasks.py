"""Background work of the diagnosis: Django's tasks API (the django-tasks backport), stored
in the database and run by ``manage.py db_worker`` (docs/architecture.md, "Background work").

A task gets only the job's id; the job and its ImportTask rows are the state. Each import
task is committed when it is done, so the page shows the progress as it grows.
"""

import logging
from collections.abc import Iterable

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from .bdl import BdlClient
from .models import ImportJob
from .services import import_interrupt, import_plan, import_resume, import_run

logger = logging.getLogger(__name__)


# Imports run in a queue of their own (a worker per queue: scripts/run.sh, docs/security.md):
# waiting out the BDL's rate limits never holds documents up. Within it a job takes turns
# with the others: after IMPORT_TURN_SECONDS it queues itself again at the end.
IMPORTS_QUEUE = "imports"
IMPORT_TURN_SECONDS = 60.0


@task(queue_name=IMPORTS_QUEUE)
def import_job_run(job_id: int) -> str:
    """Run the import tasks of one job that are not done yet with a BDL client built from
    settings (BDL_API_URL, BDL_CLIENT_ID, BDL_MAX_RETRIES), for one turn; a job with tasks
    left is queued again. Returns the job's status."""
    job = ImportJob.objects.filter(pk=job_id).first()
    if job is None:
        return "missing"
    if job.status == ImportJob.Status.DONE:
        return job.status
    with translation.override(settings.LANGUAGE_CODE):  # messages stored for the page
        try:
            with BdlClient() as client:
                job = import_run(job=job, client=client, budget=IMPORT_TURN_SECONDS)
            if job.status == ImportJob.Status.PENDING:
                import_job_run.enqueue(job.pk)  # the rest in a later turn
        except BaseException:
            # Stopped by the worker's shutdown or an unexpected error: leave the job
            # resumable, then let the worker record the failure with its traceback.
            try:
                import_interrupt(
                    job=job,
                    message=_("The import stopped unexpectedly; resume it to continue."),
                )
            except Exception:
                logger.exception("Import %s could not be marked as interrupted", job_id)
            raise
    return job.status


@transaction.atomic
def import_start(
    *, government, variable_ids: Iterable[int], years: Iterable[int], requested_by=None
) -> ImportJob:
    """Plan a job (services.import_plan) and queue it for the worker, both or neither."""
    job = import_plan(
        government=government,
        variable_ids=variable_ids,
        years=years,
        requested_by=requested_by,
    )
    import_job_run.enqueue(job.pk)
    return job


@transaction.atomic
def import_restart(*, job: ImportJob) -> ImportJob:
    """Queue a failed job again (services.import_resume): it goes on from the tasks not done."""
    job = import_resume(job=job)
    import_job_run.enqueue(job.pk)
    return job

"""A generated document's file goes with its record, however the record goes: deleted on
its own, or with its strategy, cycle or local government (CASCADE). The file is removed
only once the deletion is committed, so a rolled-back deletion keeps it."""

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from .models import GeneratedDocument


@receiver(post_delete, sender=GeneratedDocument, dispatch_uid="documents_file_delete")
def _delete_file(sender, instance: GeneratedDocument, **kwargs) -> None:
    if instance.file:
        storage, name = instance.file.storage, instance.file.name
        transaction.on_commit(lambda: storage.delete(name))

"""Model fields every app uses the same way.

Free text has a length limit: what people type is diffed (versions), exported (XLSX, CSV,
JSON), typeset (DOCX, PDF) and shown on public pages, and each of those costs time and
memory in proportion to it. The limit is a validator, so that forms and services
(``full_clean``) refuse a longer text with a message naming the limit, while the browser
never cuts a pasted text short (no ``maxlength`` attribute): nothing typed is lost.
"""

from django.core.validators import MaxLengthValidator
from django.db import models

NOTE = 5_000  # a comment, a note, a reason, a list of names
TEXT = 20_000  # a description, what was done, a recommendation, an agenda
CHAPTER = 200_000  # a chapter of a document: the introduction, minutes, conclusions


def limited_text(verbose_name, *, limit: int = TEXT, **kwargs) -> models.TextField:
    """A TextField refusing more than ``limit`` characters."""
    return models.TextField(verbose_name, validators=[MaxLengthValidator(limit)], **kwargs)

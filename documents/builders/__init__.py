"""Builders turn the application's data into a documents.content.Document.

- strategy.py: the strategy document (title page, chapters, tables, diagnosis charts);
- report.py: the yearly monitoring report of a cycle;
- attachments.py: a council resolution's attachment (the action plan or the schedule);
- consultation.py: the report of a public consultation.

A builder reads the database in a bounded number of queries and reports its progress
through a callback (``Progress``), so that the background task can show it in the page.
"""

from .attachments import attachment_document
from .consultation import consultation_document
from .report import report_document
from .strategy import strategy_document

__all__ = [
    "attachment_document",
    "consultation_document",
    "report_document",
    "strategy_document",
]

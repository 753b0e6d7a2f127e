"""A council resolution's attachment on its own: "Załącznik nr N do uchwały Nr … Rady …
z dnia …" at the top right, a title, and the action plan or the preparation schedule (as
in the seed preparation-schedule.txt). No title page and no table of contents."""

from typing import Literal

from django.utils.translation import gettext as _

from preparation.selectors import schedule_steps
from strategies.models import Strategy
from strategies.selectors import action_plan

from ..content import Document, Heading, Look, Paragraph
from .common import Progress, attachment_lines, draft_mark, no_progress, plan_blocks
from .strategy import full_title, schedule_table

Kind = Literal["plan", "schedule"]


def attachment_title(kind: Kind) -> str:
    return _("Action plan") if kind == "plan" else _("Schedule of preparing the strategy")


def attachment_document(
    strategy: Strategy,
    kind: Kind,
    *,
    number: int = 1,
    resolution_number: str = "",
    resolution_date=None,
    council: str = "",
    look: Look | None = None,
    progress: Progress = no_progress,
) -> Document:
    title = attachment_title(kind)
    document = Document(
        title=f"{title} – {full_title(strategy)}",
        author=strategy.government.name,
        table_of_contents=False,
        landscape=kind == "plan",  # the plan's seven columns read better across
        attachment_lines=attachment_lines(number, resolution_number, council, resolution_date),
        look=look or Look(),
        draft_mark=draft_mark(strategy),
    )
    progress(0.1, _("Reading the strategy"))
    document.add(Heading(title, numbered=False), Paragraph(full_title(strategy), emphasis=True))
    if kind == "plan":
        document.add(*plan_blocks(action_plan(strategy)))
    else:
        steps = schedule_steps(strategy)
        document.add(
            schedule_table(steps)
            if steps
            else Paragraph(_("The preparation schedule has not been entered."))
        )
    progress(0.8, _("Writing the file"))
    return document

"""Reads of the consultation, each in a fixed number of queries (tests pin the public page
and the moderation list): what the public may see, the draft with its published comments,
the team's list of comments with filters, and the report."""

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from core.numbers import int_or_none
from governments.models import LocalGovernment
from strategies.models import Strategy
from versions.selectors import SnapshotNode, snapshot_tree

from .models import Comment, Consultation

WHOLE = "whole"  # the filter value (and report key) of comments on the draft as a whole


# Public -------------------------------------------------------------------------------------


def public_consultations(government: LocalGovernment):
    """The government's consultations that have started (planned ones are not public)."""
    return (
        Consultation.objects.for_government(government)
        .started()
        .select_related("strategy")
        .order_by("-starts_on", "-pk")
    )


def public_consultation(government: LocalGovernment, pk: int) -> Consultation | None:
    """A consultation of the government that has started, or None."""
    return public_consultations(government).select_related("version").filter(pk=pk).first()


def current_and_past(government: LocalGovernment) -> tuple[list, list]:
    today = timezone.localdate()
    consultations = list(public_consultations(government))
    current = [c for c in consultations if c.ends_on >= today and c.report_published_on is None]
    past = [c for c in consultations if c not in current]
    return current, past


@dataclass
class Section:
    """A section of the draft with the comments shown beside it."""

    key: int | None  # the top-level goal's pk; None for the draft as a whole
    label: str
    node: SnapshotNode | None
    comments: list[Comment] = field(default_factory=list)


def draft_sections(consultation: Consultation, *, with_comments: bool = True) -> list[Section]:
    """The draft section by section (the version's snapshot) with its published comments:
    not hidden, not invited bodies' opinions (those go to the report). One query."""
    tree = snapshot_tree(consultation.version.snapshot)
    sections = [Section(None, _("The draft as a whole"), None)]
    sections += [
        Section(node.data["pk"], f"{node.number}. {node.title}", node) for node in tree.sections
    ]
    if with_comments:
        by_key = {section.key: section for section in sections}
        for comment in consultation.comments.public().order_by("number"):
            by_key.get(comment.section, sections[0]).comments.append(comment)
    return sections


# The team's list ----------------------------------------------------------------------------


def section_labels(consultation: Consultation) -> dict[int | None, str]:
    return {s.key: s.label for s in draft_sections(consultation, with_comments=False)}


def moderation_comments(
    consultation: Consultation, *, section: str = "", answer: str = "", hidden: str = ""
):
    """Every comment of the consultation (hidden ones too) with the filters applied:
    ``section`` a top-level goal's pk or WHOLE, ``answer`` an Answer or "none",
    ``hidden`` "yes" or "no"."""
    comments = consultation.comments.select_related("invitation", "hidden_by", "answered_by")
    if section == WHOLE:
        comments = comments.filter(section__isnull=True)
    elif (key := int_or_none(section)) is not None:
        comments = comments.filter(section=key)
    if answer == "none":
        comments = comments.filter(answer="")
    elif answer in Comment.Answer.values:
        comments = comments.filter(answer=answer)
    if hidden == "yes":
        comments = comments.filter(hidden_at__isnull=False)
    elif hidden == "no":
        comments = comments.filter(hidden_at__isnull=True)
    return comments.order_by("number")


def consultation_counts(consultation: Consultation) -> dict[str, int]:
    """Totals for the team's overview, in one query."""
    return consultation.comments.aggregate(
        total=Count("pk"),
        hidden=Count("pk", filter=Q(hidden_at__isnull=False)),
        opinions=Count("pk", filter=Q(invitation__isnull=False)),
        unanswered=Count("pk", filter=Q(hidden_at__isnull=True, answer="")),
    )


def strategy_consultations(strategy: Strategy):
    return (
        Consultation.objects.for_strategy(strategy)
        .select_related("version")
        .defer("version__snapshot")
        .annotate(comment_count=Count("comments"))
        .order_by("-starts_on", "-pk")
    )


# The report ---------------------------------------------------------------------------------


@dataclass
class SectionCount:
    label: str
    total: int
    by_answer: list[int]  # in the order of Comment.Answer, then without an answer
    hidden: int


@dataclass
class Report:
    consultation: Consultation
    comments: list[Comment]  # visible comments of the public, by number
    opinions: list[Comment]  # visible opinions of invited bodies
    hidden_comments: list[Comment]  # listed by number, section and reason, never their text
    answers: list[tuple[str, int]]  # (answer's label, number of visible comments)
    answer_counts: dict[str, int]  # the same by the answer's value
    unanswered: int
    sections: list[SectionCount]
    labels: dict

    @property
    def hidden(self) -> int:
        return len(self.hidden_comments)

    @property
    def total(self) -> int:
        return len(self.comments) + len(self.opinions)

    @property
    def answer_labels(self) -> list[str]:
        return [label for label, _count in self.answers]


def consultation_report(consultation: Consultation) -> Report:
    """The report: every visible comment with its answer (names and organisations, never
    e-mail addresses), the counts by answer and by section, and the invited bodies'
    opinions as a part of their own. Hidden comments are listed by number with the reason
    for hiding, never their text, so none goes unanswered unseen. One query
    (the consultation with its version is given)."""
    labels = section_labels(consultation)
    everything = list(consultation.comments.select_related("invitation").order_by("number"))
    for comment in everything:
        comment.section_label = labels.get(comment.section, "")
    visible = [c for c in everything if not c.is_hidden]
    answers = Counter(c.answer for c in visible)
    order = [*Comment.Answer.values, ""]
    sections = []
    for key, label in labels.items():
        in_section = [c for c in everything if c.section == key]
        if not in_section:
            continue
        shown = Counter(c.answer for c in in_section if not c.is_hidden)
        sections.append(
            SectionCount(
                label=label,
                total=sum(shown.values()),
                by_answer=[shown[a] for a in order],
                hidden=len(in_section) - sum(shown.values()),
            )
        )
    return Report(
        consultation=consultation,
        comments=[c for c in visible if not c.is_opinion],
        opinions=[c for c in visible if c.is_opinion],
        hidden_comments=[c for c in everything if c.is_hidden],
        answers=[(label, answers[value]) for value, label in Comment.Answer.choices],
        answer_counts={value: answers[value] for value in Comment.Answer.values},
        unanswered=answers[""],
        sections=sections,
        labels=labels,
    )


def consultation_sections(consultation: Consultation) -> dict[int, str]:
    """The sections one may comment on: {top-level goal's pk: "1. Title"}."""
    tree = snapshot_tree(consultation.version.snapshot)
    return {node.data["pk"]: f"{node.number}. {node.title}" for node in tree.sections}


def unanswered(consultation: Consultation):
    return consultation.comments.visible().filter(answer="")

"""The consultation report as a document (for the public information bulletin): what the
report page shows (consultations.selectors.consultation_report builds both): the
consultation, the counts by answer and by section, every visible comment with its answer,
the invited bodies' opinions as a part of their own, and the hidden comments by number and
reason. Names and organisations only: e-mail addresses never appear."""

from django.utils.translation import gettext as _

from consultations.presentation import consultation_period, report_facts
from consultations.selectors import consultation_report

from ..content import Column, Document, Heading, Look, Paragraph, Table, TitlePage
from .common import Progress, long_date, no_progress, or_dash


def consultation_document(
    consultation,
    *,
    look: Look | None = None,
    place: str = "",
    progress: Progress = no_progress,
) -> Document:
    progress(0.1, _("Reading the comments"))
    report = consultation_report(consultation)
    document = _report_frame(consultation, look=look, place=place)
    _the_consultation(document, consultation, report)
    _by_answer(document, report)
    _by_section(document, report)
    progress(0.5, _("Writing the comments"))
    _comments(document, report)
    _opinions(document, report)
    _hidden_comments(document, report)
    if consultation.report_published_on:
        document.add(
            Paragraph(
                _("Published on %(date)s.") % {"date": long_date(consultation.report_published_on)}
            )
        )
    return document


def _report_frame(consultation, *, look: Look | None, place: str) -> Document:
    """The empty document with its title page: the consultation's title and period."""
    government = consultation.strategy.government
    year = (consultation.report_published_on or consultation.ends_on).year
    return Document(
        title=f"{_('Consultation report')}: {consultation.title}",
        author=government.name,
        title_page=TitlePage(
            government=government.name,
            title=_("Consultation report"),
            subtitle=consultation.title,
            lines=(consultation_period(consultation),),
            place_and_date=f"{place}, {year}" if place else str(year),
        ),
        look=look or Look(),
    )


def _the_consultation(document: Document, consultation, report) -> None:
    """What was consulted, when, how many comments came and how many were hidden."""
    document.add(Heading(_("The consultation")))
    document.add(
        Table(
            caption=_("The consultation"),
            columns=(Column(_("Item"), 2), Column(_("Details"), 5)),
            rows=tuple(report_facts(consultation, report)),
        )
    )
    if consultation.report_introduction:
        document.add(Paragraph(consultation.report_introduction))


def _by_answer(document: Document, report) -> None:
    document.add(Heading(_("Comments by answer")))
    document.add(
        Table(
            caption=_("Comments by answer"),
            columns=(Column(_("Answer"), 4), Column(_("Number"), 1, "right")),
            rows=(
                *((str(label), str(count)) for label, count in report.answers),
                (_("Without an answer yet"), str(report.unanswered)),
            ),
            total=(_("Total"), str(report.total)),
        )
    )


def _by_section(document: Document, report) -> None:
    """Per section of the document, its comments by answer (when it has sections)."""
    if not report.sections:
        return
    labels = [str(label) for label in report.answer_labels]
    document.add(Heading(_("Comments by section")))
    document.add(
        Table(
            caption=_("Comments by section"),
            columns=(
                Column(_("Section"), 4),
                Column(_("Comments"), 1, "right"),
                *(Column(label, 1.2, "right") for label in labels),
                Column(_("Without an answer yet"), 1.2, "right"),
                Column(_("Hidden for abuse"), 1.2, "right"),
            ),
            rows=tuple(
                (
                    section.label,
                    str(section.total),
                    *(str(n) for n in section.by_answer),
                    str(section.hidden),
                )
                for section in report.sections
            ),
        )
    )


def _comments(document: Document, report) -> None:
    document.add(Heading(_("Comments with their answers")))
    if report.comments:
        document.add(_comments_table(report.comments, _("Comments with their answers")))
    else:
        document.add(Paragraph(_("No comments of residents and organisations.")))


def _opinions(document: Document, report) -> None:
    document.add(Heading(_("Opinions of the invited bodies")))
    if report.opinions:
        document.add(_comments_table(report.opinions, _("Opinions of the invited bodies")))
    else:
        document.add(Paragraph(_("No invited body gave an opinion.")))


def _hidden_comments(document: Document, report) -> None:
    """The hidden comments by number and the reason for hiding: never their text."""
    if not report.hidden_comments:
        return
    document.add(Heading(_("Hidden comments")))
    document.add(
        Paragraph(
            _(
                "These comments were hidden for abuse: their text is not published, "
                "the reason for hiding is."
            )
        )
    )
    document.add(
        Table(
            caption=_("Hidden comments"),
            columns=(
                Column(_("No."), 0.7),
                Column(_("Section"), 3),
                Column(_("Reason for hiding"), 4),
            ),
            rows=tuple(
                (str(c.number), or_dash(c.section_label), c.hidden_reason)
                for c in report.hidden_comments
            ),
        )
    )


def _comments_table(comments, caption: str) -> Table:
    rows = []
    for comment in comments:
        author = comment.author_name
        if comment.organisation:
            author += f", {comment.organisation}"
        text = comment.text
        if comment.proposed_wording:
            text += f"\n\n{_('Proposed wording:')} {comment.proposed_wording}"
        if comment.justification:
            text += f"\n\n{_('Justification:')} {comment.justification}"
        answer = str(comment.get_answer_display()) if comment.answer else _("No answer yet.")
        if comment.answer_reason:
            answer += f"\n\n{comment.answer_reason}"
        rows.append((str(comment.number), or_dash(comment.section_label), author, text, answer))
    return Table(
        caption=caption,
        columns=(
            Column(_("No."), 0.6),
            Column(_("Section"), 1.8),
            Column(_("Author"), 1.6),
            Column(_("Comment"), 4),
            Column(_("Answer"), 2.6),
        ),
        rows=tuple(rows),
    )

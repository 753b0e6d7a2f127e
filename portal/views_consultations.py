"""The public side of consultations (the portal owns every public page): the list, one
consultation with the draft section by section and the comment form, the published report,
and an invited body's form opened by its personal link (consultations.access)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from consultations import selectors, services
from consultations.access import invitation_link_view
from consultations.forms import CommentForm, OpinionForm
from consultations.presentation import report_facts
from core.client import client_address, is_rate_limited
from core.numbers import int_or_none
from core.views import apply_validation_error, found
from governments.access import public_view

from .selectors import published_documents


def _page_url(consultation) -> str:
    return reverse(
        "portal_consultation",
        kwargs={
            "government": consultation.strategy.government.slug,
            "consultation": consultation.pk,
        },
    )


@public_view
def consultation_index(request: HttpRequest) -> HttpResponse:
    current, past = selectors.current_and_past(request.public_government)
    return render(
        request,
        "consultations/public_list.html",
        {"government": request.public_government, "current": current, "past": past},
    )


@public_view
def consultation_page(request: HttpRequest, consultation: int) -> HttpResponse:
    """The consultation with its draft; POST sends a comment (refused unless open)."""
    government = request.public_government
    consultation = found(selectors.public_consultation(government, consultation))
    sections = selectors.consultation_sections(consultation)
    status = 200
    if request.method == "POST":
        form = CommentForm(request.POST, sections=sections)
        if not consultation.is_open:
            messages.error(request, _("The consultation is not open: comments are not accepted."))
            return redirect(request.path)
        if form.is_bot:  # the honeypot: answer as if it worked, store nothing
            messages.success(request, _("Thank you, your comment has been received."))
            return redirect(request.path)
        if form.is_valid():
            try:
                comment = services.comment_submit(
                    consultation=consultation,
                    address=client_address(request),
                    **form.service_data(),
                )
            except ValidationError as error:
                apply_validation_error(form, error)
                if is_rate_limited(error):
                    status = 429
            else:
                messages.success(
                    request,
                    _("Thank you, your comment has been received as number %(number)s.")
                    % {"number": comment.number},
                )
                return redirect(request.path)
        status = status if status != 200 else 400
    else:
        initial = {}
        if (chosen := int_or_none(request.GET.get("sekcja"))) in sections:
            initial["section"] = chosen
        form = CommentForm(sections=sections, initial=initial)
    return render(
        request,
        "consultations/public_consultation.html",
        {
            "government": government,
            "consultation": consultation,
            "sections": selectors.draft_sections(consultation),
            "form": form if consultation.is_open else None,
        },
        status=status,
    )


@public_view
def consultation_report_page(request: HttpRequest, consultation: int) -> HttpResponse:
    consultation = found(selectors.public_consultation(request.public_government, consultation))
    if consultation.report_published_on is None:
        raise Http404
    report = selectors.consultation_report(consultation)
    return render(
        request,
        "consultations/public_report.html",
        {
            "government": request.public_government,
            "consultation": consultation,
            "report": report,
            "facts": report_facts(consultation, report),
            "documents": [
                d
                for d in published_documents(consultation.strategy)
                if d.consultation_id == consultation.pk
            ],
        },
    )


# An invited body's personal link ------------------------------------------------------------


@invitation_link_view
def opinion_form(request: HttpRequest) -> HttpResponse:
    invitation = request.invitation
    consultation = invitation.consultation
    sections = selectors.consultation_sections(consultation)
    form = OpinionForm(request.POST or None, sections=sections)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                comment = services.comment_submit(
                    consultation=consultation,
                    invitation=invitation,
                    address=client_address(request),
                    **form.service_data(),
                )
            except ValidationError as error:
                apply_validation_error(form, error)
                if is_rate_limited(error):
                    status = 429
            else:
                messages.success(
                    request,
                    _("Thank you, the opinion has been received as number %(number)s.")
                    % {"number": comment.number},
                )
                return redirect(request.path)
    return render(
        request,
        "consultations/opinion_form.html",
        {
            "government": consultation.strategy.government,
            "invitation": invitation,
            "consultation": consultation,
            "sections": selectors.draft_sections(consultation, with_comments=False),
            "opinions": list(invitation.comments.order_by("number")),
            "labels": sections,
            "form": form if consultation.is_open else None,
            "page_url": _page_url(consultation),
        },
        status=status,
    )

"""The team's screens of a consultation: the list, opening and editing one, the comments
with moderation and answers, the invitations, and the report with its publication.
VIEW reads, EDIT moderates and answers, MANAGE opens consultations, invites and publishes."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.links import absolute_url
from core.views import government_url, save_form
from governments.access import Permission
from strategies.access import strategy_view
from strategies.models import Strategy

from . import selectors, services
from .forms import AnswerForm, ConsultationForm, HideForm, InvitationForm, default_start
from .models import Comment, Consultation, Invitation
from .presentation import report_facts

PAGE_SIZE = 25


def _consultation(strategy: Strategy, pk: int) -> Consultation:
    return get_object_or_404(
        Consultation.objects.for_strategy(strategy).select_related("version", "strategy"), pk=pk
    )


def _url(request: HttpRequest, name: str, consultation: Consultation, **kwargs) -> str:
    return government_url(
        request, name, strategy=consultation.strategy_id, consultation=consultation.pk, **kwargs
    )


def _public_url(consultation: Consultation) -> str:
    return reverse(
        "portal_consultation",
        kwargs={
            "government": consultation.strategy.government.slug,
            "consultation": consultation.pk,
        },
    )


# Consultations ------------------------------------------------------------------------------


@strategy_view(Permission.VIEW)
def consultation_list(request: HttpRequest) -> HttpResponse:
    strategy = request.strategy
    return render(
        request,
        "consultations/consultation_list.html",
        {
            "strategy": strategy,
            "consultations": list(selectors.strategy_consultations(strategy)),
        },
    )


def _form_page(request, strategy, form, consultation=None) -> HttpResponse:
    return render(
        request,
        "consultations/consultation_form.html",
        {"strategy": strategy, "form": form, "consultation": consultation},
        status=400 if form.errors else 200,
    )


@strategy_view(Permission.MANAGE)
def consultation_create(request: HttpRequest) -> HttpResponse:
    strategy = request.strategy
    version = (
        strategy.versions.defer("snapshot").order_by("-number").filter(kind="consultation").first()
    )
    start = default_start()
    form = ConsultationForm(
        request.POST or None,
        strategy=strategy,
        initial={
            "version": version,
            "title": _("Consultation of the draft: %(title)s") % {"title": strategy.title},
            "starts_on": start,
            "ends_on": services.default_end(start),
        },
    )

    def create():
        data = dict(form.cleaned_data)
        data.pop("report_introduction", None)
        return services.consultation_create(strategy=strategy, by=request.user, **data)

    if request.method == "POST" and (saved := save_form(form, create)):
        messages.success(request, _("The consultation has been planned."))
        return redirect(_url(request, "consultation_detail", saved.result))
    return _form_page(request, strategy, form)


@strategy_view(Permission.VIEW)
def consultation_detail(request: HttpRequest, consultation: int) -> HttpResponse:
    strategy = request.strategy
    consultation = _consultation(strategy, consultation)
    return render(
        request,
        "consultations/consultation_detail.html",
        {
            "strategy": strategy,
            "consultation": consultation,
            "counts": selectors.consultation_counts(consultation),
            "public_url": _public_url(consultation),
        },
    )


@strategy_view(Permission.MANAGE)
def consultation_edit(request: HttpRequest, consultation: int) -> HttpResponse:
    strategy = request.strategy
    consultation = _consultation(strategy, consultation)
    form = ConsultationForm(
        request.POST or None,
        strategy=strategy,
        initial={
            "version": consultation.version,
            "title": consultation.title,
            "starts_on": consultation.starts_on,
            "ends_on": consultation.ends_on,
            "announcement": consultation.announcement,
            "how_to_participate": consultation.how_to_participate,
            "report_introduction": consultation.report_introduction,
        },
    )

    def update():
        services.consultation_update(consultation=consultation, **form.cleaned_data)

    if request.method == "POST" and save_form(form, update):
        messages.success(request, _("The consultation has been saved."))
        return redirect(_url(request, "consultation_detail", consultation))
    consultation.refresh_from_db()
    return _form_page(request, strategy, form, consultation)


# Comments -----------------------------------------------------------------------------------


@strategy_view(Permission.VIEW)
def comment_list(request: HttpRequest, consultation: int) -> HttpResponse:
    strategy = request.strategy
    consultation = _consultation(strategy, consultation)
    filters = {
        "section": request.GET.get("sekcja", ""),
        "answer": request.GET.get("odpowiedz", ""),
        "hidden": request.GET.get("ukryte", ""),
    }
    page = Paginator(selectors.moderation_comments(consultation, **filters), PAGE_SIZE).get_page(
        request.GET.get("strona")
    )
    labels = selectors.section_labels(consultation)
    return render(
        request,
        "consultations/comment_list.html",
        {
            "strategy": strategy,
            "consultation": consultation,
            "page": page,
            "comments": [(c, labels.get(c.section, "")) for c in page.object_list],
            "filters": filters,
            "sections": [(selectors.WHOLE if k is None else str(k), v) for k, v in labels.items()],
            "answers": Comment.Answer.choices,
        },
    )


def _comment(strategy: Strategy, consultation: int, pk: int) -> Comment:
    return get_object_or_404(
        Comment.objects.select_related(
            "consultation__version",
            "consultation__strategy",
            "invitation",
            "hidden_by",
            "answered_by",
        ).filter(consultation__strategy=strategy, consultation_id=consultation),
        pk=pk,
    )


def _comment_page(request, strategy, comment, *, hide_form=None, answer_form=None, status=200):
    return render(
        request,
        "consultations/comment_detail.html",
        {
            "strategy": strategy,
            "consultation": comment.consultation,
            "comment": comment,
            "section": selectors.section_labels(comment.consultation).get(comment.section, ""),
            "hide_form": hide_form or HideForm(),
            "answer_form": answer_form
            or AnswerForm(
                initial={"answer": comment.answer or None, "reason": comment.answer_reason}
            ),
        },
        status=status,
    )


@strategy_view(Permission.VIEW)
def comment_detail(request: HttpRequest, consultation: int, comment: int) -> HttpResponse:
    strategy = request.strategy
    return _comment_page(request, strategy, _comment(strategy, consultation, comment))


@strategy_view(Permission.EDIT)
@require_POST
def comment_hide(request: HttpRequest, consultation: int, comment: int):
    strategy = request.strategy
    comment = _comment(strategy, consultation, comment)
    form = HideForm(request.POST)
    if save_form(
        form,
        lambda: services.comment_hide(
            comment=comment, reason=form.cleaned_data["reason"], by=request.user
        ),
    ):
        messages.success(request, _("The comment is hidden from the public pages."))
        return redirect(_url(request, "comment_detail", comment.consultation, comment=comment.pk))
    comment.refresh_from_db()
    return _comment_page(request, strategy, comment, hide_form=form, status=400)


@strategy_view(Permission.EDIT)
@require_POST
def comment_unhide(request: HttpRequest, consultation: int, comment: int):
    strategy = request.strategy
    comment = _comment(strategy, consultation, comment)
    try:
        services.comment_unhide(comment=comment, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The comment is shown on the public pages again."))
    return redirect(_url(request, "comment_detail", comment.consultation, comment=comment.pk))


@strategy_view(Permission.EDIT)
@require_POST
def comment_answer(request: HttpRequest, consultation: int, comment: int):
    strategy = request.strategy
    comment = _comment(strategy, consultation, comment)
    form = AnswerForm(request.POST)
    if save_form(
        form,
        lambda: services.comment_answer(
            comment=comment,
            answer=form.cleaned_data["answer"],
            reason=form.cleaned_data["reason"],
            by=request.user,
        ),
    ):
        messages.success(request, _("The answer has been saved."))
        following = (
            selectors.unanswered(comment.consultation).filter(number__gt=comment.number).first()
        )
        if following is not None:
            return redirect(
                _url(request, "comment_detail", comment.consultation, comment=following.pk)
            )
        return redirect(_url(request, "comment_list", comment.consultation))
    comment.refresh_from_db()
    return _comment_page(request, strategy, comment, answer_form=form, status=400)


# Invitations --------------------------------------------------------------------------------


def _invitations_page(request, strategy, consultation, form=None, status=200) -> HttpResponse:
    return render(
        request,
        "consultations/invitation_list.html",
        {
            "strategy": strategy,
            "consultation": consultation,
            "invitations": list(consultation.invitations.select_related("government")),
            "form": form or InvitationForm(government=request.government),
        },
        status=status,
    )


@strategy_view(Permission.VIEW)
def invitation_list(request: HttpRequest, consultation: int) -> HttpResponse:
    strategy = request.strategy
    return _invitations_page(request, strategy, _consultation(strategy, consultation))


@strategy_view(Permission.MANAGE)
@require_POST
def invitation_create(request: HttpRequest, consultation: int) -> HttpResponse:
    strategy = request.strategy
    consultation = _consultation(strategy, consultation)
    form = InvitationForm(request.POST, government=request.government)
    saved = save_form(
        form,
        lambda: services.invitation_create(
            consultation=consultation, by=request.user, **form.cleaned_data
        ),
    )
    if not saved:
        return _invitations_page(request, strategy, consultation, form, status=400)
    invitation, token = saved.result
    address = absolute_url(
        request,
        reverse(
            "consultation_opinion",
            kwargs={
                "government": request.government.slug,
                "consultation": consultation.pk,
                "token": token,
            },
        ),
    )
    messages.success(
        request,
        _("The personal link for %(name)s (shown only now, copy it): %(address)s")
        % {"name": invitation.name, "address": address},
    )
    return redirect(_url(request, "invitation_list", consultation))


@strategy_view(Permission.MANAGE)
@require_POST
def invitation_revoke(request: HttpRequest, consultation: int, invitation: int) -> HttpResponse:
    strategy = request.strategy
    consultation = _consultation(strategy, consultation)
    services.invitation_revoke(
        invitation=get_object_or_404(Invitation, pk=invitation, consultation=consultation)
    )
    messages.success(request, _("The link has been revoked."))
    return redirect(_url(request, "invitation_list", consultation))


# The report ---------------------------------------------------------------------------------


@strategy_view(Permission.VIEW)
def report_preview(request: HttpRequest, consultation: int) -> HttpResponse:
    strategy = request.strategy
    consultation = _consultation(strategy, consultation)
    report = selectors.consultation_report(consultation)
    return render(
        request,
        "consultations/report_preview.html",
        {
            "strategy": strategy,
            "consultation": consultation,
            "report": report,
            "facts": report_facts(consultation, report),
            "public_url": _public_url(consultation),
        },
    )


@strategy_view(Permission.MANAGE)
@require_POST
def report_publish(request: HttpRequest, consultation: int) -> HttpResponse:
    strategy = request.strategy
    consultation = _consultation(strategy, consultation)
    try:
        services.consultation_report_publish(consultation=consultation, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The report has been published."))
    return redirect(_url(request, "report_preview", consultation))

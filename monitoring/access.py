"""Who may open a monitoring form without an account: the holder of its personal link.
Built on governments.access.link_view, like every view opened by a link's token."""

from django.http import HttpRequest
from django.shortcuts import render
from django.utils import timezone

from core.crypto import token_digest
from governments.access import link_view

from .models import FormLink


def _find(*, token: str) -> FormLink | None:
    return (
        FormLink.objects.select_related("form__cycle__strategy__government", "form__institution")
        .filter(token_digest=token_digest(token))
        .first()
    )


def _refuse(request: HttpRequest, link: FormLink):
    if link.revoked_at is not None or link.expires_at <= timezone.now():
        return render(request, "monitoring/link_gone.html", {"link": link}, status=410)
    return None


def _attach(request: HttpRequest, link: FormLink) -> None:
    request.report_form = link.form
    request.form_link = link


# A monitoring form opened through a personal link: the token gives that one form and
# nothing else; an unknown token is a 404, an expired or revoked one a 410 page saying so.
# The view gets ``request.report_form`` and ``request.form_link``; no cache keeps the page.
form_link_view = link_view(
    name="form link", find=_find, refuse=_refuse, attach=_attach, private=True
)

"""Who may give an opinion without an account: an invited body, through its personal link.
Built on governments.access.link_view, like every view opened by a link's token."""

from django.http import HttpRequest
from django.shortcuts import render

from core.crypto import token_digest
from governments.access import link_view

from .models import Invitation


def _find(*, government: str, consultation: int, token: str) -> Invitation | None:
    return (
        Invitation.objects.select_related(
            "consultation__version", "consultation__strategy__government"
        )
        .filter(
            token_digest=token_digest(token),
            consultation_id=consultation,
            consultation__strategy__government__slug=government,
        )
        .first()
    )


def _refuse(request: HttpRequest, invitation: Invitation):
    if not invitation.works:
        return render(
            request,
            "consultations/link_gone.html",
            {"invitation": invitation, "government": invitation.consultation.strategy.government},
            status=410,
        )
    return None


def _attach(request: HttpRequest, invitation: Invitation) -> None:
    request.invitation = invitation


# The opinion form of one invitation, for its own consultation only: an unknown token (or
# another consultation's) is a 404, a revoked link or one past the consultation's end a
# 410 page saying so. The view gets ``request.invitation``.
invitation_link_view = link_view(name="invitation link", find=_find, refuse=_refuse, attach=_attach)

"""Who may open a workshop's pages without an account: the holders of its short links.
Built on governments.access.link_view, like every view opened by a link's token."""

from django.http import HttpRequest
from django.shortcuts import render

from governments.access import link_view

from .models import Workshop
from .tokens import PARTICIPANT, token_digests


def workshop_link_view(kind: str):
    """``participant``: the voting and SWOT board of that one workshop, only while it is
    open (an unknown token is a 404, a closed workshop a 410 page saying so, one not opened
    yet a 403 page); ``projector``: its live results in any state. The view gets
    ``request.workshop`` and ``request.workshop_token``."""
    field = "participant_digest" if kind == PARTICIPANT else "projector_digest"

    def find(*, token: str):
        workshop = (
            Workshop.objects.select_related("area")
            .filter(**{f"{field}__in": token_digests(token)})
            .first()
        )
        return None if workshop is None else (workshop, token)

    def refuse(request: HttpRequest, found):
        workshop, _token = found
        if kind == PARTICIPANT and not workshop.is_open:
            closed = workshop.status == Workshop.Status.CLOSED
            return render(
                request,
                "workshops/link_gone.html",
                {"workshop": workshop},
                status=410 if closed else 403,
            )
        return None

    def attach(request: HttpRequest, found) -> None:
        request.workshop, request.workshop_token = found

    return link_view(name=f"workshop {kind} link", find=find, refuse=refuse, attach=attach)

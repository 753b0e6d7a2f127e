"""The anonymous participant: a random id in a signed cookie, given to a phone on its first
visit to a workshop link. Only the id's digest is stored with a ballot or a SWOT entry."""

import hashlib
import uuid

from django.conf import settings
from django.http import HttpRequest, HttpResponse

COOKIE = "warsztaty_uczestnik"
SALT = "workshops.participant"
MAX_AGE = 60 * 60 * 24 * 90  # a quarter: long enough for a series of workshops


def participant_id(request: HttpRequest) -> str:
    """The phone's id from its cookie, or a new one (remembered for ``keep``)."""
    value = request.COOKIES.get(COOKIE) and request.get_signed_cookie(
        COOKIE, default=None, salt=SALT
    )
    if not value:
        value = getattr(request, "_new_participant", None) or uuid.uuid4().hex
        request._new_participant = value
    return value


def participant_digest(request: HttpRequest) -> str:
    return hashlib.sha256(participant_id(request).encode()).hexdigest()


def keep(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """Send the cookie with the response if the phone got a new id in this request."""
    new = getattr(request, "_new_participant", None)
    if new:
        response.set_signed_cookie(
            COOKIE,
            new,
            salt=SALT,
            max_age=MAX_AGE,
            httponly=True,
            samesite="Lax",
            secure=settings.SESSION_COOKIE_SECURE,
        )
    return response

"""The anonymous participant: a random id in a signed cookie, given to a phone on its first
visit to a workshop link. Only the id's digest is stored with a ballot or a SWOT entry.

A vote or a SWOT entry is taken only from a phone that already has the cookie
(``is_known``): a POST without it would otherwise get a fresh id, and so a new ballot, on
every request. See ADR 11 for what this does and does not stop."""

import hashlib
import uuid

from django.conf import settings
from django.http import HttpRequest, HttpResponse

COOKIE = "warsztaty_uczestnik"
SALT = "workshops.participant"
MAX_AGE = 60 * 60 * 24 * 90  # a quarter: long enough for a series of workshops


def _from_cookie(request: HttpRequest) -> str | None:
    if COOKIE not in request.COOKIES:
        return None
    return request.get_signed_cookie(COOKIE, default=None, salt=SALT) or None


def is_known(request: HttpRequest) -> bool:
    """Whether the phone sent a valid signed id, given when it opened the link."""
    return _from_cookie(request) is not None


def participant_id(request: HttpRequest) -> str:
    """The phone's id from its cookie, or a new one (remembered for ``keep``)."""
    value = _from_cookie(request)
    if not value:
        value = getattr(request, "_new_participant", None) or uuid.uuid4().hex
        request._new_participant = value
    return value


def participant_digest(request: HttpRequest) -> str:
    return hashlib.sha256(participant_id(request).encode()).hexdigest()


def keep(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """Send the cookie with the response if the phone came without a valid one: the id it
    got in this request, or a new one (a page that only shows gives it too)."""
    if not is_known(request):
        response.set_signed_cookie(
            COOKIE,
            participant_id(request),
            salt=SALT,
            max_age=MAX_AGE,
            httponly=True,
            samesite="Lax",
            secure=settings.SESSION_COOKIE_SECURE,
        )
    return response

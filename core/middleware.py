"""Middleware of the whole site: limits every request meets before any view runs."""

import time
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control

# The session remembers when the user last did something; saving it (which pushes its
# expiry SESSION_COOKIE_AGE further) at most this often keeps idle timeouts cheap.
SEEN_KEY = "_seen"
SEEN_REFRESH_SECONDS = 60


def request_size_limit(get_response: Callable[[HttpRequest], HttpResponse]):
    """Refuse a request whose declared body exceeds MAX_REQUEST_BYTES with 413, before the
    body is read: an oversized upload costs the server its headers only. (Django reads no
    more than Content-Length, so a body without one is read as empty.)"""

    def middleware(request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.MAX_REQUEST_BYTES:
            # The WSGI server closes the connection or drains what the client still sends.
            return render(
                request,
                "413.html",
                {"limit_mb": settings.MAX_REQUEST_BYTES // (1024 * 1024)},
                status=413,
            )
        return get_response(request)

    return middleware


def session_idle_timeout(get_response: Callable[[HttpRequest], HttpResponse]):
    """Sessions end after SESSION_COOKIE_AGE of inactivity. A session's expiry is set when
    it is saved, so a request that is the user's own doing (any page or form, not an htmx
    poll or filter, which is a GET the page makes by itself) saves it again, at most once a
    minute. A session that was just saved (a login) gets its first mark for free; one
    without a mark (made before this rule) gets it at its next request, with the new
    expiry."""

    def middleware(request: HttpRequest) -> HttpResponse:
        response = get_response(request)
        session = getattr(request, "session", None)
        user = getattr(request, "user", None)
        if session is None or user is None or not user.is_authenticated:
            return response
        now = int(time.time())
        seen = session.get(SEEN_KEY)
        background = request.method == "GET" and request.headers.get("HX-Request") == "true"
        if (
            session.modified
            or seen is None
            or (not background and now - seen >= SEEN_REFRESH_SECONDS)
        ):
            session[SEEN_KEY] = now
        return response

    return middleware


def private_when_logged_in(get_response: Callable[[HttpRequest], HttpResponse]):
    """What a logged-in user sees is a government's unpublished data: no shared cache may
    keep it, nor the browser after logout (Cache-Control: private, no-store)."""

    def middleware(request: HttpRequest) -> HttpResponse:
        response = get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        return response

    return middleware


def mark_login(sender, request, user, **kwargs) -> None:
    """A new session starts its idle time at login (connected to Django's user_logged_in in
    core.apps: every way in, the login page, the admin's and the tests' force_login, goes
    through django.contrib.auth.login), so that session_idle_timeout need not save it again
    at its first request."""
    if request is not None and hasattr(request, "session"):
        request.session[SEEN_KEY] = int(time.time())

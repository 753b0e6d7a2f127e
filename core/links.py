"""Reverse a URL once, then fill in ids: a page that links 700 rows calls reverse() a few times.

``url_templates`` reverses each named URL with a sentinel in place of its one varying id;
the template filter ``with_id`` (core/templatetags/links.py) puts the real id in. The URL
names and their converters stay the single source of truth.
"""

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse

SENTINEL = 2147483000


def url_templates(varying: dict[str, str | None], **fixed) -> dict[str, str]:
    """``{"goal_edit": "goal", "goal_create": None}`` → ``{name: url}``; None: no varying id."""
    result = {}
    for name, parameter in varying.items():
        kwargs = dict(fixed)
        if parameter:
            kwargs[parameter] = SENTINEL
        result[name] = reverse(name, kwargs=kwargs)
    return result


def fill_id(template: str, pk: int | str) -> str:
    return template.replace(str(SENTINEL), str(pk))


def absolute_url(request: HttpRequest, path: str) -> str:
    """The full address of ``path`` for a link that leaves the page (an e-mail, a printed
    card, a link to copy): from settings.PUBLIC_BASE_URL, never from the request's Host
    header, which a client chooses; from the request only while PUBLIC_BASE_URL is unset
    (development; behind a TLS proxy SECURE_PROXY_SSL_HEADER makes it https)."""
    if settings.PUBLIC_BASE_URL:
        return settings.PUBLIC_BASE_URL + path
    return request.build_absolute_uri(path)

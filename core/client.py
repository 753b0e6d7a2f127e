"""Who sent a request, for rate limits: the client's address, its keyed hash (the only form
in which it is stored), and the check that refuses what one address sent too often.

A limit is counted on the rows an address made: each kind of row keeps ``address_hash``
(for its own ``scope``) and the time it was made; the service counts that address's recent
rows and refuses one more beyond the limit (``refuse_beyond``), and the view answers 429
(``is_rate_limited``). Consultation comments and workshop ballots are limited so.
"""

import ipaddress

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest

from .crypto import keyed_hash

UNKNOWN = "unknown"  # one shared bucket for requests whose address cannot be read
RATE_LIMITED = "rate_limit"  # the code of the ValidationError that refuses one too many


def client_address(request: HttpRequest) -> str:
    """The client's address, never empty: REMOTE_ADDR, or with ``TRUSTED_PROXIES`` = N > 0
    the N-th address from the right of X-Forwarded-For (each proxy appends the address it
    was reached from, so what lies further left is the client's to forge); REMOTE_ADDR when
    the header has fewer entries. IPv6 addresses stand for their /64 network (one
    household or device gets one); anything unreadable is ``UNKNOWN``."""
    address = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXIES
    if proxies:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if request.META.get("HTTP_X_FORWARDED_FOR") and len(forwarded) >= proxies:
            address = forwarded[-proxies]
    try:
        parsed = ipaddress.ip_address(address.strip())
    except ValueError:
        return UNKNOWN
    if isinstance(parsed, ipaddress.IPv6Address):
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.IPv6Network((parsed, 64), strict=False))
    return str(parsed)


def address_for_records(request: HttpRequest) -> str | None:
    """The client's address for tables that store an IP address (login attempts): as
    client_address, with None for an unreadable one."""
    address = client_address(request)
    return None if address == UNKNOWN else address


def address_hash(address: str, *, scope: str) -> str:
    """A keyed hash of the client's address (HMAC-SHA256 with the HMAC key of core.crypto,
    apart for each ``scope``, so that the rows of two features cannot be matched): enough
    to count one address's requests, never the address itself. An empty address is the
    shared bucket of unknown ones, never "no limit". (After the key is rotated the counts
    start afresh: a window of minutes or hours, nothing is lost.)"""
    return keyed_hash(scope, address or UNKNOWN)


def refuse_beyond(recent: QuerySet, *, limit: int, message: str) -> None:
    """Refuse (a ValidationError with the code ``RATE_LIMITED``) when ``recent``, the rows
    one address made within the window, already holds ``limit`` of them."""
    if recent.count() >= limit:
        raise ValidationError(message, code=RATE_LIMITED)


def is_rate_limited(error: ValidationError) -> bool:
    """Whether a service refused because of a rate limit (the view answers 429)."""
    return any(item.code == RATE_LIMITED for item in getattr(error, "error_list", []))

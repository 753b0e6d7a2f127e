"""Who sent a request: the client's address as a key for rate limits."""

import ipaddress

from django.conf import settings
from django.http import HttpRequest

UNKNOWN = "unknown"  # one shared bucket for requests whose address cannot be read


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

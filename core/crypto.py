"""Keyed hashes and derived tokens, with a key of their own (settings.HMAC_KEY).

A keyed hash stands in for something that must be recognised again but never stored:
a commenter's address for a rate limit, a workshop's link token derived from its salt.
With the key secret, a copy of the database reveals neither (an unkeyed hash of an IPv4
address is undone by trying all four billion). The key is separate from SECRET_KEY so
that each can be rotated alone; unset, it is derived from SECRET_KEY. While a key is
being replaced, the old ones still recognise what they made: HMAC_KEY_FALLBACKS, and the
keys derived from SECRET_KEY and its fallbacks, so that neither a new SECRET_KEY (with the
old one in SECRET_KEY_FALLBACKS) nor setting HMAC_KEY for the first time breaks a link
(docs/security.md, "Keys").
"""

import hashlib
import hmac

from django.conf import settings


def _derived(secret: str) -> bytes:
    return hmac.new(secret.encode(), b"strategia.hmac-key", hashlib.sha256).digest()


def keys() -> list[bytes]:
    """The current key first, then the ones that still recognise what they made."""
    derived = [_derived(secret) for secret in (settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS)]
    explicit = [key.encode() for key in (settings.HMAC_KEY, *settings.HMAC_KEY_FALLBACKS) if key]
    found: list[bytes] = []
    for key in [*explicit, *derived]:
        if key not in found:
            found.append(key)
    return found


def keyed_digest(purpose: str, value: str, *, key: bytes | None = None) -> bytes:
    """HMAC-SHA256 of ``value`` for one ``purpose`` (a name that keeps the uses apart)."""
    message = purpose.encode() + b"\x00" + value.encode()
    return hmac.new(key or keys()[0], message, hashlib.sha256).digest()


def keyed_hash(purpose: str, value: str) -> str:
    return keyed_digest(purpose, value).hex()


def keyed_hashes(purpose: str, value: str) -> list[str]:
    """The hash under the current key and under each fallback: look a stored hash up with
    ``__in`` while a key is being replaced."""
    return [keyed_digest(purpose, value, key=key).hex() for key in keys()]


def token_digest(token: str) -> str:
    """What is stored of a personal link's random token (secrets.token_urlsafe(32), 256
    bits): its SHA-256. Unkeyed on purpose: a token that cannot be guessed cannot be found
    from its hash either, and a link keeps working when the keys are replaced."""
    return hashlib.sha256(token.encode()).hexdigest()

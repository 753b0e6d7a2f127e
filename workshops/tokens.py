"""The tokens of a workshop's short links (one for the participants' phones, one for the
projector) and of its one-time participant codes, printed on cards (ADR 11).

A token is derived from the workshop's random ``link_salt`` and the installation's HMAC
key (core.crypto, HMAC_KEY), so the coordinator's page can show it again at any time. The
database keeps only a keyed hash of it for looking a link up (a 10-character token is
49 bits: a bare SHA-256 of it could be reversed from a copy of the database in a day), so
a copy of the database alone opens nothing.

A one-time code is derived the same way from the workshop's ``code_salt`` and its number,
so the cards can be printed again, and stored as a keyed hash too.

While the key is being replaced (the old one in HMAC_KEY_FALLBACKS), links and codes made
under the old key keep working and are shown as they were made: each is derived again
under the key whose result matches what is stored. Links made before the HMAC key existed
(derived with SECRET_KEY, stored as SHA-256) were re-hashed by migration 0004 and are
still recognised.
"""

import secrets

from django.conf import settings
from django.utils.crypto import salted_hmac

from core.crypto import keyed_digest, keys

# Lower-case letters and digits without the look-alikes 0/o, 1/l/i: easy to read aloud
# and to type on a phone; 31 ** 10 tokens.
ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
LENGTH = 10
CODE_LENGTH = 8
PARTICIPANT = "participant"
PROJECTOR = "projector"


def new_salt() -> str:
    return secrets.token_hex(16)


def _spelled(raw: bytes, length: int) -> str:
    """``length`` characters of ALPHABET from the bytes of an HMAC."""
    number = int.from_bytes(raw, "big")
    chars = []
    for _ in range(length):
        number, index = divmod(number, len(ALPHABET))
        chars.append(ALPHABET[index])
    return "".join(chars)


def _derived(purpose: str, value: str, length: int, key: bytes | None = None) -> str:
    return _spelled(keyed_digest(purpose, value, key=key), length)


def legacy_token(salt: str, kind: str, secret: str) -> str:
    """A link as made before the HMAC key existed: an HMAC with SECRET_KEY."""
    raw = salted_hmac(f"workshops.link.{kind}", salt, secret=secret, algorithm="sha256")
    return _spelled(raw.digest(), LENGTH)


def token_for(salt: str, kind: str, *, stored: str = "") -> str:
    """The link's token (under the current key); with the ``stored`` digest, the one that
    matches it, under whichever key made it."""
    candidates = [_derived(f"workshops.link.{kind}", salt, LENGTH, key) for key in keys()]
    if stored:
        old_keys = [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]
        candidates += [legacy_token(salt, kind, secret) for secret in old_keys]
        for token in candidates:
            if stored in token_digests(token):
                return token
    return candidates[0]


def code_for(salt: str, number: int, *, stored: str = "") -> str:
    """The workshop's one-time participant code number ``number`` (with the ``stored``
    digest: the one made under the key that matches it)."""
    for key in keys():
        code = _derived("workshops.code", f"{salt}:{number}", CODE_LENGTH, key)
        if not stored or _code_digest(code, key) == stored:
            return code
    return _derived("workshops.code", f"{salt}:{number}", CODE_LENGTH)


def normalise(code: str) -> str:
    """What a person typed (``ABCDE-FGHJK``, spaces, capitals) as a token."""
    return "".join(ch for ch in code.lower() if ch.isalnum())


def token_digest(token: str) -> str:
    """What is stored of a link's token: a keyed hash (see above)."""
    return keyed_digest("workshops.link.digest", normalise(token)).hex()


def token_digests(token: str) -> list[str]:
    """The digests a token may be stored under: the current key's and the fallbacks'."""
    return [
        keyed_digest("workshops.link.digest", normalise(token), key=key).hex() for key in keys()
    ]


def _code_digest(code: str, key: bytes | None = None) -> str:
    return keyed_digest("workshops.code.digest", normalise(code), key=key).hex()


def code_digest(code: str) -> str:
    """What is stored of a one-time code: a keyed hash (see above)."""
    return _code_digest(code)


def code_digests(code: str) -> list[str]:
    """The digests a typed code may be stored under: the current key's and the fallbacks'."""
    return [_code_digest(code, key) for key in keys()]


def display_code(token: str) -> str:
    """A token or a code to read out, copy from the screen or type from a card, in two
    halves: ``ABCDE-FGHJK``, ``ABCD-EFGH``."""
    upper = token.upper()
    half = len(upper) // 2
    return f"{upper[:half]}-{upper[half:]}"

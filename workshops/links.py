"""The short links of a workshop: one for the participants' phones, one for the projector;
and its one-time participant codes, printed on cards (ADR 11).

A token is derived from the workshop's random ``link_salt`` and the installation's HMAC
key (core.crypto, HMAC_KEY), so the coordinator's page can show it again at any time, while
the database keeps only its SHA-256 digest for looking a link up: a copy of the database
alone opens nothing.

A one-time code is derived the same way from the workshop's ``code_salt`` and its number,
so the cards can be printed again. Being short (8 characters, 31 ** 8 codes), it is stored
as an HMAC with the same key rather than a bare digest, which a copy of the database would
let anyone reverse by trying every code.

While the key is being replaced (the old one in HMAC_KEY_FALLBACKS), links and codes made
under the old key keep working and are shown as they were made: each is derived again
under the key whose result matches what is stored.
"""

import hashlib
import secrets

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


def _derived(purpose: str, value: str, length: int, key: bytes | None = None) -> str:
    """``length`` characters of ALPHABET from an HMAC of ``value`` (core.crypto's key)."""
    raw = keyed_digest(purpose, value, key=key)
    number = int.from_bytes(raw, "big")
    chars = []
    for _ in range(length):
        number, index = divmod(number, len(ALPHABET))
        chars.append(ALPHABET[index])
    return "".join(chars)


def token_for(salt: str, kind: str, *, stored: str = "") -> str:
    """The link's token; with the ``stored`` digest, the one that matches it, under
    whichever key made it (the current one when none does)."""
    for key in keys():
        token = _derived(f"workshops.link.{kind}", salt, LENGTH, key)
        if not stored or token_digest(token) == stored:
            return token
    return _derived(f"workshops.link.{kind}", salt, LENGTH)


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
    return hashlib.sha256(normalise(token).encode()).hexdigest()


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

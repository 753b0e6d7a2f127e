"""The short links of a workshop: one for the participants' phones, one for the projector;
and its one-time participant codes, printed on cards (ADR 11).

A token is derived from the workshop's random ``link_salt`` and the server's SECRET_KEY
(HMAC), so the coordinator's page can show it again at any time, while the database keeps
only its SHA-256 digest for looking a link up: a copy of the database alone opens nothing.
Rotating SECRET_KEY changes every token; reset the links of open workshops after that.

A one-time code is derived the same way from the workshop's ``code_salt`` and its number,
so the cards can be printed again. Being short (8 characters, 31 ** 8 codes), it is stored
as an HMAC keyed with SECRET_KEY rather than a bare digest, which a copy of the database
would let anyone reverse by trying every code.
"""

import hashlib
import secrets

from django.utils.crypto import salted_hmac

# Lower-case letters and digits without the look-alikes 0/o, 1/l/i: easy to read aloud
# and to type on a phone; 31 ** 10 tokens.
ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
LENGTH = 10
CODE_LENGTH = 8
PARTICIPANT = "participant"
PROJECTOR = "projector"


def new_salt() -> str:
    return secrets.token_hex(16)


def _derived(purpose: str, value: str, length: int) -> str:
    """``length`` characters of ALPHABET from an HMAC of ``value`` with SECRET_KEY."""
    raw = salted_hmac(purpose, value, algorithm="sha256").digest()
    number = int.from_bytes(raw, "big")
    chars = []
    for _ in range(length):
        number, index = divmod(number, len(ALPHABET))
        chars.append(ALPHABET[index])
    return "".join(chars)


def token_for(salt: str, kind: str) -> str:
    return _derived(f"workshops.link.{kind}", salt, LENGTH)


def code_for(salt: str, number: int) -> str:
    """The workshop's one-time participant code number ``number``."""
    return _derived("workshops.code", f"{salt}:{number}", CODE_LENGTH)


def normalise(code: str) -> str:
    """What a person typed (``ABCDE-FGHJK``, spaces, capitals) as a token."""
    return "".join(ch for ch in code.lower() if ch.isalnum())


def token_digest(token: str) -> str:
    return hashlib.sha256(normalise(token).encode()).hexdigest()


def code_digest(code: str) -> str:
    """What is stored of a one-time code, keyed with SECRET_KEY (see above)."""
    return salted_hmac("workshops.code.digest", normalise(code), algorithm="sha256").hexdigest()


def display_code(token: str) -> str:
    """A token or a code to read out, copy from the screen or type from a card, in two
    halves: ``ABCDE-FGHJK``, ``ABCD-EFGH``."""
    upper = token.upper()
    half = len(upper) // 2
    return f"{upper[:half]}-{upper[half:]}"

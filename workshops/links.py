"""The short links of a workshop: one for the participants' phones, one for the projector.

A token is derived from the workshop's random ``link_salt`` and the server's SECRET_KEY
(HMAC), so the coordinator's page can show it again at any time, while the database keeps
only its SHA-256 digest for looking a link up: a copy of the database alone opens nothing.
Rotating SECRET_KEY changes every token; reset the links of open workshops after that.
"""

import hashlib
import secrets

from django.utils.crypto import salted_hmac

# Lower-case letters and digits without the look-alikes 0/o, 1/l/i: easy to read aloud
# and to type on a phone; 31 ** 10 tokens.
ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
LENGTH = 10
PARTICIPANT = "participant"
PROJECTOR = "projector"


def new_salt() -> str:
    return secrets.token_hex(16)


def token_for(salt: str, kind: str) -> str:
    raw = salted_hmac(f"workshops.link.{kind}", salt, algorithm="sha256").digest()
    number = int.from_bytes(raw, "big")
    chars = []
    for _ in range(LENGTH):
        number, index = divmod(number, len(ALPHABET))
        chars.append(ALPHABET[index])
    return "".join(chars)


def normalise(code: str) -> str:
    """What a person typed (``ABCDE-FGHJK``, spaces, capitals) as a token."""
    return "".join(ch for ch in code.lower() if ch.isalnum())


def token_digest(token: str) -> str:
    return hashlib.sha256(normalise(token).encode()).hexdigest()


def display_code(token: str) -> str:
    """The token as a code to read out or copy from the screen: ``ABCDE-FGHJK``."""
    upper = token.upper()
    return f"{upper[:5]}-{upper[5:]}"

"""Workshop link digests become keyed hashes (issue 11).

Until now a link's token was an HMAC of the workshop's salt with SECRET_KEY and the
database kept its bare SHA-256, which a copy of the database lets anyone reverse for a
10-character token. Each stored digest is replaced by the keyed hash of the same token, so
every link people already have keeps working (workshops.links finds such an old token by
its derivation with SECRET_KEY). The code here stands alone: it must do what the code of
this day did, whatever the modules become.
"""

import hashlib
import hmac

from django.conf import settings
from django.db import migrations
from django.utils.crypto import salted_hmac

ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
LENGTH = 10


def _spelled(raw: bytes) -> str:
    number, chars = int.from_bytes(raw, "big"), []
    for _ in range(LENGTH):
        number, index = divmod(number, len(ALPHABET))
        chars.append(ALPHABET[index])
    return "".join(chars)


def _hmac_key() -> bytes:
    if settings.HMAC_KEY:
        return settings.HMAC_KEY.encode()
    return hmac.new(settings.SECRET_KEY.encode(), b"strategia.hmac-key", hashlib.sha256).digest()


def _keyed(token: str) -> str:
    message = b"workshops.link.digest\x00" + token.encode()
    return hmac.new(_hmac_key(), message, hashlib.sha256).hexdigest()


def rehash(apps, schema_editor):
    Workshop = apps.get_model("workshops", "Workshop")
    secrets = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    for workshop in Workshop.objects.all():
        changed = []
        for kind, field in (("participant", "participant_digest"), ("projector", "projector_digest")):
            stored = getattr(workshop, field)
            for secret in secrets:
                raw = salted_hmac(f"workshops.link.{kind}", workshop.link_salt, secret=secret, algorithm="sha256")
                token = _spelled(raw.digest())
                if hashlib.sha256(token.encode()).hexdigest() == stored:
                    setattr(workshop, field, _keyed(token))
                    changed.append(field)
                    break
        if changed:
            workshop.save(update_fields=changed)


class Migration(migrations.Migration):
    dependencies = [("workshops", "0003_text_length_limits")]

    operations = [migrations.RunPython(rehash, migrations.RunPython.noop)]

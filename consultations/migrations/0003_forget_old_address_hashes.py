"""Forget the address hashes of comments made before issue 11.

They were keyed with SECRET_KEY, which an installation may have left at the public
development key (with it, a copy of the database gives back a commenter's address), and
they are needed only for the ten minutes of the rate limit: the new ones are keyed with the
HMAC key (core.crypto). Emptied, not recomputed: the addresses themselves were never kept.
"""

from django.db import migrations


def forget(apps, schema_editor):
    apps.get_model("consultations", "Comment").objects.exclude(address_hash="").update(
        address_hash=""
    )


class Migration(migrations.Migration):
    dependencies = [("consultations", "0002_text_length_limits")]

    operations = [migrations.RunPython(forget, migrations.RunPython.noop)]

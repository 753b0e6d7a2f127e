"""The data migrations of workshops, run on rows made before them."""

import hashlib

import pytest
from django.conf import settings
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from workshops import tokens

BEFORE = [("workshops", "0003_text_length_limits")]
AFTER = [("workshops", "0004_keyed_link_digests")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def _latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


@pytest.mark.django_db(transaction=True)
def test_links_made_before_the_hmac_key_keep_working_and_are_no_longer_bare_hashes(client):
    """An open workshop's links, printed and on the projector before the upgrade, open the
    same workshop after it; the database no longer holds a SHA-256 of the token."""
    import datetime

    from strategies.tests.factories import StrategyFactory

    strategy = StrategyFactory()
    apps = _migrate(BEFORE)
    try:
        salt = "0123456789abcdef0123456789abcdef"
        old_participant = tokens.legacy_token(salt, tokens.PARTICIPANT, settings.SECRET_KEY)
        old_projector = tokens.legacy_token(salt, tokens.PROJECTOR, settings.SECRET_KEY)
        bare = {
            "participant_digest": hashlib.sha256(old_participant.encode()).hexdigest(),
            "projector_digest": hashlib.sha256(old_projector.encode()).hexdigest(),
        }
        apps.get_model("workshops", "Workshop").objects.create(
            strategy_id=strategy.pk,
            title="Warsztat sprzed zmiany",
            date=datetime.date(2025, 3, 12),
            status="open",
            link_salt=salt,
            **bare,
        )
        _migrate(AFTER)
    finally:
        _migrate(_latest())
    from workshops.models import Workshop

    workshop = Workshop.objects.get(title="Warsztat sprzed zmiany")
    assert workshop.participant_digest not in bare.values()
    assert workshop.participant_digest == tokens.token_digest(old_participant)
    # The coordinator's page shows the link people already have …
    shown = tokens.token_for(salt, tokens.PARTICIPANT, stored=workshop.participant_digest)
    assert shown == old_participant
    assert (
        tokens.token_for(salt, tokens.PROJECTOR, stored=workshop.projector_digest) == old_projector
    )
    # … and it opens the workshop.
    response = client.get(reverse("workshop_projector", kwargs={"token": old_projector}))
    assert response.status_code == 200

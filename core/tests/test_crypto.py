"""Keyed hashes and derived tokens use their own key (HMAC_KEY), which can be rotated
without breaking what the old key made; links leave the site with the configured address."""

import pytest
from django.test import RequestFactory

from core import crypto
from core.client import address_hash
from core.links import absolute_url

OLD = "an-old-hmac-key-that-is-long-enough-to-be-used-ok"
NEW = "a-new-hmac-key-that-is-long-enough-to-be-used-too"


def test_the_hmac_key_is_not_the_secret_key_and_is_used_when_set(settings):
    derived = address_hash("203.0.113.7", scope="test")
    settings.HMAC_KEY = NEW
    assert address_hash("203.0.113.7", scope="test") != derived
    settings.SECRET_KEY = "another-secret-key-that-is-long-enough-for-django"
    assert address_hash("203.0.113.7", scope="test") == crypto.keyed_hash(
        "test", "203.0.113.7"
    )  # SECRET_KEY no longer matters once HMAC_KEY is set


def test_a_hash_under_a_fallback_key_is_still_recognised(settings):
    settings.HMAC_KEY = OLD
    old = crypto.keyed_hash("p", "v")
    settings.HMAC_KEY, settings.HMAC_KEY_FALLBACKS = NEW, [OLD]
    assert crypto.keyed_hash("p", "v") != old
    assert old in crypto.keyed_hashes("p", "v")


@pytest.mark.django_db
def test_workshop_links_and_codes_survive_a_key_rotation(settings, open_workshop_with_codes):
    from workshops import selectors, services, tokens
    from workshops.models import Workshop

    workshop = open_workshop_with_codes
    token = tokens.token_for(workshop.link_salt, tokens.PARTICIPANT)
    cards = [card.code for card in selectors.code_cards(workshop)]
    settings.HMAC_KEY, settings.HMAC_KEY_FALLBACKS = NEW, [settings.HMAC_KEY or OLD]
    workshop = Workshop.objects.get(pk=workshop.pk)
    # The page shows the link that was made, and it still opens the workshop.
    assert (
        tokens.token_for(workshop.link_salt, tokens.PARTICIPANT, stored=workshop.participant_digest)
        == token
    )
    assert Workshop.objects.filter(participant_digest__in=tokens.token_digests(token)).exists()
    # The printed cards stay the same and each still admits its ballot.
    assert [card.code for card in selectors.code_cards(workshop)] == cards
    problem = workshop.problems.first()
    services.ballot_cast(workshop=workshop, participant="p1", values={problem.pk: 1}, code=cards[0])


@pytest.fixture
def open_workshop_with_codes(settings, government):
    import datetime

    from strategies.tests.factories import StrategyFactory
    from workshops import services

    settings.HMAC_KEY = OLD
    workshop = services.workshop_create(
        strategy=StrategyFactory(government=government),
        title="Warsztat",
        date=datetime.date(2025, 3, 12),
        requires_codes=True,
    )
    services.workshop_problem_add(workshop=workshop, title="Ubóstwo")
    services.workshop_set_status(workshop=workshop, status="open")
    services.workshop_codes_generate(workshop=workshop, count=3)
    workshop.refresh_from_db()
    return workshop


def test_links_leaving_the_site_use_the_public_address_not_the_host_header(settings):
    request = RequestFactory().get("/", HTTP_HOST="attacker.example")
    settings.ALLOWED_HOSTS = ["attacker.example"]
    settings.PUBLIC_BASE_URL = "https://strategia.example.gov.pl"
    assert absolute_url(request, "/f/abc/") == "https://strategia.example.gov.pl/f/abc/"
    settings.PUBLIC_BASE_URL = ""
    assert absolute_url(request, "/f/abc/") == "http://attacker.example/f/abc/"


def test_behind_a_tls_proxy_the_request_address_is_https(settings):
    settings.PUBLIC_BASE_URL = ""
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    request = RequestFactory().get("/", HTTP_X_FORWARDED_PROTO="https")
    assert absolute_url(request, "/f/abc/").startswith("https://")


def test_a_new_secret_key_with_the_old_one_as_fallback_keeps_what_the_derived_key_made(
    settings,
):
    """HMAC_KEY unset (derived from SECRET_KEY): rotating SECRET_KEY as Django documents it
    (the old one in SECRET_KEY_FALLBACKS) still recognises the old hashes; so does setting
    HMAC_KEY for the first time."""
    settings.HMAC_KEY, settings.HMAC_KEY_FALLBACKS = "", []
    old = crypto.keyed_hash("p", "v")
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-brand-new-secret-key-that-is-long-enough-ok"
    assert crypto.keyed_hash("p", "v") != old
    assert old in crypto.keyed_hashes("p", "v")
    settings.HMAC_KEY = NEW
    assert old in crypto.keyed_hashes("p", "v")

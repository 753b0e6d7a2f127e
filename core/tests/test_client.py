"""The client's address for rate limits: REMOTE_ADDR unless proxies are trusted, IPv6 by
its /64 network, and one shared "unknown" bucket for anything unreadable; the setting; the
keyed hash it is stored as, and the check that refuses one too many."""

import pytest
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.test import RequestFactory

from config.settings import env_int
from core.client import (
    UNKNOWN,
    address_hash,
    client_address,
    is_rate_limited,
    refuse_beyond,
)
from governments.models import LocalGovernment


def _request(remote_addr: str = "203.0.113.7", forwarded: str | None = None):
    extra = {"REMOTE_ADDR": remote_addr}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_trusted_proxies_a_spoofed_forwarded_for_is_ignored(settings):
    settings.TRUSTED_PROXIES = 0
    assert client_address(_request("203.0.113.7", "198.51.100.1")) == "203.0.113.7"


def test_behind_one_proxy_the_last_forwarded_address_is_the_clients(settings):
    settings.TRUSTED_PROXIES = 1
    # The client forged "198.51.100.1"; nginx appended the address it saw.
    request = _request("10.0.0.2", "198.51.100.1, 203.0.113.7")
    assert client_address(request) == "203.0.113.7"


def test_behind_two_proxies_the_second_from_the_right_is_the_clients(settings):
    settings.TRUSTED_PROXIES = 2
    request = _request("10.0.0.3", "198.51.100.1, 203.0.113.7, 10.0.0.2")
    assert client_address(request) == "203.0.113.7"


def test_a_forwarded_for_shorter_than_the_proxies_falls_back_to_remote_addr(settings):
    settings.TRUSTED_PROXIES = 2
    assert client_address(_request("203.0.113.7", "198.51.100.1")) == "203.0.113.7"
    assert client_address(_request("203.0.113.7")) == "203.0.113.7"


def test_ipv6_addresses_of_one_64_network_share_a_key(settings):
    settings.TRUSTED_PROXIES = 0
    one = client_address(_request("2001:db8:1:2::1"))
    other = client_address(_request("2001:db8:1:2:ffff:ffff:ffff:ffff"))
    assert one == other == "2001:db8:1:2::/64"
    assert client_address(_request("2001:db8:1:3::1")) != one
    assert client_address(_request("::ffff:203.0.113.7")) == "203.0.113.7"


@pytest.mark.parametrize("proxies", [0, 1])
@pytest.mark.parametrize("address", ["", "not-an-address", "203.0.113.7:5555"])
def test_a_missing_or_unreadable_address_is_the_shared_unknown_bucket(settings, proxies, address):
    settings.TRUSTED_PROXIES = proxies
    assert client_address(_request(address, address if proxies else None)) == UNKNOWN


@pytest.mark.parametrize(("raw", "value"), [(None, 0), ("", 0), ("1", 1), (" 2 ", 2)])
def test_trusted_proxies_is_a_whole_number(monkeypatch, raw, value):
    if raw is None:
        monkeypatch.delenv("TRUSTED_PROXIES", raising=False)
    else:
        monkeypatch.setenv("TRUSTED_PROXIES", raw)
    assert env_int("TRUSTED_PROXIES", 0) == value


@pytest.mark.parametrize("raw", ["-1", "one", "1.5", "²", "١"])
def test_an_invalid_trusted_proxies_is_refused_at_start(monkeypatch, raw):
    monkeypatch.setenv("TRUSTED_PROXIES", raw)
    with pytest.raises(ImproperlyConfigured, match="TRUSTED_PROXIES"):
        env_int("TRUSTED_PROXIES", 0)


def test_an_address_is_stored_only_as_a_keyed_hash_apart_for_each_scope(settings):
    stored = address_hash("203.0.113.7", scope="consultations.address")
    assert len(stored) == 64 and "203.0.113.7" not in stored
    assert address_hash("203.0.113.7", scope="workshops.ballot") != stored
    assert address_hash("", scope="x") == address_hash(UNKNOWN, scope="x")  # never "no limit"
    settings.SECRET_KEY = "another-secret-key-that-is-long-enough-for-django"
    assert address_hash("203.0.113.7", scope="consultations.address") != stored


@pytest.mark.django_db
def test_the_rate_limit_refuses_once_the_recent_rows_reach_the_limit(government):
    recent = LocalGovernment.objects.all()  # one row: as if one address had sent one
    refuse_beyond(recent, limit=2, message="Za dużo.")
    with pytest.raises(ValidationError) as caught:
        refuse_beyond(recent, limit=1, message="Za dużo.")
    assert caught.value.messages == ["Za dużo."] and is_rate_limited(caught.value)
    assert not is_rate_limited(ValidationError("Inny błąd."))

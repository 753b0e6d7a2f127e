"""The BDL client against a double of the API on 127.0.0.1: paging, limits, failures."""

import json

import pytest
from werkzeug import Response

from diagnosis.bdl import ANONYMOUS_LIMITS, BdlClient, BdlError, RateLimiter, retry_after_seconds
from diagnosis.tests.fake_bdl import UNITS, Clock, FakeBdl, instant_client


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def fake(httpserver):
    return FakeBdl(httpserver, page_size=3)


def client_for(fake, clock, **kwargs):
    return instant_client(fake, clock, **kwargs)


def test_pages_are_followed_until_every_record_arrived(fake, clock):
    with client_for(fake, clock) as client:
        units = list(client.units())
    assert [u["id"] for u in units] == [u["id"] for u in UNITS]
    assert len(fake.requests) == 4  # 12 units, 3 a page
    assert [r.args["page"] for r in fake.requests] == ["0", "1", "2", "3"]
    assert all(r.args["format"] == "json" for r in fake.requests)


def test_the_key_is_sent_when_set(fake, clock):
    with BdlClient(
        base_url=fake.base_url, client_id="abc-123", sleep=clock.sleep, clock=clock
    ) as c:
        list(c.units(level=2))
    assert fake.requests[0].headers["X-ClientId"] == "abc-123"


def test_429_waits_as_long_as_retry_after_says(fake, clock):
    fake.fail(1, Response("limit", status=429, headers={"Retry-After": "396 sek"}))
    with client_for(fake, clock) as client:
        units = list(client.units(level=2))
    assert [u["name"] for u in units] == ["MAŁOPOLSKIE"]
    assert 396.0 in clock.slept


def test_server_errors_are_retried_with_a_growing_pause(fake, clock):
    fake.fail(1, Response("oops", status=500))
    fake.fail(2, Response("oops", status=503))
    with client_for(fake, clock) as client:
        assert len(list(client.units(level=2))) == 1
    assert clock.slept[:2] == [1.0, 2.0]


def test_giving_up_after_the_retries_says_so_in_polish(fake, clock):
    for n in range(1, 5):
        fake.fail(n, Response("oops", status=502))
    with client_for(fake, clock, max_retries=3) as client, pytest.raises(BdlError) as error:
        list(client.units(level=2))
    assert "502" in str(error.value)


def test_a_client_error_carries_the_apis_reason(fake, clock):
    body = {"errors": [{"errorResult": "Bad", "errorReason": "Nieznany poziom"}]}
    fake.fail(1, Response(json.dumps(body), status=400, content_type="application/json"))
    with client_for(fake, clock) as client, pytest.raises(BdlError) as error:
        list(client.units(level=9))
    assert "Nieznany poziom" in str(error.value) and error.value.status == 400


def test_malformed_and_partial_bodies_are_refused(fake, clock):
    fake.fail(1, Response("<html>not json</html>", status=200))
    with client_for(fake, clock) as client, pytest.raises(BdlError):
        list(client.units())
    fake.requests.clear()
    fake.fail(2, Response(json.dumps({"totalRecords": 12}), content_type="application/json"))
    with client_for(fake, clock) as client, pytest.raises(BdlError):
        list(client.units())


def test_a_list_shorter_than_announced_is_refused(httpserver, clock):
    fake = FakeBdl(httpserver, page_size=100)

    def short(request):
        fake.requests.append(request)
        body = {"totalRecords": 5, "page": 0, "links": {}, "results": UNITS[:2]}
        return Response(json.dumps(body), content_type="application/json")

    httpserver.clear()
    httpserver.expect_request("/api/v1/units").respond_with_handler(short)
    with client_for(fake, clock) as client, pytest.raises(BdlError) as error:
        list(client.units())
    assert "5" in str(error.value)


def test_the_limiter_keeps_to_five_a_second_and_a_hundred_a_quarter_hour(clock):
    limiter = RateLimiter(ANONYMOUS_LIMITS, clock=clock, sleep=clock.sleep)
    start = clock.now
    for _ in range(5):
        limiter.wait()
    assert clock.now == start  # five go at once
    limiter.wait()
    assert clock.now == pytest.approx(start + 1.0)
    for _ in range(94):
        limiter.wait()
    assert clock.now - start < 30  # 100 requests within the first minutes
    limiter.wait()  # the 101st waits for the quarter-hour window
    assert clock.now - start >= 900.0


@pytest.mark.parametrize(
    ("header", "seconds"), [("396 sek", 396.0), ("12", 12.0), (None, 4.0), ("soon", 4.0)]
)
def test_retry_after_is_read_from_its_digits(header, seconds):
    assert retry_after_seconds(header, 4.0) == seconds

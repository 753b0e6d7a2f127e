"""A client of Statistics Poland's Local Data Bank API (BDL, /api/v1).

It pages through results, keeps to the API's limits (per second and per 15 minutes,
anonymous or with an X-ClientId key), retries after 429 (honouring Retry-After, which the
API sends as text such as "396 sek") and after 5xx with a growing pause, and refuses
bodies that are not whole: an import never takes a half-fetched series for a whole one.
See docs/adr/0007-own-bdl-client.md for why this is ours and not a library's.
"""

import re
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import httpx
from django.conf import settings
from django.utils.translation import gettext as _

PAGE_SIZE = 100  # the API's maximum


class BdlError(Exception):
    """The API refused a request or answered something unusable; the message is for users."""

    def __init__(self, message: str, *, status: int | None = None):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Limits:
    per_second: int
    per_quarter_hour: int


ANONYMOUS_LIMITS = Limits(per_second=5, per_quarter_hour=100)
REGISTERED_LIMITS = Limits(per_second=10, per_quarter_hour=500)


class RateLimiter:
    """Sliding windows of one second and fifteen minutes; waits before a request that
    would go over either."""

    def __init__(self, limits: Limits, *, clock: Callable[[], float], sleep: Callable):
        self.windows = [(1.0, limits.per_second), (900.0, limits.per_quarter_hour)]
        self.sent: deque[float] = deque()
        self.clock = clock
        self.sleep = sleep

    def wait(self) -> None:
        while True:
            now = self.clock()
            while self.sent and now - self.sent[0] >= 900.0:
                self.sent.popleft()
            pause = 0.0
            for length, limit in self.windows:
                recent = [t for t in self.sent if now - t < length]
                if len(recent) >= limit:
                    pause = max(pause, length - (now - recent[-limit]))
            if pause <= 0:
                self.sent.append(now)
                return
            self.sleep(pause)


def retry_after_seconds(value: str | None, default: float) -> float:
    """'396 sek', '12' or absent → seconds to wait."""
    if value:
        digits = re.search(r"\d+", value)
        if digits:
            return float(digits.group())
    return default


class BdlClient:
    def __init__(
        self,
        *,
        base_url: str | None = None,
        client_id: str | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        max_retries: int | None = None,
        max_pause: float = 900.0,
        timeout: float = 30.0,
    ):
        self.base_url = (base_url or settings.BDL_API_URL).rstrip("/")
        client_id = settings.BDL_CLIENT_ID if client_id is None else client_id
        headers = {"Accept": "application/json"}
        if client_id:
            headers["X-ClientId"] = client_id
        self.http = httpx.Client(headers=headers, timeout=timeout, transport=transport)
        self.limiter = RateLimiter(
            REGISTERED_LIMITS if client_id else ANONYMOUS_LIMITS, clock=clock, sleep=sleep
        )
        self.sleep = sleep
        self.max_retries = settings.BDL_MAX_RETRIES if max_retries is None else max_retries
        self.max_pause = max_pause
        self.requests_sent = 0

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> "BdlClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # One request ------------------------------------------------------------------------

    def get(self, path: str, params: list[tuple[str, str | int]] | None = None) -> dict:
        query = [("format", "json"), *(params or [])]
        url = f"{self.base_url}/{path.lstrip('/')}"
        for attempt in range(self.max_retries + 1):
            self.limiter.wait()
            self.requests_sent += 1
            try:
                response = self.http.get(url, params=query)
            except httpx.TransportError as exc:
                if attempt == self.max_retries:
                    raise BdlError(
                        _("The BDL server cannot be reached: %(error)s") % {"error": exc}
                    ) from exc
                self.sleep(min(2.0**attempt, self.max_pause))
                continue
            if response.status_code == 429 or response.status_code >= 500:
                if attempt == self.max_retries:
                    break
                default = min(2.0**attempt, self.max_pause)
                pause = (
                    retry_after_seconds(response.headers.get("Retry-After"), default)
                    if response.status_code == 429
                    else default
                )
                self.sleep(min(pause, self.max_pause))
                continue
            if response.status_code >= 400:
                raise BdlError(self._error_text(response), status=response.status_code)
            try:
                body = response.json()
            except ValueError as exc:
                raise BdlError(_("The BDL server sent a reply that is not valid JSON.")) from exc
            if not isinstance(body, dict):
                raise BdlError(_("The BDL server sent a reply of an unexpected shape."))
            return body
        raise BdlError(
            _("The BDL server keeps refusing (HTTP %(status)s); try again later.")
            % {"status": response.status_code},
            status=response.status_code,
        )

    @staticmethod
    def _error_text(response: httpx.Response) -> str:
        reason = ""
        try:
            errors = response.json().get("errors") or []
            if errors:
                reason = errors[0].get("errorReason") or errors[0].get("errorResult") or ""
        except (ValueError, AttributeError):
            pass
        if response.status_code == 404:
            message = _("The BDL has no such object (HTTP 404).")
        elif response.status_code == 403:
            message = _("The BDL refused the key set in BDL_CLIENT_ID (HTTP 403).")
        else:
            message = _("The BDL refused the request (HTTP %(status)s).") % {
                "status": response.status_code
            }
        return f"{message} {reason}".strip()

    # Paged lists ------------------------------------------------------------------------

    def pages(self, path: str, params: list[tuple[str, str | int]] | None = None) -> Iterator[dict]:
        """Every page of a list, checked to be whole: each page has its results, and the
        pages add up to the announced totalRecords."""
        page = 0
        seen = 0
        while True:
            body = self.get(path, [*(params or []), ("page", page), ("page-size", PAGE_SIZE)])
            results = body.get("results")
            total = body.get("totalRecords")
            if not isinstance(results, list) or not isinstance(total, int):
                raise BdlError(
                    _("The BDL sent page %(page)s without its results; nothing was saved.")
                    % {"page": page + 1}
                )
            seen += len(results)
            yield body
            has_next = bool((body.get("links") or {}).get("next"))
            if seen >= total or not results:
                if seen < total:
                    raise BdlError(
                        _("The BDL announced %(total)s records but sent %(seen)s.")
                        % {"total": total, "seen": seen}
                    )
                return
            if not has_next:
                raise BdlError(
                    _("The BDL announced %(total)s records but sent %(seen)s.")
                    % {"total": total, "seen": seen}
                )
            page += 1

    def units(self, *, level: int | None = None, parent_id: str | None = None) -> Iterator[dict]:
        params: list[tuple[str, str | int]] = []
        if level is not None:
            params.append(("level", level))
        if parent_id:
            params.append(("parent-id", parent_id))
        for body in self.pages("units", params):
            yield from body["results"]

    def count_units(self, *, level: int) -> int:
        body = self.get("units", [("level", level), ("page-size", 1)])
        total = body.get("totalRecords")
        if not isinstance(total, int):
            raise BdlError(_("The BDL server sent a reply of an unexpected shape."))
        return total

    def data_by_variable(
        self,
        variable_id: int,
        *,
        years: list[int],
        unit_level: int,
        parent_id: str | None = None,
    ) -> Iterator[dict]:
        """Results (one unit each, with its values) of one variable for a level of units."""
        params: list[tuple[str, str | int]] = [("unit-level", unit_level)]
        params += [("year", year) for year in years]
        if parent_id:
            params.append(("unit-parent-id", parent_id))
        for body in self.pages(f"data/by-variable/{int(variable_id)}", params):
            yield from body["results"]

    def variable(self, variable_id: int) -> dict:
        return self.get(f"variables/{int(variable_id)}")

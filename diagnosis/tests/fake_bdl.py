"""A test double of the BDL API, served on 127.0.0.1 by pytest-httpserver.

Bodies have the real API's shape: totalRecords, page, pageSize, links (self/next/…) and
results with ids as 12-character strings.
"""

import json
import re

from werkzeug import Request, Response

UNITS = [
    {"id": "000000000000", "name": "POLSKA", "parentId": None, "level": 0, "kind": None},
    {
        "id": "010000000000",
        "name": "MAKROREGION POŁUDNIOWY",
        "parentId": "000000000000",
        "level": 1,
    },
    {"id": "011200000000", "name": "MAŁOPOLSKIE", "parentId": "010000000000", "level": 2},
    {"id": "011210000000", "name": "Region Małopolskie", "parentId": "011200000000", "level": 3},
    {"id": "011212100000", "name": "Podregion Krakowski", "parentId": "011210000000", "level": 4},
    {"id": "011212161000", "name": "Powiat m. Kraków", "parentId": "011212100000", "level": 5},
    {"id": "011212106000", "name": "Powiat krakowski", "parentId": "011212100000", "level": 5},
    {"id": "011212161011", "name": "Kraków", "parentId": "011212161000", "level": 6, "kind": "1"},
    {
        "id": "011212106022",
        "name": "Igołomia-Wawrzeńczyce",
        "parentId": "011212106000",
        "level": 6,
        "kind": "2",
    },
    {"id": "011212106033", "name": "Skała", "parentId": "011212106000", "level": 6, "kind": "3"},
    {
        "id": "011212106034",
        "name": "Skała - miasto",
        "parentId": "011212106000",
        "level": 6,
        "kind": "4",
    },
    {
        "id": "011212106035",
        "name": "Skała - obszar wiejski",
        "parentId": "011212106000",
        "level": 6,
        "kind": "5",
    },
]


def page_body(items: list, page: int, size: int, base: str) -> dict:
    chunk = items[page * size : (page + 1) * size]
    last = max((len(items) - 1) // size, 0)
    links = {
        "first": f"{base}?page=0",
        "self": f"{base}?page={page}",
        "last": f"{base}?page={last}",
    }
    if page < last:
        links["next"] = f"{base}?page={page + 1}"
    return {
        "totalRecords": len(items),
        "page": page,
        "pageSize": size,
        "links": links,
        "results": chunk,
    }


class FakeBdl:
    """Serves /units from a list, with optional failures injected by request number."""

    def __init__(self, httpserver, units=None, page_size: int | None = None):
        self.server = httpserver
        self.units = list(units if units is not None else UNITS)
        self.page_size = page_size  # force a smaller page than asked, to exercise paging
        self.failures: dict[int, Response] = {}
        self.requests: list[Request] = []
        httpserver.expect_request("/api/v1/units").respond_with_handler(self._units)

    @property
    def base_url(self) -> str:
        return self.server.url_for("/api/v1")

    def fail(self, request_number: int, response: Response) -> None:
        self.failures[request_number] = response

    def _units(self, request: Request) -> Response:
        self.requests.append(request)
        failure = self.failures.pop(len(self.requests), None)
        if failure is not None:
            return failure
        level = request.args.get("level")
        items = [u for u in self.units if level is None or str(u["level"]) == level]
        size = self.page_size or int(request.args.get("page-size", 10))
        body = page_body(items, int(request.args.get("page", 0)), size, self.base_url + "/units")
        return Response(json.dumps(body), content_type="application/json")


class FakeBdlData(FakeBdl):
    """Adds /variables/{id} and /data/by-variable/{id} over a dict of values:
    ``values[variable_id][unit_id][year] = (val, attrId)``."""

    def __init__(self, httpserver, values: dict, names: dict | None = None, **kwargs):
        super().__init__(httpserver, **kwargs)
        self.values = values
        self.names = names or {}
        httpserver.expect_request(re.compile(r"^/api/v1/variables/\d+$")).respond_with_handler(
            self._variable
        )
        httpserver.expect_request(
            re.compile(r"^/api/v1/data/by-variable/\d+$")
        ).respond_with_handler(self._data)

    def _variable(self, request: Request) -> Response:
        self.requests.append(request)
        variable_id = int(request.path.rsplit("/", 1)[1])
        if variable_id not in self.values:
            body = {"errors": [{"errorResult": "Not found", "errorReason": "Brak zmiennej"}]}
            return Response(json.dumps(body), status=404, content_type="application/json")
        body = {
            "id": variable_id,
            "n1": self.names.get(variable_id, f"Zmienna {variable_id}"),
            "measureUnitName": "osoba",
        }
        return Response(json.dumps(body), content_type="application/json")

    def _under(self, unit_id: str, parent_id: str) -> bool:
        by_id = {u["id"]: u for u in self.units}
        current = by_id.get(unit_id)
        while current is not None:
            if current["id"] == parent_id:
                return True
            current = by_id.get(current.get("parentId"))
        return False

    def _data(self, request: Request) -> Response:
        self.requests.append(request)
        failure = self.failures.pop(len(self.requests), None)
        if failure is not None:
            return failure
        variable_id = int(request.path.rsplit("/", 1)[1])
        level = int(request.args["unit-level"])
        parent = request.args.get("unit-parent-id")
        years = set(request.args.getlist("year"))
        items = []
        for unit in self.units:
            if unit["level"] != level or (parent and not self._under(unit["id"], parent)):
                continue
            by_year = self.values.get(variable_id, {}).get(unit["id"], {})
            values = [
                {"year": str(year), "val": val, "attrId": attr}
                for year, (val, attr) in sorted(by_year.items())
                if not years or str(year) in years
            ]
            items.append({"id": unit["id"], "name": unit["name"], "values": values})
        size = self.page_size or int(request.args.get("page-size", 10))
        base = self.base_url + request.path.removeprefix("/api/v1")
        body = page_body(items, int(request.args.get("page", 0)), size, base)
        return Response(json.dumps(body), content_type="application/json")


class Clock:
    """A fake clock whose sleep moves time on, so that no test really waits."""

    def __init__(self):
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def instant_client(fake: FakeBdl, clock: Clock | None = None, **kwargs):
    """A BdlClient for the double, on a fake clock: limits and retries cost no real time."""
    from diagnosis.bdl import BdlClient

    clock = clock or Clock()
    return BdlClient(base_url=fake.base_url, client_id="", sleep=clock.sleep, clock=clock, **kwargs)

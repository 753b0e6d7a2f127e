"""Statistics storage at national scale: bulk load against PostgreSQL's COPY, and one gmina's
position among its comparison group for every catalogue indicator.

Run from the project root (``make bench-statistics`` runs exactly this)::

    .venv/bin/python benchmarks/statistics.py [--units 2500 --variables 300 --years 20]
        [--batch 250000] [--repeat 15] [--reuse] [--markdown]

PostgreSQL only: the server of DATABASE_URL, by default
postgres://postgres@127.0.0.1:5432/strategia_bench, and a database whose name ends in
``_bench`` (``strategia`` becomes ``strategia_bench``: a development database is never
touched). Without ``--reuse`` that database is dropped, created and migrated, and then:

1. a synthetic register is built: Poland, 7 macroregions, 16 voivodeships with their regions
   and subregions, a powiat for every ~6.5 gminy and ``--units`` gminy (urban, urban-rural
   and rural in Poland's proportions); ``--variables`` variables, every one the catalogue
   needs among them; the years up to 2024;
2. one value per variable, unit (gminy, powiats, voivodeships, Poland) and year is made by a
   seeded generator, streamed and never held in memory, (a) with one COPY … FROM STDIN into
   ``bench_copy`` (``LIKE diagnosis_observation INCLUDING ALL``: the same columns, checks and
   indexes) and (b) with the app's ``services.observations_store`` into
   ``diagnosis_observation``, ``--batch`` rows a call and a transaction; then the first batch
   is stored again with other values (updates) and the table is vacuumed and analysed;
3. (c) for a median urban-rural gmina and a median rural gmina (the largest default
   comparison group) a local government is created and tied to the unit, gets its default
   comparison group and five years of local figures; then ``diagnosis_setting`` and
   ``indicator_figures`` for all catalogue indicators are timed (two warm-up runs, then
   ``--repeat`` timed runs).

``--reuse`` keeps the loaded data and measures only (c). See docs/performance.md.
"""

import os
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
# This file's own folder comes first on sys.path and its name would hide the standard
# library's ``statistics`` (which the app imports): put the project root there instead.
sys.path[0] = str(BASE_DIR)

import argparse  # noqa: E402
import platform  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from datetime import date  # noqa: E402
from decimal import Decimal  # noqa: E402
from itertools import islice  # noqa: E402

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/strategia_bench"
LAST_YEAR = 2024
MISSING_SHARE = 0.01  # values marked missing (attrId 4), as the BDL does for a few
LOAD_AIM = 0.5  # observations_store at least half of COPY's rate
POSITION_AIM_MS = 300.0
WARMUP = 2
COLUMNS = "variable_id, unit_id, year, value, attribute"
COPY_TYPES = ["int8", "int8", "int2", "float8", "int2"]
# Poland's gminy in 2024: 302 urban, 710 urban-rural, 1,465 rural.
GMINA_KINDS = (("1", 302), ("3", 710), ("2", 1465))


# Database -----------------------------------------------------------------------------


def prepare_database(url: str, *, recreate: bool) -> str:
    """The URL of the benchmark's database: the one named, with ``_bench`` added unless its
    name ends so (a development database is never dropped). It is created if missing,
    and dropped and created again unless reusing."""
    from urllib.parse import urlsplit

    import dj_database_url
    import psycopg
    from psycopg import sql

    config = dj_database_url.parse(url)
    if config["ENGINE"] != "django.db.backends.postgresql":
        sys.exit(
            "benchmarks/statistics.py measures PostgreSQL only (COPY, national-scale tables); "
            f"DATABASE_URL points to {config['ENGINE'].rsplit('.', 1)[-1]}.\n"
            f"Set DATABASE_URL=postgres://… or leave it unset for {DEFAULT_URL}."
        )
    name = config["NAME"] if config["NAME"].endswith("_bench") else f"{config['NAME']}_bench"
    url = urlsplit(url)._replace(path=f"/{name}").geturl()
    with psycopg.connect(
        host=config["HOST"] or None,
        port=config["PORT"] or None,
        user=config["USER"] or None,
        password=config["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    ) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and recreate:
            admin.execute(sql.SQL("DROP DATABASE {}").format(sql.Identifier(name)))
            exists = None
        if not exists:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return url


def configure_django(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"
    os.environ["DEBUG"] = "0"  # no query log: 15 million rows must not be remembered
    import django

    django.setup()


def execute(statement: str, params=None):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(statement, params)
        return cursor.fetchall() if cursor.description else None


# The synthetic register ---------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    """What was built: unit pks with their size (population), variables with their shape."""

    units: list[tuple[int, float]]  # gminy, powiats, voivodeships and Poland
    gminy: int
    variables: list[tuple[int, float, float]]  # pk, value per resident (0: a rate), trend
    years: list[int]

    @property
    def rows(self) -> int:
        return len(self.units) * len(self.variables) * len(self.years)


def build_register(units: int, variables: int, years: int, rng: random.Random) -> Plan:
    """Units in the BDL's tree, variables (the catalogue's first) and the catalogue itself."""
    from diagnosis.catalogue import CATALOGUE
    from diagnosis.formulas import parse
    from diagnosis.models import TerritorialUnit, Variable, teryt_from_bdl_id
    from diagnosis.selectors import POPULATION_VARIABLE
    from diagnosis.services import catalogue_sync

    level = TerritorialUnit.Level

    def unit(bdl_id: str, name: str, lvl: int, parent=None, kind: str = "") -> TerritorialUnit:
        return TerritorialUnit(
            bdl_id=bdl_id,
            name=name,
            level=lvl,
            kind=kind,
            teryt=teryt_from_bdl_id(bdl_id, lvl),
            parent=parent,
            synthetic=True,
        )

    def create(objs: list[TerritorialUnit]) -> list[TerritorialUnit]:
        return TerritorialUnit.objects.bulk_create(objs, batch_size=2000)

    poland = create([unit("000000000000", "POLSKA", level.POLAND)])[0]
    macroregions = create(
        [
            unit(f"{m:02d}0000000000", f"MAKROREGION {m}", level.MACROREGION, poland)
            for m in (1, 2, 3, 4, 5, 6, 7)
        ]
    )
    voivodeship_codes = range(2, 33, 2)
    voivodeships = create(
        [
            unit(
                f"{macroregions[i % 7].bdl_id[:2]}{v:02d}00000000",
                f"Województwo {v:02d}",
                level.VOIVODESHIP,
                macroregions[i % 7],
            )
            for i, v in enumerate(voivodeship_codes)
        ]
    )
    regions = create(
        [unit(f"{w.bdl_id[:4]}10000000", f"Region {w.name}", level.REGION, w) for w in voivodeships]
    )
    subregions = create(
        [
            unit(f"{r.bdl_id[:5]}{s:02d}00000", f"Podregion {r.bdl_id[2:4]}{s}", level.SUBREGION, r)
            for r in regions
            for s in range(1, 5)
        ]
    )
    numbered: dict[str, int] = {}  # powiat numbers run within the voivodeship, as in TERYT
    powiats = []
    for p in range(max(len(subregions), round(units / 6.5))):
        sub = subregions[p % len(subregions)]
        number = numbered[sub.bdl_id[2:4]] = numbered.get(sub.bdl_id[2:4], 0) + 1
        powiats.append(
            unit(f"{sub.bdl_id[:7]}{number:02d}000", f"Powiat {p + 1}", level.POWIAT, sub)
        )
    powiats = create(powiats)
    kinds = [kind for kind, count in GMINA_KINDS for _ in range(count)]
    rng.shuffle(kinds)
    gminy = create(
        [
            unit(
                f"{pw.bdl_id[:9]}{g // len(powiats) + 1:02d}{kind}",
                f"Gmina {g + 1}",
                level.GMINA,
                pw,
                kind,
            )
            for g in range(units)
            for pw, kind in [(powiats[g % len(powiats)], kinds[g % len(kinds)])]
        ]
    )

    # Sizes: residents of a gmina by kind (log-normal), of a wider unit the sum of its gminy.
    median = {"1": 18000.0, "2": 6500.0, "3": 11000.0}
    size = {g.pk: median[g.kind] * rng.lognormvariate(0, 0.55) for g in gminy}
    for pw in powiats:
        size[pw.pk] = 0.0
    for g in gminy:
        size[g.parent_id] += size[g.pk]
    by_subregion = {s.pk: s.parent.parent_id for s in subregions}  # → voivodeship
    for w in voivodeships:
        size[w.pk] = 0.0
    for pw in powiats:
        size[by_subregion[pw.parent_id]] += size[pw.pk]
    size[poland.pk] = sum(size[g.pk] for g in gminy)
    with_data = [poland, *voivodeships, *powiats, *gminy]

    catalogue_sync()
    needed = sorted(set().union(*(parse(entry["formula"]).bdl_variables for entry in CATALOGUE)))
    bdl_ids = needed + [900_000 + n for n in range(max(0, variables - len(needed)))]
    created = Variable.objects.bulk_create(
        Variable(bdl_id=bdl_id, name=f"Zmienna {bdl_id}", measure_unit="-") for bdl_id in bdl_ids
    )
    shapes = []
    for variable in created:
        if variable.bdl_id == POPULATION_VARIABLE:
            shapes.append((variable.pk, 1.0, -0.003))
        elif rng.random() < 0.6:  # a count: births, offences, benefits, firms …
            shapes.append((variable.pk, rng.uniform(0.001, 0.5), rng.uniform(-0.03, 0.03)))
        else:  # a rate or share
            shapes.append((variable.pk, 0.0, rng.uniform(-0.02, 0.02)))
    return Plan(
        units=[(u.pk, size[u.pk]) for u in with_data],
        gminy=len(gminy),
        variables=shapes,
        years=list(range(LAST_YEAR - years + 1, LAST_YEAR + 1)),
    )


def observation_rows(plan: Plan, seed: int) -> Iterator[tuple]:
    """Every value, variable by variable, unit by unit, year by year (the order of a BDL
    import); the same seed gives the same rows."""
    rand = random.Random(seed).random  # noqa: S311 - made-up figures
    years = list(enumerate(plan.years))
    for variable_pk, per_resident, trend in plan.variables:
        level = 1.0 + 99.0 * rand()
        for unit_pk, size in plan.units:
            base = (size * per_resident if per_resident else level) * (0.7 + 0.6 * rand())
            for i, year in years:
                r = rand()
                if r < MISSING_SHARE:
                    yield (variable_pk, unit_pk, year, None, 4)
                else:
                    yield (
                        variable_pk,
                        unit_pk,
                        year,
                        base * (1 + trend * i) * (0.98 + 0.04 * r),
                        1,
                    )


# Loading --------------------------------------------------------------------------------


@dataclass
class Load:
    rows: int
    seconds: float
    cpu_seconds: float

    @property
    def rate(self) -> float:
        return self.rows / self.seconds


def timed(fn) -> Load:
    wall, cpu = time.perf_counter(), time.process_time()
    rows = fn()
    return Load(rows, time.perf_counter() - wall, time.process_time() - cpu)


def generate_only(plan: Plan, seed: int) -> Load:
    return timed(lambda: sum(1 for _ in observation_rows(plan, seed)))


def copy_load(plan: Plan, seed: int) -> Load:
    """PostgreSQL's own COPY of the same rows into a plain table with the same indexes."""
    from django.db import connection, transaction

    execute("DROP TABLE IF EXISTS bench_copy")
    execute("CREATE TABLE bench_copy (LIKE diagnosis_observation INCLUDING ALL)")
    execute("CHECKPOINT")

    def load() -> int:
        count = 0
        with transaction.atomic(), connection.cursor() as cursor:
            statement = f"COPY bench_copy ({COLUMNS}) FROM STDIN (FORMAT BINARY)"
            with cursor.cursor.copy(statement) as copy:
                copy.set_types(COPY_TYPES)
                for row in observation_rows(plan, seed):
                    copy.write_row(row)
                    count += 1
        return count

    result = timed(load)
    execute("DROP TABLE bench_copy")
    return result


def app_load(plan: Plan, seed: int, batch: int) -> Load:
    """The app's own path: observations_store, one call and one transaction a batch."""
    from django.db import transaction

    from diagnosis.services import observations_store

    execute("CHECKPOINT")

    def load() -> int:
        rows, stored = observation_rows(plan, seed), 0
        while True:
            with transaction.atomic():
                count = observations_store(islice(rows, batch))
            if not count:
                return stored
            stored += count

    return timed(load)


def app_update(plan: Plan, seed: int, batch: int) -> Load:
    """The first batch again with other values: every row is an update."""
    from django.db import transaction

    from diagnosis.services import observations_store

    execute("CHECKPOINT")

    def load() -> int:
        with transaction.atomic():
            return observations_store(islice(observation_rows(plan, seed + 1), batch))

    return timed(load)


# The position of one gmina ------------------------------------------------------------


@dataclass
class Position:
    label: str
    unit: str
    group: int
    indicators: int
    positions: int
    queries: int
    group_ms: float
    times_ms: list[float]

    @property
    def median_ms(self) -> float:
        return statistics.median(self.times_ms)

    @property
    def max_ms(self) -> float:
        return max(self.times_ms)


def median_gmina(kind: str):
    """The gmina of the kind with the median population in the latest year."""
    from diagnosis.models import Observation, TerritorialUnit
    from diagnosis.selectors import POPULATION_VARIABLE

    latest = (
        Observation.objects.filter(variable__bdl_id=POPULATION_VARIABLE, unit__level=6)
        .order_by("-year")
        .values_list("year", flat=True)
        .first()
    )
    ranked = list(
        Observation.objects.filter(
            variable__bdl_id=POPULATION_VARIABLE,
            year=latest,
            unit__level=TerritorialUnit.Level.GMINA,
            unit__kind=kind,
            value__isnull=False,
        )
        .order_by("value")
        .values_list("unit_id", flat=True)
    )
    return TerritorialUnit.objects.get(pk=ranked[len(ranked) // 2])


def bench_government(label: str, kind: str, government_kind: str):
    """A local government tied to the median gmina of the kind, as the app ties one."""
    from diagnosis.catalogue import LOCAL_FIGURES
    from diagnosis.services import governments_link_units, local_figures_set
    from governments.models import LocalGovernment
    from governments.services import government_create

    unit = median_gmina(kind)
    government = LocalGovernment.objects.filter(slug=f"bench-{kind}").first()
    if government is None or government.unit_id != unit.pk:
        LocalGovernment.objects.filter(slug=f"bench-{kind}").delete()
        government = government_create(
            name=f"Gmina benchmarkowa ({label})",
            slug=f"bench-{kind}",
            kind=government_kind,
            teryt=unit.teryt,
        )
        governments_link_units()
        government.refresh_from_db()
        rng = random.Random(kind)  # noqa: S311 - made-up figures
        for year in range(LAST_YEAR - 4, LAST_YEAR + 1):
            local_figures_set(
                government=government,
                year=year,
                values={code: Decimal(rng.randint(0, 500)) for code in LOCAL_FIGURES},
            )
    assert government.unit_id == unit.pk, "the government was not tied to its unit"
    return government


def measure_position(label: str, kind: str, government_kind: str, repeat: int) -> Position:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from diagnosis.models import DiagnosisIndicator
    from diagnosis.selectors import diagnosis_setting, indicator_figures
    from diagnosis.services import comparison_group_default

    government = bench_government(label, kind, government_kind)
    started = time.perf_counter()
    group = comparison_group_default(government=government)
    group_ms = (time.perf_counter() - started) * 1000

    def run():
        setting = diagnosis_setting(government)
        indicators = DiagnosisIndicator.objects.available_to(government)
        return indicator_figures(indicators, setting=setting, government=government)

    for _ in range(WARMUP):
        run()
    with CaptureQueriesContext(connection) as queries:
        figures = run()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return Position(
        label=label,
        unit=str(government.unit),
        group=group.units.count(),
        indicators=len(figures),
        positions=sum(1 for f in figures if f.position is not None),
        queries=len(queries),
        group_ms=group_ms,
        times_ms=times,
    )


# Report -------------------------------------------------------------------------------


def machine_facts() -> list[tuple[str, str]]:
    cpu_model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    settings = dict(
        execute(
            "SELECT name, setting || COALESCE(unit, '') FROM pg_settings WHERE name IN"
            " ('shared_buffers', 'max_wal_size', 'synchronous_commit', 'wal_level')"
        )
    )
    return [
        ("date", date.today().isoformat()),
        ("CPUs", f"{os.cpu_count()} {cpu_model}".rstrip()),
        ("Python", f"{platform.python_version()} on {platform.platform()}"),
        ("Django", __import__("django").get_version()),
        ("PostgreSQL", execute("SHOW server_version")[0][0]),
        ("server settings", ", ".join(f"{k}={v}" for k, v in sorted(settings.items()))),
        ("load average before", " ".join(f"{load:.2f}" for load in os.getloadavg())),
    ]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def millions(n: float) -> str:
    return f"{n / 1e6:.2f} M"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--units", type=int, default=2500, help="gminy (default 2500)")
    parser.add_argument("--variables", type=int, default=300, help="variables (default 300)")
    parser.add_argument("--years", type=int, default=20, help="years up to 2024 (default 20)")
    parser.add_argument("--batch", type=int, default=250_000, help="rows per store call")
    parser.add_argument("--repeat", type=int, default=15, help="timed position runs")
    parser.add_argument("--seed", type=int, default=2026, help="seed of the generated data")
    parser.add_argument("--reuse", action="store_true", help="keep loaded data, measure (c)")
    parser.add_argument("--markdown", action="store_true", help="also print a Markdown row")
    args = parser.parse_args()

    url = prepare_database(os.environ.get("DATABASE_URL") or DEFAULT_URL, recreate=not args.reuse)
    configure_django(url)
    from django.core.management import call_command
    from django.db import connection

    from diagnosis.models import Observation, TerritorialUnit, Variable
    from governments.models import LocalGovernment

    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    migrate_seconds = time.perf_counter() - started
    facts = machine_facts()

    print("Strategia Społeczna – statistics storage benchmark")
    for name, value in facts:
        print(f"  {name}: {value}")
    print(f"  database: {connection.settings_dict['NAME']}; migrations {migrate_seconds:.1f} s")

    loads: dict[str, Load] = {}
    if not args.reuse or not Observation.objects.exists():
        started = time.perf_counter()
        plan = build_register(args.units, args.variables, args.years, random.Random(args.seed))  # noqa: S311
        print(
            f"  register built in {time.perf_counter() - started:.1f} s: {plan.gminy} gminy, "
            f"{len(plan.units)} units with data, {len(plan.variables)} variables, "
            f"years {plan.years[0]}–{plan.years[-1]}: {plan.rows:,} rows "
            f"({plan.gminy * len(plan.variables) * len(plan.years):,} of gminy)",
            flush=True,
        )
        for name, step in (
            ("generate only", lambda: generate_only(plan, args.seed)),
            ("COPY", lambda: copy_load(plan, args.seed)),
            ("observations_store", lambda: app_load(plan, args.seed, args.batch)),
            ("observations_store, updates", lambda: app_update(plan, args.seed, args.batch)),
        ):
            loads[name] = step()
            print(
                f"  {name}: {loads[name].rows:,} rows in {loads[name].seconds:.1f} s"
                f" = {loads[name].rate:,.0f} rows/s (this process's CPU "
                f"{loads[name].cpu_seconds:.1f} s)",
                flush=True,
            )
        started = time.perf_counter()
        execute("VACUUM (ANALYZE) diagnosis_observation")
        print(f"  VACUUM (ANALYZE): {time.perf_counter() - started:.1f} s")
        LocalGovernment.objects.filter(slug__startswith="bench-").delete()
    else:
        print("  --reuse: the data already loaded are measured")
    # What was loaded, or after --reuse the planner's estimate (counting takes seconds).
    estimate = execute("SELECT reltuples FROM pg_class WHERE relname = 'diagnosis_observation'")
    rows = loads["observations_store"].rows if loads else int(estimate[0][0])
    size = execute("SELECT pg_total_relation_size('diagnosis_observation')")[0][0]
    heap = execute("SELECT pg_relation_size('diagnosis_observation')")[0][0]
    gminy = TerritorialUnit.objects.filter(level=TerritorialUnit.Level.GMINA).count()
    print(
        f"  diagnosis_observation: {'' if loads else '~'}{rows:,} rows, "
        f"{size / 2**30:.2f} GiB with indexes "
        f"(table {heap / 2**30:.2f} GiB); {gminy} gminy, {Variable.objects.count()} variables"
    )

    positions = [
        measure_position(
            "urban-rural gmina", "3", LocalGovernment.Kind.URBAN_RURAL_GMINA, args.repeat
        ),
        measure_position("rural gmina", "2", LocalGovernment.Kind.RURAL_GMINA, args.repeat),
    ]
    print(f"  peak RSS of this process: {peak_rss_mb():,.0f} MB\n")

    verdicts = []
    if loads:
        ratio = loads["observations_store"].rate / loads["COPY"].rate
        print(
            f"(a) COPY into bench_copy:         {loads['COPY'].rate:>12,.0f} rows/s\n"
            f"(b) observations_store:           {loads['observations_store'].rate:>12,.0f} rows/s"
            f"  = {ratio:.2f} of COPY (aim ≥ {LOAD_AIM})\n"
            f"    observations_store, updates:  {loads['observations_store, updates'].rate:>12,.0f}"
            " rows/s\n"
            f"    generating the rows alone:    {loads['generate only'].rate:>12,.0f} rows/s"
        )
        verdicts.append(ratio >= LOAD_AIM)
    for p in positions:
        print(
            f"(c) {p.label} {p.unit}: group of {p.group}, {p.indicators} indicators "
            f"({p.positions} with a position), {p.queries} queries: median {p.median_ms:.1f} ms, "
            f"max {p.max_ms:.1f} ms over {len(p.times_ms)} runs (aim < {POSITION_AIM_MS:.0f} ms);"
            f" choosing the default group {p.group_ms:.0f} ms"
        )
        verdicts.append(p.median_ms < POSITION_AIM_MS)
    print("\nWithin the aims." if all(verdicts) else "\nNOT WITHIN THE AIMS.")

    if args.markdown:
        headers = [
            "date",
            "gminy × variables × years",
            "rows",
            "COPY rows/s",
            "observations_store rows/s",
            "ratio",
            "updates rows/s",
            *(f"position, {p.label} (group): median / max ms" for p in positions),
            "peak RSS MB",
        ]
        cells = [
            date.today().isoformat(),
            f"{gminy:,} × {Variable.objects.count()} × {args.years}",
            millions(rows) if loads else f"~{millions(rows)}",
        ]
        if loads:
            cells += [
                f"{loads['COPY'].rate:,.0f}",
                f"{loads['observations_store'].rate:,.0f}",
                f"{loads['observations_store'].rate / loads['COPY'].rate:.2f}",
                f"{loads['observations_store, updates'].rate:,.0f}",
            ]
        else:
            cells += ["—"] * 4
        cells += [f"{p.median_ms:.0f} / {p.max_ms:.0f} ({p.group})" for p in positions]
        cells.append(f"{peak_rss_mb():,.0f}")
        print()
        print("| " + " | ".join(headers) + " |")
        print("|" + "|".join("---" for _ in headers) + "|")
        print("| " + " | ".join(cells) + " |")
    connection.close()
    return 0 if all(verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())

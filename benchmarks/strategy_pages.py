"""Query counts and server times of the strategy pages on a big city's strategy.

Run from the project root (``make bench`` runs exactly this)::

    .venv/bin/python benchmarks/strategy_pages.py [--repeat 15] [--profile] [--markdown]

It builds two strategies in a throw-away database and requests every page through
django.test.Client as a logged-in coordinator, with DEBUG off:

* LARGE, a big city's strategy: 10 areas, 40 operational goals, 300 actions, 600 indicators
  with 10 yearly values and 3 milestones each, 150 institutions;
* SMALL: 2 areas, 4 operational goals, 10 actions, 20 indicators, 10 institutions, only to
  show that the query counts do not grow with the size of the strategy.

The database is a SQLite file in a temporary directory, or PostgreSQL when DATABASE_URL is
set (a ``test_<name>`` database is created and dropped, as the test runner does). See
docs/performance.md for the figures and what they mean.
"""

import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
# Run as a script, this file's own folder comes first on sys.path, and benchmarks/statistics.py
# would hide the standard library's ``statistics``: put the project root there instead.
# (Imported as ``benchmarks.strategy_pages``, by benchmarks/monitoring.py, nothing changes.)
if sys.path and Path(sys.path[0] or ".").resolve() == BASE_DIR / "benchmarks":
    sys.path[0] = str(BASE_DIR)

import argparse  # noqa: E402
import cProfile  # noqa: E402
import io  # noqa: E402
import os  # noqa: E402
import platform  # noqa: E402
import pstats  # noqa: E402
import random  # noqa: E402
import secrets  # noqa: E402
import shutil  # noqa: E402
import sqlite3  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
import traceback  # noqa: E402
import warnings  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from datetime import timedelta  # noqa: E402
from decimal import Decimal  # noqa: E402

BUDGET_MS = 100.0
WARMUP = 2


def configure_django() -> Path | None:
    """Point Django at the project's settings and a throw-away database; return the temp dir."""
    sys.path.insert(0, str(BASE_DIR))
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"
    os.environ["DEBUG"] = "0"  # time what production serves, whatever the shell says
    # With DEBUG off the settings need a real key: a throw-away one for a throw-away database.
    os.environ.setdefault("SECRET_KEY", "bench-" + secrets.token_urlsafe(40))
    temp_dir = None
    if not os.environ.get("DATABASE_URL"):
        temp_dir = Path(tempfile.mkdtemp(prefix="strategia-bench-"))
        os.environ["SQLITE_PATH"] = str(temp_dir / "bench.sqlite3")
    import django

    # WhiteNoise warns once that collectstatic has not been run; static files are not timed.
    warnings.filterwarnings("ignore", "No directory at", UserWarning)
    django.setup()
    return temp_dir


# Sizes --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Size:
    label: str
    slug: str
    teryt: str
    institutions: int
    areas: int
    goals_per_area: int
    actions: int
    indicators_per_goal: int
    action_indicators: int


LARGE = Size(
    label="large",
    slug="miasto-duze",
    teryt="9900011",
    institutions=150,
    areas=10,
    goals_per_area=4,
    actions=300,
    indicators_per_goal=2,  # 50 goals x 2 = 100 indicators on goals
    action_indicators=500,  # + 500 on actions = 600
)
SMALL = Size(
    label="small",
    slug="gmina-mala",
    teryt="9900021",
    institutions=10,
    areas=2,
    goals_per_area=2,
    actions=10,
    indicators_per_goal=2,  # 6 goals x 2 = 12
    action_indicators=8,  # + 8 = 20
)

YEAR_FROM, YEAR_TO = 2021, 2030
INDICATOR_VALUE_YEARS = range(YEAR_FROM, YEAR_TO + 1)  # 10 yearly values per indicator
MILESTONE_YEARS = (2023, 2026, 2030)

AREA_TITLES = [
    "Rodzina, dziecko i młodzież",
    "Seniorzy i solidarność międzypokoleniowa",
    "Osoby z niepełnosprawnościami",
    "Przeciwdziałanie uzależnieniom",
    "Przeciwdziałanie przemocy domowej",
    "Ubóstwo i wykluczenie społeczne",
    "Bezdomność i mieszkalnictwo",
    "Rynek pracy i aktywizacja zawodowa",
    "Zdrowie psychiczne",
    "Integracja cudzoziemców",
]
ACTION_VERBS = [
    "Prowadzenie",
    "Rozwój",
    "Organizowanie",
    "Wspieranie",
    "Zapewnienie",
    "Realizacja programu",
    "Upowszechnianie",
    "Tworzenie",
]
ACTION_OBJECTS = [
    "poradnictwa specjalistycznego dla rodzin przeżywających trudności opiekuńczo-wychowawcze",
    "usług opiekuńczych w miejscu zamieszkania osób starszych i niesamodzielnych",
    "mieszkań chronionych i wspomaganych dla osób opuszczających pieczę zastępczą",
    "grup wsparcia i zajęć terapeutycznych dla osób uzależnionych i współuzależnionych",
    "placówek wsparcia dziennego dla dzieci i młodzieży",
    "interwencji kryzysowej oraz pomocy osobom doznającym przemocy domowej",
    "aktywizacji zawodowej osób długotrwale bezrobotnych we współpracy z pracodawcami",
    "szkoleń dla kadr pomocy społecznej i służb pracujących z rodziną",
    "klubów seniora i uniwersytetów trzeciego wieku",
    "asystencji osobistej dla osób z niepełnosprawnościami",
]
INSTITUTION_NAMES = [
    ("Miejski Ośrodek Pomocy Społecznej", "MOPS", "social_assistance"),
    ("Powiatowy Urząd Pracy", "PUP", "labour_office"),
    ("Komenda Miejska Policji", "KMP", "police"),
    ("Urząd Miasta – Wydział Polityki Społecznej", "WPS", "local_government"),
    ("Szkoła Podstawowa", "SP", "education"),
    ("Poradnia Psychologiczno-Pedagogiczna", "PPP", "education"),
    ("Samodzielny Publiczny Zakład Opieki Zdrowotnej", "SPZOZ", "health"),
    ("Sąd Rejonowy – Zespół Kuratorskiej Służby Sądowej", "ZKSS", "justice"),
    ("Miejska Komisja Rozwiązywania Problemów Alkoholowych", "MKRPA", "commission"),
    ("Stowarzyszenie Pomocy Rodzinie", "", "ngo"),
    ("Fundacja Na Rzecz Seniorów", "", "ngo"),
    ("Parafia rzymskokatolicka", "", "church"),
    ("Spółdzielnia Socjalna", "", "business"),
    ("Centrum Integracji Społecznej", "CIS", "other"),
]
UNITS = ["osoby", "rodziny", "%", "zł", "szt.", "godziny"]


@dataclass
class Built:
    """What a page needs to know about one built strategy."""

    size: Size
    government_slug: str
    strategy_id: int
    action_id: int
    institution_id: int
    source_id: int
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def build(size: Size, user, rng: random.Random) -> Built:
    """Build one local government with one strategy of the given size, fast.

    Rows are written with simple_history's bulk_create_with_history: a plain bulk_create
    would skip the django-simple-history records, and the history page would then time an
    almost empty list. Each row gets one "created" record (and some rows a "changed" one),
    dated over the past year, as if the coordinator had typed them in.
    """
    from django.db import transaction
    from django.db.models import Count
    from django.utils import timezone
    from simple_history.utils import bulk_create_with_history, bulk_update_with_history

    from governments.models import Institution, Membership
    from governments.services import government_create
    from strategies.models import (
        Action,
        ActionFunding,
        ActionParticipant,
        ActionPriority,
        FinancingSource,
        Goal,
        Indicator,
        IndicatorMilestone,
        IndicatorValue,
        PlannedAmount,
        Priority,
    )
    from strategies.services import strategy_create

    started = time.perf_counter()
    now = timezone.now()

    def dated(obj, days_ago: int):
        obj._history_date = now - timedelta(days=days_ago, seconds=rng.randrange(86_400))
        return obj

    def create(model, objs: list) -> list:
        for obj in objs:
            dated(obj, rng.randint(200, 400))
        return bulk_create_with_history(objs, model, default_user=user)

    rows: dict[str, int] = {}
    with transaction.atomic():
        government = government_create(
            name=f"Miasto Benchmarkowo ({size.label})",
            slug=size.slug,
            kind="city_powiat",
            teryt=size.teryt,
        )
        Membership.objects.create(user=user, government=government, role="coordinator")
        sources = list(FinancingSource.objects.for_government(government).order_by("position"))
        institutions = create(
            Institution,
            [
                Institution(
                    government=government,
                    name=base if n == 0 else f"{base} nr {n}",
                    short_name=short if n == 0 or not short else f"{short}{n}",
                    kind=kind,
                    address=f"ul. Społeczna {i + 1}, 00-001 Benchmarkowo",
                    email=f"sekretariat{i}@example.org",
                    phone=f"22 555 {i:04d}",
                )
                for i in range(size.institutions)
                for base, short, kind in [INSTITUTION_NAMES[i % len(INSTITUTION_NAMES)]]
                for n in [i // len(INSTITUTION_NAMES)]
            ],
        )
        rows["institutions"] = len(institutions)

        strategy = strategy_create(
            government=government,
            title=f"Strategia Rozwiązywania Problemów Społecznych na lata {YEAR_FROM}–{YEAR_TO}",
            year_from=YEAR_FROM,
            year_to=YEAR_TO,
            level_names=["Obszar", "Cel operacyjny", "Działanie"],
            mission="Miasto, w którym każdy mieszkaniec może liczyć na wsparcie.",
            vision="Spójna i solidarna wspólnota mieszkańców.",
        )
        areas = create(
            Goal,
            [
                Goal(
                    strategy=strategy,
                    depth=1,
                    position=a,
                    title=AREA_TITLES[a % len(AREA_TITLES)],
                    description="Diagnoza wskazuje na narastanie problemów w tym obszarze. " * 3,
                )
                for a in range(size.areas)
            ],
        )
        goals = create(
            Goal,
            [
                Goal(
                    strategy=strategy,
                    parent=area,
                    depth=2,
                    position=g,
                    title=f"Cel operacyjny {a + 1}.{g + 1}: wzmocnienie wsparcia – "
                    f"{area.title.lower()}",
                    description="Cel zostanie osiągnięty przez działania wymienione niżej.",
                )
                for a, area in enumerate(areas)
                for g in range(size.goals_per_area)
            ],
        )
        rows["goals"] = len(areas) + len(goals)

        actions = []
        positions: dict[int, int] = {}
        for n in range(size.actions):
            goal = goals[n % len(goals)]
            positions[goal.pk] = positions.get(goal.pk, -1) + 1
            continuous = n % 3 == 0
            first = YEAR_FROM + rng.randrange(6)
            actions.append(
                Action(
                    strategy=strategy,
                    goal=goal,
                    position=positions[goal.pk],
                    title=f"{rng.choice(ACTION_VERBS)} "
                    f"{ACTION_OBJECTS[n % len(ACTION_OBJECTS)]} ({n + 1})",
                    description="Zadanie realizowane zgodnie z diagnozą problemów społecznych. "
                    * rng.randint(1, 4),
                    is_continuous=continuous,
                    year_from=None if continuous else first,
                    year_to=None if continuous else min(YEAR_TO, first + rng.randrange(5)),
                )
            )
        actions = create(Action, actions)
        rows["actions"] = len(actions)

        # The first institution (MOPS) implements every other action, as in real plans.
        busy, others = institutions[0], institutions[1:]
        participants, fundings = [], []
        weights = [6, 2, 1, 2, 3, 1, 1][: len(sources)]  # the gmina budget pays most often
        for n, action in enumerate(actions):
            n_implementers, n_partners = rng.randint(1, 3), rng.randint(0, 3)
            chosen = rng.sample(others, n_implementers + n_partners)
            implementers, partners = chosen[:n_implementers], chosen[n_implementers:]
            if n % 2 == 0:
                implementers = [busy, *implementers[:2]]
            wanted = [(i, "implementer") for i in implementers] + [(p, "partner") for p in partners]
            participants += [
                ActionParticipant(action=action, institution=institution, role=role, position=p)
                for p, (institution, role) in enumerate(wanted)
            ]
            picked: list = []
            wanted_sources = rng.randint(1, 2)
            while len(picked) < wanted_sources:
                source = rng.choices(sources, weights)[0]
                if source not in picked:
                    picked.append(source)
            fundings += [
                ActionFunding(action=action, source=source, position=p)
                for p, source in enumerate(picked)
            ]
        rows["participants"] = len(create(ActionParticipant, participants))
        fundings = create(ActionFunding, fundings)
        rows["fundings"] = len(fundings)

        by_pk = {action.pk: action for action in actions}
        amounts = []
        for funding in fundings:
            action = by_pk[funding.action_id]
            for year in range(YEAR_FROM, YEAR_TO + 1):
                if action.covers_year(year) and rng.random() < 0.7:
                    amount = Decimal(rng.randrange(5_000, 2_000_000, 100))
                    amounts.append(PlannedAmount(funding=funding, year=year, amount=amount))
        rows["planned amounts"] = len(create(PlannedAmount, amounts))

        levels = [choice.value for choice in Priority]
        priorities = []
        for action in actions:
            level = rng.choice(levels)
            for year in range(YEAR_FROM, YEAR_TO + 1):
                if rng.random() < 0.2:
                    level = rng.choice(levels)
                priorities.append(ActionPriority(action=action, year=year, priority=level))
        rows["priorities"] = len(create(ActionPriority, priorities))

        owners = [("goal", g) for g in [*areas, *goals] for _ in range(size.indicators_per_goal)]
        owners += [("action", actions[n % len(actions)]) for n in range(size.action_indicators)]
        owner_positions: dict[tuple[str, int], int] = {}
        indicators = []
        for n, (kind, owner) in enumerate(owners):
            key = (kind, owner.pk)
            owner_positions[key] = owner_positions.get(key, -1) + 1
            baseline = Decimal(rng.randrange(10, 5_000))
            indicators.append(
                Indicator(
                    strategy=strategy,
                    **{kind: owner},
                    position=owner_positions[key],
                    name=f"Liczba osób objętych wsparciem – wskaźnik {n + 1}",
                    unit=rng.choice(UNITS),
                    baseline_value=baseline,
                    baseline_year=YEAR_FROM - 1,
                    target_value=baseline * Decimal("1.25"),
                    target_year=YEAR_TO,
                    direction=rng.choice(["up", "up", "down", "keep"]),
                    data_source="sprawozdanie MRPiPS-03, dane własne",
                    responsible=rng.choice(institutions),
                )
            )
        indicators = create(Indicator, indicators)
        rows["indicators"] = len(indicators)
        values, milestones = [], []
        for indicator in indicators:
            value = indicator.baseline_value
            for year in INDICATOR_VALUE_YEARS:
                value = (value * Decimal(rng.uniform(0.9, 1.15))).quantize(Decimal("0.01"))
                values.append(IndicatorValue(indicator=indicator, year=year, value=value))
            step = (indicator.target_value - indicator.baseline_value) / len(MILESTONE_YEARS)
            milestones += [
                IndicatorMilestone(
                    indicator=indicator,
                    year=year,
                    value=(indicator.baseline_value + step * (k + 1)).quantize(Decimal("0.01")),
                )
                for k, year in enumerate(MILESTONE_YEARS)
            ]
        values = create(IndicatorValue, values)
        rows["indicator values"] = len(values)
        rows["milestones"] = len(create(IndicatorMilestone, milestones))

        # Some later edits, so that the history shows changes and not only creations.
        edited = actions[::4]
        for action in edited:
            dated(action, rng.randint(1, 150))
            action.description += " Zakres rozszerzono po konsultacjach."
        bulk_update_with_history(edited, Action, ["description"], default_user=user)
        corrected = values[::10]
        for value in corrected:
            dated(value, rng.randint(1, 150))
            value.value += 1
        bulk_update_with_history(corrected, IndicatorValue, ["value"], default_user=user)
        rows["history records (changes)"] = len(edited) + len(corrected)

    source = (
        FinancingSource.objects.for_government(government)
        .annotate(n=Count("fundings"))
        .order_by("-n", "pk")
        .first()
    )
    rich_action = (
        Action.objects.filter(strategy=strategy)
        .annotate(n=Count("participants", distinct=True) + Count("fundings", distinct=True))
        .order_by("-n", "pk")
        .first()
    )
    return Built(
        size=size,
        government_slug=government.slug,
        strategy_id=strategy.pk,
        action_id=rich_action.pk,
        institution_id=busy.pk,
        source_id=source.pk,
        rows=rows,
        seconds=time.perf_counter() - started,
    )


# Pages --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    label: str
    url_name: str
    per_strategy: bool = True
    params: tuple[str, ...] = ()  # which of institution, source, year to filter by
    with_action: bool = False


PAGES = [
    Page("strategy_detail (tree)", "strategy_detail"),
    Page("plan", "plan"),
    Page("plan ?institution", "plan", params=("institution",)),
    Page("plan ?source", "plan", params=("source",)),
    Page("plan ?year=2025", "plan", params=("year",)),
    Page("plan ?all three", "plan", params=("institution", "source", "year")),
    Page("plan_xlsx", "plan_xlsx"),
    Page("strategy_history", "strategy_history"),
    Page("action_detail", "action_detail", with_action=True),
    Page("institution_list", "institution_list", per_strategy=False),
    Page("government_dashboard", "government_dashboard", per_strategy=False),
]
FILTER_YEAR = 2025


def page_url(page: Page, built: Built) -> str:
    from urllib.parse import urlencode

    from django.urls import reverse

    kwargs: dict[str, object] = {"government": built.government_slug}
    if page.per_strategy:
        kwargs["strategy"] = built.strategy_id
    if page.with_action:
        kwargs["action"] = built.action_id
    values = {
        "institution": built.institution_id,
        "source": built.source_id,
        "year": FILTER_YEAR,
    }
    query = urlencode({name: values[name] for name in page.params})
    url = reverse(page.url_name, kwargs=kwargs)
    return f"{url}?{query}" if query else url


@dataclass
class Result:
    status: int | str
    queries: int = 0
    median_ms: float = 0.0
    max_ms: float = 0.0
    cpu_ms: float = 0.0
    size_kb: float = 0.0


def measure(client, url: str, repeat: int) -> Result:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    try:
        for _ in range(WARMUP):
            response = client.get(url)
            if response.status_code != 200:
                return Result(status=response.status_code)
        # The query count comes from a run of its own: capturing makes every query slower.
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        queries = len(captured)  # read now: the next request clears the query log
        timings, cpu_times = [], []
        for _ in range(repeat):
            started, cpu_started = time.perf_counter(), time.process_time()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
            cpu_times.append((time.process_time() - cpu_started) * 1000)
            if response.status_code != 200:
                return Result(status=response.status_code)
    except Exception:
        traceback.print_exc()
        return Result(status="error")
    return Result(
        status=response.status_code,
        queries=queries,
        median_ms=statistics.median(timings),
        max_ms=max(timings),
        cpu_ms=statistics.median(cpu_times),
        size_kb=len(response.content) / 1024,
    )


def profile(client, url: str, runs: int = 5, top: int = 20) -> str:
    """cProfile of a few requests: the project's own functions by cumulative time, then
    every function (Django's included) by own time."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(runs):
        client.get(url)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    project_code = rf"^{BASE_DIR}/(?!\.venv/)"
    stats.sort_stats("cumulative").print_stats(project_code, top)
    stats.sort_stats("tottime").print_stats(top)
    return out.getvalue().replace(f"{BASE_DIR}/", "")


# Report -------------------------------------------------------------------------------


def machine_facts() -> list[tuple[str, str]]:
    from django.conf import settings
    from django.db import connection

    cpu_model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    if connection.vendor == "sqlite":
        database = f"SQLite {sqlite3.sqlite_version} (file in a temporary directory)"
    else:
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            version = cursor.fetchone()[0]
        database = f"PostgreSQL {version} (database {connection.settings_dict['NAME']})"
    return [
        ("CPUs", f"{os.cpu_count()} (usable: {usable}) {cpu_model}".rstrip()),
        ("Python", f"{platform.python_version()} on {platform.platform()}"),
        ("Django", __import__("django").get_version()),
        ("database", database),
        ("DEBUG", str(settings.DEBUG)),
        ("load average before", " ".join(f"{load:.2f}" for load in os.getloadavg())),
    ]


def format_table(headers: list[str], rows: list[list[str]], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join(lines)
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]

    def line(cells):
        return "  ".join(
            str(cell).ljust(width) if i == 0 else str(cell).rjust(width)
            for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
        )

    return "\n".join([line(headers), line(["-" * w for w in widths]), *map(line, rows)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=15, help="timed requests per page")
    parser.add_argument(
        "--profile",
        action="store_true",
        help=f"print a cProfile of every large page over {BUDGET_MS:.0f} ms median",
    )
    parser.add_argument("--markdown", action="store_true", help="print the tables as Markdown")
    parser.add_argument("--seed", type=int, default=2026, help="seed of the generated data")
    args = parser.parse_args()

    temp_dir = configure_django()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import DEFAULT_DB_ALIAS, connection
    from django.test import Client
    from django.test.utils import setup_databases, teardown_databases

    assert settings.DEBUG is False, "the benchmark must run with DEBUG off"
    old_config = None
    try:
        started = time.perf_counter()
        if connection.vendor == "sqlite":
            call_command("migrate", verbosity=0, interactive=False)
        else:
            # Creates test_<name> (dropping a leftover one) and migrates it.
            old_config = setup_databases(
                verbosity=0,
                interactive=False,
                aliases={DEFAULT_DB_ALIAS},
                serialized_aliases=set(),
            )
        migrate_seconds = time.perf_counter() - started
        facts = machine_facts()  # the load average before the benchmark adds its own

        rng = random.Random(args.seed)  # noqa: S311 - made-up data, not secrets
        user = get_user_model().objects.create_user(
            username="koordynator", first_name="Anna", last_name="Benchmarkowa"
        )
        large = build(LARGE, user, rng)
        small = build(SMALL, user, rng)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")  # fresh statistics, as autovacuum would have made

        client = Client()
        client.force_login(user)
        results: dict[tuple[str, str], Result] = {}
        for page in PAGES:
            for built in (small, large):
                results[(page.label, built.size.label)] = measure(
                    client, page_url(page, built), args.repeat
                )

        print("Strategia Społeczna – strategy pages benchmark")
        for name, value in facts:
            print(f"  {name}: {value}")
        print(f"  migrations: {migrate_seconds:.1f} s")
        for built in (large, small):
            counts = ", ".join(f"{n} {name}" for name, n in built.rows.items())
            print(f"  built {built.size.label} in {built.seconds:.1f} s: {counts}")
        print(f"  timed requests per page: {args.repeat} (after {WARMUP} warm-up requests)\n")

        headers = [
            "page",
            "queries small",
            "queries large",
            "median ms",
            "max ms",
            "CPU ms",
            "KB",
            "small median ms",
        ]
        rows, failed, slow = [], [], []
        for page in PAGES:
            big, little = results[(page.label, "large")], results[(page.label, "small")]
            for size_label, result in (("large", big), ("small", little)):
                if result.status != 200:
                    failed.append(f"{page.label} ({size_label}): {result.status}")
            if big.median_ms > BUDGET_MS:
                slow.append(page)
            if big.status != 200 or little.status != 200:
                status = f"HTTP {big.status} / small HTTP {little.status}"
                rows.append([page.label, "—", "—", status, "—", "—", "—", "—"])
                continue
            mark = "" if big.queries == little.queries else " ≠"
            rows.append(
                [
                    page.label,
                    str(little.queries),
                    f"{big.queries}{mark}",
                    f"{big.median_ms:.1f}",
                    f"{big.max_ms:.1f}",
                    f"{big.cpu_ms:.1f}",
                    f"{big.size_kb:.0f}",
                    f"{little.median_ms:.1f}",
                ]
            )
        print(format_table(headers, rows, args.markdown))
        print(
            "\nTimes are of the large strategy; CPU ms is this process's CPU time (median), less"
            "\nsensitive to other load on the machine, without the database server's time."
            "\n≠: the query count differs between the small and the large strategy."
            f"\nBudget: {BUDGET_MS:.0f} ms median per page; "
            + (
                "over it: " + ", ".join(p.label for p in slow)
                if slow
                else "every page is within it."
            )
        )
        if failed:
            print("\nPAGES THAT DID NOT ANSWER 200: " + "; ".join(failed))
        if args.profile:
            for page in slow:
                print(f"\n=== cProfile: {page.label} (large), 5 requests ===")
                print(profile(client, page_url(page, large)))
        return 1 if failed else 0
    finally:
        if old_config is not None:
            teardown_databases(old_config, verbosity=0)
        connection.close()
        if temp_dir is not None:
            shutil.rmtree(temp_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

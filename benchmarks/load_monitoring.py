"""The monitoring cycle under load: implementers saving their drafts and submitting their
forms during the last hour before the deadline, against a real WSGI server and PostgreSQL.

Run from the project root (``make bench-load`` runs exactly this)::

    .venv/bin/python benchmarks/load_monitoring.py [--users 100 --saves 10]
        [--ramp 60 --think 2] [--workers 2 --threads 4] [--seed 1] [--markdown]

PostgreSQL only: the server of DATABASE_URL, by default
postgres://postgres@127.0.0.1:5432/strategia_load_bench, and a database whose name ends in
``_bench`` (``strategia`` becomes ``strategia_load_bench``: neither a development database
nor benchmarks/statistics.py's ``strategia_bench`` is touched). That database is dropped,
created and migrated, and then:

1. a local government gets ``--users`` institutions and a strategy for 2021–2030 in which
   each institution implements three actions covering 2025 (and partners in a neighbour's
   action) and is responsible for an indicator (every fifth for a goal's indicator too);
   each institution has a user with the implementer role (one password, hashed once with
   the server's own hasher); the 2025 monitoring cycle is opened (``cycle_open``) with its
   deadline an hour ahead;
2. gunicorn serves the app on 127.0.0.1 (``--workers`` processes × ``--threads`` threads,
   DEBUG off, ALLOWED_HOSTS 127.0.0.1, a random SECRET_KEY, the benchmark's database);
3. one virtual implementer per user, each with its own HTTP client and cookies, starts at a
   random moment of the first ``--ramp`` seconds and does what a person does in a browser:
   opens the login page from the reminder's link (``?next=`` the form), logs in, opens the
   form (the page's fields and version are read from its HTML), sends ``--saves`` autosaves
   as htmx does (``HX-Request: true``, the whole form, the version from the previous
   answer) changing the actions' status, what was done and people reached and the indicator
   values, then submits (the whole form with ``submit=1``) and follows the redirect to the
   form's page. Think times are random, ``--think`` seconds on average: the hour is
   compressed into one to three minutes;
4. every request's latency and status is kept; any answer other than 2xx/3xx, a transport
   error, an autosave refused (conflict, invalid or closed), a login or submit that does not
   go where it should, or a form page that does not say "submitted" counts as an error;
5. afterwards the database is read: every form must be submitted, at version saves + 2
   (every save counted exactly once), and hold exactly the last values its implementer sent.

The exit code is 1 if there was any error or any stored value differs. ``--markdown``
prints the row for docs/performance.md.
"""

import os
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
# This file's folder comes first on sys.path and benchmarks/statistics.py would hide the
# standard library's ``statistics``: put the project root there instead.
sys.path[0] = str(BASE_DIR)

import argparse  # noqa: E402
import asyncio  # noqa: E402
import platform  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import secrets  # noqa: E402
import signal  # noqa: E402
import socket  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from datetime import date, timedelta  # noqa: E402
from decimal import Decimal  # noqa: E402
from html.parser import HTMLParser  # noqa: E402

import httpx  # noqa: E402

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/strategia_load_bench"
YEAR = 2025  # the reported year; the strategy runs 2021–2030
SLUG = "gmina-obciazeniowo"
ACTIONS_PER_INSTITUTION = 3
KINDS = ("login page", "login", "form page", "autosave", "submit")
FIELD = re.compile(r"^([ai])(\d+)_(status|what_done|people_reached|value)$")
VERSION = re.compile(r'<input[^>]*name="version"[^>]*value="(\d+)"')
AREAS = [
    "Rodzina, dziecko i młodzież",
    "Seniorzy i solidarność międzypokoleniowa",
    "Osoby z niepełnosprawnościami",
    "Przeciwdziałanie uzależnieniom i przemocy",
    "Ubóstwo, bezdomność i rynek pracy",
]
INSTITUTIONS = [
    ("Ośrodek Pomocy Społecznej", "social_assistance"),
    ("Szkoła Podstawowa", "education"),
    ("Stowarzyszenie Pomocy Rodzinie", "ngo"),
    ("Poradnia Psychologiczno-Pedagogiczna", "education"),
    ("Komisariat Policji", "police"),
    ("Klub Seniora", "other"),
    ("Fundacja Na Rzecz Osób z Niepełnosprawnościami", "ngo"),
    ("Centrum Integracji Społecznej", "other"),
]


# Database -----------------------------------------------------------------------------


def prepare_database(url: str) -> str:
    """The URL of the benchmark's database, dropped and created anew: the one named if its
    name ends in ``_bench``, else the name with ``_load_bench`` added (as in
    benchmarks/statistics.py, a development database is never dropped)."""
    from urllib.parse import urlsplit

    import dj_database_url
    import psycopg
    from psycopg import sql

    config = dj_database_url.parse(url)
    if config["ENGINE"] != "django.db.backends.postgresql":
        sys.exit(
            "benchmarks/load_monitoring.py measures PostgreSQL only (concurrent writers, row "
            f"locks); DATABASE_URL points to {config['ENGINE'].rsplit('.', 1)[-1]}.\n"
            f"Set DATABASE_URL=postgres://… or leave it unset for {DEFAULT_URL}."
        )
    name = config["NAME"]
    name = name if name.endswith("_bench") else f"{name}_load_bench"
    url = urlsplit(url)._replace(path=f"/{name}").geturl()
    with psycopg.connect(
        host=config["HOST"] or None,
        port=config["PORT"] or None,
        user=config["USER"] or None,
        password=config["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    ) as admin:
        if admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            admin.execute(sql.SQL("DROP DATABASE {}").format(sql.Identifier(name)))
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return url


def configure_django(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"
    os.environ["DEBUG"] = "0"
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()


def execute(statement: str, params=None):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(statement, params)
        return cursor.fetchall() if cursor.description else None


# The strategy, the institutions and their users -----------------------------------------


@dataclass
class Implementer:
    """One virtual implementer: who logs in, which form, and what was last sent."""

    username: str
    full_name: str
    form_pk: int
    form_url: str
    save_url: str
    sent: dict[str, str] = field(default_factory=dict)  # the fields of the last POST
    finished: bool = False


def build(users: int, password: str, rng: random.Random) -> list[Implementer]:
    """A local government, its strategy, institutions and implementers, written through the
    app's services as the coordinator's screens write them, and the open cycle."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.db import transaction
    from django.urls import reverse
    from django.utils import timezone

    from governments.models import Institution, Role
    from governments.services import government_create, institution_save, membership_grant
    from monitoring.models import ReportForm
    from monitoring.services import cycle_open
    from strategies.models import Action, FinancingSource, Indicator
    from strategies.services import action_save, goal_create, indicator_save, strategy_create

    with transaction.atomic():
        government = government_create(
            name="Gmina Obciążeniowo", slug=SLUG, kind="urban_rural_gmina", teryt="9900031"
        )
        sources = list(FinancingSource.objects.for_government(government).order_by("position"))
        institutions = [
            institution_save(
                institution=Institution(
                    government=government,
                    name=f"{name} nr {n + 1}",
                    kind=kind,
                    email=f"instytucja{n + 1}@example.org",
                )
            )
            for n in range(users)
            for name, kind in [INSTITUTIONS[n % len(INSTITUTIONS)]]
        ]
        strategy = strategy_create(
            government=government,
            title="Strategia Rozwiązywania Problemów Społecznych na lata 2021–2030",
            year_from=2021,
            year_to=2030,
            level_names=["Obszar", "Cel operacyjny", "Działanie"],
        )
        areas = [goal_create(strategy=strategy, parent=None, title=title) for title in AREAS]
        goals = [
            goal_create(strategy=strategy, parent=area, title=f"Cel {a + 1}.{g + 1}: {area.title}")
            for a, area in enumerate(areas)
            for g in range(4)
        ]
        actions = []
        for n in range(users * ACTIONS_PER_INSTITUTION):
            owner = n // ACTIONS_PER_INSTITUTION
            # Every institution's first action is continuous work, the others run over 2025.
            period = [(True, None, None), (False, 2022, 2025), (False, 2025, 2027)][n % 3]
            neighbour = institutions[(owner + 1) % users]
            goal = goals[n % len(goals)]
            actions.append(
                action_save(
                    action=Action(
                        strategy=strategy,
                        goal=goal,
                        title=f"Działanie {n + 1}: wsparcie mieszkańców – {goal.title}",
                        is_continuous=period[0],
                        year_from=period[1],
                        year_to=period[2],
                    ),
                    implementers=[institutions[owner]],
                    partners=[neighbour] if n % 3 == 0 and neighbour != institutions[owner] else [],
                    sources=rng.sample(sources, rng.randint(1, 2)),
                )
            )
        for n, institution in enumerate(institutions):
            owners = [{"action": actions[n * ACTIONS_PER_INSTITUTION]}]
            if n % 5 == 0:
                owners.append({"goal": goals[n % len(goals)]})
            for owner in owners:
                baseline = Decimal(rng.randrange(10, 5000))
                indicator_save(
                    indicator=Indicator(
                        strategy=strategy,
                        **owner,
                        name=f"Liczba osób objętych wsparciem ({institution.name})",
                        unit="osoby",
                        baseline_value=baseline,
                        baseline_year=2020,
                        target_value=baseline * Decimal("1.25"),
                        target_year=2030,
                        direction="up",
                        data_source="dane własne",
                        responsible=institution,
                    )
                )
        hashed = make_password(password)  # once: PBKDF2 costs half a second a call
        people = get_user_model().objects.bulk_create(
            get_user_model()(
                username=f"realizator{n + 1:03d}",
                first_name="Realizator",
                last_name=f"Nr {n + 1}",
                email=f"realizator{n + 1}@example.org",
                password=hashed,
            )
            for n in range(users)
        )
        for person, institution in zip(people, institutions, strict=True):
            membership_grant(
                user=person, government=government, role=Role.IMPLEMENTER, institution=institution
            )
        deadline = (timezone.localtime() + timedelta(hours=1)).date()
        cycle = cycle_open(strategy=strategy, year=YEAR, deadline=deadline)

    forms = {f.institution_id: f for f in ReportForm.objects.filter(cycle=cycle)}
    implementers = []
    for person, institution in zip(people, institutions, strict=True):
        form = forms[institution.pk]
        kwargs = {"government": SLUG, "strategy": strategy.pk, "cycle": cycle.pk, "form": form.pk}
        implementers.append(
            Implementer(
                username=person.username,
                full_name=person.get_full_name(),
                form_pk=form.pk,
                form_url=reverse("form_fill", kwargs=kwargs),
                save_url=reverse("form_save", kwargs=kwargs),
            )
        )
    return implementers


# The server ------------------------------------------------------------------------------


class Server:
    """gunicorn serving config.wsgi on 127.0.0.1 in a subprocess, as in production."""

    def __init__(self, *, url: str, workers: int, threads: int):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.workers, self.threads = workers, threads
        self.log = tempfile.NamedTemporaryFile(  # noqa: SIM115 - kept until stop()
            prefix="strategia-load-", suffix=".log", delete=False
        )
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "DATABASE_URL": url,
            "DEBUG": "0",
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "LOG_LEVEL": "WARNING",
        }
        self.command = [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi:application",
            f"--bind=127.0.0.1:{self.port}",
            f"--workers={workers}",
            f"--threads={threads}",
            "--worker-class=gthread",
            "--log-level=warning",
        ]
        self.process = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
            self.command,
            cwd=BASE_DIR,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def wait_ready(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"gunicorn stopped at start:\n{self.output()}")
            try:
                if httpx.get(f"{self.base}/logowanie/", timeout=5).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        self.stop()
        sys.exit(f"gunicorn did not answer within {timeout:.0f} s:\n{self.output()}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()

    def output(self) -> str:
        return Path(self.log.name).read_text(errors="replace")


# The virtual implementers ----------------------------------------------------------------


class FormFields(HTMLParser):
    """The fields a browser would send from the form whose action is ``action``."""

    def __init__(self, action: str):
        super().__init__(convert_charrefs=True)
        self.action = action
        self.inside = False
        self.textarea: str | None = None
        self.fields: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("action") == self.action
        elif self.inside and (name := attrs.get("name")):
            kind = attrs.get("type", "text")
            if tag == "input" and kind in {"radio", "checkbox"}:
                if "checked" in attrs:
                    self.fields[name] = attrs.get("value") or "on"
            elif tag == "input" and kind not in {"submit", "button", "file", "reset"}:
                self.fields[name] = attrs.get("value") or ""
            elif tag == "textarea":
                self.textarea = name
                self.fields[name] = ""

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea" and self.textarea:
            # A browser drops the newline that follows <textarea>, and so does Django's form.
            self.fields[self.textarea] = self.fields[self.textarea].removeprefix("\n")
            self.textarea = None

    def handle_data(self, data):
        if self.textarea:
            self.fields[self.textarea] += data


def form_fields(page: str, action: str) -> dict[str, str]:
    parser = FormFields(action)
    parser.feed(page)
    return parser.fields


def edited(fields: dict[str, str], who: str, step: int, final: bool, rng) -> dict[str, str]:
    """The form after one more round of typing: every action's status, what was done and
    people reached, every indicator's value (typed the Polish way, with a comma)."""
    data = dict(fields)
    for name in fields:
        if match := re.fullmatch(r"a(\d+)_what_done", name):
            prefix = f"a{match[1]}"
            data[f"{prefix}_status"] = "done" if final else "in_progress"
            data[name] = (
                f"{who}, wersja {step}: spotkania informacyjne, porady i zajęcia grupowe "
                f"– zażółć gęślą jaźń.\r\nUczestnicy: {rng.randint(1, 999)} osób"
                + (" (sprawozdanie końcowe)." if final else ".")
            )
            data[f"{prefix}_people_reached"] = str(rng.randint(0, 5000))
        elif re.fullmatch(r"i\d+_value", name):
            data[name] = f"{rng.randint(0, 10**7) / 100:.2f}".replace(".", ",")
    return data


@dataclass
class Sample:
    kind: str
    started: float  # seconds since the run started
    ms: float
    status: int | None
    error: str = ""


@dataclass
class Run:
    samples: list[Sample] = field(default_factory=list)
    t0: float = 0.0  # perf_counter() at the start
    seconds: float = 0.0

    def errors(self) -> list[Sample]:
        return [s for s in self.samples if s.error]


class Browser:
    """One implementer's browser: own cookies, one connection, requests timed."""

    def __init__(self, base: str, run: Run):
        self.client = httpx.AsyncClient(
            base_url=base,
            timeout=120,
            follow_redirects=False,
            # Drop an idle connection before gunicorn's 2 s keep-alive does, so that no
            # request is sent on a connection the server is closing.
            limits=httpx.Limits(max_connections=1, keepalive_expiry=1.0),
        )
        self.run = run

    async def request(self, kind: str, method: str, url: str, **kwargs):
        started = time.perf_counter()
        try:
            response = await self.client.request(method, url, **kwargs)
        except httpx.HTTPError as exc:
            sample = Sample(kind, started - self.run.t0, 0.0, None, f"{type(exc).__name__}: {exc}")
            self.run.samples.append(sample)
            return None, sample
        elapsed_ms = (time.perf_counter() - started) * 1000
        sample = Sample(kind, started - self.run.t0, elapsed_ms, response.status_code)
        if response.status_code >= 400:
            sample.error = f"HTTP {response.status_code} for {method} {url}"
        self.run.samples.append(sample)
        return (None if sample.error else response), sample


async def implementer_session(
    who: Implementer, browser: Browser, *, password: str, saves: int, ramp: float, think: float
) -> None:
    rng = random.Random(who.username)  # noqa: S311 - think times and made-up figures

    async def pause() -> None:
        await asyncio.sleep(rng.uniform(think / 4, think * 7 / 4))

    await asyncio.sleep(rng.uniform(0, ramp))
    # The reminder's link: the form's address, which sends an anonymous visitor to log in.
    login_url = f"/logowanie/?next={who.form_url}"
    response, sample = await browser.request("login page", "GET", login_url)
    if response is None:
        return
    token = form_fields(response.text, "/logowanie/").get("csrfmiddlewaretoken", "")
    await pause()
    credentials = {
        "csrfmiddlewaretoken": token,
        "username": who.username,
        "password": password,
        "next": who.form_url,
    }
    response, sample = await browser.request("login", "POST", "/logowanie/", data=credentials)
    if response is None:
        return
    if response.status_code != 302 or response.headers.get("location") != who.form_url:
        sample.error = f"login answered {response.status_code}, not a redirect to the form"
        return
    response, sample = await browser.request("form page", "GET", who.form_url)
    if response is None:
        return
    fields = form_fields(response.text, who.save_url)
    if "version" not in fields or not any(name.endswith("_what_done") for name in fields):
        sample.error = "the form page has no editable form"
        return
    htmx = {
        "HX-Request": "true",
        "HX-Target": "save-status",
        "HX-Current-URL": f"{browser.client.base_url}{who.form_url.lstrip('/')}",
        "X-CSRFToken": fields["csrfmiddlewaretoken"],
    }
    for step in range(1, saves + 1):
        await pause()
        fields = edited(fields, who.username, step, final=False, rng=rng)
        who.sent = fields
        response, sample = await browser.request(
            "autosave", "POST", who.save_url, data=fields, headers=htmx
        )
        if response is None:
            return
        version = VERSION.search(response.text)
        if version is None:
            status = re.search(r'<p class="warning-text">\s*(.*?)\s*</p>', response.text, re.S)
            sample.error = f"autosave refused: {status[1] if status else response.text[:200]!r}"
            return
        fields["version"] = version[1]
    await pause()
    fields = edited(fields, who.username, saves + 1, final=True, rng=rng)
    who.sent = fields
    response, sample = await browser.request(
        "submit", "POST", who.save_url, data={**fields, "submit": "1"}
    )
    if response is None:
        return
    if response.status_code != 302 or response.headers.get("location") != who.form_url:
        sample.error = f"submit answered {response.status_code}, not a redirect to the form"
        return
    response, sample = await browser.request("form page", "GET", who.form_url)
    if response is None:
        return
    if "status-form-submitted" not in response.text:
        sample.error = "the form's page does not show it submitted"
        return
    who.finished = True


async def drive(
    implementers: list[Implementer],
    base: str,
    *,
    password: str,
    saves: int,
    ramp: float,
    think: float,
) -> Run:
    run = Run()
    browsers = [Browser(base, run) for _ in implementers]
    run.t0 = time.perf_counter()  # the clients' set-up is not part of the run
    try:
        await asyncio.gather(
            *(
                implementer_session(
                    who, browser, password=password, saves=saves, ramp=ramp, think=think
                )
                for who, browser in zip(implementers, browsers, strict=True)
            )
        )
    finally:
        run.seconds = time.perf_counter() - run.t0
        await asyncio.gather(*(browser.client.aclose() for browser in browsers))
    return run


# Afterwards: what the database holds -----------------------------------------------------


def verify(implementers: list[Implementer], saves: int) -> tuple[int, int, list[str]]:
    """(forms submitted, values compared, differences): every form submitted at version
    saves + 2 (each autosave, the submit's save and the submission once) and holding
    exactly the values of its implementer's last POST."""
    from monitoring.models import ActionReport, IndicatorReport, ReportForm

    pks = [who.form_pk for who in implementers]
    forms = ReportForm.objects.in_bulk(pks)
    reports = {
        "a": {r.pk: r for r in ActionReport.objects.filter(form__in=pks)},
        "i": {r.pk: r for r in IndicatorReport.objects.filter(form__in=pks)},
    }
    problems, submitted, compared = [], 0, 0
    for who in implementers:
        form = forms[who.form_pk]
        if form.status == ReportForm.Status.SUBMITTED:
            submitted += 1
        else:
            problems.append(f"{who.username}: the form is {form.status}, not submitted")
        if form.version != saves + 2:
            problems.append(
                f"{who.username}: the form is at version {form.version}, not {saves + 2}"
            )
        if form.submitted_by != who.full_name:
            problems.append(f"{who.username}: submitted by {form.submitted_by!r}")
        if not who.sent:
            problems.append(f"{who.username}: sent nothing")
        for name, value in who.sent.items():
            if not (match := FIELD.match(name)):
                continue
            kind, pk, column = match[1], int(match[2]), match[3]
            report = reports[kind].get(pk)
            if report is None or report.form_id != who.form_pk:
                problems.append(f"{who.username}: {name} is not a row of the form")
                continue
            expected: object = value
            if column == "people_reached":
                expected = int(value) if value else None
            elif column == "value":
                expected = Decimal(value.replace(",", ".")) if value else None
            stored = getattr(report, column)
            compared += 1
            if stored != expected:
                problems.append(f"{who.username}: {name} holds {stored!r}, sent {expected!r}")
    return submitted, compared, problems


# Report -------------------------------------------------------------------------------


def percentile(values: list[float], p: int) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1]


@dataclass
class KindFigures:
    kind: str
    count: int
    p50: float
    p95: float
    max: float
    errors: int


def figures(run: Run) -> list[KindFigures]:
    rows = []
    for kind in (*KINDS, "all"):
        samples = [s for s in run.samples if kind in {"all", s.kind}]
        times = [s.ms for s in samples if s.status is not None]
        rows.append(
            KindFigures(
                kind=kind,
                count=len(samples),
                p50=percentile(times, 50),
                p95=percentile(times, 95),
                max=max(times, default=float("nan")),
                errors=sum(1 for s in samples if s.error),
            )
        )
    return rows


def peak_per_second(run: Run) -> int:
    seconds: dict[int, int] = {}
    for sample in run.samples:
        second = int(sample.started + sample.ms / 1000)
        seconds[second] = seconds.get(second, 0) + 1
    return max(seconds.values(), default=0)


def machine_busy_seconds() -> float:
    """CPU seconds the whole machine has been busy since boot (all cores, /proc/stat)."""
    ticks = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    return (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")  # less idle, iowait


def process_tree_seconds(root: int) -> float:
    """CPU seconds used so far by a process and its children (gunicorn and its workers)."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process has gone
            continue
        if int(stat.parent.name) == root or int(fields[1]) == root:
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


@dataclass
class Cpu:
    """CPU seconds during the run: the machine's, the server's and this driver's."""

    machine: float = 0.0
    server: float = 0.0
    driver: float = 0.0

    def start(self, server_pid: int) -> None:
        self.machine, self.server = -machine_busy_seconds(), -process_tree_seconds(server_pid)
        self.driver = -time.process_time()

    def stop(self, server_pid: int) -> None:
        self.machine += machine_busy_seconds()
        self.server += process_tree_seconds(server_pid)
        self.driver += time.process_time()


def server_errors(log: str) -> list[str]:
    """Lines of the server's log that tell of a failure (tracebacks, 5xx, worker deaths)."""
    markers = ("Traceback", "Internal Server Error", "[CRITICAL]", "WORKER TIMEOUT", "[ERROR]")
    return [line for line in log.splitlines() if any(m in line for m in markers)]


def machine_facts(server: Server) -> list[tuple[str, str]]:
    import gunicorn

    cpu_model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    return [
        ("date", date.today().isoformat()),
        ("CPUs", f"{os.cpu_count()} {cpu_model}".rstrip()),
        ("load average before", " ".join(f"{x:.2f}" for x in os.getloadavg())),
        ("Python", f"{platform.python_version()} on {platform.platform()}"),
        ("Django", __import__("django").get_version()),
        ("PostgreSQL", execute("SHOW server_version")[0][0]),
        (
            "server",
            f"gunicorn {gunicorn.__version__}, {server.workers} workers × {server.threads} "
            "threads (gthread), DEBUG off",
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=100, help="virtual implementers")
    parser.add_argument("--saves", type=int, default=10, help="autosaves per implementer")
    parser.add_argument("--ramp", type=float, default=60.0, help="seconds over which they start")
    parser.add_argument("--think", type=float, default=2.0, help="mean think time, seconds")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=4, help="threads per worker")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--markdown", action="store_true", help="print a docs/performance.md row")
    args = parser.parse_args()
    if args.users < 1 or args.saves < 0:
        parser.error("--users must be at least 1 and --saves at least 0")

    url = prepare_database(os.environ.get("DATABASE_URL") or DEFAULT_URL)
    configure_django(url)
    from django.core.management import call_command
    from django.db import connections

    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    password = secrets.token_urlsafe(16)
    rng = random.Random(args.seed)  # noqa: S311 - made-up strategy
    implementers = build(args.users, password, rng)
    print(
        f"Database {url.rsplit('/', 1)[-1]}: {args.users} institutions, forms and implementers "
        f"ready in {time.perf_counter() - started:.1f} s.",
        flush=True,
    )
    deadlocks_before = execute(
        "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()"
    )[0][0]
    connections.close_all()

    server = Server(url=url, workers=args.workers, threads=args.threads)
    try:
        server.wait_ready()
        facts = machine_facts(server)
        connections.close_all()
        print(
            f"{args.users} implementers × (login, form, {args.saves} autosaves, submit) "
            f"against {server.base} …",
            flush=True,
        )
        cpu = Cpu()
        cpu.start(server.process.pid)
        run = asyncio.run(
            drive(
                implementers,
                server.base,
                password=password,
                saves=args.saves,
                ramp=args.ramp,
                think=args.think,
            )
        )
        cpu.stop(server.process.pid)
    finally:
        server.stop()
    log_errors = server_errors(server.output())
    Path(server.log.name).unlink(missing_ok=True)

    submitted, compared, problems = verify(implementers, args.saves)
    execute("SELECT pg_stat_clear_snapshot()")
    deadlocks = (
        execute("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()")[0][0]
        - deadlocks_before
    )
    rows = figures(run)
    total = rows[-1]
    errors = run.errors()
    rate = total.count / run.seconds

    print()
    for label, value in facts:
        print(f"{label:>20}: {value}")
    print()
    print(f"{'request':<12} {'count':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'errors':>7}")
    for row in rows:
        print(
            f"{row.kind:<12} {row.count:>6} {row.p50:>8.0f} {row.p95:>8.0f} {row.max:>8.0f} "
            f"{row.errors:>7}"
        )
    print()
    print(
        f"{total.count} requests in {run.seconds:.1f} s: {rate:.1f} requests/s "
        f"(peak {peak_per_second(run)} in one second); errors: {len(errors)}; "
        f"server log errors: {len(log_errors)}; deadlocks: {deadlocks}"
    )
    cores = (os.cpu_count() or 1) * run.seconds
    print(
        f"CPU: the machine {cpu.machine:.0f} s of {cores:.0f} ({cpu.machine / cores:.0%}): "
        f"the server {cpu.server:.0f} s, this driver {cpu.driver:.0f} s, PostgreSQL and the "
        f"rest {cpu.machine - cpu.server - cpu.driver:.0f} s"
    )
    print(
        f"Database: {submitted}/{len(implementers)} forms submitted; {compared} values compared "
        f"with the last ones sent; differences: {len(problems)}"
    )
    for sample in errors[:20]:
        print(f"  error: {sample.kind} at {sample.started:.1f} s: {sample.error}")
    for line in log_errors[:40]:
        print(f"  server: {line}")
    for problem in problems[:20]:
        print(f"  differs: {problem}")
    ok = not errors and not log_errors and not problems and deadlocks == 0

    if args.markdown:
        by_kind = {row.kind: row for row in rows}

        def cell(kind: str) -> str:
            row = by_kind[kind]
            return f"{row.p50:.0f} / {row.p95:.0f} / {row.max:.0f}"

        print()
        print(
            "| date | implementers × autosaves | requests | seconds | requests/s (peak) "
            "| login p50 / p95 / max ms | form page | autosave | submit | errors "
            "| forms submitted, values as sent |"
        )
        print("|---|---|---|---|---|---|---|---|---|---|---|")
        print(
            f"| {date.today().isoformat()} | {args.users} × {args.saves} | {total.count:,} "
            f"| {run.seconds:.0f} | {rate:.1f} ({peak_per_second(run)}) | {cell('login')} "
            f"| {cell('form page')} | {cell('autosave')} | {cell('submit')} "
            f"| {len(errors) + len(log_errors)} "
            f"| {submitted}/{len(implementers)}, {compared - len(problems)}/{compared} |"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

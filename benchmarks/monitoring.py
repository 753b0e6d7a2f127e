"""Opening a monitoring cycle, the board of forms and the yearly report on a big city's
strategy (issue 4).

Run from the project root (``make bench-monitoring`` runs exactly this)::

    .venv/bin/python benchmarks/monitoring.py [--runs 7] [--repeat 15] [--markdown]

It builds the LARGE (150 institutions, 300 actions, 600 indicators) and SMALL strategies of
benchmarks/strategy_pages.py with that file's builder, in a throw-away database (a SQLite
file in a temporary directory, or ``test_<name>`` on the PostgreSQL server of DATABASE_URL,
created and dropped as the test runner does). Then, for each strategy:

1. the year's work is spread so that every institution gets a form: an institution that
   takes part in no action covering YEAR becomes a partner of one, and one that is
   responsible for no indicator of the year takes one over from the busiest institution;
2. the cycle of the previous year is opened and given recommendations addressed to a few
   institutions each, so that the forms of YEAR carry responses;
3. ``services.cycle_open`` for YEAR is timed: one opening whose queries are counted, then
   ``--runs`` timed openings, the cycle deleted (not timed) between them; wall time from the
   call to its commit;
4. the forms of the last opening are filled in with the services as institutions do
   (``form_open``, ``form_save``, ``form_submit``, ``form_return``, ``form_accept``): about
   40 % accepted, 15 % submitted, 5 % returned, 20 % half-filled drafts, 10 % opened only
   (drafts with nothing saved), 10 % not opened;
5. the board (``cycle_board``) and the report (``cycle_report``) are requested through
   django.test.Client as the coordinator, with DEBUG off: two warm-up requests, one whose
   queries are counted, then ``--repeat`` timed ones.

The exit code is 1 if an opening of the large strategy takes over 2 s (median), if the
board or the report of the two strategies differ in their number of queries, or if a page
does not answer 200. See docs/performance.md.
"""

import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
# This file's own folder comes first on sys.path: its name would hide the ``monitoring`` app
# and benchmarks/statistics.py the standard library's ``statistics``. Use the project root.
sys.path[0] = str(BASE_DIR)

import argparse  # noqa: E402
import random  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
from collections import Counter, defaultdict  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from datetime import date  # noqa: E402
from decimal import Decimal  # noqa: E402

from benchmarks.strategy_pages import (  # noqa: E402
    LARGE,
    SMALL,
    WARMUP,
    Built,
    Result,
    build,
    configure_django,
    format_table,
    machine_facts,
    measure,
)

YEAR = 2025
DEADLINE = date(2026, 2, 28)
OPEN_AIM_S = 2.0
RECOMMENDATIONS = 12  # of the previous year's report, addressed to 1-4 institutions each
# How far the institutions have got with their forms when the pages are timed.
FORM_STATES = [
    ("accepted", 0.40),
    ("submitted", 0.15),
    ("returned", 0.05),
    ("draft", 0.20),
    ("opened", 0.10),
    ("not_opened", 0.10),
]


# Data -----------------------------------------------------------------------------------------


def spread_the_year(built: Built, year: int) -> dict[str, int]:
    """Make every institution of the built strategy part of the year: a partner in an action
    covering the year if it takes part in none, and responsible for an indicator of the year
    (of a goal, or of an action covering the year) if it is responsible for none, taken over
    from the institution with the most. Returns how many rows were added or changed."""
    from django.db import transaction
    from django.db.models import Q
    from simple_history.utils import bulk_create_with_history, bulk_update_with_history

    from governments.models import Institution
    from strategies.models import Action, ActionParticipant, Indicator

    institutions = list(
        Institution.objects.filter(government__slug=built.government_slug).order_by("pk")
    )
    actions = list(
        Action.objects.filter(strategy_id=built.strategy_id).covering_year(year).order_by("pk")
    )
    participants = Counter(
        ActionParticipant.objects.filter(action__in=actions).values_list("action_id", flat=True)
    )
    taking_part = set(
        ActionParticipant.objects.filter(action__in=actions).values_list(
            "institution_id", flat=True
        )
    )
    new_partners = []
    for n, institution in enumerate(i for i in institutions if i.pk not in taking_part):
        action = actions[(n * 7) % len(actions)]
        new_partners.append(
            ActionParticipant(
                action=action,
                institution=institution,
                role=ActionParticipant.Role.PARTNER,
                position=participants[action.pk] + n,
            )
        )
    indicators = list(
        Indicator.objects.filter(
            Q(action__isnull=True) | Q(action__in=actions), strategy_id=built.strategy_id
        ).order_by("pk")
    )
    by_responsible = defaultdict(list)
    for indicator in indicators:
        by_responsible[indicator.responsible_id].append(indicator)
    moved = []
    for institution in institutions:
        if by_responsible[institution.pk]:
            continue
        donor = max(by_responsible.values(), key=len)
        indicator = donor.pop()
        indicator.responsible = institution
        by_responsible[institution.pk].append(indicator)
        moved.append(indicator)
    with transaction.atomic():
        bulk_create_with_history(new_partners, ActionParticipant)
        bulk_update_with_history(moved, Indicator, ["responsible"])
    return {"partners added": len(new_partners), "indicators handed over": len(moved)}


def open_previous_year(built: Built, year: int, rng: random.Random) -> int:
    """The previous year's cycle with recommendations, as the team wrote them in its report."""
    from governments.models import Institution
    from monitoring import services
    from strategies.models import Goal, Strategy

    strategy = Strategy.objects.get(pk=built.strategy_id)
    previous = services.cycle_open(strategy=strategy, year=year - 1, deadline=DEADLINE)
    institutions = list(Institution.objects.filter(government=strategy.government_id))
    areas = list(Goal.objects.filter(strategy=strategy, depth=1))
    for n in range(RECOMMENDATIONS):
        services.recommendation_save(
            cycle=previous,
            text=f"Rekomendacja {n + 1}: zwiększyć dostępność wsparcia i poprawić współpracę.",
            institutions=rng.sample(institutions, rng.randint(1, 4)),
            goal=rng.choice(areas),
        )
    return previous.pk


@dataclass
class Opening:
    forms: int
    action_reports: int
    indicator_reports: int
    responses: int
    queries: int
    timings: list[float]
    cpu_times: list[float]
    cycle_id: int


def time_openings(built: Built, year: int, runs: int) -> Opening:
    """One counted opening, then ``runs`` timed ones; the cycle is deleted between them."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from monitoring import services
    from monitoring.models import (
        ActionReport,
        IndicatorReport,
        MonitoringCycle,
        RecommendationResponse,
    )
    from strategies.models import Strategy

    def open_cycle() -> MonitoringCycle:
        strategy = Strategy.objects.select_related("government").get(pk=built.strategy_id)
        return services.cycle_open(strategy=strategy, year=year, deadline=DEADLINE)

    with CaptureQueriesContext(connection) as captured:
        cycle = open_cycle()
    queries = len(captured)
    timings, cpu_times = [], []
    for _ in range(runs):
        MonitoringCycle.objects.filter(pk=cycle.pk).delete()
        started, cpu_started = time.perf_counter(), time.process_time()
        cycle = open_cycle()
        timings.append(time.perf_counter() - started)
        cpu_times.append(time.process_time() - cpu_started)
    return Opening(
        forms=cycle.forms.count(),
        action_reports=ActionReport.objects.filter(form__cycle=cycle).count(),
        indicator_reports=IndicatorReport.objects.filter(form__cycle=cycle).count(),
        responses=RecommendationResponse.objects.filter(form__cycle=cycle).count(),
        queries=queries,
        timings=timings,
        cpu_times=cpu_times,
        cycle_id=cycle.pk,
    )


ACTION_STATUSES = (["done", "in_progress", "not_started", "abandoned"], [12, 6, 2, 1])


def form_data(form, sources: dict[int, list[int]], rng: random.Random, share: float) -> dict:
    """What an institution types in: ``share`` of its actions, indicators and responses."""
    actions = {}
    for report in form.actions.all():
        if rng.random() >= share:
            continue
        status = rng.choices(*ACTION_STATUSES)[0]
        started = status in {"done", "in_progress"}
        actions[report.pk] = {
            "status": status,
            "what_done": "Przeprowadzono zaplanowane zajęcia i konsultacje indywidualne."
            if started
            else "",
            "people_reached": rng.randint(5, 400) if started else None,
            "problems": "Braki kadrowe w drugim półroczu." if rng.random() < 0.2 else "",
            "spending": {
                source: Decimal(rng.randrange(1_000, 400_000, 100))
                for source in sources.get(report.action_id, [])
                if started
            },
        }
    indicators = {}
    for report in form.indicators.all():
        if rng.random() >= share:
            continue
        if rng.random() < 0.1:
            indicators[report.pk] = {"value": None, "comment": "Dane GUS będą znane w czerwcu."}
        else:
            value = Decimal(rng.randrange(100, 500_000)) / 100
            indicators[report.pk] = {"value": value, "source": "sprawozdanie MRPiPS-03"}
    responses = {
        response.pk: "Zwiększono liczbę godzin poradnictwa."
        for response in form.responses.all()
        if rng.random() < share
    }
    return {"actions": actions, "indicators": indicators, "responses": responses}


def fill_forms(cycle_id: int, rng: random.Random) -> Counter:
    """Bring the forms of the cycle to the states of FORM_STATES, with the services."""
    from monitoring import services
    from monitoring.models import ReportForm
    from strategies.models import ActionFunding

    forms = list(ReportForm.objects.filter(cycle_id=cycle_id).order_by("pk"))
    rng.shuffle(forms)
    sources: dict[int, list[int]] = defaultdict(list)
    for action_id, source_id in ActionFunding.objects.filter(
        action__reports__form__cycle_id=cycle_id
    ).values_list("action_id", "source_id"):
        if source_id not in sources[action_id]:
            sources[action_id].append(source_id)
    states: list[str] = []
    for state, share in FORM_STATES:
        states += [state] * round(share * len(forms))
    states = (states + ["not_opened"] * len(forms))[: len(forms)]
    for form, state in zip(forms, states, strict=True):
        if state == "not_opened":
            continue
        if state == "opened":
            services.form_open(form=form)
            continue
        share = 0.5 if state == "draft" else 1.0
        services.form_save(form=form, version=0, data=form_data(form, sources, rng, share))
        if state == "draft":
            continue
        services.form_submit(form=form, by="Jan Kowalski")
        if state == "returned":
            services.form_return(form=form, comment="Proszę uzupełnić liczbę uczestników.")
        elif state == "accepted":
            services.form_accept(form=form)
    return Counter(ReportForm.objects.filter(cycle_id=cycle_id).values_list("status", flat=True))


# Pages ----------------------------------------------------------------------------------------

PAGES = [("board (cycle_board)", "cycle_board"), ("report (cycle_report)", "cycle_report")]


def page_url(url_name: str, built: Built, cycle_id: int) -> str:
    from django.urls import reverse

    return reverse(
        url_name,
        kwargs={
            "government": built.government_slug,
            "strategy": built.strategy_id,
            "cycle": cycle_id,
        },
    )


# Report ---------------------------------------------------------------------------------------


def analyze() -> None:
    """Fresh planner statistics on PostgreSQL, as autovacuum would have made."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="timed openings of the cycle")
    parser.add_argument("--repeat", type=int, default=15, help="timed requests per page")
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
        if connection.vendor == "sqlite":
            call_command("migrate", verbosity=0, interactive=False)
        else:
            # Creates test_<name> (dropping a leftover one) and migrates it.
            old_config = setup_databases(
                verbosity=0, interactive=False, aliases={DEFAULT_DB_ALIAS}, serialized_aliases=set()
            )
        facts = machine_facts()  # the load average before the benchmark adds its own

        rng = random.Random(args.seed)  # noqa: S311 - made-up data, not secrets
        user = get_user_model().objects.create_user(
            username="koordynator", first_name="Anna", last_name="Benchmarkowa"
        )
        built = {size.label: build(size, user, rng) for size in (LARGE, SMALL)}
        spread = {label: spread_the_year(b, YEAR) for label, b in built.items()}
        for b in built.values():
            open_previous_year(b, YEAR, rng)
        analyze()
        openings = {label: time_openings(b, YEAR, args.runs) for label, b in built.items()}
        fill_started = time.perf_counter()
        filled = {label: fill_forms(openings[label].cycle_id, rng) for label in built}
        fill_seconds = time.perf_counter() - fill_started
        analyze()

        client = Client()
        client.force_login(user)
        results: dict[tuple[str, str], Result] = {}
        for _, url_name in PAGES:
            for label, b in built.items():
                url = page_url(url_name, b, openings[label].cycle_id)
                results[(url_name, label)] = measure(client, url, args.repeat)

        print("Strategia Społeczna – monitoring benchmark (issue 4)")
        for name, value in facts:
            print(f"  {name}: {value}")
        for label, b in built.items():
            counts = ", ".join(f"{n} {name}" for name, n in b.rows.items())
            print(f"  built {label} in {b.seconds:.1f} s: {counts}")
            extra = ", ".join(f"{n} {name}" for name, n in spread[label].items())
            print(f"    so that every institution has a form in {YEAR}: {extra}")
        print(
            f"  {args.runs} timed openings of the {YEAR} cycle per strategy (after a counted one);"
            f" the {YEAR - 1} cycle open with {RECOMMENDATIONS} recommendations"
        )
        for label in built:
            states = ", ".join(f"{n} {status}" for status, n in filled[label].most_common())
            print(f"  forms of the {label} strategy when the pages were timed: {states}")
        print(f"  filling them in with the services took {fill_seconds:.1f} s")
        print(f"  timed requests per page: {args.repeat} (after {WARMUP} warm-up requests)\n")

        headers = [
            "cycle_open",
            "forms",
            "action reports",
            "indicator reports",
            "responses",
            "queries",
            "median s",
            "min s",
            "max s",
            "CPU s",
        ]
        rows = []
        for label in ("large", "small"):
            opening = openings[label]
            rows.append(
                [
                    f"{label} strategy, {YEAR}",
                    str(opening.forms),
                    f"{opening.action_reports:,}",
                    str(opening.indicator_reports),
                    str(opening.responses),
                    str(opening.queries),
                    f"{statistics.median(opening.timings):.3f}",
                    f"{min(opening.timings):.3f}",
                    f"{max(opening.timings):.3f}",
                    f"{statistics.median(opening.cpu_times):.3f}",
                ]
            )
        print(format_table(headers, rows, args.markdown))
        print()

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
        rows, failed, growing = [], [], []
        for page_label, url_name in PAGES:
            big, little = results[(url_name, "large")], results[(url_name, "small")]
            if big.status != 200 or little.status != 200:
                failed.append(f"{page_label}: HTTP {big.status} / small HTTP {little.status}")
                rows.append([page_label, "—", "—", failed[-1], "—", "—", "—", "—"])
                continue
            mark = ""
            if big.queries != little.queries:
                mark = " ≠"
                growing.append(page_label)
            rows.append(
                [
                    page_label,
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

        open_median = statistics.median(openings["large"].timings)
        print(
            f"\nAim: opening the cycle of the large strategy under {OPEN_AIM_S:.0f} s: "
            + ("met" if open_median < OPEN_AIM_S else "MISSED")
            + f" ({open_median:.2f} s median, wall time including the commit)."
            "\nThe board and the report in a number of queries that does not grow with the "
            "strategy: " + ("MISSED by " + ", ".join(growing) if growing else "met") + "."
        )
        if failed:
            print("\nPAGES THAT DID NOT ANSWER 200: " + "; ".join(failed))
        return 1 if failed or growing or open_median >= OPEN_AIM_S else 0
    finally:
        if old_config is not None:
            teardown_databases(old_config, verbosity=0)
        connection.close()
        if temp_dir is not None:
            shutil.rmtree(temp_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

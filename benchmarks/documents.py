"""The strategy document and the yearly report of a big city's strategy, as PDF and DOCX
(issue 5).

Run from the project root (``make bench-documents`` runs exactly this)::

    .venv/bin/python benchmarks/documents.py [--runs 3] [--markdown]

It builds the LARGE strategy of benchmarks/strategy_pages.py (150 institutions, 300
actions, 600 indicators, ten years of values) in a throw-away database (SQLite in a
temporary directory, or ``test_<name>`` on the PostgreSQL server of DATABASE_URL), opens
the 2025 monitoring cycle and fills its forms as benchmarks/monitoring.py does (about 40 %
accepted). Then it makes each document ``--runs`` times, as the background task does it
(documents.selectors.document_content, then the renderer), with the chart cache emptied
before each run so that every chart is drawn again, and prints the median wall time, the
pages and the size of each, and the peak memory (maximum resident set size) of this
process, which holds Django, the data and every document made.

Aims: the strategy PDF and DOCX each under 10 s, the yearly report under 5 s, memory under
1 GiB. The exit code is 1 if an aim is missed. See docs/performance.md.
"""

import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path[0] = str(BASE_DIR)  # see benchmarks/monitoring.py: this folder's names hide apps

import argparse  # noqa: E402
import io  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402

from benchmarks.monitoring import (  # noqa: E402
    YEAR,
    analyze,
    fill_forms,
    open_previous_year,
    spread_the_year,
    time_openings,
)
from benchmarks.strategy_pages import (  # noqa: E402
    LARGE,
    build,
    configure_django,
    format_table,
    machine_facts,
)

STRATEGY_AIM_S = 10.0
REPORT_AIM_S = 5.0
MEMORY_AIM_MB = 1024


def pages_of(data: bytes, fmt: str) -> str:
    if fmt == "pdf":
        from pypdf import PdfReader

        return str(len(PdfReader(io.BytesIO(data)).pages))
    return "–"  # a DOCX has pages only once a word processor lays it out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="timed runs per document")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--seed", type=int, default=2026, help="seed of the generated data")
    parser.add_argument("--keep", type=Path, help="folder to write the documents made into")
    args = parser.parse_args()

    temp_dir = configure_django()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import DEFAULT_DB_ALIAS, connection
    from django.test.utils import setup_databases, teardown_databases
    from django.utils import translation

    from core.charts import _render
    from documents.models import GeneratedDocument
    from documents.selectors import document_content
    from documents.services import render
    from monitoring.models import MonitoringCycle
    from strategies.models import Strategy

    old_config = None
    try:
        if connection.vendor == "sqlite":
            call_command("migrate", verbosity=0, interactive=False)
        else:
            old_config = setup_databases(
                verbosity=0, interactive=False, aliases={DEFAULT_DB_ALIAS}, serialized_aliases=set()
            )
        facts = machine_facts()
        translation.activate(settings.LANGUAGE_CODE)
        rng = random.Random(args.seed)  # noqa: S311 - made-up data, not secrets
        user = get_user_model().objects.create_user(username="koordynator")
        built = build(LARGE, user, rng)
        spread_the_year(built, YEAR)
        open_previous_year(built, YEAR, rng)
        cycle_id = time_openings(built, YEAR, runs=0).cycle_id
        filled = fill_forms(cycle_id, rng)
        analyze()
        strategy = Strategy.objects.select_related("government").get(pk=built.strategy_id)
        cycle = MonitoringCycle.objects.get(pk=cycle_id)

        cases = [
            ("strategy document", GeneratedDocument.Kind.STRATEGY, STRATEGY_AIM_S),
            (f"yearly report {YEAR}", GeneratedDocument.Kind.REPORT, REPORT_AIM_S),
        ]
        rows, missed = [], []
        for label, kind, aim in cases:
            for fmt in ("pdf", "docx"):
                record = GeneratedDocument(
                    government=strategy.government,
                    strategy=strategy,
                    cycle=cycle if kind == GeneratedDocument.Kind.REPORT else None,
                    kind=kind,
                    format=fmt,
                )
                timings, build_timings = [], []
                for _ in range(args.runs):
                    _render.cache_clear()
                    started = time.perf_counter()
                    document = document_content(record, lambda share, step: None)
                    built_at = time.perf_counter()
                    data = render(document, fmt)
                    timings.append(time.perf_counter() - started)
                    build_timings.append(built_at - started)
                if args.keep:
                    args.keep.mkdir(parents=True, exist_ok=True)
                    (args.keep / f"{kind}.{fmt}").write_bytes(data)
                median = statistics.median(timings)
                if median >= aim:
                    missed.append(f"{label} {fmt.upper()}")
                rows.append(
                    [
                        f"{label}, {fmt.upper()}",
                        f"{statistics.median(build_timings):.2f}",
                        f"{median:.2f}",
                        f"{max(timings):.2f}",
                        f"{aim:.0f}",
                        pages_of(data, fmt),
                        f"{len(data) / 1024:,.0f}",
                    ]
                )
        # The PDF is typeset in a child process (documents/pdf_worker.py): count its peak too.
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        if max(peak_mb, child_mb) >= MEMORY_AIM_MB:
            missed.append("memory")

        print("Strategia Społeczna – documents benchmark (issue 5)")
        for name, value in facts:
            print(f"  {name}: {value}")
        counts = ", ".join(f"{n} {name}" for name, n in built.rows.items())
        print(f"  built the large strategy in {built.seconds:.1f} s: {counts}")
        states = ", ".join(f"{n} {status}" for status, n in filled.most_common())
        print(f"  forms of the {YEAR} cycle: {states}")
        print(f"  {args.runs} runs per document, chart cache emptied before each\n")
        headers = ["document", "content s", "total s (median)", "max s", "aim s", "pages", "KiB"]
        print(format_table(headers, rows, args.markdown))
        print(
            f"\nPeak memory (max RSS): this process {peak_mb:,.0f} MiB, the Typst child "
            f"{child_mb:,.0f} MiB (aim < {MEMORY_AIM_MB} each)."
        )
        print("Aims: " + ("MISSED by " + ", ".join(missed) if missed else "met") + ".")
        return 1 if missed else 0
    finally:
        if old_config is not None:
            teardown_databases(old_config, verbosity=0)
        connection.close()
        if temp_dir is not None:
            shutil.rmtree(temp_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

"""What the checks of untrusted uploads cost, and what the hostile files of the security
review cost now (issue 11).

Run from the project root (``make bench-uploads`` runs exactly this)::

    .venv/bin/python benchmarks/uploads.py [--runs 5] [--markdown]

No database is needed. For each case it runs the check as the form does
(documents.uploads.look_upload_check, diagnosis' sandboxed CSV parse) ``--runs`` times and
prints the median wall time, the outcome, and the growth of this (the web) process's peak
resident memory over the whole case: the work happens in child processes with limits
(core.sandbox, Typst's own child), so the process that serves requests should not grow.

Aims: a good upload checked in under 2 s; every hostile file refused in under 15 s (the
upload limits: 10 s of CPU, 20 s of wall clock); the web process grows by under 50 MB.
The exit code is 1 if an aim is missed. See docs/performance.md.
"""

import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path[0] = str(BASE_DIR)  # see benchmarks/monitoring.py: this folder's names hide apps

import argparse  # noqa: E402
import io  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
import zipfile  # noqa: E402

from benchmarks.strategy_pages import configure_django, format_table, machine_facts  # noqa: E402

GOOD_AIM_S = 2.0
HOSTILE_AIM_S = 15.0
GROWTH_AIM_MB = 50


def rebuild(data: bytes, name: str, transform) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            content = source.read(info)
            archive.writestr(
                info.filename, transform(content) if info.filename == name else content
            )
    return out.getvalue()


def cases() -> list[tuple[str, bool, object]]:
    """(name, hostile, callable returning the outcome)."""
    from django.core.exceptions import ValidationError
    from PIL import Image

    from core import sandbox
    from documents.docx import default_title_template
    from documents.fonts import bundled_font_dir
    from documents.uploads import look_upload_check

    def check(kind, data, name=""):
        def run():
            try:
                look_upload_check(kind, data, name)
            except ValidationError as error:
                return "refused: " + " ".join(error.messages)[:60]
            return "accepted"

        return run

    png = io.BytesIO()
    Image.new("RGB", (400, 480), "#c00000").save(png, format="PNG")
    font = (bundled_font_dir() / "DejaVuSans.ttf").read_bytes()
    template = default_title_template()
    loops = (
        b'{% if title != "Strategia" %}{% for a in range(100000) %}{% for b in range(100000) %}'
        b"x{% endfor %}{% endfor %}{% endif %}"
    ).replace(b'"', b"&quot;")
    core_xml = rebuild(
        template, "docProps/core.xml", lambda c: c.replace(b"<dc:title>", b"<dc:title>" + loops)
    )
    paragraphs = rebuild(
        template,
        "word/document.xml",
        lambda c: c.replace(b"<w:body>", b"<w:body>" + b"<w:p/>" * (10 * 1024 * 1024 // 6)),
    )
    bomb = rebuild(template, "word/document.xml", lambda c: c + b" " * (200 * 1024 * 1024))
    csv = '\ufeff"Kod";"Nazwa";"Ogółem";"Rok";"Wartosc";"Jednostka miary";"Atrybut";\r\n'
    csv += "".join(
        f'0112121{n // 20:05d};"Gmina {n // 20}";"ogółem";"{2000 + n % 20}";{n};"osoba";"";\r\n'
        for n in range(60_000)
    )
    units = {f"0112121{n:05d}": n for n in range(3000)}

    def parse_csv():
        result = sandbox.run("diagnosis.bdl_csv:parse_file", csv.encode(), units=units, series="")
        return f"accepted: {len(result.rows)} rows"

    return [
        ("coat of arms, PNG 400×480", False, check("image", png.getvalue())),
        ("font, DejaVu Sans (decode, draw, subset, Typst)", False, check("font", font, "a.ttf")),
        ("title template, the model", False, check("template", template)),
        ("BDL CSV, 60,000 rows (3.7 MB)", False, parse_csv),
        ("template: loops in docProps/core.xml", True, check("template", core_xml)),
        (
            f"template: 10 MB of <w:p/> ({len(paragraphs) // 1024} KB)",
            True,
            check("template", paragraphs),
        ),
        (f"template: zip bomb ({len(bomb) // 1024} KB → 200 MB)", True, check("template", bomb)),
    ]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per case")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = parser.parse_args()
    configure_django()
    from django.utils import translation

    from core import sandbox

    translation.activate("pl")
    overhead = []
    for _ in range(args.runs):
        started = time.perf_counter()
        sandbox.run("json:dumps", [1, 2, 3])
        overhead.append(time.perf_counter() - started)
    rows, failed = [], False
    rows.append(
        [
            "a sandboxed call that does nothing",
            f"{statistics.median(overhead):.2f}",
            "–",
            "start-up",
        ]
    )
    for name, hostile, run in cases():
        before = peak_mb()
        times, outcome = [], ""
        for _ in range(args.runs):
            started = time.perf_counter()
            outcome = run()
            times.append(time.perf_counter() - started)
        median = statistics.median(times)
        growth = peak_mb() - before
        aim = HOSTILE_AIM_S if hostile else GOOD_AIM_S
        if median > aim or growth > GROWTH_AIM_MB or (hostile != outcome.startswith("refused")):
            failed = True
        rows.append([name, f"{median:.2f}", f"{growth:.0f}", outcome])
    for key, value in machine_facts():
        print(f"{key}: {value}")
    print(f"runs per case: {args.runs}; peak memory of this process: {peak_mb():.0f} MB\n")
    print(format_table(["case", "median s", "growth MB", "outcome"], rows, args.markdown))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

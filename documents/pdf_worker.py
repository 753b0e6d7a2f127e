"""Compiles one Typst document in a process of its own; documents/pdf.py runs it.

Typst memoises its work in process-wide caches that it trims only to what the last ten
compilations used: in a long-lived web or task worker that grows past a gigabyte after a
dozen large documents. A short-lived process per document (25 ms to start) hands all of
it back when it exits, and lets the caller put a time limit on a document.

It reads its arguments as JSON on standard input, writes the PDF to ``output`` and exits
0, or prints Typst's error on standard error and exits 1. It imports nothing but Typst, the
standard library and core/limits.py, so it starts fast and needs no Django. Before Typst
starts it limits its own CPU time and address space (``limits``), as core.sandbox does for
other untrusted work: a government's font or a document's size cannot take the machine.
"""

import json
import sys
from datetime import datetime
from pathlib import Path


def main() -> int:
    arguments = json.load(sys.stdin)
    limits = arguments.get("limits") or {}
    if limits:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the project
        # after: the project must be on the path first
        from core.limits import apply_limits

        apply_limits(cpu_seconds=int(limits["cpu_seconds"]), memory_mb=int(limits["memory_mb"]))
    # after: Typst starts under the limits
    import typst

    try:
        typst.compile(
            arguments["input"],
            output=arguments["output"],
            root=arguments["root"],
            font_paths=arguments["font_paths"],
            ignore_system_fonts=True,
            pdf_standards=arguments["pdf_standards"],
            timestamp=datetime.fromisoformat(arguments["timestamp"]),
        )
    except typst.TypstError as error:
        hints = "".join(f"\nhint: {hint}" for hint in error.hints or ())
        print(f"{error.message}{hints}", file=sys.stderr)
        return 1
    except MemoryError:
        print("Typst needed more memory than the limit allows.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

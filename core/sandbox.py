"""Untrusted files are processed in a child process with limits.

A file someone uploads (a DOCX template, a font, an image, a CSV of statistics) and the
rendering of a document that carries a government's template are work whose cost the
uploader decides: a zip bomb, a template of ten million paragraphs, a corrupt font, a CSV
of one endless line. ``run`` calls a function in a fresh Python process (core/sandbox_child.py)
under a CPU-time limit, an address-space limit, a file-size limit and a wall-clock limit, so
that the worst such a file does is to be refused with a message; the web process or the
task worker that asked stays as it was, and another government's request is not held up
behind it.

The child runs only library code of ours that parses or renders data; it gets its
arguments by value (pickled over a pipe) and has no database connection: Django is set up
in it with translations and number formats only (the parent's language is active), never
the models. What it returns comes back by value too. A ``ValidationError`` raised in the
child is raised again in the parent with the same messages; the other exceptions a caller
names (``expected``) come back as ``SandboxError`` with their message; a limit reached, a
crash or anything else is a ``SandboxError`` whose message says so in the user's language.
"""

from __future__ import annotations

import io
import logging
import os
import pickle
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext as _

CHILD = Path(__file__).with_name("sandbox_child.py")
logger = logging.getLogger(__name__)

# Settings the child's Django needs for messages and numbers (copied from the parent, so a
# test's overrides reach it too).
CHILD_SETTINGS = (
    "USE_I18N",
    "LANGUAGE_CODE",
    "LANGUAGES",
    "LOCALE_PATHS",
    "USE_TZ",
    "TIME_ZONE",
    "USE_THOUSAND_SEPARATOR",
    "FORMAT_MODULE_PATH",
)


@dataclass(frozen=True)
class Limits:
    cpu_seconds: int = 10
    memory_mb: int = 768  # address space, which counts more than the memory in use
    wall_seconds: float = 20.0
    file_mb: int = 64  # the largest file the child may write


UPLOAD = Limits()
# The largest benchmark document takes under 4 s: a minute is plenty, and bounds how long
# one government's document can hold the shared worker.
DOCUMENT = Limits(cpu_seconds=60, memory_mb=2048, wall_seconds=90.0, file_mb=512)


class SandboxError(Exception):
    """The child could not finish: a limit, a crash, or an error the caller expected.
    ``kind`` is "time", "memory", "crash" or the class name of the expected error."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


def run(
    function: str,
    *args,
    limits: Limits | None = None,
    expected: tuple[type[Exception], ...] = (),
    **kwargs,
):
    """Call ``function`` ("package.module:name") with the arguments in a child process
    under ``limits`` (UPLOAD by default) and return its result."""
    limits = limits or UPLOAD
    payload = _payload(function, args, kwargs, limits=limits, expected=expected)
    try:
        result = subprocess.run(  # noqa: S603 (our own script; arguments by pipe)
            [sys.executable, "-I", str(CHILD)],
            input=payload,
            capture_output=True,
            timeout=limits.wall_seconds,
            check=False,
            env=_child_environment(),
        )
    except subprocess.TimeoutExpired as error:
        raise SandboxError(_too_long(limits), "time") from error
    return _answer(result, function, limits)


def _payload(function: str, args, kwargs, *, limits: Limits, expected) -> bytes:
    # The header holds plain values only: the child reads it, sets its limits and finds
    # the project before it unpickles the arguments, which may be objects of ours.
    header = pickle.dumps(
        {
            "limits": {
                "cpu_seconds": limits.cpu_seconds,
                "memory_mb": limits.memory_mb,
                "file_mb": limits.file_mb,
            },
            "language": translation.get_language() or settings.LANGUAGE_CODE,
            "settings": {name: getattr(settings, name) for name in CHILD_SETTINGS},
            "path": str(settings.BASE_DIR),
        }
    )
    body = pickle.dumps(
        {
            "function": function,
            "args": args,
            "kwargs": kwargs,
            "expected": [f"{e.__module__}:{e.__qualname__}" for e in expected],
        }
    )
    return header + body


def _answer(result: subprocess.CompletedProcess, function: str, limits: Limits):
    """The child's result, or the error it ended with as a SandboxError."""
    if result.returncode == -signal.SIGXCPU:  # the CPU limit
        raise SandboxError(_too_long(limits), "time")
    if result.returncode == -signal.SIGKILL:  # the kernel's out-of-memory killer
        raise SandboxError(_too_much_memory(limits), "memory")
    try:
        if result.returncode != 0:
            raise ValueError(result.returncode)
        status, value = _Answer(io.BytesIO(result.stdout)).load()
    except Exception as error:  # died without answering, or answered something else
        logger.error("Sandboxed %s failed: %s", function, result.stderr[-2000:])
        raise SandboxError(
            _("The file could not be processed (the processing stopped unexpectedly)."),
            "crash",
        ) from error
    if status == "ok":
        return value
    if status == "invalid":
        raise value if isinstance(value, ValidationError) else ValidationError(value)
    if status == "memory":
        raise SandboxError(_too_much_memory(limits), "memory")
    if status == "expected":
        kind, message = value
        raise SandboxError(message, kind)
    raise SandboxError(
        _("The file could not be processed (the processing stopped unexpectedly)."), "crash"
    )


def _child_environment() -> dict[str, str]:
    """No secrets (the child needs no SECRET_KEY or database address): only where to find
    programs, caches (matplotlib's font list) and temporary space; one thread for numpy."""

    kept = ("PATH", "HOME", "TMPDIR", "MPLCONFIGDIR", "XDG_CACHE_HOME", "LANG", "LC_ALL")
    environment = {name: os.environ[name] for name in kept if name in os.environ}
    environment.update(OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1")
    return environment


def _too_much_memory(limits: Limits) -> str:
    return _("The file needs more memory than %(mb)s MB to process; it is refused.") % {
        "mb": limits.memory_mb
    }


# What the child's answer may hold besides plain values. The child parses hostile input; if
# that ever ran code in it, an answer that could name any class would run code here too.
ANSWER_CLASSES = frozenset(
    {
        ("builtins", "set"),
        ("builtins", "frozenset"),
        ("builtins", "bytearray"),
        ("decimal", "Decimal"),
        ("django.core.exceptions", "ValidationError"),
        ("django.utils.functional", "_lazy_proxy_unpickle"),
        ("django.utils.translation", "gettext"),
        ("django.utils.translation", "ngettext"),
        ("diagnosis.bdl_csv", "BdlTable"),
        ("diagnosis.bdl_csv", "BdlRow"),
        ("diagnosis.bdl_csv", "SeriesChoice"),
    }
)


class _Answer(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        if (module, name) not in ANSWER_CLASSES:
            raise pickle.UnpicklingError(f"{module}.{name} is not an answer of the sandbox")
        return super().find_class(module, name)


def _too_long(limits: Limits) -> str:
    return _("Processing the file took longer than %(seconds)s seconds; it is refused.") % {
        "seconds": int(min(limits.cpu_seconds, limits.wall_seconds))
    }

"""core.sandbox: untrusted work in a child process under CPU, memory and wall-clock limits."""

import time

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from core import sandbox

TARGET = "core.tests.sandbox_targets"
QUICK = sandbox.Limits(cpu_seconds=2, memory_mb=512, wall_seconds=10)


def test_the_result_comes_back():
    assert sandbox.run(f"{TARGET}:add", 2, b=3) == 5


def test_an_endless_loop_is_stopped_by_the_cpu_limit():
    started = time.monotonic()
    with translation.override("pl"), pytest.raises(sandbox.SandboxError) as error:
        sandbox.run(f"{TARGET}:spin", limits=QUICK)
    assert error.value.kind == "time"
    assert "trwało dłużej niż 2 s" in str(error.value)
    assert time.monotonic() - started < 8


def test_the_wall_clock_limit_stops_what_the_cpu_limit_would_not():
    slow = sandbox.Limits(cpu_seconds=60, memory_mb=512, wall_seconds=1.5)
    with pytest.raises(sandbox.SandboxError) as error:
        sandbox.run(f"{TARGET}:spin", limits=slow)
    assert error.value.kind == "time"


def test_too_much_memory_is_refused_not_granted():
    with translation.override("pl"), pytest.raises(sandbox.SandboxError) as error:
        sandbox.run(f"{TARGET}:hog_memory", limits=QUICK)
    assert error.value.kind == "memory"
    assert "512 MB" in str(error.value)


def test_a_validation_error_is_raised_again_with_its_message():
    with pytest.raises(ValidationError) as error:
        sandbox.run(f"{TARGET}:refuse")
    assert error.value.messages == ["Zły plik."]


def test_a_crash_is_a_sandbox_error():
    with pytest.raises(sandbox.SandboxError) as error:
        sandbox.run(f"{TARGET}:crash")
    assert error.value.kind == "crash"


def test_the_child_gets_no_secrets(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "a-secret-that-must-stay-in-the-parent-" + "x" * 20)
    monkeypatch.setenv("DATABASE_URL", "postgres://u:p@db/x")
    environment = sandbox.run(f"{TARGET}:environment")
    assert "SECRET_KEY" not in environment and "DATABASE_URL" not in environment


def test_an_answer_naming_any_other_class_is_refused():
    """The child parses hostile input: its answer may hold plain values and a few known
    classes, never an object that would run code when unpickled here."""
    with pytest.raises(sandbox.SandboxError) as error:
        sandbox.run(f"{TARGET}:smuggle")
    assert error.value.kind == "crash"


def test_what_a_library_prints_does_not_garble_the_answer():
    assert sandbox.run(f"{TARGET}:chatty") == 1

"""Resource limits a child process sets on itself before it touches untrusted work
(core/sandbox_child.py, documents/pdf_worker.py). Standard library only: the children
import it before anything else."""

import resource


def _limit(kind: int, value: int, *, margin: int = 0) -> None:
    """Set the soft limit to ``value`` and the hard one ``margin`` above it (never above a
    hard limit already in place)."""
    _soft, hard = resource.getrlimit(kind)
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
        resource.setrlimit(kind, (value, min(value + margin, hard)))
    else:
        resource.setrlimit(kind, (value, value + margin))


def apply_limits(*, cpu_seconds: int, memory_mb: int, file_mb: int | None = None) -> None:
    """CPU time (SIGXCPU beyond it), address space (allocations fail beyond it), the
    largest file the process may write, and no core dumps."""
    # The soft CPU limit sends SIGXCPU (the parent reads it as "took too long"); the hard
    # one, a second later, SIGKILL, which the parent reads as the out-of-memory killer's.
    _limit(resource.RLIMIT_CPU, cpu_seconds, margin=1)
    _limit(resource.RLIMIT_AS, memory_mb * 1024 * 1024)
    if file_mb is not None:
        _limit(resource.RLIMIT_FSIZE, file_mb * 1024 * 1024)
    _limit(resource.RLIMIT_CORE, 0)

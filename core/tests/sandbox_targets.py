"""Functions the sandbox tests run in the child process (importable by module path)."""

from django.core.exceptions import ValidationError


def add(a: int, b: int) -> int:
    return a + b


def spin() -> None:
    while True:
        pass


def hog_memory() -> bytes:
    return b"x" * (4 * 1024 * 1024 * 1024)


def refuse() -> None:
    raise ValidationError("Zły plik.")


def crash() -> None:
    import os

    os.abort()


def environment() -> dict:
    import os

    return dict(os.environ)


class _Bomb:
    def __reduce__(self):
        import os

        return (os.system, ("true",))


def smuggle():
    return _Bomb()


def chatty() -> int:
    import sys

    print("library noise")
    sys.stdout.flush()
    return 1

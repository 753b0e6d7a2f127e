"""The child process of core/sandbox.py: set the limits, set Django up for messages and
numbers only, call the function, answer.

It reads a pickled request on standard input and writes a pickled (status, value) pair on
standard output: ("ok", result), ("invalid", messages of a ValidationError), ("expected",
(class name, message)) for an error the caller named, ("memory", None), or ("error", text)
for anything else (whose details it prints on standard error). Limits are set before
anything of the request is touched.
"""

import pickle
import sys
import traceback


def _validation_error(error):
    """The error itself when it survives pickling (a subclass with data of its own, like
    diagnosis.bdl_csv.SeriesChoice, keeps it), else its messages."""
    try:
        copy = pickle.loads(pickle.dumps(error))  # noqa: S301 (our own object)
    except Exception:
        copy = None
    if copy is not None and copy.messages == error.messages:
        return copy
    return error.message_dict if hasattr(error, "error_dict") else error.messages


def main() -> int:
    answers = sys.stdout.buffer
    sys.stdout = sys.stderr  # whatever a library prints must not garble the answer
    stream = sys.stdin.buffer
    header = pickle.load(stream)  # noqa: S301 (from our own parent; plain values only)
    sys.path.insert(0, header["path"])
    # after: nothing is imported before the project is on the path and the limits are set
    from core.limits import apply_limits

    apply_limits(**header["limits"])
    # after: the limits are set; Django is set up with the parent's settings of messages
    import django
    from django.conf import settings

    settings.configure(INSTALLED_APPS=[], **header["settings"])
    django.setup()
    request = pickle.load(stream)  # noqa: S301 (from our own parent)
    # after: Django is set up
    from importlib import import_module

    from django.core.exceptions import ValidationError
    from django.utils import translation

    translation.activate(header["language"])

    def load(path: str):
        module, _colon, name = path.partition(":")
        return getattr(import_module(module), name)

    expected = tuple(load(path) for path in request["expected"])
    try:
        value = load(request["function"])(*request["args"], **request["kwargs"])
        answer = ("ok", value)
    except ValidationError as error:
        answer = ("invalid", _validation_error(error))
    except MemoryError:
        answer = ("memory", None)
    except expected as error:
        answer = ("expected", (type(error).__name__, str(error)))
    except Exception:
        traceback.print_exc()
        answer = ("error", traceback.format_exc(limit=3))
    answers.write(pickle.dumps(answer))
    return 0


if __name__ == "__main__":
    sys.exit(main())

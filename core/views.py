"""Small helpers every domain view uses, and the pages every app shares (history, delete
confirmation)."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Model
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from .history import history_count, merged_history

T = TypeVar("T")


def login_locked_out(request: HttpRequest, response=None, credentials=None) -> HttpResponse:
    """What django-axes answers to a login attempt while the account or the address is
    locked out (settings.AXES_*): a page saying so and for how long, status 429."""

    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(
        request,
        "registration/locked_out.html",
        {"cooloff_minutes": minutes},
        status=429,
    )


def government_url(request: HttpRequest, name: str, **kwargs) -> str:
    """The address of a view under the current local government's slug."""
    return reverse(name, kwargs={"government": request.government.slug, **kwargs})


def found(value: T | None) -> T:
    """A selector's answer, or a 404 when it found nothing: selectors return None and
    the view decides that this is a missing page."""
    if value is None:
        raise Http404
    return value


def id_or_404(value) -> int:
    """An id from a query parameter or POST field; anything else is a 404, not a crash."""
    try:
        return int(value)
    except (TypeError, ValueError) as exc:
        raise Http404 from exc


def apply_validation_error(form, error: ValidationError) -> None:
    """Put a service's ValidationError onto the form, next to the fields it names."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)  # keeps the codes: ``form.has_error(NON_FIELD_ERRORS, code)``


@dataclass(frozen=True)
class Saved:
    """What ``save_form`` did: true when the service ran, with what the service returned."""

    ok: bool
    result: object = None

    def __bool__(self) -> bool:
        return self.ok


def save_form(form, save: Callable[[], object]) -> Saved:
    """Validate the form, then call the service; map its errors back onto the form. The
    answer is true when the service ran and holds its result (``saved.result``)."""
    if not form.is_valid():
        return Saved(False)
    try:
        result = save()
    except ValidationError as error:
        apply_validation_error(form, error)
        return Saved(False)
    return Saved(True, result)


def confirm_delete(
    request: HttpRequest,
    *,
    obj: Model,
    delete: Callable[[], None],
    success_url: str,
    cancel_url: str,
    consequences: list[str] | None = None,
) -> HttpResponse:
    """GET shows what will be deleted and with what; POST deletes through the service."""
    error = None
    if request.method == "POST":
        try:
            delete()
        except ValidationError as exc:
            error = " ".join(exc.messages)
        else:
            messages.success(request, _("Deleted: %(name)s.") % {"name": obj})
            return redirect(success_url)
    return render(
        request,
        "core/confirm_delete.html",
        {
            "object": obj,
            "verbose_name": obj._meta.verbose_name,
            "consequences": consequences or [],
            "cancel_url": cancel_url,
            "error": error,
        },
        status=400 if error else 200,
    )


HISTORY_PAGE_SIZE = 50


def history_page(
    request: HttpRequest, *, querysets: list, title: str, back_url: str
) -> HttpResponse:
    """Changes recorded in the given historical querysets, newest first, 50 a page."""
    page = Paginator(range(history_count(querysets)), HISTORY_PAGE_SIZE).get_page(
        request.GET.get("strona")
    )
    end = page.number * HISTORY_PAGE_SIZE
    entries = merged_history(querysets, start=end - HISTORY_PAGE_SIZE, end=end)
    return render(
        request,
        "core/history.html",
        {"page": page, "entries": entries, "title": title, "back_url": back_url},
    )

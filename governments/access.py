"""The one place where access is decided.

Every view of a local government's data is wrapped in ``government_view(<permission>)``:
the local government comes from the URL, the user's membership in it is looked up once,
and the role must grant the permission. Object lookups inside the view are then scoped to
``request.government`` (QuerySet ``for_government``), so an id of another local government's
row is a 404 even under one's own address. Users without membership get a 404 (we do not
confirm that another local government's data exists); members without the permission a 403.
"""

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control

from .models import LocalGovernment, Membership, Role


class Permission(StrEnum):
    VIEW = "view"  # read the strategy and everything in it
    EDIT = "edit"  # change goals, actions, indicators and their values
    MANAGE = "manage"  # strategies, levels, institutions, financing sources, schedule


ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    Role.COORDINATOR: frozenset(Permission),
    Role.TEAM_MEMBER: frozenset({Permission.VIEW, Permission.EDIT}),
    Role.IMPLEMENTER: frozenset({Permission.VIEW}),
    Role.APPROVER: frozenset({Permission.VIEW}),
    Role.READER: frozenset({Permission.VIEW}),
}


@dataclass(frozen=True)
class Access:
    """What the current user may do in the current local government (used by templates)."""

    membership: Membership

    def allows(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS.get(self.membership.role, frozenset())

    @property
    def can_edit(self) -> bool:
        return self.allows(Permission.EDIT)

    @property
    def can_manage(self) -> bool:
        return self.allows(Permission.MANAGE)

    def may_fill(self, institution_id: int) -> bool:
        """Monitoring forms: the team (EDIT) reads and fills every institution's form; an
        implementer only their own institution's."""
        return self.can_edit or (
            self.membership.role == Role.IMPLEMENTER
            and self.membership.institution_id == institution_id
        )

    def may_record(self, step) -> bool:
        """A step of a monitoring report's approval path (monitoring.models.Approval): only
        the role the step names records it (the team its own steps, the approver the
        mayor's and the council's), or a coordinator on the approver's behalf. The rule is
        the step's own predicate, which services.approval_record applies too."""
        return step.recordable_by(self.membership.role)

    def records_on_behalf(self, step) -> bool:
        """Recording ``step`` needs the "on the approver's behalf" mark (a coordinator)."""
        return step.recorded_on_behalf_by(self.membership.role)


def membership_for(user, government_slug: str) -> Membership | None:
    if not user.is_authenticated:
        return None
    return (
        Membership.objects.select_related("government", "institution")
        .filter(user=user, government__slug=government_slug)
        .first()
    )


def government_view(permission: Permission) -> Callable:
    """Decorate a view taking ``government`` (a slug) as its first URL argument."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapper(request: HttpRequest, government: str, **kwargs) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            membership = membership_for(request.user, government)
            if membership is None:
                raise Http404
            access = Access(membership)
            if not access.allows(permission):
                raise PermissionDenied
            request.government = membership.government
            request.access = access
            return view(request, **kwargs)

        wrapper.required_permission = permission
        return wrapper

    return decorator


def login_view(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """For the few views outside a local government (the start page): login only."""

    @wraps(view)
    def wrapper(request: HttpRequest, **kwargs) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, **kwargs)

    wrapper.required_permission = "login"
    return wrapper


def public_view(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """For the public portal: open to everyone, no login. The view gets the government
    from its slug as ``request.public_government`` (404 for an unknown one) and must show
    only what is published (portal.selectors does the filtering)."""

    @wraps(view)
    def wrapper(request: HttpRequest, **kwargs) -> HttpResponse:
        slug = kwargs.pop("government", None)
        if slug is not None:
            request.public_government = get_object_or_404(LocalGovernment, slug=slug)
        return view(request, **kwargs)

    wrapper.required_permission = "public"
    return wrapper


def form_link_view(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """For a monitoring form opened through a personal link (no account): the token in the
    URL gives that one form and nothing else; an unknown token is a 404, an expired or
    revoked one a 410 page saying so. The view gets ``request.report_form``."""
    from django.shortcuts import render
    from django.utils import timezone

    from monitoring.models import FormLink
    from monitoring.services import token_digest

    @wraps(view)
    def wrapper(request: HttpRequest, token: str, **kwargs) -> HttpResponse:
        link = (
            FormLink.objects.select_related(
                "form__cycle__strategy__government", "form__institution"
            )
            .filter(token_digest=token_digest(token))
            .first()
        )
        if link is None:
            raise Http404
        if link.revoked_at is not None or link.expires_at <= timezone.now():
            return render(request, "monitoring/link_gone.html", {"link": link}, status=410)
        request.report_form = link.form
        request.form_link = link
        response = view(request, **kwargs)
        # An institution's report, opened without an account: no cache may keep it.
        patch_cache_control(response, private=True, no_store=True)
        return response

    wrapper.required_permission = "form link"
    return wrapper


def workshop_link_view(kind: str) -> Callable:
    """For a workshop's short link (no account). ``participant``: the voting and SWOT board
    of that one workshop, only while it is open (an unknown token is a 404, a closed
    workshop a 410 page saying so, one not opened yet a 403 page); ``projector``: its live
    results in any state. The view gets ``request.workshop`` and ``request.workshop_token``."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapper(request: HttpRequest, token: str, **kwargs) -> HttpResponse:
            from django.shortcuts import render

            from workshops.links import PARTICIPANT, token_digests
            from workshops.models import Workshop

            field = "participant_digest" if kind == PARTICIPANT else "projector_digest"
            workshop = (
                Workshop.objects.select_related("area")
                .filter(**{f"{field}__in": token_digests(token)})
                .first()
            )
            if workshop is None:
                raise Http404
            if kind == PARTICIPANT and not workshop.is_open:
                closed = workshop.status == Workshop.Status.CLOSED
                return render(
                    request,
                    "workshops/link_gone.html",
                    {"workshop": workshop},
                    status=410 if closed else 403,
                )
            request.workshop = workshop
            request.workshop_token = token
            return view(request, **kwargs)

        wrapper.required_permission = f"workshop {kind} link"
        return wrapper

    return decorator

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


def link_view(
    *,
    name: str,
    find: Callable[..., object | None],
    refuse: Callable[[HttpRequest, object], HttpResponse | None],
    attach: Callable[[HttpRequest, object], None],
    private: bool = False,
) -> Callable:
    """The base of every view opened by a link's token instead of an account (a monitoring
    form's personal link, a consultation invitation, a workshop's short link): each app
    builds its decorator on it, so that the rules are the same and stay here.

    ``find(**url_kwargs)`` looks the object up by the token and whatever else the address
    holds (None: 404, never saying whether it exists elsewhere); ``refuse(request, obj)``
    answers for a link that no longer works (410, 403) or returns None; ``attach`` puts the
    object on the request for the view, which gets the request alone. ``private``: the page
    shows someone's unpublished data, so no cache may keep it. ``name`` marks the view for
    the URLconf walk (governments/tests/test_access.py), which lists such views by name."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapper(request: HttpRequest, **kwargs) -> HttpResponse:
            found = find(**kwargs)
            if found is None:
                raise Http404
            refused = refuse(request, found)
            if refused is not None:
                return refused
            attach(request, found)
            response = view(request)
            if private:
                patch_cache_control(response, private=True, no_store=True)
            return response

        wrapper.required_permission = name
        return wrapper

    return decorator

"""Writes to local governments, institutions and memberships."""

from collections.abc import Callable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from core.services import save_validated

from .models import Institution, LocalGovernment, Membership

# What a new local government is given by the apps above this one (they register here in
# their AppConfig.ready; this app imports none of them): strategies gives it the standard
# financing sources. Called in the transaction that creates the government.
_SET_UPS: list[Callable[[LocalGovernment], None]] = []


def government_set_up_with(set_up: Callable[[LocalGovernment], None]) -> None:
    """Register what every new local government gets (once per callable)."""
    if set_up not in _SET_UPS:
        _SET_UPS.append(set_up)


def government_set_up(*, government: LocalGovernment) -> None:
    """Give a local government made elsewhere (the admin) what every new one gets."""
    for set_up in _SET_UPS:
        set_up(government=government)


@transaction.atomic
def government_create(
    *, name: str, slug: str, kind: str, teryt: str, parent: LocalGovernment | None = None
) -> LocalGovernment:
    government = save_validated(
        LocalGovernment(name=name, slug=slug, kind=kind, teryt=teryt, parent=parent)
    )
    government_set_up(government=government)
    return government


@transaction.atomic
def institution_save(*, institution: Institution) -> Institution:
    return save_validated(institution)


def _institution_usage(institution: Institution) -> dict[str, int]:
    return {
        "actions": institution.action_roles.count(),
        "indicators": institution.indicators.count(),
        "members": institution.memberships.count(),
        "forms": institution.report_forms.count(),
    }


@transaction.atomic
def institution_delete(*, institution: Institution) -> None:
    usage = _institution_usage(institution)
    if usage["forms"]:
        raise ValidationError(
            _(
                "The institution has reported in the monitoring (%(forms)s forms): it stays "
                "part of the yearly reports. Mark it inactive instead."
            )
            % usage
        )
    if any(usage.values()):
        raise ValidationError(
            _(
                "The institution is named in %(actions)s actions and %(indicators)s indicators "
                "and has %(members)s users. Remove it from them first, or mark it inactive."
            )
            % usage
        )
    institution.delete()


@transaction.atomic
def membership_grant(
    *, user, government: LocalGovernment, role: str, institution: Institution | None = None
) -> Membership:
    membership = Membership.objects.filter(user=user, government=government).first()
    if membership is None:
        membership = Membership(user=user, government=government)
    membership.role = role
    membership.institution = institution
    return save_validated(membership)

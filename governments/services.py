"""Writes to local governments, institutions and memberships."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from core.services import save_validated

from .models import Institution, LocalGovernment, Membership


@transaction.atomic
def government_create(
    *, name: str, slug: str, kind: str, teryt: str, parent: LocalGovernment | None = None
) -> LocalGovernment:
    from strategies.services import financing_sources_create_defaults

    government = save_validated(
        LocalGovernment(name=name, slug=slug, kind=kind, teryt=teryt, parent=parent)
    )
    financing_sources_create_defaults(government=government)
    return government


@transaction.atomic
def institution_save(*, institution: Institution) -> Institution:
    return save_validated(institution)


def institution_usage(institution: Institution) -> dict[str, int]:
    return {
        "actions": institution.action_roles.count(),
        "indicators": institution.indicators.count(),
        "members": institution.memberships.count(),
        "forms": institution.report_forms.count(),
    }


@transaction.atomic
def institution_delete(*, institution: Institution) -> None:
    usage = institution_usage(institution)
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

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from governments.models import Institution, LocalGovernment, Membership
from governments.services import government_create, institution_delete, membership_grant
from governments.tests.factories import InstitutionFactory, UserFactory
from strategies.models import FinancingSource
from strategies.tests.factories import StrategyFactory, action

pytestmark = pytest.mark.django_db


def test_a_new_government_gets_the_default_financing_sources():
    government = government_create(
        name="Gmina Nowa", slug="nowa", kind=LocalGovernment.Kind.RURAL_GMINA, teryt="9901032"
    )
    names = set(
        FinancingSource.objects.filter(government=government).values_list("name", flat=True)
    )
    assert {"PFRON", "budżet gminy", "fundusze Unii Europejskiej"} <= names


@pytest.mark.parametrize(
    ("kind", "teryt", "ok"),
    [
        ("voivodeship", "28", True),
        ("powiat", "2801", True),
        ("urban_gmina", "2801011", True),
        ("powiat", "2801011", False),
        ("rural_gmina", "28a1012", False),
    ],
)
def test_teryt_code_length_follows_the_kind(kind, teryt, ok):
    government = LocalGovernment(name="X", slug=f"x-{teryt}", kind=kind, teryt=teryt)
    if ok:
        government.full_clean()
    else:
        with pytest.raises(ValidationError):
            government.full_clean()


def test_reserved_slug_is_refused():
    with pytest.raises(ValidationError):
        LocalGovernment(name="X", slug="admin", kind="powiat", teryt="2801").full_clean()


def test_implementer_must_have_an_institution_of_the_same_government(government, other_government):
    user = UserFactory()
    with pytest.raises(ValidationError):
        membership_grant(user=user, government=government, role="implementer")
    with pytest.raises(ValidationError):
        membership_grant(
            user=user,
            government=government,
            role="implementer",
            institution=InstitutionFactory(government=other_government),
        )
    assert not Membership.objects.exists()


def test_institution_in_use_cannot_be_deleted(government):
    strategy = StrategyFactory(government=government)
    pup = InstitutionFactory(government=government)
    action(strategy, implementers=[pup])
    with pytest.raises(ValidationError):
        institution_delete(institution=pup)
    assert Institution.objects.filter(pk=pup.pk).exists()


def test_institution_crud_in_the_browser(coordinator_client, government):
    base = {"government": government.slug}
    response = coordinator_client.post(
        reverse("institution_create", kwargs=base),
        {
            "name": "Powiatowy Urząd Pracy",
            "short_name": "PUP",
            "kind": "labour_office",
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    pup = Institution.objects.get(government=government)
    duplicate = coordinator_client.post(
        reverse("institution_create", kwargs=base),
        {"name": "Powiatowy Urząd Pracy", "kind": "labour_office"},
    )
    assert duplicate.status_code == 200 and Institution.objects.count() == 1
    listing = coordinator_client.get(reverse("institution_list", kwargs=base), {"q": "urząd"})
    assert "Powiatowy Urząd Pracy" in listing.content.decode()
    coordinator_client.post(reverse("institution_delete", kwargs={**base, "institution": pup.pk}))
    assert not Institution.objects.exists()


def test_home_lists_the_users_governments(client, government, other_government):
    user = UserFactory()
    client.force_login(user)
    empty = client.get(reverse("home"))
    assert empty.status_code == 200 and government.name not in empty.content.decode()
    membership_grant(user=user, government=government, role="reader")
    assert client.get(reverse("home"))["Location"].endswith(f"/{government.slug}/")
    membership_grant(user=user, government=other_government, role="reader")
    content = client.get(reverse("home")).content.decode()
    assert government.name in content and other_government.name in content


def test_login_with_the_real_form_lands_on_the_government(client, government):
    from governments.services import membership_grant

    user = UserFactory(username="koordynator")
    membership_grant(user=user, government=government, role="coordinator")
    page = client.get(reverse("login"))
    assert "Zaloguj" in page.content.decode()
    wrong = client.post(reverse("login"), {"username": "koordynator", "password": "zle"})
    assert wrong.status_code == 200 and 'class="error-summary"' in wrong.content.decode()
    response = client.post(
        reverse("login"), {"username": "koordynator", "password": "haslo-testowe-123"}, follow=True
    )
    assert response.redirect_chain[-1][0].endswith(f"/{government.slug}/")
    assert government.name in response.content.decode()

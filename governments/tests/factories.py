import factory
from django.contrib.auth import get_user_model

from governments.models import Institution, LocalGovernment


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = "Anna"
    last_name = factory.Sequence(lambda n: f"Kowalska{n}")
    password = factory.django.Password("haslo-testowe-123")


class LocalGovernmentFactory(factory.django.DjangoModelFactory):
    """An urban gmina by default; use the traits for the other kinds."""

    class Meta:
        model = LocalGovernment
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Gmina Testowa {n}")
    slug = factory.Sequence(lambda n: f"gmina-{n}")
    kind = LocalGovernment.Kind.URBAN_GMINA
    teryt = factory.Sequence(lambda n: f"99{n:04d}1")

    class Params:
        rural = factory.Trait(kind=LocalGovernment.Kind.RURAL_GMINA)
        urban_rural = factory.Trait(kind=LocalGovernment.Kind.URBAN_RURAL_GMINA)
        city = factory.Trait(kind=LocalGovernment.Kind.CITY_WITH_POWIAT_RIGHTS)
        powiat = factory.Trait(
            kind=LocalGovernment.Kind.POWIAT, teryt=factory.Sequence(lambda n: f"{n % 10000:04d}")
        )
        voivodeship = factory.Trait(
            kind=LocalGovernment.Kind.VOIVODESHIP,
            teryt=factory.Sequence(lambda n: f"{n % 100:02d}"),
        )

    @factory.post_generation
    def financing_sources(obj, create, extracted, **kwargs):
        if create:
            from strategies.services import financing_sources_create_defaults

            financing_sources_create_defaults(government=obj)


class InstitutionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Institution

    government = factory.SubFactory(LocalGovernmentFactory)
    name = factory.Sequence(lambda n: f"Instytucja {n}")
    short_name = factory.Sequence(lambda n: f"I{n}")
    kind = Institution.Kind.OTHER

"""Loading the territorial units and tying local governments to them."""

import pytest
from django.core.management import CommandError, call_command
from werkzeug import Response

from diagnosis.bdl import BdlError
from diagnosis.models import TerritorialUnit, teryt_from_bdl_id
from diagnosis.services import units_refresh
from diagnosis.tests.fake_bdl import FakeBdl, instant_client
from governments.tests.factories import LocalGovernmentFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("bdl_id", "level", "teryt"),
    [
        ("011212161011", 6, "1261011"),  # Kraków, TERC
        ("011212161000", 5, "1261"),
        ("011200000000", 2, "12"),
        ("000000000000", 0, ""),
        ("bad", 6, ""),
    ],
)
def test_teryt_follows_from_the_bdl_id(bdl_id, level, teryt):
    assert teryt_from_bdl_id(bdl_id, level) == teryt


def test_units_are_loaded_with_their_parent_chain(httpserver):
    fake = FakeBdl(httpserver, page_size=4)
    with instant_client(fake) as client:
        result = units_refresh(client=client)
    assert result.created == 12
    krakow = TerritorialUnit.objects.get(bdl_id="011212161011")
    chain = []
    unit = krakow
    while unit:
        chain.append(unit.level)
        unit = unit.parent
    assert chain == [6, 5, 4, 3, 2, 1, 0]
    assert krakow.teryt == "1261011" and krakow.is_whole_gmina
    assert not TerritorialUnit.objects.get(bdl_id="011212106034").is_whole_gmina


def test_refresh_updates_and_does_not_duplicate(httpserver):
    fake = FakeBdl(httpserver)
    with instant_client(fake) as client:
        units_refresh(client=client)
        fake.units[7] = {**fake.units[7], "name": "Kraków (miasto)"}
        again = units_refresh(client=client)
    assert (again.created, again.updated) == (0, 1)
    assert TerritorialUnit.objects.count() == 12
    assert TerritorialUnit.objects.get(bdl_id="011212161011").name == "Kraków (miasto)"


def test_an_interrupted_load_saves_nothing(httpserver):
    fake = FakeBdl(httpserver, page_size=2)
    fake.fail(3, Response("broken", status=404))
    with (
        instant_client(fake) as client,
        pytest.raises(BdlError),
    ):
        units_refresh(client=client)
    assert not TerritorialUnit.objects.exists()


def test_local_governments_are_tied_by_teryt(httpserver):
    city = LocalGovernmentFactory(kind="city_powiat", teryt="1261011")
    rural = LocalGovernmentFactory(kind="rural_gmina", teryt="1206022")
    mixed = LocalGovernmentFactory(kind="urban_rural_gmina", teryt="1206033")
    elsewhere = LocalGovernmentFactory(kind="rural_gmina", teryt="9901022")
    fake = FakeBdl(httpserver)
    with instant_client(fake) as client:
        result = units_refresh(client=client)
    assert result.linked == 3
    for government, bdl_id in (
        (city, "011212161011"),
        (rural, "011212106022"),
        (mixed, "011212106033"),
    ):
        government.refresh_from_db()
        assert government.unit.bdl_id == bdl_id
    elsewhere.refresh_from_db()
    assert elsewhere.unit is None


def test_the_command_shows_progress_and_reports(httpserver, settings, capsys):
    fake = FakeBdl(httpserver, page_size=5)
    settings.BDL_API_URL = fake.base_url
    settings.BDL_CLIENT_ID = ""
    call_command("bdl_units", "--level", "6", "--level", "5")
    captured = capsys.readouterr()
    assert TerritorialUnit.objects.count() == 7
    assert "Jednostki: 7 nowych, 0 zmienionych" in captured.out
    assert "7/7" in captured.err  # the progress bar reached its total


def test_the_command_fails_clearly_when_the_api_refuses(httpserver, settings):
    fake = FakeBdl(httpserver)
    fake.fail(1, Response("{}", status=403, content_type="application/json"))
    settings.BDL_API_URL = fake.base_url
    with pytest.raises(CommandError) as error:
        call_command("bdl_units", "--level", "2")
    assert "403" in str(error.value)

"""Statistics from a CSV file exported from the BDL website: both layouts, both encodings,
and every bad file refused whole with the line to correct."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext as _

from diagnosis.bdl_csv import SeriesChoice, polish_number, unit_code
from diagnosis.models import (
    Observation,
    OwnObservation,
    TerritorialUnit,
    Variable,
    teryt_from_bdl_id,
)
from diagnosis.services import observations_import_bdl_csv

pytestmark = pytest.mark.django_db

POPULATION = 72305

UNITS = [
    ("000000000000", "POLSKA", 0, ""),
    ("011200000000", "MAŁOPOLSKIE", 2, ""),
    ("011212110000", "Powiat nowosądecki", 5, ""),
    ("011212110032", "Gródek nad Dunajcem", 6, "2"),
    ("011212110043", "Krynica-Zdrój", 6, "3"),
    ("011212110062", "Łącko", 6, "2"),
    ("050210101011", "Bolesławiec", 6, "1"),
]

# The vertical layout ("układ pionowy", files named like LUDN_2137_CREL_<time>.csv): quoted
# text, unquoted codes and numbers, a ";" closing every line, a BOM from the website.
VERTICAL = (
    '\ufeff"Kod";"Nazwa";"Ogółem";"Rok";"Wartosc";"Jednostka miary";"Atrybut";\r\n'
    '000000000000;"POLSKA";"ogółem";"2022";37766327;"osoba";"";\r\n'
    '000000000000;"POLSKA";"ogółem";"2023";37636508;"osoba";"";\r\n'
    '011200000000;"MAŁOPOLSKIE";"ogółem";"2023";"3 434 000";"osoba";"";\r\n'
    '011212110062;"Łącko";"ogółem";"2022";"16\xa0716,0";"osoba";"";\r\n'
    '011212110062;"Łącko";"ogółem";"2023";-;"osoba";"";\r\n'
    '011212110032;"Gródek nad Dunajcem";"ogółem";"2023";;"osoba";"";\r\n'
)

# The table layout (files named like LUDN_2137_CTAB_<time>.csv): one header line whose
# cells join the dimension values, the year and [the unit of measure].
TABLE = (
    '"Kod";"Nazwa";"ogółem;2022;[osoba]";"ogółem;2023;[osoba]";\r\n'
    '011200000000;"MAŁOPOLSKIE";3432295;3434000;\r\n'
    '011212110000;"Powiat nowosądecki";218 000,5;218\xa0500;\r\n'
    '011212110043;"Krynica-Zdrój";10521;-;\r\n'
)

BY_SEX_VERTICAL = (
    '"Kod";"Nazwa";"Płeć";"Rok";"Wartosc";"Jednostka miary";"Atrybut";\n'
    '011212110062;"Łącko";"ogółem";"2023";16700;"osoba";"";\n'
    '011212110062;"Łącko";"mężczyźni";"2023";8300;"osoba";"";\n'
    '011212110062;"Łącko";"kobiety";"2023";8400;"osoba";"";\n'
)

BY_SEX_TABLE = (
    '"Kod";"Nazwa";"ogółem;ogółem;2023;[osoba]";"ogółem;mężczyźni;2023;[osoba]";'
    '"ogółem;kobiety;2023;[osoba]";\n'
    '011212110062;"Łącko";16700;8300;8400;\n'
    '011212110043;"Krynica-Zdrój";10500;5000;5500;\n'
)


@pytest.fixture
def units(db):
    return {
        bdl_id: TerritorialUnit.objects.create(
            bdl_id=bdl_id, name=name, level=level, kind=kind, teryt=teryt_from_bdl_id(bdl_id, level)
        )
        for bdl_id, name, level, kind in UNITS
    }


@pytest.fixture
def english():
    with translation.override("en"):
        yield


def stored() -> dict[tuple[str, int], float | None]:
    return {
        (o.unit.bdl_id, o.year): o.value
        for o in Observation.objects.select_related("unit").filter(variable__bdl_id=POPULATION)
    }


def refused(content: bytes, **kwargs) -> str:
    with pytest.raises(ValidationError) as error:
        observations_import_bdl_csv(content=content, variable_bdl_id=POPULATION, **kwargs)
    assert not Observation.objects.exists()
    return " | ".join(error.value.messages)


# Good files ----------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "cp1250"])
def test_the_vertical_layout_is_imported_in_either_encoding(units, encoding):
    content = VERTICAL.encode(encoding) if encoding == "utf-8" else VERTICAL[1:].encode(encoding)
    assert observations_import_bdl_csv(content=content, variable_bdl_id=POPULATION) == 6
    assert stored() == {
        ("000000000000", 2022): 37766327,
        ("000000000000", 2023): 37636508,
        ("011200000000", 2023): 3434000,
        ("011212110062", 2022): 16716,
        ("011212110062", 2023): None,  # "-": missing, not zero
        ("011212110032", 2023): None,  # empty: missing
    }
    missing = Observation.objects.get(unit__bdl_id="011212110062", year=2023)
    assert missing.attribute == 0
    assert Observation.objects.get(unit__bdl_id="011212110062", year=2022).attribute == 1


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1250"])
def test_the_table_layout_is_imported_in_either_encoding(units, encoding):
    content = TABLE.encode(encoding)
    assert observations_import_bdl_csv(content=content, variable_bdl_id=POPULATION) == 6
    values = stored()
    assert values[("011212110000", 2022)] == 218000.5
    assert values[("011212110000", 2023)] == 218500
    assert values[("011212110043", 2023)] is None
    assert values[("011200000000", 2022)] == 3432295


def test_an_unknown_variable_is_created_with_the_unit_of_measure_from_the_file(units):
    observations_import_bdl_csv(content=TABLE.encode(), variable_bdl_id=POPULATION)
    variable = Variable.objects.get(bdl_id=POPULATION)
    assert str(POPULATION) in variable.name
    assert "ogółem" in variable.name  # the series it was read from
    assert variable.measure_unit == "osoba"
    observations_import_bdl_csv(
        content=BY_SEX_TABLE.encode(),
        variable_bdl_id=10,
        series="ogółem; kobiety",
        variable_name="Kobiety",
    )
    assert Variable.objects.get(bdl_id=10).name == "Kobiety"


def test_a_known_variable_keeps_its_name_and_values_are_replaced_not_doubled(units):
    Variable.objects.create(bdl_id=POPULATION, name="Ludność ogółem", measure_unit="osoba")
    observations_import_bdl_csv(content=TABLE.encode(), variable_bdl_id=POPULATION)
    newer = TABLE.replace("3432295", "3432300")
    observations_import_bdl_csv(
        content=newer.encode(), variable_bdl_id=POPULATION, variable_name="Inna nazwa"
    )
    assert Variable.objects.get(bdl_id=POPULATION).name == "Ludność ogółem"
    assert Observation.objects.count() == 6
    assert stored()[("011200000000", 2022)] == 3432300


def test_codes_a_spreadsheet_shortened_and_seven_digit_codes_are_found(units):
    content = (
        '"Kod";"Nazwa";"ogółem;2023;[osoba]";\n'
        '0;"POLSKA";37636508;\n'  # 000000000000 read as a number
        '11200000000;"MAŁOPOLSKIE";3434000;\n'  # the leading zero lost
        '1210000;"Powiat nowosądecki";218500;\n'  # TERYT padded to 7 digits
        '1210062;"Łącko";16700;\n'
        '201011;"Bolesławiec";39000;\n'  # a 7-digit code that lost its zero
    ).encode()
    assert observations_import_bdl_csv(content=content, variable_bdl_id=POPULATION) == 5
    assert set(stored()) == {
        ("000000000000", 2023),
        ("011200000000", 2023),
        ("011212110000", 2023),
        ("011212110062", 2023),
        ("050210101011", 2023),
    }


def test_a_file_of_several_series_asks_which_one_is_the_variable(units, english):
    for content in (BY_SEX_VERTICAL, BY_SEX_TABLE):
        with pytest.raises(SeriesChoice) as error:
            observations_import_bdl_csv(content=content.encode(), variable_bdl_id=POPULATION)
        assert len(error.value.series) == 3
        assert "3 series" in error.value.messages[0]
        assert "kobiety" in error.value.messages[0]
        assert not Observation.objects.exists()
    observations_import_bdl_csv(
        content=BY_SEX_VERTICAL.encode(), variable_bdl_id=POPULATION, series="kobiety"
    )
    assert stored() == {("011212110062", 2023): 8400}
    observations_import_bdl_csv(
        content=BY_SEX_TABLE.encode(), variable_bdl_id=POPULATION, series="ogółem; kobiety"
    )
    assert stored() == {("011212110062", 2023): 8400, ("011212110043", 2023): 5500}


def test_a_series_the_file_does_not_hold_is_refused_with_the_ones_it_holds(units, english):
    with pytest.raises(SeriesChoice) as error:
        observations_import_bdl_csv(
            content=TABLE.encode(), variable_bdl_id=POPULATION, series="kobiety"
        )
    assert error.value.series == ["ogółem"]
    assert "“kobiety”" in error.value.messages[0]
    assert not Observation.objects.exists()


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("011212110062", "011212110062"),
        ("11212110062", "011212110062"),
        ("0", "000000000000"),
        ("000000000000", "000000000000"),
        ("1261011", "1261011"),
        ("201011", "0201011"),
        (" 011212110062 ", "011212110062"),
        ("1,12121E+11", None),
        ("12345", None),
        ("0112121100621", None),
        ("abc", None),
    ],
)
def test_unit_codes(raw, code):
    assert unit_code(raw) == code


@pytest.mark.parametrize(
    ("raw", "value"),
    [("1 234,5", 1234.5), ("1\xa0234", 1234), ("-2,5", -2.5), ("0", 0), ("-", None), ("", None)],
)
def test_polish_numbers(raw, value):
    assert polish_number(raw) == value


@pytest.mark.parametrize("raw", ["dużo", "1.234,5", "nan", "1e5", "12,5%"])
def test_what_is_not_a_polish_number(raw):
    with pytest.raises(ValueError):
        polish_number(raw)


# Bad files: a message naming the line, and nothing stored -------------------------------


def test_a_unit_not_in_the_register_names_its_line(units, english):
    content = VERTICAL.replace("011212110032", "011212110099").encode()
    message = refused(content)
    assert "Line 7" in message and "011212110099" in message and "Gródek nad Dunajcem" in message


def test_a_value_that_is_not_a_number_names_its_line(units, english):
    message = refused(VERTICAL.replace("37636508", "dużo").encode())
    assert "Line 3: “dużo” is not a number." in message
    message = refused(TABLE.replace("10521", "10 521 os.").encode("cp1250"))
    assert "Line 4" in message and "10 521 os." in message


def test_a_bad_year_or_code_names_its_line(units, english):
    message = refused(VERTICAL.replace('"2022";37766327', '"1850";37766327').encode())
    assert "Line 2: “1850” is not a year." in message
    message = refused(VERTICAL.replace("011200000000", "1,12E+10").encode())
    assert "Line 4" in message and "1,12E+10" in message


def test_a_table_header_without_a_year_names_its_column(units, english):
    message = refused(TABLE.replace("ogółem;2023;[osoba]", "ogółem;[osoba]").encode())
    assert "Line 1, column 4" in message


def test_wrong_columns_are_refused(units, english):
    message = refused(b"kod;rok;wartosc\nblue_cards;2023;41\n")
    assert "Line 1" in message and "Kod;Nazwa" in message
    message = refused(b'"Kod";"Nazwa";"Okres";"Wartosc";\n0;"POLSKA";"2023-M01";1;\n')
    assert "Line 1" in message and "Rok" in message
    message = refused((VERTICAL + '011212110043;"Krynica-Zdrój";"ogółem";"2023"\r\n').encode())
    assert "Line 8: 5 columns expected, 4 found." in message


def test_an_empty_file_is_refused(units, english):
    assert "empty" in refused(b"")
    assert "no values" in refused(TABLE.split("\r\n")[0].encode())


def test_a_wrong_encoding_is_refused(units, english):
    for content in (VERTICAL.encode("utf-16"), b'"Kod";"Nazwa";\x81\x8d\x90;\n'):
        assert "neither UTF-8 nor Windows-1250" in refused(content)


def test_two_values_for_the_same_unit_and_year_are_refused(units, english):
    content = VERTICAL + '000000000000;"POLSKA - MIASTO";"ogółem";"2023";1;"osoba";"";\r\n'
    message = refused(content.encode())
    assert "Line 8" in message and "line 3" in message


def test_a_bad_line_anywhere_stores_nothing_and_keeps_what_was_stored(units, english):
    observations_import_bdl_csv(content=TABLE.encode(), variable_bdl_id=POPULATION)
    before = stored()
    bad = TABLE.replace("3432295", "3432300").replace("10521", "x")
    with pytest.raises(ValidationError):
        observations_import_bdl_csv(content=bad.encode(), variable_bdl_id=POPULATION)
    assert stored() == before


def test_many_bad_lines_are_summed_up(units, english):
    lines = "".join(
        f'011212110062;"Łącko";"ogółem";"{2000 + n}";"x{n}";"osoba";"";\n' for n in range(25)
    )
    message = refused(
        ('"Kod";"Nazwa";"Ogółem";"Rok";"Wartosc";"Jednostka miary";"Atrybut";\n' + lines).encode()
    )
    assert "Line 21" in message and "Line 22" not in message
    assert "5 more problems" in message


@pytest.mark.parametrize("variable_id", [0, -72305, "72305", 1.5, True])
def test_a_variable_id_must_be_a_positive_whole_number(units, english, variable_id):
    with pytest.raises(ValidationError) as error:
        observations_import_bdl_csv(content=TABLE.encode(), variable_bdl_id=variable_id)
    assert "greater than 0" in error.value.messages[0]
    assert not Variable.objects.exists() and not Observation.objects.exists()


def test_an_ambiguous_seven_digit_code_is_refused(units, english):
    TerritorialUnit.objects.create(
        bdl_id="011212110064", name="Łącko (dawna)", level=6, kind="2", teryt="1210062"
    )
    message = refused('"Kod";"Nazwa";"ogółem;2023;[osoba]";\n1210062;"Łącko";16700;\n'.encode())
    assert "Line 2" in message and "12-digit" in message


def test_an_empty_register_of_units_is_explained(english):
    assert "register of territorial units is empty" in refused(TABLE.encode())


# The page ------------------------------------------------------------------------------


def page(government) -> str:
    return reverse("bdl_csv_import", kwargs={"government": government.slug})


def upload(text: str, name: str = "LUDN_2137_CREL_20240707161221.csv", encoding="utf-8"):
    return SimpleUploadedFile(name, text.encode(encoding), content_type="text/csv")


def test_the_coordinator_imports_a_file_and_sees_how_many_values_were_stored(
    coordinator_client, government, units
):
    assert coordinator_client.get(page(government)).status_code == 200
    response = coordinator_client.post(
        page(government), {"file": upload(VERTICAL), "variable": str(POPULATION)}, follow=True
    )
    assert response.redirect_chain[-1][0] == page(government)
    assert OwnObservation.objects.filter(government=government).count() == 6
    assert not Observation.objects.exists()  # the shared statistics stay as they were
    assert "message-success" in response.content.decode()


def test_the_page_offers_the_series_of_a_file_holding_several(
    coordinator_client, government, units
):
    response = coordinator_client.post(
        page(government), {"file": upload(BY_SEX_TABLE, encoding="cp1250"), "variable": "10515"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert '<select name="series"' in html
    assert 'value="ogółem; kobiety"' in html and 'href="#id_series"' in html
    assert not OwnObservation.objects.exists()
    response = coordinator_client.post(
        page(government),
        {"file": upload(BY_SEX_TABLE), "variable": "10515", "series": "ogółem; kobiety"},
    )
    assert response.status_code == 302
    assert OwnObservation.objects.filter(variable_bdl_id=10515).count() == 2


def test_the_page_lists_the_bad_lines_and_stores_nothing(coordinator_client, government, units):
    response = coordinator_client.post(
        page(government),
        {"file": upload(VERTICAL.replace("37636508", "dużo")), "variable": str(POPULATION)},
    )
    assert response.status_code == 200
    expected = _("Line %(n)s: “%(value)s” is not a number.") % {"n": 3, "value": "dużo"}
    assert escape(expected) in response.content.decode()
    assert not OwnObservation.objects.exists()


def test_the_page_checks_the_file_type_size_and_variable(coordinator_client, government, units):
    wrong = SimpleUploadedFile("dane.xlsx", b"PK..", content_type="application/octet-stream")
    response = coordinator_client.post(page(government), {"file": wrong, "variable": "72305"})
    assert response.status_code == 200 and ".csv" in response.content.decode()
    large = SimpleUploadedFile("dane.csv", b"0" * (5 * 1024 * 1024 + 1), content_type="text/csv")
    response = coordinator_client.post(page(government), {"file": large, "variable": "72305"})
    assert response.status_code == 200 and 'aria-invalid="true"' in response.content.decode()
    response = coordinator_client.post(page(government), {"file": upload(TABLE), "variable": "0"})
    assert response.status_code == 200 and 'aria-invalid="true"' in response.content.decode()
    assert not OwnObservation.objects.exists()


def test_only_members_who_edit_may_import(client, government, reader, other_coordinator, units):
    response = client.get(page(government))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    client.force_login(reader)
    assert client.get(page(government)).status_code == 403
    data = {"file": upload(TABLE), "variable": str(POPULATION)}
    assert client.post(page(government), data).status_code == 403
    client.force_login(other_coordinator)
    assert client.get(page(government)).status_code == 404
    assert (
        client.post(page(government), {"file": upload(TABLE), "variable": "1"}).status_code == 404
    )
    assert not OwnObservation.objects.exists()


def test_the_local_figures_page_links_to_the_import(coordinator_client, government):
    html = coordinator_client.get(reverse("local_figures", kwargs={"government": government.slug}))
    assert page(government) in html.content.decode()


def test_the_host_loads_a_file_into_the_shared_statistics_from_the_shell(units, tmp_path, caplog):
    from django.core.management import CommandError, call_command

    path = tmp_path / "LUDN.csv"
    path.write_text(VERTICAL, encoding="utf-8")
    with caplog.at_level("WARNING", logger="diagnosis.statistics"):
        call_command("bdl_import_csv", str(path), "--variable", str(POPULATION))
    assert stored()[("011212110062", 2022)] == 16716.0
    assert "LUDN.csv (SHA-256 " in caplog.text  # the write is on record
    with pytest.raises(CommandError):
        call_command("bdl_import_csv", str(tmp_path / "missing.csv"), "--variable", "1")

"""The shipped catalogue: complete, valid, in step with the database."""

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from diagnosis.catalogue import CATALOGUE, LOCAL_FIGURES
from diagnosis.formulas import parse
from diagnosis.models import DiagnosisIndicator


def test_at_least_forty_indicators_in_all_six_domains():
    assert len(CATALOGUE) >= 40
    assert {entry["domain"] for entry in CATALOGUE} == set(DiagnosisIndicator.Domain.values)
    assert len({entry["code"] for entry in CATALOGUE}) == len(CATALOGUE)


@pytest.mark.parametrize("entry", CATALOGUE, ids=lambda entry: entry["code"])
def test_every_formula_parses_and_names_known_local_figures(entry):
    formula = parse(entry["formula"])
    assert formula.local_codes <= set(LOCAL_FIGURES)
    assert entry["direction"] in DiagnosisIndicator.Direction.values
    assert entry["unit"] and entry["source"] and entry["name"]


@pytest.mark.django_db
def test_the_catalogue_loads_once_and_updates_in_place(capsys):
    call_command("load_catalogue")
    assert DiagnosisIndicator.objects.filter(government__isnull=True).count() == len(CATALOGUE)
    assert f"Wskaźniki diagnozy: {len(CATALOGUE)} nowych" in capsys.readouterr().out
    DiagnosisIndicator.objects.filter(code="DEM01").update(name="stara nazwa")
    call_command("load_catalogue")
    assert DiagnosisIndicator.objects.get(code="DEM01").name == "Liczba ludności"
    assert DiagnosisIndicator.objects.count() == len(CATALOGUE)


@pytest.mark.django_db
def test_an_own_indicator_with_a_bad_formula_is_refused(government):
    own = DiagnosisIndicator(
        government=government,
        code="W01",
        name="Własny",
        domain="safety",
        unit="‰",
        direction="down",
        formula="os.system('x')",
        source="dane własne",
    )
    with pytest.raises(ValidationError) as error:
        own.full_clean()
    assert "formula" in error.value.error_dict
    own.formula = "L_blue_cards / v72305 * 1000"
    own.full_clean()
    own.save()
    assert set(DiagnosisIndicator.objects.available_to(government)) == {own}

"""The demo's diagnosis: a synthetic statistical world and Miasto Przykładowo's diagnosis."""

import tempfile
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.db.models import Count, Sum
from django.test import override_settings
from django.urls import reverse

from demo import diagnosis as demo_diagnosis
from diagnosis.catalogue import CATALOGUE, LOCAL_FIGURES
from diagnosis.formulas import parse
from diagnosis.models import (
    ComparisonGroup,
    DiagnosisIndicator,
    DomainNarrative,
    LocalFigure,
    Observation,
    Problem,
    TerritorialUnit,
    Variable,
)
from diagnosis.selectors import diagnosis_overview, diagnosis_setting, indicator_figures
from governments.models import LocalGovernment

pytestmark = pytest.mark.django_db

PASSWORD = "demo-strategia"
POWIAT_LEVEL_ONLY = {60270, 64428, 1752907}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Load the demo once for the module's read-only tests and roll it back after them."""
    with (
        django_db_blocker.unblock(),
        override_settings(
            PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
            MEDIA_ROOT=tempfile.mkdtemp(),  # the demo's documents, not in the project's media
        ),
        transaction.atomic(),
    ):
        out = StringIO()
        call_command("load_demo", stdout=out)
        yield out.getvalue()
        transaction.set_rollback(True)


@pytest.fixture
def town(demo) -> LocalGovernment:
    return LocalGovernment.objects.select_related("unit").get(slug="przykladowo")


@pytest.fixture
def figures(town):
    setting = diagnosis_setting(town)
    indicators = DiagnosisIndicator.objects.available_to(town)
    return setting, indicator_figures(indicators, setting=setting, government=town)


def values(variable: int, unit: TerritorialUnit) -> dict[int, float]:
    return dict(
        Observation.objects.filter(variable__bdl_id=variable, unit=unit).values_list(
            "year", "value"
        )
    )


# The synthetic world -----------------------------------------------------------------------


def test_the_load_says_so(demo):
    assert "Miasto Przykładowo (dane syntetyczne)" in demo


def test_units_form_a_chain_with_the_demo_teryt_codes(town):
    gmina = town.unit
    assert (gmina.teryt, gmina.level, gmina.kind) == ("9901011", 6, "1")
    powiat, voivodeship = gmina.parent, gmina.parent.parent
    assert (powiat.teryt, powiat.level) == ("9901", 5)
    assert (voivodeship.teryt, voivodeship.level) == ("99", 2)
    setting = diagnosis_setting(town)
    assert [u.level for u in setting.wider] == [5, 2, 0]
    poland = setting.wider[-1]
    assert poland.bdl_id == "990000000000" and poland.synthetic
    neighbour = TerritorialUnit.objects.get(teryt="9901022")
    assert (neighbour.level, neighbour.kind, neighbour.parent) == (6, "2", powiat)


def test_every_demo_government_is_tied_to_its_unit(demo):
    for government in LocalGovernment.objects.filter(teryt__startswith="99"):
        assert government.unit is not None, government
        assert government.unit.teryt == government.teryt
        assert government.unit.synthetic


def test_everything_synthetic_is_marked(demo):
    units = TerritorialUnit.objects.all()
    assert not units.filter(synthetic=False).exists()
    for unit in units:
        assert unit.name.endswith("(dane syntetyczne)"), unit
    gminy = units.filter(level=6)
    assert 45 <= gminy.count() <= 60
    assert set(gminy.values_list("kind", flat=True)) == {"1", "2", "3"}
    for gmina in gminy.select_related("parent__parent"):
        assert gmina.bdl_id.endswith(gmina.kind)
        assert gmina.parent.level == 5 and gmina.parent.parent.level == 2
    assert units.filter(level=5).count() == 6


def test_every_unit_has_every_year(demo):
    per_unit = (
        Observation.objects.filter(variable__bdl_id=72305).values("unit").annotate(n=Count("id"))
    )
    assert {row["n"] for row in per_unit} == {11}
    assert per_unit.count() == TerritorialUnit.objects.count()
    assert set(Observation.objects.values_list("year", flat=True).distinct()) == set(
        range(2014, 2025)
    )


def test_figures_are_consistent(town):
    for unit in TerritorialUnit.objects.filter(level__in=[0, 2, 5, 6]):
        population, pre, working, post = (values(v, unit) for v in (72305, 149, 152, 155))
        unemployed, share = values(10514, unit), values(79214, unit)
        for year, people in population.items():
            assert pre[year] + working[year] + post[year] == people
            assert share[year] == pytest.approx(unemployed[year] / working[year] * 100, abs=0.06)
    powiat = town.unit.parent
    total = Observation.objects.filter(
        variable__bdl_id=72305, unit__parent=powiat, year=2024
    ).aggregate(s=Sum("value"))["s"]
    assert values(72305, powiat)[2024] == total


def test_powiat_level_variables_exist_only_from_the_powiat_up(demo):
    for variable in POWIAT_LEVEL_ONLY:
        levels = set(
            Observation.objects.filter(variable__bdl_id=variable).values_list(
                "unit__level", flat=True
            )
        )
        assert levels == {0, 2, 5}


def test_every_catalogue_variable_is_named(demo):
    used = set().union(*(parse(entry["formula"]).bdl_variables for entry in CATALOGUE))
    variables = Variable.objects.filter(bdl_id__in=used)
    assert variables.count() == len(used)
    assert all(v.name and v.measure_unit for v in variables)


def test_the_world_is_the_same_on_every_load():
    first, second = demo_diagnosis.world_generate(), demo_diagnosis.world_generate()
    assert first == second


# The town's diagnosis ---------------------------------------------------------------------


def test_the_town_shrinks_and_ages(town):
    population = values(72305, town.unit)
    assert 18000 < population[2024] < population[2019] < population[2014] < 22000
    share_65 = values(634989, town.unit)
    poland = TerritorialUnit.objects.get(level=0)
    assert share_65[2024] > values(634989, poland)[2024]


def test_the_group_is_ten_or_more_gminy_of_the_same_kind(town):
    group = ComparisonGroup.objects.get(government=town)
    units = group.units.all()
    assert units.count() >= 10
    assert set(units.values_list("level", "kind", "synthetic").distinct()) == {(6, "1", True)}
    assert town.unit not in units


def test_every_bdl_indicator_has_a_value_for_2024_and_a_position(figures):
    setting, all_figures = figures
    powiat = setting.wider[0]
    checked = 0
    for f in all_figures:
        formula = parse(f.indicator.formula)
        if formula.local_codes:
            continue
        checked += 1
        if formula.bdl_variables & POWIAT_LEVEL_ONLY:  # the BDL has these for powiats only
            assert f.series[powiat.pk][2024] is not None, f.indicator.code
            continue
        assert f.series[setting.unit.pk][2024] is not None, f.indicator.code
        assert f.latest_year == 2024
        assert f.position is not None and f.position.count >= 10, f.indicator.code
        for wider in setting.wider:
            assert f.series[wider.pk][2024] is not None, (f.indicator.code, wider)
    assert checked >= 15


def test_every_local_figure_indicator_has_a_value(figures):
    setting, all_figures = figures
    local = [f for f in all_figures if parse(f.indicator.formula).local_codes]
    assert len(local) >= 25
    for f in local:
        for year in range(2019, 2025):
            assert f.series[setting.unit.pk][year] is not None, (f.indicator.code, year)


def test_the_ops_entered_every_local_figure_for_six_years(town):
    for year in range(2019, 2025):
        codes = set(
            LocalFigure.objects.filter(government=town, year=year).values_list("code", flat=True)
        )
        assert codes == set(LOCAL_FIGURES), year


def test_the_data_flag_a_handful_of_problems_in_several_domains(town):
    flagged = Problem.objects.filter(government=town, indicator__isnull=False)
    assert 5 <= flagged.count() <= 10
    assert flagged.values("domain").distinct().count() >= 3
    codes = set(flagged.values_list("indicator__code", flat=True))
    assert {"DEM07", "POM01", "RYN01", "AKT01"} <= codes


def test_the_coordinator_has_reviewed_the_problems(town):
    problems = Problem.objects.filter(government=town)
    assert problems.filter(status=Problem.Status.FLAGGED).exists()
    dismissed = problems.filter(status=Problem.Status.DISMISSED)
    assert dismissed.exists() and all(p.comment for p in dismissed)
    confirmed = problems.filter(status=Problem.Status.CONFIRMED)
    assert confirmed.filter(serious=True).count() >= 2
    assert all(p.comment for p in confirmed)
    linked = confirmed.filter(goals__isnull=False).distinct()
    assert linked.count() >= 3
    assert {g.strategy.title for p in linked for g in p.goals.all()} == {
        "Strategia Rozwiązywania Problemów Społecznych Miasta Przykładowo na lata 2021–2030"
    }
    unanswered = diagnosis_overview(town)["unanswered"]
    assert unanswered
    assert "Wskaźnik obciążenia demograficznego osobami starszymi" in [p.title for p in unanswered]
    by_hand = problems.get(indicator__isnull=True)
    assert by_hand.status == Problem.Status.CONFIRMED and by_hand.goals.exists()


def test_a_narrative_for_every_domain(town):
    narratives = DomainNarrative.objects.filter(government=town)
    assert set(narratives.values_list("domain", flat=True)) == set(DiagnosisIndicator.Domain.values)
    for narrative in narratives:
        assert "syntetyczn" in narrative.text
        assert 200 < len(narrative.text) < 1000


def test_the_neighbour_has_its_unit_but_no_diagnosis(demo):
    neighbour = LocalGovernment.objects.get(slug="sasiednia")
    assert neighbour.unit.teryt == "9901022"
    assert not ComparisonGroup.objects.filter(government=neighbour).exists()
    assert not neighbour.problems.exists()
    assert not neighbour.local_figures.exists()
    assert not neighbour.diagnosis_narratives.exists()


# The diagnosis in the application ---------------------------------------------------------


def test_the_coordinator_sees_the_diagnosis(client, town):
    assert client.log_in(username="koordynator", password=PASSWORD)
    page = client.get(reverse("diagnosis", kwargs={"government": "przykladowo"}))
    assert page.status_code == 200
    text = page.content.decode()
    assert "Miasto Przykładowo (dane syntetyczne)" in text
    assert "Wskaźnik obciążenia demograficznego osobami starszymi" in text


# The demo's monitoring (issue 4) shares the module's one load of the demo.


@pytest.mark.django_db
def test_demo_has_a_published_year_and_an_open_year_with_forms_in_every_state(town):
    from monitoring.models import MonitoringCycle, ReportForm
    from monitoring.report import cycle_report

    cycles = {c.year: c for c in MonitoringCycle.objects.filter(strategy__government=town)}
    assert set(cycles) == {2024, 2025}
    done, current = cycles[2024], cycles[2025]
    assert done.status == "published" and done.conclusions
    assert set(done.forms.values_list("status", flat=True)) == {"accepted"}
    assert all(a.decision != "pending" for a in done.approvals.all())
    assert done.recommendations.count() == 3
    assert current.status == "collecting"
    assert set(current.forms.values_list("status", flat=True)) == set(ReportForm.Status.values)
    report = cycle_report(done)
    assert report.action_total > 30 and report.spent_total <= report.planned_total
    assert report.judgements.indicator_count == 43
    following = cycle_report(current)
    assert any(f.responses for f in following.follow_ups)  # 2024's recommendations answered

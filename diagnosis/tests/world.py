"""A small statistical world for the diagnosis tests: Poland, a voivodeship, a powiat and
twelve urban gminy of growing population, plus rural gminy that never belong to the group.

The own gmina (the first) has the most unemployed per working-age resident and its
figure grows year by year, so it is flagged as worse than the group and getting worse.
"""

from diagnosis.models import DiagnosisIndicator, Observation, TerritorialUnit, Variable

YEARS = (2019, 2020, 2021, 2022, 2023)


def build_world(government) -> dict:
    poland = TerritorialUnit.objects.create(bdl_id="000000000000", name="POLSKA", level=0)
    voivodeship = TerritorialUnit.objects.create(
        bdl_id="011200000000", name="MAŁOPOLSKIE", level=2, parent=poland, teryt="12"
    )
    powiat = TerritorialUnit.objects.create(
        bdl_id="011212106000", name="Powiat testowy", level=5, parent=voivodeship, teryt="1206"
    )
    urban = [
        TerritorialUnit.objects.create(
            bdl_id=f"011212106{n:02d}1",
            name=f"Miasto {n}",
            level=6,
            kind="1",
            parent=powiat,
            teryt=f"1206{n:02d}1",
        )
        for n in range(1, 13)
    ]
    rural = [
        TerritorialUnit.objects.create(
            bdl_id=f"011212106{n:02d}2",
            name=f"Wieś {n}",
            level=6,
            kind="2",
            parent=powiat,
            teryt=f"1206{n:02d}2",
        )
        for n in range(20, 24)
    ]
    own = urban[0]
    government.unit = own
    government.save(update_fields=["unit"])

    population = Variable.objects.create(bdl_id=72305, name="Ludność ogółem")
    working_age = Variable.objects.create(bdl_id=152, name="Ludność w wieku produkcyjnym")
    unemployed = Variable.objects.create(bdl_id=10514, name="Bezrobotni zarejestrowani")
    rows = []
    for index, unit in enumerate(urban):
        people = 20000 + 1000 * index  # 20,000 … 31,000
        for step, year in enumerate(YEARS):
            share = 10.0 + step if unit == own else 4.0 + 0.2 * index  # % of working age
            rows += [
                Observation(variable=population, unit=unit, year=year, value=people),
                Observation(variable=working_age, unit=unit, year=year, value=people * 0.6),
                Observation(
                    variable=unemployed, unit=unit, year=year, value=people * 0.6 * share / 100
                ),
            ]
    for unit in rural:
        rows.append(Observation(variable=population, unit=unit, year=2023, value=21000))
    for unit, share in ((powiat, 6.0), (voivodeship, 5.0), (poland, 5.0)):
        for year in YEARS:
            rows += [
                Observation(variable=working_age, unit=unit, year=year, value=100000),
                Observation(variable=unemployed, unit=unit, year=year, value=1000 * share),
            ]
    Observation.objects.bulk_create(rows)
    unemployment = DiagnosisIndicator.objects.create(
        code="T01",
        name="Bezrobotni na 100 osób w wieku produkcyjnym",
        domain="labour_market",
        unit="%",
        direction="down",
        formula="v10514 / v152 * 100",
        source="GUS",
    )
    people = DiagnosisIndicator.objects.create(
        code="T02",
        name="Liczba ludności",
        domain="demography",
        unit="osoby",
        direction="neutral",
        formula="v72305",
        source="GUS",
    )
    return {
        "poland": poland,
        "voivodeship": voivodeship,
        "powiat": powiat,
        "own": own,
        "urban": urban,
        "rural": rural,
        "unemployment": unemployment,
        "people": people,
    }

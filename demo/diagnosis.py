"""The demo's diagnosis: a synthetic statistical world and Miasto Przykładowo's diagnosis in it.

Nothing here comes from Statistics Poland. A made-up voivodeship (TERYT 99) with six powiats
and 47 gminy, and a made-up Poland, get figures for 2014–2024 of every BDL variable the
indicator catalogue uses. The figures are generated from a fixed seed, so every load gives
the same numbers, and are kept consistent: the age groups add up to the population, the
rates are computed from the counts, the powiats and the voivodeship are the sums of their
gminy, and the variables the BDL publishes only from the powiat level up (registered
unemployment rate, average wage, crimes) exist only there. Every unit is marked
``synthetic`` and named "(dane syntetyczne)".

Miasto Przykładowo (about 19,000 residents) has a story: it shrinks and ages faster than the
fifteen similar towns it is compared with, its unemployment falls but stays high with a
hard core of long-term unemployed, more of its residents live on social assistance than in
three quarters of the group, and it has fewer NGOs. The OPS's own figures for 2019–2024
follow the indicators of its current strategy (demo/data/current/). The coordinator has reviewed
the problems the data flag, linked them to the strategy's goals and written the narrative.
"""

import random
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction

from diagnosis.catalogue import CATALOGUE, LOCAL_FIGURES
from diagnosis.formulas import parse
from diagnosis.models import (
    DiagnosisIndicator,
    Problem,
    TerritorialUnit,
    Variable,
    teryt_from_bdl_id,
)
from diagnosis.selectors import unit_for_government
from diagnosis.services import (
    catalogue_sync,
    comparison_group_default,
    local_figures_set,
    narrative_set,
    observations_store,
    problem_create,
    problem_review,
    problems_refresh,
)
from governments.models import LocalGovernment
from strategies.models import Goal, Strategy

SEED = 20240531
YEARS = tuple(range(2014, 2025))
LOCAL_YEARS = tuple(range(2019, 2025))
MARK = " (dane syntetyczne)"

POLAND_ID = "990000000000"  # never a real id: Poland is "000000000000"
VOIVODESHIP_ID = "009900000000"  # TERYT 99: no such voivodeship

# BDL variables of the catalogue: name and unit of measure (as in shared/BDL.md).
VARIABLES = {
    72305: ("Ludność ogółem (stan w dniu 31 XII)", "osoba"),
    149: ("Ludność w wieku przedprodukcyjnym (0–17 lat)", "osoba"),
    152: ("Ludność w wieku produkcyjnym", "osoba"),
    155: ("Ludność w wieku poprodukcyjnym", "osoba"),
    634989: ("Udział ludności w wieku 65 lat i więcej w ludności ogółem", "%"),
    60563: ("Ludność w wieku nieprodukcyjnym na 100 osób w wieku produkcyjnym", "osoba"),
    450551: ("Przyrost naturalny na 1000 ludności", "‰"),
    1365239: ("Saldo migracji na 1000 ludności", "‰"),
    60559: ("Ludność na 1 km²", "osoba"),
    10514: ("Bezrobotni zarejestrowani – ogółem", "osoba"),
    10515: ("Bezrobotni zarejestrowani – kobiety", "osoba"),
    79214: ("Udział bezrobotnych zarejestrowanych w liczbie ludności w wieku produkcyjnym", "%"),
    60270: ("Stopa bezrobocia rejestrowanego", "%"),
    1548717: ("Beneficjenci środowiskowej pomocy społecznej na 10 tys. ludności", "osoba"),
    288095: ("Fundacje, stowarzyszenia i organizacje społeczne na 10 tys. mieszkańców", "-"),
    410600: ("Mieszkania na 1000 mieszkańców", "mieszkanie"),
    202286: ("Wydatki budżetów gmin – dział 852 Pomoc społeczna", "zł"),
    64428: ("Przeciętne miesięczne wynagrodzenie brutto", "zł"),
    1752907: ("Przestępstwa stwierdzone przez Policję na 1000 mieszkańców", "-"),
}
POWIAT_LEVEL_ONLY = frozenset({60270, 64428, 1752907})

# Poland, year by year 2014–2024 (close to the real figures, rounded; synthetic all the same).
PL_NATURAL = (0.0, -0.7, -0.2, 0.0, -0.7, -0.9, -3.2, -5.0, -3.7, -3.9, -4.1)
PL_MIGRATION = (-0.4, -0.3, 0.0, 0.0, 0.1, 0.2, 0.1, 0.2, 0.4, 0.3, 0.3)
PL_PRE = (18.1, 18.1, 18.1, 18.1, 18.1, 18.1, 18.0, 18.0, 18.0, 17.9, 17.8)
PL_POST = (19.0, 19.5, 19.9, 20.4, 20.8, 21.2, 21.6, 22.0, 22.4, 22.8, 23.2)
PL_UNEMPLOYED = (
    1825180, 1563339, 1335214, 1081746, 968908, 866373, 1046449, 895153, 812320, 784500, 789100,
)  # fmt: skip
PL_WOMEN = (0.51, 0.52, 0.54, 0.55, 0.56, 0.56, 0.53, 0.55, 0.55, 0.54, 0.53)
PL_BENEFICIARIES = (760, 705, 630, 560, 505, 460, 420, 395, 370, 355, 345)  # per 10,000
PL_NGOS = (32, 33, 34, 35, 35, 36, 37, 37, 38, 38, 39)  # per 10,000
PL_DWELLINGS = (363, 367, 370, 374, 378, 382, 387, 392, 398, 404, 410)  # per 1,000
PL_EXPENDITURE = (300, 315, 330, 345, 365, 390, 420, 450, 500, 560, 610)  # zł per resident
PL_WAGE = (3783.46, 3899.78, 4047.21, 4271.51, 4585.03, 4918.17, 5226.62, 5662.53, 6346.15,
           7155.48, 8181.72)  # fmt: skip
PL_CRIMES = (22.5, 20.7, 19.6, 19.9, 20.4, 20.8, 20.8, 22.0, 22.7, 22.8, 21.8)  # per 1,000
PL_POPULATION_2014 = 38478602
PL_AREA = 312696
ACTIVITY = 0.69  # economically active share of the working-age population


def _ramp(first: float, last: float) -> tuple[float, ...]:
    step = (last - first) / (len(YEARS) - 1)
    return tuple(first + step * i for i in range(len(YEARS)))


SHARE_65_OF_POST = _ramp(0.805, 0.888)  # the 65+ among the post-working-age population

# The units --------------------------------------------------------------------------------

POWIATS = {
    "01": "Powiat przykładowy",
    "02": "Powiat olszański",
    "03": "Powiat dębowski",
    "04": "Powiat lipiński",
    "05": "Powiat grabowiecki",
    "06": "Powiat jaworowski",
}
KIND_PREFIX = {"1": "Miasto", "2": "Gmina", "3": "Miasto i Gmina"}
# (powiat, gmina number, kind, name, population at the end of 2014)
GMINY = [
    ("01", "01", "1", "Przykładowo", 20520),
    ("01", "02", "2", "Sąsiednia", 6850),
    ("01", "03", "2", "Brzozowa Wola", 5300),
    ("01", "04", "3", "Lipno Małe", 11600),
    ("01", "05", "2", "Kalinowo", 7900),
    ("01", "06", "3", "Modrzewie", 9400),
    ("01", "07", "2", "Wierzbno", 4700),
    ("02", "01", "1", "Olszanka", 24900),
    ("02", "02", "1", "Żurawiec", 16300),
    ("02", "03", "1", "Czaplin", 21200),
    ("02", "04", "2", "Sokolniki", 8800),
    ("02", "05", "3", "Bocianowo", 13400),
    ("02", "06", "2", "Łabędzie", 5600),
    ("02", "07", "2", "Kruczkowo", 4300),
    ("03", "01", "1", "Dębowo", 63500),
    ("03", "02", "1", "Klonowo", 18600),
    ("03", "03", "1", "Bukowina", 13900),
    ("03", "04", "1", "Jodłowo", 8200),
    ("03", "05", "2", "Sosnowica", 9800),
    ("03", "06", "2", "Topolin", 6700),
    ("03", "07", "3", "Jesionów", 15100),
    ("03", "08", "2", "Cisowo", 5100),
    ("04", "01", "1", "Lipiny", 27300),
    ("04", "02", "1", "Leszczyny", 14800),
    ("04", "03", "1", "Głogowiec", 19400),
    ("04", "04", "2", "Jarzębin", 6400),
    ("04", "05", "3", "Wiązowno", 12200),
    ("04", "06", "2", "Świerkowo", 4900),
    ("04", "07", "2", "Osikowo", 7600),
    ("05", "01", "1", "Grabowiec", 41000),
    ("05", "02", "1", "Kasztanów", 22400),
    ("05", "03", "1", "Orzechowo", 17100),
    ("05", "04", "1", "Malinowo", 15600),
    ("05", "05", "2", "Sowin", 8100),
    ("05", "06", "3", "Jastrzębiec", 16800),
    ("05", "07", "2", "Wróblewo", 5900),
    ("05", "08", "2", "Słowikowo", 4400),
    ("06", "01", "1", "Jaworów", 26100),
    ("06", "02", "1", "Gilowo", 23600),
    ("06", "03", "1", "Drozdowo", 20300),
    ("06", "04", "1", "Rybno", 17900),
    ("06", "05", "3", "Karpin", 14200),
    ("06", "06", "2", "Okonin", 6900),
    ("06", "07", "2", "Linowo", 5500),
    ("06", "08", "2", "Sielawa", 7100),
    ("06", "09", "3", "Szczuplin", 10300),
    ("06", "10", "2", "Pstrągowo", 4800),
]
TOWN_TERYT = "9901011"


def gmina_bdl_id(powiat: str, number: str, kind: str) -> str:
    return f"0099000{powiat}{number}{kind}"


def powiat_bdl_id(powiat: str) -> str:
    return f"0099000{powiat}000"


# Miasto Przykładowo, year by year 2014–2024 ---------------------------------------------

TOWN = {
    "natural": (-1.6, -2.3, -1.9, -1.8, -2.6, -2.9, -5.1, -6.9, -5.5, -5.6, -5.9),
    "migration": (-4.4, -4.1, -4.6, -3.9, -4.2, -3.8, -3.4, -3.0, -2.4, -2.9, -2.8),
    "pre": (18.0, 17.9, 17.8, 17.7, 17.6, 17.5, 17.4, 17.3, 17.2, 17.1, 17.0),
    "post": _ramp(19.6, 26.0),
    "unemployed": (11.8, 10.4, 9.1, 7.7, 6.9, 6.3, 7.0, 6.6, 6.0, 5.7, 5.6),  # % working age
    "women": 0.55,
    "beneficiaries": (935, 890, 828, 762, 734, 716, 680, 668, 630, 603, 561),  # per 10,000
    "ngos": _ramp(21.5, 25.8),  # per 10,000
    "dwellings": 372.0,  # per 1,000 in 2014
    "building": 2.2,  # new dwellings a year per 1,000 residents
    "area": 21.4,
    "expenditure": _ramp(360, 720),  # zł per resident
    "wage": 0.84,  # the powiat's wage and crime levels against Poland's
    "crimes": 0.95,
}

# The OPS's own figures for 2019–2024 (beneficiaries_total and families_assisted follow the
# BDL beneficiaries; the rest follows the strategy's indicators where it has them).
TOWN_LOCAL = {
    "reason_poverty": (222, 210, 204, 196, 199, 188),
    "reason_orphanhood": (3, 2, 2, 3, 2, 2),
    "reason_homelessness": (36, 34, 33, 35, 31, 29),
    "reason_unemployment": (198, 185, 179, 163, 155, 149),
    "reason_disability": (218, 215, 212, 210, 207, 203),
    "reason_illness": (246, 240, 236, 231, 226, 221),
    "reason_domestic_violence": (22, 20, 21, 19, 18, 17),
    "reason_helplessness": (88, 84, 80, 77, 75, 72),
    "reason_large_family": (62, 58, 54, 49, 46, 43),
    "reason_alcoholism": (45, 44, 43, 41, 42, 38),
    "reason_drug_addiction": (3, 4, 4, 4, 4, 4),
    "reason_after_prison": (7, 5, 4, 6, 7, 6),
    "long_term_beneficiaries": (380, 372, 368, 360, 352, 345),
    "blue_cards": (41, 38, 43, 37, 39, 36),
    "domestic_violence_victims": (52, 48, 55, 50, 49, 47),
    "gkrpa_cases": (38, 36, 37, 39, 37, 36),
    "family_assistants_families": (27, 28, 29, 31, 33, 34),
    "children_in_foster_care": (41, 43, 42, 40, 41, 39),
    "family_benefit_families": (820, 760, 700, 640, 590, 560),
    "care_benefit_persons": (690, 700, 705, 712, 720, 728),
    "meals_program_persons": (620, 590, 540, 510, 520, 500),
    "day_care_places": (30, 30, 30, 45, 45, 45),
    "senior_care_services": (78, 80, 77, 75, 72, 70),
    "social_workers": (11, 11, 11, 11, 10, 10),
    "social_economy_entities": (2, 2, 3, 3, 4, 4),
    "ngo_grants_value": (610000, 585000, 655000, 702000, 748000, 795000),
    "ngo_public_tasks": (14, 13, 15, 16, 17, 18),
    "volunteers": (80, 85, 62, 94, 103, 112),
    "participatory_budget_voters": (1850, 1420, 1640, 1910, 2080, 2240),
    "police_interventions_domestic": (118, 112, 124, 109, 115, 110),
    "juvenile_offences": (26, 22, 18, 23, 21, 20),
}
FAMILY_SIZE = (2.10, 2.05, 2.00, 1.95, 1.90, 1.86)  # persons per assisted family


# Generation ------------------------------------------------------------------------------


@dataclass
class Figures:
    """Counts and rates of one unit for each year (lists indexed like YEARS)."""

    population: list[int] = field(default_factory=list)
    pre: list[int] = field(default_factory=list)
    working: list[int] = field(default_factory=list)
    post: list[int] = field(default_factory=list)
    aged_65: list[int] = field(default_factory=list)
    natural: list[float] = field(default_factory=list)
    migration: list[float] = field(default_factory=list)
    unemployed: list[int] = field(default_factory=list)
    women: list[int] = field(default_factory=list)
    beneficiaries: list[int] = field(default_factory=list)
    ngos: list[int] = field(default_factory=list)
    dwellings: list[int] = field(default_factory=list)
    expenditure: list[int] = field(default_factory=list)
    area: float = 0.0
    wage: list[float] = field(default_factory=list)
    crimes: list[float] = field(default_factory=list)

    COUNTS = (
        "population", "pre", "working", "post", "aged_65", "unemployed", "women",
        "beneficiaries", "ngos", "dwellings", "expenditure",
    )  # fmt: skip


def _grow(params: dict) -> Figures:
    """A gmina's figures from its yearly parameters (shares in %, rates per 1,000 or 10,000)."""
    f = Figures(area=params["area"])
    population = params["population"]
    dwellings = round(population * params["dwellings"] / 1000)
    for i, _year in enumerate(YEARS):
        natural, migration = params["natural"][i], params["migration"][i]
        if i:
            population += round(population * (natural + migration) / 1000)
            dwellings += round(population * params["building"] / 1000)
        pre = round(population * params["pre"][i] / 100)
        post = round(population * params["post"][i] / 100)
        working = population - pre - post
        unemployed = round(working * params["unemployed"][i] / 100)
        f.population.append(population)
        f.pre.append(pre)
        f.post.append(post)
        f.working.append(working)
        f.aged_65.append(min(post, round(post * params["share_65"][i])))
        f.natural.append(round(natural, 2))
        f.migration.append(round(migration, 2))
        f.unemployed.append(unemployed)
        f.women.append(round(unemployed * params["women"][i]))
        f.beneficiaries.append(round(population * params["beneficiaries"][i] / 10000))
        f.ngos.append(round(population * params["ngos"][i] / 10000))
        f.dwellings.append(dwellings)
        f.expenditure.append(round(population * params["expenditure"][i], -2))
    return f


def _random_params(
    rng: random.Random, kind: str, population: int, unemployed_share: list[float]
) -> dict:
    """A gmina of its kind: towns older and with fewer unemployed, rural gminy younger,
    poorer and with fewer organisations; each with its own level and noise."""
    u = rng.uniform
    if kind == "1":
        pre, drift, post, rise = u(16.8, 19.2), u(-0.12, 0.0), u(17.0, 20.5), u(0.34, 0.54)
        offset, migration = u(-1.8, 1.2), u(-6.0, -1.0)
        unemployed, welfare, ngos = u(0.55, 1.4), u(0.75, 1.25), u(28, 46)
        dwellings, building, density, spend = u(355, 405), u(1.5, 4.0), u(700, 1900), u(0.85, 1.2)
    elif kind == "2":
        pre, drift, post, rise = u(18.5, 21.5), u(-0.15, 0.02), u(15.5, 19.5), u(0.25, 0.45)
        offset, migration = u(-2.0, 2.5), u(-4.0, 6.0)
        unemployed, welfare, ngos = u(0.8, 1.8), u(1.0, 1.7), u(18, 38)
        dwellings, building, density, spend = u(280, 340), u(2.5, 6.0), u(30, 90), u(0.9, 1.4)
    else:
        pre, drift, post, rise = u(18.0, 20.5), u(-0.12, 0.0), u(16.5, 19.5), u(0.3, 0.48)
        offset, migration = u(-1.8, 1.8), u(-4.0, 3.0)
        unemployed, welfare, ngos = u(0.7, 1.6), u(0.9, 1.5), u(22, 40)
        dwellings, building, density, spend = u(320, 380), u(2.5, 5.5), u(50, 130), u(0.85, 1.3)
    ngo_growth, women = u(0.1, 0.5), u(0.50, 0.58)
    return {
        "population": population,
        "natural": [n + offset + rng.gauss(0, 0.5) for n in PL_NATURAL],
        "migration": [migration + rng.gauss(0, 0.7) for _year in YEARS],
        "pre": [pre + drift * i for i in range(len(YEARS))],
        "post": [post + rise * i for i in range(len(YEARS))],
        "share_65": [s + rng.gauss(0, 0.005) for s in SHARE_65_OF_POST],
        "unemployed": [s * unemployed * (1 + rng.gauss(0, 0.04)) for s in unemployed_share],
        "women": [women + rng.gauss(0, 0.01) for _year in YEARS],
        "beneficiaries": [b * welfare * (1 + rng.gauss(0, 0.03)) for b in PL_BENEFICIARIES],
        "ngos": [ngos + ngo_growth * i for i in range(len(YEARS))],
        "dwellings": dwellings,
        "building": building,
        "area": round(population / density, 1),
        "expenditure": [e * spend * (1 + rng.gauss(0, 0.03)) for e in PL_EXPENDITURE],
    }


def _town_params() -> dict:
    years = range(len(YEARS))
    return {
        "population": GMINY[0][4],
        **{key: TOWN[key] for key in ("natural", "migration", "pre", "post", "unemployed")},
        **{key: TOWN[key] for key in ("beneficiaries", "ngos", "expenditure", "building")},
        "share_65": SHARE_65_OF_POST,
        "women": [TOWN["women"] for _i in years],
        "dwellings": TOWN["dwellings"],
        "area": TOWN["area"],
    }


def _poland() -> Figures:
    params = {
        "population": PL_POPULATION_2014,
        "natural": PL_NATURAL,
        "migration": PL_MIGRATION,
        "pre": PL_PRE,
        "post": PL_POST,
        "share_65": SHARE_65_OF_POST,
        "unemployed": [0.0] * len(YEARS),  # replaced by the national counts below
        "women": PL_WOMEN,
        "beneficiaries": PL_BENEFICIARIES,
        "ngos": PL_NGOS,
        "dwellings": PL_DWELLINGS[0],
        "building": 0.0,
        "area": PL_AREA,
        "expenditure": PL_EXPENDITURE,
    }
    poland = _grow(params)
    poland.unemployed = list(PL_UNEMPLOYED)
    poland.women = [round(n * w) for n, w in zip(PL_UNEMPLOYED, PL_WOMEN, strict=True)]
    poland.dwellings = [
        round(p * d / 1000) for p, d in zip(poland.population, PL_DWELLINGS, strict=True)
    ]
    poland.wage, poland.crimes = list(PL_WAGE), list(PL_CRIMES)
    return poland


def _sum(parts: list[Figures]) -> Figures:
    total = Figures(area=sum(p.area for p in parts))
    for name in Figures.COUNTS:
        setattr(total, name, [sum(v) for v in zip(*(getattr(p, name) for p in parts), strict=True)])
    for name in ("natural", "migration"):  # weighted by the population at the year's start
        values = []
        for i in range(len(YEARS)):
            weights = [p.population[i - 1] if i else p.population[0] for p in parts]
            rates = [getattr(p, name)[i] for p in parts]
            values.append(
                round(sum(w * r for w, r in zip(weights, rates, strict=True)) / sum(weights), 2)
            )
        setattr(total, name, values)
    return total


def _values(f: Figures, *, powiat_level: bool) -> dict[int, list[float]]:
    """BDL variable id → yearly values of one unit, rounded as the BDL publishes them."""
    n = range(len(YEARS))
    values = {
        72305: f.population,
        149: f.pre,
        152: f.working,
        155: f.post,
        634989: [round(f.aged_65[i] / f.population[i] * 100, 1) for i in n],
        60563: [round((f.pre[i] + f.post[i]) / f.working[i] * 100) for i in n],
        450551: f.natural,
        1365239: f.migration,
        60559: [round(f.population[i] / f.area) for i in n],
        10514: f.unemployed,
        10515: f.women,
        79214: [round(f.unemployed[i] / f.working[i] * 100, 1) for i in n],
        1548717: [round(f.beneficiaries[i] / f.population[i] * 10000) for i in n],
        288095: [round(f.ngos[i] / f.population[i] * 10000) for i in n],
        410600: [round(f.dwellings[i] / f.population[i] * 1000, 1) for i in n],
        202286: f.expenditure,
    }
    if powiat_level:
        values[60270] = [round(f.unemployed[i] / (f.working[i] * ACTIVITY) * 100, 1) for i in n]
        values[64428] = [round(w, 2) for w in f.wage]
        values[1752907] = [round(c, 2) for c in f.crimes]
    return values


def world_generate() -> dict[str, Figures]:
    """Every synthetic unit's figures by BDL unit id: deterministic (a fixed seed)."""
    rng = random.Random(SEED)  # noqa: S311 - made-up figures, not secrets
    poland = _poland()
    unemployed_share = [u / w * 100 for u, w in zip(poland.unemployed, poland.working, strict=True)]
    figures: dict[str, Figures] = {}
    by_powiat: dict[str, list[Figures]] = {code: [] for code in POWIATS}
    for powiat, number, kind, _name, population in GMINY:
        if (powiat, number, kind) == ("01", "01", "1"):
            params = _town_params()
        else:
            params = _random_params(rng, kind, population, unemployed_share)
        gmina = _grow(params)
        figures[gmina_bdl_id(powiat, number, kind)] = gmina
        by_powiat[powiat].append(gmina)
    powiats = []
    for code, gminy in by_powiat.items():
        powiat = _sum(gminy)
        wage = TOWN["wage"] if code == "01" else rng.uniform(0.78, 0.93)
        crimes = TOWN["crimes"] if code == "01" else rng.uniform(0.7, 1.1)
        powiat.wage = [w * wage * (1 + rng.gauss(0, 0.01)) for w in PL_WAGE]
        powiat.crimes = [c * crimes * (1 + rng.gauss(0, 0.04)) for c in PL_CRIMES]
        figures[powiat_bdl_id(code)] = powiat
        powiats.append(powiat)
    voivodeship = _sum(powiats)
    for name, weight in (("wage", "working"), ("crimes", "population")):
        values = []
        for i in range(len(YEARS)):
            weights = [getattr(p, weight)[i] for p in powiats]
            rates = [getattr(p, name)[i] for p in powiats]
            values.append(sum(w * r for w, r in zip(weights, rates, strict=True)) / sum(weights))
        setattr(voivodeship, name, values)
    figures[VOIVODESHIP_ID] = voivodeship
    figures[POLAND_ID] = poland
    return figures


# Loading ----------------------------------------------------------------------------------


def _units_create() -> dict[str, TerritorialUnit]:
    """Poland, the voivodeship, its powiats and gminy: synthetic, named so, chained."""
    Level = TerritorialUnit.Level
    specs = [
        (POLAND_ID, "Polska", Level.POLAND, "", None),
        (VOIVODESHIP_ID, "Województwo przykładowe", Level.VOIVODESHIP, "", None),
    ]
    specs += [(powiat_bdl_id(c), n, Level.POWIAT, "", VOIVODESHIP_ID) for c, n in POWIATS.items()]
    specs += [
        (gmina_bdl_id(p, g, k), f"{KIND_PREFIX[k]} {name}", Level.GMINA, k, powiat_bdl_id(p))
        for p, g, k, name, _population in GMINY
    ]
    # A half-loaded earlier demo may have left synthetic units behind: start afresh.
    TerritorialUnit.objects.filter(synthetic=True, bdl_id__in=[s[0] for s in specs]).delete()
    units: dict[str, TerritorialUnit] = {}
    for bdl_id, name, level, kind, parent in specs:  # parents come first
        units[bdl_id] = TerritorialUnit.objects.create(
            bdl_id=bdl_id,
            name=name + MARK,
            level=level,
            kind=kind,
            teryt=teryt_from_bdl_id(bdl_id, level),
            parent=units[parent] if parent else None,
            synthetic=True,
        )
    return units


def _variables_ensure() -> dict[int, Variable]:
    used = set().union(*(parse(entry["formula"]).bdl_variables for entry in CATALOGUE))
    missing = used - VARIABLES.keys()
    if missing:
        raise ValueError(f"The demo has no figures for BDL variables {sorted(missing)}.")
    existing = {v.bdl_id: v for v in Variable.objects.filter(bdl_id__in=VARIABLES)}
    Variable.objects.bulk_create(
        Variable(bdl_id=bdl_id, name=name, measure_unit=measure)
        for bdl_id, (name, measure) in VARIABLES.items()
        if bdl_id not in existing
    )
    return {v.bdl_id: v for v in Variable.objects.filter(bdl_id__in=VARIABLES)}


def _observations_create(units: dict[str, TerritorialUnit], figures: dict[str, Figures]) -> int:
    variables = _variables_ensure()
    rows = []
    for bdl_id, unit_figures in figures.items():
        unit = units[bdl_id]
        powiat_level = unit.level <= TerritorialUnit.Level.POWIAT
        for variable_id, values in _values(unit_figures, powiat_level=powiat_level).items():
            for year, value in zip(YEARS, values, strict=True):
                rows.append((variables[variable_id].pk, unit.pk, year, float(value), 1))
    return observations_store(rows)


def town_local_figures(figures: Figures) -> dict[int, dict[str, Decimal]]:
    """The OPS's figures by year: people and families on assistance from the BDL count."""
    if set(TOWN_LOCAL) | {"beneficiaries_total", "families_assisted"} != set(LOCAL_FIGURES):
        raise ValueError("The demo's local figures do not match diagnosis/catalogue.py.")
    result = {}
    for j, year in enumerate(LOCAL_YEARS):
        persons = figures.beneficiaries[YEARS.index(year)]
        values = {code: Decimal(series[j]) for code, series in TOWN_LOCAL.items()}
        values["beneficiaries_total"] = Decimal(persons)
        values["families_assisted"] = Decimal(round(persons / FAMILY_SIZE[j]))
        result[year] = values
    return result


@dataclass
class Summary:
    units: int
    observations: int
    group: int
    flagged: dict[str, int]


@transaction.atomic
def diagnosis_load(*, town: LocalGovernment, others: list[LocalGovernment]) -> Summary:
    """Create the synthetic world, tie the demo governments to their units and give the
    town its diagnosis; the other governments get their units only."""
    catalogue_sync()
    units = _units_create()
    figures = world_generate()
    observations = _observations_create(units, figures)
    for government in [town, *others]:
        government.unit = unit_for_government(government)
        government.save(update_fields=["unit"])

    for year, values in town_local_figures(figures[town.unit.bdl_id]).items():
        local_figures_set(government=town, year=year, values=values)
    group = comparison_group_default(government=town)
    problems_refresh(government=town)
    flagged: dict[str, int] = {}
    for domain in town.problems.values_list("domain", flat=True):
        flagged[domain] = flagged.get(domain, 0) + 1
    _review(town)
    for domain, text in NARRATIVES.items():
        narrative_set(government=town, domain=domain, text=text)
    return Summary(
        units=len(units), observations=observations, group=group.units.count(), flagged=flagged
    )


# The coordinator's review ----------------------------------------------------------------

CONFIRMED, DISMISSED = Problem.Status.CONFIRMED, Problem.Status.DISMISSED

# Indicator code → (status, serious, comment, beginnings of the goals' titles). Flags not
# listed here stay to be reviewed.
REVIEWS = {
    "DEM03": (
        CONFIRMED,
        False,
        "Ubytek naturalny pogłębił się w latach pandemii i nie wrócił do wcześniejszego "
        "poziomu. To zjawisko demograficzne: uwzględniamy je w prognozie zmian, nie w celach "
        "strategii.",
        (),
    ),
    "DEM07": (
        CONFIRMED,
        True,
        "Osób w wieku poprodukcyjnym przybywa szybciej niż w podobnych miastach, a strategia "
        "nie ma obszaru poświęconego osobom starszym. Do uwzględnienia przy jej aktualizacji: "
        "usługi opiekuńcze, dzienne formy wsparcia, mieszkania wspomagane.",
        (),
    ),
    "POM01": (
        CONFIRMED,
        True,
        "Liczba osób korzystających z pomocy maleje, ale wolniej niż w grupie porównawczej; "
        "miasto jest powyżej górnego kwartyla grupy. Główne powody: ubóstwo, bezrobocie, "
        "niepełnosprawność i choroba.",
        ("Ograniczanie ubóstwa rodzin z dziećmi", "Aktywizacja i samopomoc osób"),
    ),
    "POM10": (
        CONFIRMED,
        False,
        "Klientów ubywa, ale rośnie udział osób korzystających z pomocy ponad trzy lata. "
        "Potrzebna praca socjalna z kontraktem i reintegracja zamiast samych świadczeń.",
        ("Aktywizacja i samopomoc osób", "Aktywizacja społeczno-zawodowa osób długotrwale"),
    ),
    "POM14": (
        CONFIRMED,
        True,
        "Usługi opiekuńcze nie nadążają za przybywaniem osób starszych: MOPS nie ma "
        "wystarczającej liczby opiekunek, a kolejka oczekujących rośnie. Żaden cel obecnej "
        "strategii nie odpowiada na ten problem.",
        (),
    ),
    "RYN01": (
        CONFIRMED,
        True,
        "Bezrobocie spada od 2014 roku, ale pozostaje wyższe niż w trzech czwartych grupy "
        "porównawczej; według PUP około połowy bezrobotnych to osoby długotrwale bezrobotne.",
        ("Zwiększenie aktywności zawodowej", "Aktywizacja społeczno-zawodowa osób długotrwale"),
    ),
    "RYN03": (
        DISMISSED,
        False,
        "Ten sam problem co udział bezrobotnych w ludności w wieku produkcyjnym (wskaźnik "
        "liczony z tych samych danych GUS) – rozpatrujemy go tam.",
        (),
    ),
    "AKT01": (
        CONFIRMED,
        False,
        "Organizacji pozarządowych jest mniej niż w podobnych miastach, a część "
        "zarejestrowanych nie prowadzi działalności. Warto wspierać nowe inicjatywy, m.in. "
        "mikrograntami.",
        ("Wzmacnianie potencjału organizacji pozarządowych",),
    ),
}

HOUSING_PROBLEM = {
    "domain": DiagnosisIndicator.Domain.ECONOMY,
    "title": "Niewystarczający zasób mieszkań socjalnych i komunalnych",
    "description": (
        "Na mieszkanie socjalne lub komunalne czeka ponad 120 rodzin, a miasto co roku "
        "pozyskuje zaledwie kilka lokali. Część mieszkań komunalnych wymaga remontu; rodziny "
        "zagrożone eksmisją trafiają do noclegowni poza miastem."
    ),
    "comment": "Zgłoszone przez MOPS i Wydział Gospodarki Komunalnej (dane z ewidencji "
    "wniosków mieszkaniowych).",
    "goals": ("Przeciwdziałanie bezdomności i wykluczeniu mieszkaniowemu",),
}


def _goal_ids(strategy: Strategy, beginnings) -> list[int]:
    ids = []
    for beginning in beginnings:
        goal = Goal.objects.filter(strategy=strategy, title__startswith=beginning).first()
        if goal is None:
            raise ValueError(f"The demo strategy has no goal “{beginning}…”.")
        ids.append(goal.pk)
    return ids


def _review(town: LocalGovernment) -> None:
    strategy = town.strategies.filter(status=Strategy.Status.ADOPTED).order_by("-year_to").first()
    for problem in town.problems.select_related("indicator"):
        review = REVIEWS.get(problem.indicator.code)
        if review is None:
            continue
        status, serious, comment, goals = review
        problem_review(
            problem=problem,
            status=status,
            serious=serious,
            comment=comment,
            goal_ids=_goal_ids(strategy, goals),
        )
    fields = dict(HOUSING_PROBLEM)
    comment, goals = fields.pop("comment"), fields.pop("goals")
    housing = problem_create(government=town, **fields)
    problem_review(
        problem=housing,
        status=CONFIRMED,
        comment=comment,
        goal_ids=_goal_ids(strategy, goals),
    )


# The narrative, domain by domain (the figures are the synthetic ones above) ---------------

SYNTHETIC_NOTE = "Wszystkie liczby są syntetycznymi danymi demonstracyjnymi, nie danymi GUS."

NARRATIVES = {
    "demography": (
        "Liczba mieszkańców Przykładowa spada nieprzerwanie od 2014 roku: z ok. 20,5 tys. do "
        "ok. 19 tys. w 2024 roku, czyli o ponad 7%. Złożyły się na to ubytek naturalny, "
        "który pogłębił się w latach pandemii, oraz odpływ młodych mieszkańców. Udział osób w "
        "wieku poprodukcyjnym wzrósł z ok. 20% do 26% i rośnie szybciej niż w podobnych "
        "miastach, co zwiększy zapotrzebowanie na usługi opiekuńcze. " + SYNTHETIC_NOTE
    ),
    "safety": (
        "Przestępczość w powiecie utrzymuje się nieco poniżej średniej krajowej. Liczba "
        "wszczynanych procedur „Niebieskie Karty” (36–43 rocznie) i interwencji Policji "
        "dotyczących przemocy domowej jest stabilna; zespół interdyscyplinarny ocenia, że "
        "nie maleje liczba rodzin, w których przemoc się powtarza. Skierowania do komisji "
        "rozwiązywania problemów alkoholowych utrzymują się na podobnym poziomie. " + SYNTHETIC_NOTE
    ),
    "social_assistance": (
        "Z pomocy społecznej korzysta ok. 5,6% mieszkańców, mniej niż przed pięciu laty (7,2%), "
        "ale wciąż więcej niż w trzech czwartych miast grupy porównawczej. Najczęstsze powody "
        "przyznania pomocy to długotrwała choroba, niepełnosprawność, ubóstwo i bezrobocie. "
        "Rośnie udział osób korzystających z pomocy ponad trzy lata, a usługi opiekuńcze nie "
        "nadążają za przybywaniem osób starszych. " + SYNTHETIC_NOTE
    ),
    "labour_market": (
        "Bezrobocie rejestrowane spadło od 2014 roku ponad dwukrotnie, lecz udział "
        "bezrobotnych w ludności w wieku produkcyjnym (5,6% w 2024 roku) pozostaje jednym z "
        "najwyższych w grupie porównawczej. Około połowy bezrobotnych to osoby długotrwale "
        "bezrobotne, często z niskimi kwalifikacjami i korzystające jednocześnie z pomocy "
        "społecznej. " + SYNTHETIC_NOTE
    ),
    "economy": (
        "Przeciętne wynagrodzenie w powiecie stanowi ok. 84% średniej krajowej. Zasób "
        "mieszkaniowy rośnie powoli, a mieszkań socjalnych i komunalnych brakuje: na lokal "
        "czeka ponad 120 rodzin. W mieście działają cztery podmioty ekonomii społecznej, "
        "w tym centrum integracji społecznej. " + SYNTHETIC_NOTE
    ),
    "civic_activity": (
        "W przeliczeniu na mieszkańca Przykładowo ma mniej fundacji i stowarzyszeń niż "
        "podobne miasta, choć ich liczba powoli rośnie. Miasto zleca organizacjom coraz więcej "
        "zadań publicznych (18 w 2024 roku), a z MOPS współpracuje ponad stu wolontariuszy. "
        "W głosowaniu nad budżetem obywatelskim bierze udział ok. 12% mieszkańców. "
        + SYNTHETIC_NOTE
    ),
}

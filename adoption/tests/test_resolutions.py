"""Resolution numbers as councils write them, and what is not one."""

import datetime

import pytest

from adoption.resolutions import resolution_number_clean, resolution_number_problem

REAL = [
    # the families named in the module's docstring, each as councils print them
    ("XXXV/245/2021", 2021),
    ("113/XX/2004", 2004),
    ("XV.120.2026", 2026),
    ("CXVII/3193/23", 2023),
    ("LXXVI/1455/VIII/2023", 2023),
    ("XLII/318/2022", 2022),
    ("0007.XXXIV.262.2021", 2021),
    ("RG.0007.12.2021", 2021),
    ("XIV/123/19", 2019),
    ("62/XII/2007", 2007),
    ("IX-75-2019", 2019),
    ("Nr XXXV/245/2021", 2021),
    ("Uchwała nr XXXV/245/2021", 2021),
    ("nr. XV.120.2026", 2026),
]


@pytest.mark.parametrize("number, year", REAL)
def test_numbers_councils_use_are_accepted(number, year):
    assert resolution_number_problem(number, datetime.date(year, 5, 27)) is None


@pytest.mark.parametrize(
    "number",
    [
        "",
        "....",
        "…",
        "Nr ....",
        "XX/___/2021",
        "XX/..../2021",
        "245",
        "brak",
        "projekt",
        "xx/xxx/2021",
        "XXXV//2021",
        "0/0/0",
        "XXXV 245 2021",
        "IIII/12/2021",
    ],
)
def test_placeholders_and_words_are_refused(number):
    assert resolution_number_problem(number, datetime.date(2021, 5, 27))


def test_a_year_in_the_number_must_be_the_year_of_the_date():
    problem = resolution_number_problem("XXXV/245/2020", datetime.date(2021, 5, 27))
    assert problem and "2020" in problem and "2021" in problem
    # a two-digit year is not checked (it could be a number), nor a number without a year
    assert resolution_number_problem("XIV/123/19", datetime.date(2021, 1, 5)) is None
    assert resolution_number_problem("XIV/123", datetime.date(2021, 1, 5)) is None


def test_the_prefix_is_not_part_of_the_number():
    assert resolution_number_clean(" Uchwała Nr XXXV/245/2021 ") == "XXXV/245/2021"
    assert resolution_number_clean("nr XV.120.2026") == "XV.120.2026"

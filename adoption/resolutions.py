"""The number of a council resolution (uchwała rady), as councils write it.

Councils number their resolutions in a few families of forms, all of them a run of
segments joined by "/", "." or "-": the session in Roman numerals, the resolution's number
and the year (``XXXV/245/2021``, ``CXVII/3193/23``), the number first (``113/XX/2004``),
with the council's term (``LXXVI/1455/VIII/2023``), dotted (``XV.120.2026``), or under the
file sign of the office's list of records, 0007 for resolutions
(``0007.XXXIV.262.2021``, ``RG.0007.12.2021``). A leading "Uchwała nr" / "Nr" is not part
of the number. What is refused is what is not a number at all: dots or underscores left to
fill in ("....", "XX/___/2021"), a word ("brak", "projekt"), a single segment ("245"), a
lower-case "xx" standing for a number not known yet, or a year that is not the year of the
resolution's date.
"""

import datetime
import re

from django.utils.translation import gettext as _

PREFIX = re.compile(r"^\s*(uchwał[ay]\s+)?(nr|numer)\.?\s*", re.IGNORECASE)
SEPARATORS = re.compile(r"[/.\-]")
ROMAN = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
LETTERS = re.compile(r"^[A-ZĄĆĘŁŃÓŚŹŻ]{1,6}$")  # a file or office sign: RG, SO, OR, BRM
DIGITS = re.compile(r"^\d{1,5}$")


def _office_sign(segment: str) -> bool:
    """Letters that are not a (malformed) Roman numeral: RG, SO, BRM, but not IIII."""
    return bool(LETTERS.match(segment)) and bool(set(segment) - set("IVXLCDM"))


def resolution_number_clean(text: str) -> str:
    """The number without a leading "Uchwała nr" or "Nr" and outer spaces."""
    return PREFIX.sub("", text or "").strip()


def resolution_number_problem(text: str, date: datetime.date | None = None) -> str | None:
    """Why ``text`` is not the number of a council resolution, in Polish; None if it is.
    With ``date``, a four-digit year in the number must be the year of the date."""
    number = resolution_number_clean(text)
    if not number:
        return _("Give the number of the resolution.")
    if re.search(r"\.\.|_|…|\s", number) or not SEPARATORS.search(number):
        return _(
            "“%(number)s” is not a resolution number: write it as the council did, for "
            "example XXXV/245/2021, 113/XX/2004 or XV.120.2026."
        ) % {"number": text.strip()}
    segments = SEPARATORS.split(number)
    if any(not segment for segment in segments):
        return _("The resolution number has an empty part: “%(number)s”.") % {"number": number}
    for segment in segments:
        if not (DIGITS.match(segment) or ROMAN.match(segment) or _office_sign(segment)):
            return _(
                "“%(segment)s” in the resolution number is neither a number, a Roman numeral "
                "nor a sign of the office: write the number as the council did."
            ) % {"segment": segment}
    numbers = [segment for segment in segments if DIGITS.match(segment)]
    if not any(int(segment) > 0 for segment in numbers):
        return _("The resolution number has no number of the resolution in it: “%(number)s”.") % {
            "number": number
        }
    years = [int(s) for s in numbers if len(s) == 4 and 1990 <= int(s) <= 2100]
    if date is not None and years and date.year not in years:
        return _("The number says %(number_year)s, but the resolution is dated %(date_year)s.") % {
            "number_year": years[-1],
            "date_year": date.year,
        }
    return None

"""The Polish catalogue is complete, compiled, keeps its placeholders and is served by Django."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

CATALOGUE_DIR = Path(settings.BASE_DIR) / "locale" / "pl" / "LC_MESSAGES"
PO_PATH = CATALOGUE_DIR / "django.po"
MO_PATH = CATALOGUE_DIR / "django.mo"
PLACEHOLDER = re.compile(r"%\((\w+)\)[sdif]")
POLISH_PLURAL_FORMS = (
    "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
)


@pytest.fixture(scope="module")
def po():
    return polib.pofile(str(PO_PATH))


@pytest.fixture(scope="module")
def mo():
    return polib.mofile(str(MO_PATH))


def _translations(entry) -> list[str]:
    if entry.msgid_plural:
        return [entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural)]
    return [entry.msgstr]


def test_header_declares_polish_with_three_plural_forms(po):
    assert po.metadata["Language"] == "pl"
    assert po.metadata["Plural-Forms"] == POLISH_PLURAL_FORMS
    assert not po.metadata_is_fuzzy


def test_every_entry_is_translated_and_none_is_fuzzy(po):
    assert len(po) > 0
    untranslated = [e.msgid for e in po if not all(_translations(e))]
    fuzzy = [e.msgid for e in po if "fuzzy" in e.flags]
    assert untranslated == []
    assert fuzzy == []


def test_plural_entries_have_all_three_forms(po):
    plurals = [e for e in po if e.msgid_plural]
    assert plurals
    for entry in plurals:
        assert sorted(entry.msgstr_plural) == [0, 1, 2], entry.msgid
        assert all(entry.msgstr_plural.values()), entry.msgid


def test_compiled_catalogue_is_up_to_date(po, mo):
    compiled = {(entry.msgctxt, entry.msgid): entry for entry in mo}
    stale = []
    for entry in po:
        if entry.obsolete:
            continue
        compiled_entry = compiled.get((entry.msgctxt, entry.msgid))
        if compiled_entry is None or _translations(compiled_entry) != _translations(entry):
            stale.append(entry.msgid)
    assert stale == [], "run: python manage.py compilemessages --locale pl"


def test_placeholders_are_kept_in_every_translation(po):
    broken = []
    for entry in po:
        expected = set(PLACEHOLDER.findall(entry.msgid))
        if entry.msgid_plural:
            expected |= set(PLACEHOLDER.findall(entry.msgid_plural))
        for text in _translations(entry):
            if set(PLACEHOLDER.findall(text)) != expected:
                broken.append((entry.msgid, text))
    assert broken == []


def test_django_serves_the_polish_catalogue():
    with translation.override("pl"):
        assert translation.gettext("Action plan") == "Plan działań"
        assert translation.gettext("There is a problem") == "Wystąpił problem"


@pytest.mark.parametrize(
    ("n", "expected"),
    [(1, "1 cel"), (2, "2 cele"), (5, "5 celów"), (12, "12 celów"), (22, "22 cele")],
)
def test_goal_count_uses_polish_plural_forms(n, expected):
    with translation.override("pl"):
        assert translation.ngettext("%(n)s goal", "%(n)s goals", n) % {"n": n} == expected

"""The fonts a PDF document can be set in.

The PDF renderer (documents/pdf.py) never looks at the fonts installed on the server, so a
document comes out the same on every machine. It sees two kinds of fonts:

* the built-in ones: DejaVu Sans and DejaVu Serif, whose files come with matplotlib (a
  dependency already, for the charts), and Libertinus Serif and New Computer Modern, which
  are embedded in Typst itself;
* a local government's own font files, in the directory ``Look.font_dir``.

``Look.font`` names a family; a name the renderer cannot find falls back to DejaVu Sans,
which covers every Polish letter. The rest of the fallback list fills in glyphs the chosen
font lacks; beyond it, Typst looks through every font it was given (matplotlib's STIX for
mathematical signs, and its Last Resort font, which has a placeholder glyph for every
code point), so that no character makes the document fail PDF/UA's "every glyph shown" rule.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from fontTools.ttLib import TTFont

DEFAULT_FONT = "DejaVu Sans"
BUILT_IN_FONTS = ("DejaVu Sans", "DejaVu Serif", "Libertinus Serif", "New Computer Modern")
FALLBACK_FONTS = ("DejaVu Sans", "DejaVu Serif", "New Computer Modern")
FONT_SUFFIXES = frozenset({".ttf", ".otf", ".ttc", ".otc"})

# OpenType "name" table: the typographic family (16) groups the weights that the legacy
# family name (1) splits into families of their own ("Roboto Light"); Typst uses it too.
_TYPOGRAPHIC_FAMILY = 16
_FAMILY = 1


def available_fonts() -> tuple[str, ...]:
    """The families every document can use, whatever its local government uploaded."""
    return BUILT_IN_FONTS


@cache
def bundled_font_dir() -> Path:
    """matplotlib's own font files (DejaVu Sans and Serif among them)."""
    # lazy: matplotlib is heavy and only its data folder is wanted here
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


def font_family_of(path: str | Path) -> str:
    """The family name of a TrueType or OpenType file (the first face of a collection).

    Raises ValueError for a file that is not a font, or a font without a family name.
    """

    try:
        font = TTFont(str(path), fontNumber=0, lazy=True)
        try:
            names = font["name"]
            for name_id in (_TYPOGRAPHIC_FAMILY, _FAMILY):
                record = names.getDebugName(name_id)
                if record and record.strip():
                    return record.strip()
        finally:
            font.close()
    except Exception as error:  # fontTools raises many kinds of errors on bad input
        raise ValueError(f"{Path(path).name} is not a font file: {error}") from error
    raise ValueError(f"{Path(path).name} has no family name.")


def font_families_in(font_dir: str | Path | None) -> set[str]:
    """The families of the font files in a directory (files that are not fonts skipped)."""
    if not font_dir or not Path(font_dir).is_dir():
        return set()
    families = set()
    for path in sorted(Path(font_dir).iterdir()):
        if path.suffix.lower() in FONT_SUFFIXES:
            try:
                families.add(font_family_of(path))
            except ValueError:
                continue
    return families


def font_paths(font_dir: str | Path | None = None) -> list[str]:
    """The directories Typst reads fonts from: matplotlib's, then the government's own."""
    paths = [str(bundled_font_dir())]
    if font_dir and Path(font_dir).is_dir():
        paths.append(str(font_dir))
    return paths


def font_stack(font: str, font_dir: str | Path | None = None) -> list[str]:
    """The families to set a document in, best first: the chosen one if it can be found
    (DejaVu Sans otherwise), then fallbacks for the glyphs it lacks."""
    found = font in BUILT_IN_FONTS or font in font_families_in(font_dir)
    first = font if found else DEFAULT_FONT
    return [first, *(family for family in FALLBACK_FONTS if family != first)]

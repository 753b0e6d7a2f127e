"""The one charting piece of the project: line charts of yearly series.

A chart is described by plain data (``LineChart``) and drawn by matplotlib, once per
content: as SVG for the web pages and PDF documents, as PNG for DOCX. Every chart carries
a text alternative (``alt_text``) and its data table (``table``), which the pages and the
documents show beside it: the picture is never the only way to the numbers.

Colours are the Okabe–Ito palette (told apart with the common colour-vision
deficiencies), and each series also differs by marker and line style, so that the chart
reads in black and white. Numbers are formatted the Polish way (decimal comma).
"""

import base64
import io
from dataclasses import dataclass, field
from functools import lru_cache

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from core.numbers import decimal_text

PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
MARKERS = ("o", "s", "^", "D", "v", "P", "X")
LINE_STYLES = ("-", "--", "-.", ":", "-", "--", "-.")


@dataclass(frozen=True)
class Series:
    label: str
    points: tuple[tuple[int, float | None], ...]  # (year, value), value None where unknown
    emphasis: bool = False  # the unit the chart is about: a thicker line
    dashed: bool = False  # a plan rather than a measurement (a trajectory): a dashed line


@dataclass(frozen=True)
class ReferenceLine:
    label: str
    value: float


@dataclass(frozen=True)
class LineChart:
    title: str
    unit: str
    series: tuple[Series, ...]
    references: tuple[ReferenceLine, ...] = field(default=())
    decimals: int = 1

    @property
    def years(self) -> list[int]:
        return sorted({year for s in self.series for year, _value in s.points})

    @property
    def is_empty(self) -> bool:
        return not any(value is not None for s in self.series for _year, value in s.points)

    def number(self, value: float | None) -> str:
        return decimal_text(value, self.decimals)

    @property
    def alt_text(self) -> str:
        """What the chart shows, in a sentence per series: first and last known value."""
        parts = [_("Line chart: %(title)s (%(unit)s).") % {"title": self.title, "unit": self.unit}]
        for s in self.series:
            known = [(year, value) for year, value in s.points if value is not None]
            if not known:
                parts.append(_("%(label)s: no data.") % {"label": s.label})
            elif len(known) == 1:
                parts.append(
                    _("%(label)s: %(value)s in %(year)s.")
                    % {"label": s.label, "value": self.number(known[0][1]), "year": known[0][0]}
                )
            else:
                (first_year, first), (last_year, last) = known[0], known[-1]
                parts.append(
                    _("%(label)s: from %(first)s in %(first_year)s to %(last)s in %(last_year)s.")
                    % {
                        "label": s.label,
                        "first": self.number(first),
                        "first_year": first_year,
                        "last": self.number(last),
                        "last_year": last_year,
                    }
                )
        for line in self.references:
            parts.append(
                _("%(label)s: %(value)s.") % {"label": line.label, "value": self.number(line.value)}
            )
        return " ".join(parts)

    @property
    def table(self) -> tuple[list[str], list[list[str]]]:
        """(header row, rows): a row per series, a column per year, values formatted."""
        years = self.years
        header = [_("Series"), *(str(year) for year in years)]
        rows = []
        for s in self.series:
            values = dict(s.points)
            rows.append([s.label, *(self.number(values.get(year)) for year in years)])
        return header, rows

    def svg(self) -> str:
        return _render(self, "svg").decode()

    def png(self) -> bytes:
        return _render(self, "png")

    def svg_data_uri(self) -> str:
        return "data:image/svg+xml;base64," + base64.b64encode(_render(self, "svg")).decode()


@lru_cache(maxsize=512)
def _render(chart: LineChart, fmt: str) -> bytes:
    """Draw a chart (memoised by its content: charts of unchanged figures are not redrawn)."""
    # lazy: matplotlib costs ~40 MB and half a second; most processes never draw a chart
    from matplotlib import rc_context

    # Text stays text in SVG (a font family, not glyph outlines): a third of the size.
    with rc_context({"svg.fonttype": "none", "font.family": ["DejaVu Sans", "sans-serif"]}):
        return _draw(chart, fmt)


def _draw(chart: LineChart, fmt: str) -> bytes:
    # lazy: as in _render
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    figure = Figure(figsize=(6.4, 3.6), layout="constrained")
    axes = figure.subplots()
    for index, s in enumerate(chart.series):
        points = [(year, value) for year, value in s.points if value is not None]
        if not points:
            continue
        years, values = zip(*points, strict=True)
        axes.plot(
            years,
            values,
            label=s.label,
            color=PALETTE[index % len(PALETTE)],
            marker=MARKERS[index % len(MARKERS)],
            linestyle="--" if s.dashed else LINE_STYLES[index % len(LINE_STYLES)],
            linewidth=2.6 if s.emphasis else 1.5,
            markersize=5 if s.emphasis else 4,
        )
    for index, line in enumerate(chart.references):
        axes.axhline(
            line.value,
            label=line.label,
            color="#555555",
            linestyle=(0, (2, 2 + index)),
            linewidth=1.2,
        )
    axes.set_ylabel(chart.unit)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=6))
    axes.yaxis.set_major_formatter(
        FuncFormatter(
            lambda value, _pos: number_format(value, _tick_decimals(axes), force_grouping=True)
        )
    )
    axes.grid(axis="y", color="#dddddd", linewidth=0.8)
    axes.spines[["top", "right"]].set_visible(False)
    if axes.get_legend_handles_labels()[0]:
        axes.legend(
            loc="upper center",
            bbox_to_anchor=(0.5, -0.12),
            ncols=2,
            frameon=False,
            fontsize=8,
        )
    buffer = io.BytesIO()
    metadata = {"Date": None} if fmt == "svg" else {}
    figure.savefig(buffer, format=fmt, dpi=150, metadata=metadata)
    return buffer.getvalue()


def _tick_decimals(axes) -> int:
    low, high = axes.get_ylim()
    span = abs(high - low)
    return 0 if span >= 10 else 1 if span >= 1 else 2

"""The one charting piece: the same chart as SVG and PNG, with its words and numbers."""

from xml.etree import ElementTree

from core.charts import LineChart, ReferenceLine, Series, _render

CHART = LineChart(
    title="Bezrobocie",
    unit="%",
    series=(
        Series("Przykładowo", ((2021, 10.0), (2022, None), (2023, 12.25)), emphasis=True),
        Series("Polska", ((2021, 5.0), (2022, 5.5), (2023, 5.0))),
        Series("Powiat", ((2021, None), (2022, None), (2023, None))),
    ),
    references=(ReferenceLine("mediana grupy", 6.5),),
)


def test_svg_is_a_real_svg_document_and_png_a_real_png():
    root = ElementTree.fromstring(CHART.svg().encode())  # noqa: S314 (our own output)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert CHART.png().startswith(b"\x89PNG\r\n\x1a\n")
    assert CHART.svg_data_uri().startswith("data:image/svg+xml;base64,")


def test_text_alternative_names_every_series_in_polish_numbers():
    alt = CHART.alt_text
    assert alt.startswith("Wykres liniowy: Bezrobocie (%).")
    assert "Przykładowo: od 10,0 w 2021 do 12,2 w 2023." in alt or "12,3 w 2023" in alt
    assert "Powiat: brak danych." in alt
    assert "mediana grupy: 6,5." in alt


def test_data_table_has_a_column_per_year_and_dashes_for_gaps():
    header, rows = CHART.table
    assert header == ["Seria", "2021", "2022", "2023"]
    assert rows[0][:3] == ["Przykładowo", "10,0", "–"]


def test_charts_are_drawn_once_per_content():
    _render.cache_clear()
    CHART.svg()
    same = LineChart(
        title=CHART.title, unit=CHART.unit, series=CHART.series, references=CHART.references
    )
    same.svg()
    assert _render.cache_info().hits == 1


def test_an_empty_chart_is_known_as_empty_and_still_draws():
    empty = LineChart(title="Nic", unit="%", series=(Series("A", ((2020, None),)),))
    assert empty.is_empty
    assert b"<svg" in empty.svg().encode()

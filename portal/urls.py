"""The public portal (``portal/``, before the governments' own pages in config/urls.py)."""

from django.urls import include, path

from . import views

G = "<slug:government>/"
S = G + "strategie/<int:strategy>/"

urlpatterns = [
    path("", views.portal_index, name="portal_index"),
    path(G, views.government_home, name="portal_government"),
    path(G + "konsultacje/", include("portal.urls_consultations")),
    path(G + "deklaracja-dostepnosci/", views.accessibility_statement, name="portal_accessibility"),
    path(S, views.strategy_page, name="portal_strategy"),
    path(S + "wskazniki/", views.indicators_page, name="portal_indicators"),
    path(S + "wskazniki/<int:indicator>/", views.indicator_page, name="portal_indicator"),
    path(S + "raporty/<int:cycle>/", views.report_page, name="portal_report"),
    path(S + "dokumenty/<int:document>/", views.document_download, name="portal_document"),
    path(S + "dane/", views.open_data, name="portal_open_data"),
    path(S + "dane/<slug:dataset>.<slug:fmt>", views.open_data_file, name="portal_open_data_file"),
]

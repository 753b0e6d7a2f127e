"""The public portal (``portal/``, before the governments' own pages in config/urls.py):
a government's public pages under its slug, a strategy's under ``strategie/<n>/``."""

from django.urls import include, path

from . import views

strategy_urlpatterns = [
    path("", views.strategy_page, name="portal_strategy"),
    path("wskazniki/", views.indicators_page, name="portal_indicators"),
    path("wskazniki/<int:indicator>/", views.indicator_page, name="portal_indicator"),
    path("raporty/<int:cycle>/", views.report_page, name="portal_report"),
    path("dokumenty/<int:document>/", views.document_download, name="portal_document"),
    path("dane/", views.open_data, name="portal_open_data"),
    path("dane/<slug:dataset>.<slug:fmt>", views.open_data_file, name="portal_open_data_file"),
]

government_urlpatterns = [
    path("", views.government_home, name="portal_government"),
    path("konsultacje/", include("portal.urls_consultations")),
    path("deklaracja-dostepnosci/", views.accessibility_statement, name="portal_accessibility"),
    path("strategie/<int:strategy>/", include(strategy_urlpatterns)),
]

urlpatterns = [
    path("", views.portal_index, name="portal_index"),
    path("<slug:government>/", include(government_urlpatterns)),
]

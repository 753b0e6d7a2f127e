"""The judgement of indicators (included under ``<slug:government>/`` in config/urls.py)."""

from django.urls import path

from . import views_indicators as views

S = "strategie/<int:strategy>/ocena-wskaznikow/"

urlpatterns = [
    path(S, views.indicator_judgements_view, name="indicator_judgements"),
    path(S + "<int:indicator>/", views.indicator_judgement_view, name="indicator_judgement"),
]

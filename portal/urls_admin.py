"""The portal's settings in a government's own pages (login)."""

from django.urls import path

from . import views

urlpatterns = [
    path(
        "portal/deklaracja-dostepnosci/",
        views.accessibility_statement_edit,
        name="accessibility_statement_edit",
    ),
]

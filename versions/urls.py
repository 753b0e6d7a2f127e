"""Versions of a strategy (config/urls.py nests ``strategy_urlpatterns`` under
``<slug:government>/strategie/<int:strategy>/``)."""

from django.urls import include, path

from . import views

strategy_urlpatterns = [
    path(
        "wersje/",
        include(
            [
                path("", views.version_list, name="version_list"),
                path("nowa/", views.version_create, name="version_create"),
                path("porownanie/", views.version_compare, name="version_compare"),
                path("<int:version>/", views.version_detail, name="version_detail"),
                path("<int:version>/edycja/", views.version_edit, name="version_edit"),
            ]
        ),
    )
]

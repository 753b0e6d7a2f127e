"""The addresses of the whole site. A local government's pages live under its slug, and a
strategy's under ``<slug:government>/strategie/<int:strategy>/``: each app's ``urls.py``
holds its government-level ``urlpatterns`` and, if it has any, its ``strategy_urlpatterns``,
nested here once (the views get the strategy from strategies.access.strategy_view)."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

import adoption.urls
import consultations.urls
import diagnosis.urls
import documents.urls
import governments.urls
import monitoring.urls
import portal.urls_admin
import preparation.urls
import strategies.urls
import teams.urls
import versions.urls
import workshops.urls
from governments import views as government_views

# The apps with pages of the local government (its register, settings, dashboards).
GOVERNMENT_APPS = (
    governments.urls,
    strategies.urls,
    diagnosis.urls,
    monitoring.urls,
    documents.urls,
    portal.urls_admin,
)

# The apps with pages of one strategy, in the order of the strategy's lifecycle.
STRATEGY_APPS = (
    strategies.urls,
    preparation.urls,
    teams.urls,
    workshops.urls,
    versions.urls,
    consultations.urls,
    adoption.urls,
    monitoring.urls,
    documents.urls,
)

urlpatterns = [
    path("admin/", admin.site.urls),
    path("logowanie/", auth_views.LoginView.as_view(), name="login"),
    path("wylogowanie/", auth_views.LogoutView.as_view(), name="logout"),
    path("", government_views.home, name="home"),
    path("formularz/", include("monitoring.urls_public")),
    path("portal/", include("portal.urls")),
    path("w/", include("workshops.urls_public")),
    path(
        "<slug:government>/",
        include(
            [
                path(
                    "strategie/<int:strategy>/",
                    include([p for app in STRATEGY_APPS for p in app.strategy_urlpatterns]),
                ),
                *(pattern for app in GOVERNMENT_APPS for pattern in app.urlpatterns),
            ]
        ),
    ),
]

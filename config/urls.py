"""The addresses of the whole site. A local government's pages live under its slug, and a
strategy's under ``<slug:government>/strategie/<int:strategy>/``: each app's ``urls.py``
holds its government-level ``urlpatterns`` and, if it has any, its ``strategy_urlpatterns``,
nested here once (the views get the strategy from strategies.access.strategy_view)."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

import consultations.urls
import documents.urls
import monitoring.urls
import preparation.urls
import strategies.urls
import teams.urls
import versions.urls
import workshops.urls
from governments import views as government_views

# The apps with pages of one strategy, in the order of the strategy's lifecycle.
STRATEGY_APPS = (
    strategies.urls,
    preparation.urls,
    teams.urls,
    workshops.urls,
    versions.urls,
    consultations.urls,
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
        "<slug:government>/strategie/<int:strategy>/",
        include([pattern for app in STRATEGY_APPS for pattern in app.strategy_urlpatterns]),
    ),
    path("<slug:government>/", include("governments.urls")),
    path("<slug:government>/", include("strategies.urls")),
    path("<slug:government>/", include("diagnosis.urls")),
    path("<slug:government>/", include("monitoring.urls")),
    path("<slug:government>/", include("documents.urls")),
    path("<slug:government>/", include("portal.urls_admin")),
]

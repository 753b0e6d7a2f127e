from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from governments import views as government_views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("logowanie/", auth_views.LoginView.as_view(), name="login"),
    path("wylogowanie/", auth_views.LogoutView.as_view(), name="logout"),
    path("", government_views.home, name="home"),
    path("formularz/", include("monitoring.urls_public")),
    path("portal/", include("portal.urls")),
    path("w/", include("workshops.urls_public")),
    path("<slug:government>/", include("governments.urls")),
    path("<slug:government>/", include("strategies.urls")),
    path("<slug:government>/", include("preparation.urls")),
    path("<slug:government>/", include("diagnosis.urls")),
    path("<slug:government>/", include("monitoring.urls")),
    path("<slug:government>/", include("monitoring.urls_indicators")),
    path("<slug:government>/", include("documents.urls")),
    path("<slug:government>/", include("versions.urls")),
    path("<slug:government>/", include("teams.urls")),
    path("<slug:government>/", include("workshops.urls")),
    path("<slug:government>/", include("portal.urls_admin")),
    path("<slug:government>/", include("consultations.urls")),
]

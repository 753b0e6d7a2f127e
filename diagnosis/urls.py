from django.urls import path

from . import views

urlpatterns = [
    path("diagnoza/dane-wlasne/", views.local_figures, name="local_figures"),
    path("diagnoza/dane-wlasne/import/", views.local_figures_import, name="local_figures_import"),
]

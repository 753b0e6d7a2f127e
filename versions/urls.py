from django.urls import path

from . import views

V = "strategie/<int:strategy>/wersje/"

urlpatterns = [
    path(V, views.version_list, name="version_list"),
    path(V + "nowa/", views.version_create, name="version_create"),
    path(V + "porownanie/", views.version_compare, name="version_compare"),
    path(V + "<int:version>/", views.version_detail, name="version_detail"),
    path(V + "<int:version>/edycja/", views.version_edit, name="version_edit"),
]

from django.urls import path

from . import views

urlpatterns = [
    path("instytucje/", views.institution_list, name="institution_list"),
    path("instytucje/nowa/", views.institution_form, name="institution_create"),
    path("instytucje/<int:institution>/edycja/", views.institution_form, name="institution_edit"),
    path("instytucje/<int:institution>/usun/", views.institution_delete, name="institution_delete"),
    path(
        "instytucje/<int:institution>/historia/",
        views.institution_history,
        name="institution_history",
    ),
]

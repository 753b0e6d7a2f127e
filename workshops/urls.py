from django.urls import path

from . import views

S = "strategie/<int:strategy>/warsztaty/"
W = S + "<int:workshop>/"

urlpatterns = [
    path(S, views.workshop_list, name="workshop_list"),
    path(S + "nowy/", views.workshop_create, name="workshop_create"),
    path(W, views.workshop_detail, name="workshop_detail"),
    path(W + "edycja/", views.workshop_edit, name="workshop_edit"),
    path(W + "usun/", views.workshop_delete, name="workshop_delete"),
    path(W + "status/", views.workshop_status, name="workshop_status"),
    path(W + "nowe-linki/", views.workshop_links_reset, name="workshop_links_reset"),
    path(W + "kody/", views.workshop_codes, name="workshop_codes"),
    path(W + "problemy/dodaj/", views.workshop_problem_add, name="workshop_problem_add"),
    path(W + "problemy/z-diagnozy/", views.workshop_problems_load, name="workshop_problems_load"),
    path(
        W + "problemy/<int:item>/usun/",
        views.workshop_problem_delete,
        name="workshop_problem_delete",
    ),
    path(W + "wyniki/", views.workshop_results, name="workshop_results"),
    path(W + "wyniki/problemy/<int:item>/cel/", views.problem_make_goal, name="problem_make_goal"),
    path(
        W + "wyniki/problemy/<int:item>/dzialanie/",
        views.problem_make_action,
        name="problem_make_action",
    ),
    path(W + "wyniki/swot/<int:entry>/cel/", views.entry_make_goal, name="entry_make_goal"),
    path(
        W + "wyniki/swot/<int:entry>/dzialanie/",
        views.entry_make_action,
        name="entry_make_action",
    ),
    path(W + "wyniki/swot/<int:entry>/ukryj/", views.swot_entry_hide, name="swot_entry_hide"),
]

"""Workshops of a strategy, for its team (config/urls.py nests ``strategy_urlpatterns``
under ``<slug:government>/strategie/<int:strategy>/``); the participants' and projector's
pages are in urls_public.py."""

from django.urls import include, path

from . import views

results_urlpatterns = [
    path("", views.workshop_results, name="workshop_results"),
    path("problemy/<int:item>/cel/", views.problem_make_goal, name="problem_make_goal"),
    path("problemy/<int:item>/dzialanie/", views.problem_make_action, name="problem_make_action"),
    path("swot/<int:entry>/cel/", views.entry_make_goal, name="entry_make_goal"),
    path("swot/<int:entry>/dzialanie/", views.entry_make_action, name="entry_make_action"),
    path("swot/<int:entry>/ukryj/", views.swot_entry_hide, name="swot_entry_hide"),
]

workshop_urlpatterns = [
    path("", views.workshop_detail, name="workshop_detail"),
    path("edycja/", views.workshop_edit, name="workshop_edit"),
    path("usun/", views.workshop_delete, name="workshop_delete"),
    path("status/", views.workshop_status, name="workshop_status"),
    path("nowe-linki/", views.workshop_links_reset, name="workshop_links_reset"),
    path("kody/", views.workshop_codes, name="workshop_codes"),
    path("problemy/dodaj/", views.workshop_problem_add, name="workshop_problem_add"),
    path("problemy/z-diagnozy/", views.workshop_problems_load, name="workshop_problems_load"),
    path(
        "problemy/<int:item>/usun/", views.workshop_problem_delete, name="workshop_problem_delete"
    ),
    path("wyniki/", include(results_urlpatterns)),
]

strategy_urlpatterns = [
    path("warsztaty/", views.workshop_list, name="workshop_list"),
    path("warsztaty/nowy/", views.workshop_create, name="workshop_create"),
    path("warsztaty/<int:workshop>/", include(workshop_urlpatterns)),
]

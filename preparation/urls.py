"""The preparation schedule, one strategy's (config/urls.py nests ``strategy_urlpatterns``
under ``<slug:government>/strategie/<int:strategy>/``)."""

from django.urls import include, path

from . import views

strategy_urlpatterns = [
    path(
        "harmonogram/",
        include(
            [
                path("", views.schedule, name="schedule"),
                path("nowy/", views.step_form, name="schedule_step_create"),
                path("z-szablonu/", views.schedule_template, name="schedule_template"),
                path("<int:step>/edycja/", views.step_form, name="schedule_step_edit"),
                path("<int:step>/usun/", views.step_delete, name="schedule_step_delete"),
                path("<int:step>/przesun/", views.step_move, name="schedule_step_move"),
                path("historia/", views.schedule_history, name="schedule_history"),
            ]
        ),
    )
]

from django.urls import path

from . import views

S = "strategie/<int:strategy>/harmonogram/"

urlpatterns = [
    path(S, views.schedule, name="schedule"),
    path(S + "nowy/", views.step_form, name="schedule_step_create"),
    path(S + "z-szablonu/", views.schedule_template, name="schedule_template"),
    path(S + "<int:step>/edycja/", views.step_form, name="schedule_step_edit"),
    path(S + "<int:step>/usun/", views.step_delete, name="schedule_step_delete"),
    path(S + "<int:step>/przesun/", views.step_move, name="schedule_step_move"),
    path(S + "historia/", views.schedule_history, name="schedule_history"),
]

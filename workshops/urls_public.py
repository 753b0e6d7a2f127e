"""Addresses outside any local government: a workshop's short links, opened without an
account on a participant's phone (``/w/<token>/``) and on the room's projector."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.workshop_enter, name="workshop_enter"),
    path("ekran/<str:token>/", views.workshop_projector, name="workshop_projector"),
    path("<str:token>/", views.workshop_vote, name="workshop_vote"),
    path("<str:token>/swot/", views.workshop_swot, name="workshop_swot"),
]

"""Addresses outside any local government: a monitoring form opened by a personal link."""

from django.urls import path

from . import views

urlpatterns = [
    path("<str:token>/", views.link_fill, name="link_fill"),
    path("<str:token>/zapisz/", views.link_save, name="link_save"),
]

"""Public pages of consultations, included by portal/urls.py under
``portal/<government>/konsultacje/``; the opinion form of an invited body is opened by its
personal link (the token is the key)."""

from django.urls import path

from . import views_consultations as views

K = "<int:consultation>/"

urlpatterns = [
    path("", views.consultation_index, name="portal_consultations"),
    path(K, views.consultation_page, name="portal_consultation"),
    path(K + "raport/", views.consultation_report_page, name="portal_consultation_report"),
    path(K + "opinia/<str:token>/", views.opinion_form, name="consultation_opinion"),
]

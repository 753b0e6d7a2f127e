"""Public pages of consultations, included by portal/urls.py under
``portal/<government>/konsultacje/``; the opinion form of an invited body is opened by its
personal link (the token is the key)."""

from django.urls import include, path

from . import views_consultations as views

consultation_urlpatterns = [
    path("", views.consultation_page, name="portal_consultation"),
    path("raport/", views.consultation_report_page, name="portal_consultation_report"),
    path("opinia/<str:token>/", views.opinion_form, name="consultation_opinion"),
]

urlpatterns = [
    path("", views.consultation_index, name="portal_consultations"),
    path("<int:consultation>/", include(consultation_urlpatterns)),
]

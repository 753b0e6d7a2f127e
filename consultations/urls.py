"""The team's pages of consultations, under a strategy."""

from django.urls import path

from . import views

C = "strategie/<int:strategy>/konsultacje/"
K = C + "<int:consultation>/"
U = K + "uwagi/<int:comment>/"

urlpatterns = [
    path(C, views.consultation_list, name="consultation_list"),
    path(C + "nowe/", views.consultation_create, name="consultation_create"),
    path(K, views.consultation_detail, name="consultation_detail"),
    path(K + "edycja/", views.consultation_edit, name="consultation_edit"),
    path(K + "uwagi/", views.comment_list, name="comment_list"),
    path(U, views.comment_detail, name="comment_detail"),
    path(U + "ukryj/", views.comment_hide, name="comment_hide"),
    path(U + "przywroc/", views.comment_unhide, name="comment_unhide"),
    path(U + "odpowiedz/", views.comment_answer, name="comment_answer"),
    path(K + "zaproszenia/", views.invitation_list, name="invitation_list"),
    path(K + "zaproszenia/nowe/", views.invitation_create, name="invitation_create"),
    path(
        K + "zaproszenia/<int:invitation>/uniewaznij/",
        views.invitation_revoke,
        name="invitation_revoke",
    ),
    path(K + "raport/", views.report_preview, name="report_preview"),
    path(K + "raport/publikuj/", views.report_publish, name="report_publish"),
]

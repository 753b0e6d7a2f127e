"""The team's pages of consultations (config/urls.py nests ``strategy_urlpatterns`` under
``<slug:government>/strategie/<int:strategy>/``); the public ones are the portal's."""

from django.urls import include, path

from . import views

comment_urlpatterns = [
    path("", views.comment_detail, name="comment_detail"),
    path("ukryj/", views.comment_hide, name="comment_hide"),
    path("przywroc/", views.comment_unhide, name="comment_unhide"),
    path("odpowiedz/", views.comment_answer, name="comment_answer"),
]

consultation_urlpatterns = [
    path("", views.consultation_detail, name="consultation_detail"),
    path("edycja/", views.consultation_edit, name="consultation_edit"),
    path("uwagi/", views.comment_list, name="comment_list"),
    path("uwagi/<int:comment>/", include(comment_urlpatterns)),
    path("zaproszenia/", views.invitation_list, name="invitation_list"),
    path("zaproszenia/nowe/", views.invitation_create, name="invitation_create"),
    path(
        "zaproszenia/<int:invitation>/uniewaznij/",
        views.invitation_revoke,
        name="invitation_revoke",
    ),
    path("raport/", views.report_preview, name="report_preview"),
    path("raport/publikuj/", views.report_publish, name="report_publish"),
]

strategy_urlpatterns = [
    path("konsultacje/", views.consultation_list, name="consultation_list"),
    path("konsultacje/nowe/", views.consultation_create, name="consultation_create"),
    path("konsultacje/<int:consultation>/", include(consultation_urlpatterns)),
]

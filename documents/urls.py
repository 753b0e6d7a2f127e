from django.urls import path

from . import views

S = "strategie/<int:strategy>/"

urlpatterns = [
    path("dokumenty/wyglad/", views.look_edit, name="document_look"),
    path(
        "dokumenty/wzor-strony-tytulowej.docx",
        views.title_template_model,
        name="title_template_model",
    ),
    path(S + "dokumenty/", views.document_list, name="document_list"),
    path(S + "dokumenty/nowy/", views.document_create, name="document_create"),
    path(S + "dokumenty/teksty/", views.strategy_texts, name="strategy_texts"),
    path(
        S + "dokumenty/<int:document>/pobierz/", views.document_download, name="document_download"
    ),
    path(
        S + "dokumenty/<int:document>/publikacja/",
        views.document_publish,
        name="document_publish",
    ),
    path(S + "dokumenty/<int:document>/usun/", views.document_delete, name="document_delete"),
]

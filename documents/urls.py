"""Documents: the government's look of documents (``urlpatterns``) and a strategy's
documents (``strategy_urlpatterns``, nested by config/urls.py under
``<slug:government>/strategie/<int:strategy>/``)."""

from django.urls import include, path

from . import views

urlpatterns = [
    path("dokumenty/wyglad/", views.look_edit, name="document_look"),
    path(
        "dokumenty/wzor-strony-tytulowej.docx",
        views.title_template_model,
        name="title_template_model",
    ),
]

strategy_urlpatterns = [
    path(
        "dokumenty/",
        include(
            [
                path("", views.document_list, name="document_list"),
                path("nowy/", views.document_create, name="document_create"),
                path("teksty/", views.strategy_texts, name="strategy_texts"),
                path("<int:document>/pobierz/", views.document_download, name="document_download"),
                path("<int:document>/publikacja/", views.document_publish, name="document_publish"),
                path("<int:document>/usun/", views.document_delete, name="document_delete"),
            ]
        ),
    )
]

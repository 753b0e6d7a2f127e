"""The yearly monitoring: the government's approval path (``urlpatterns``) and a strategy's
cycles, forms, reports and the judgement of its indicators (``strategy_urlpatterns``,
nested by config/urls.py under ``<slug:government>/strategie/<int:strategy>/``)."""

from django.urls import include, path

from . import views, views_indicators

urlpatterns = [
    path("monitoring/sciezka-zatwierdzania/", views.approval_stages, name="approval_stages"),
]

form_urlpatterns = [
    path("", views.form_fill, name="form_fill"),
    path("zapisz/", views.form_save, name="form_save"),
    path("zwroc/", views.form_return, name="form_return"),
    path("przyjmij/", views.form_accept, name="form_accept"),
    path("linki/", views.link_create, name="link_create"),
    path("linki/<int:link>/uniewaznij/", views.link_revoke, name="link_revoke"),
]

cycle_urlpatterns = [
    path("", views.cycle_board, name="cycle_board"),
    path("przypomnij/", views.cycle_remind, name="cycle_remind"),
    path("raport/", views.cycle_report, name="cycle_report"),
    path("raport/wnioski/", views.conclusions_edit, name="conclusions_edit"),
    path("raport/publikuj/", views.cycle_publish, name="cycle_publish"),
    path("rekomendacje/nowa/", views.recommendation_edit, name="recommendation_create"),
    path(
        "rekomendacje/<int:recommendation>/",
        views.recommendation_edit,
        name="recommendation_edit",
    ),
    path(
        "rekomendacje/<int:recommendation>/usun/",
        views.recommendation_delete,
        name="recommendation_delete",
    ),
    path("zatwierdzanie/<int:approval>/", views.approval_edit, name="approval_edit"),
    path("formularze/<int:form>/", include(form_urlpatterns)),
]

strategy_urlpatterns = [
    path("monitoring/", views.cycle_list, name="cycle_list"),
    path("monitoring/dzialania/<int:action>/", views.action_over_years, name="action_over_years"),
    path("monitoring/<int:cycle>/", include(cycle_urlpatterns)),
    path(
        "ocena-wskaznikow/",
        views_indicators.indicator_judgements_view,
        name="indicator_judgements",
    ),
    path(
        "ocena-wskaznikow/<int:indicator>/",
        views_indicators.indicator_judgement_view,
        name="indicator_judgement",
    ),
]

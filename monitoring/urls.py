from django.urls import path

from . import views

S = "strategie/<int:strategy>/monitoring/"
F = S + "<int:cycle>/formularze/<int:form>/"

C = S + "<int:cycle>/"

urlpatterns = [
    path("monitoring/sciezka-zatwierdzania/", views.approval_stages, name="approval_stages"),
    path(C + "raport/", views.cycle_report, name="cycle_report"),
    path(C + "raport/wnioski/", views.conclusions_edit, name="conclusions_edit"),
    path(C + "raport/publikuj/", views.cycle_publish, name="cycle_publish"),
    path(C + "rekomendacje/nowa/", views.recommendation_edit, name="recommendation_create"),
    path(
        C + "rekomendacje/<int:recommendation>/",
        views.recommendation_edit,
        name="recommendation_edit",
    ),
    path(
        C + "rekomendacje/<int:recommendation>/usun/",
        views.recommendation_delete,
        name="recommendation_delete",
    ),
    path(C + "zatwierdzanie/<int:approval>/", views.approval_edit, name="approval_edit"),
    path(S, views.cycle_list, name="cycle_list"),
    path(S + "dzialania/<int:action>/", views.action_over_years, name="action_over_years"),
    path(S + "<int:cycle>/", views.cycle_board, name="cycle_board"),
    path(S + "<int:cycle>/przypomnij/", views.cycle_remind, name="cycle_remind"),
    path(F, views.form_fill, name="form_fill"),
    path(F + "zapisz/", views.form_save, name="form_save"),
    path(F + "zwroc/", views.form_return, name="form_return"),
    path(F + "przyjmij/", views.form_accept, name="form_accept"),
    path(F + "linki/", views.link_create, name="link_create"),
    path(F + "linki/<int:link>/uniewaznij/", views.link_revoke, name="link_revoke"),
]

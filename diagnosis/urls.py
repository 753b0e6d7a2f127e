from django.urls import path

from . import views

urlpatterns = [
    path("diagnoza/", views.diagnosis_overview, name="diagnosis"),
    path("diagnoza/wskazniki/", views.indicator_list, name="diagnosis_indicators"),
    path("diagnoza/wskazniki/nowy/", views.indicator_edit, name="diagnosis_indicator_create"),
    path(
        "diagnoza/wskazniki/<int:own_indicator>/",
        views.indicator_edit,
        name="diagnosis_indicator_edit",
    ),
    path(
        "diagnoza/wskazniki/<int:own_indicator>/usun/",
        views.indicator_delete,
        name="diagnosis_indicator_delete",
    ),
    path("diagnoza/rozdzial/", views.diagnosis_chapter, name="diagnosis_chapter"),
    path("diagnoza/historia/", views.diagnosis_history, name="diagnosis_history"),
    path("diagnoza/odswiez-flagi/", views.problems_refresh, name="problems_refresh"),
    path("diagnoza/grupa/", views.comparison_group, name="comparison_group"),
    path("diagnoza/grupa/zmien/", views.comparison_group_edit, name="comparison_group_edit"),
    path("diagnoza/grupa/domyslna/", views.comparison_group_reset, name="comparison_group_reset"),
    path("diagnoza/problemy/nowy/", views.problem_create, name="problem_create"),
    path("diagnoza/problemy/<int:problem>/", views.problem_detail, name="problem_detail"),
    path("diagnoza/problemy/<int:problem>/ocena/", views.problem_review, name="problem_review"),
    path("diagnoza/problemy/<int:problem>/usun/", views.problem_delete, name="problem_delete"),
    path("diagnoza/dane-wlasne/", views.local_figures, name="local_figures"),
    path("diagnoza/dane-wlasne/import/", views.local_figures_import, name="local_figures_import"),
    path("diagnoza/import/", views.bdl_import, name="bdl_import"),
    path("diagnoza/import/<int:job>/", views.bdl_import_job, name="bdl_import_job"),
    path("diagnoza/import/<int:job>/wznow/", views.bdl_import_resume, name="bdl_import_resume"),
    path("diagnoza/import-bdl-csv/", views.bdl_csv_import, name="bdl_csv_import"),
    path(
        "diagnoza/import-bdl-csv/<int:upload>/usun/",
        views.statistics_upload_delete,
        name="statistics_upload_delete",
    ),
    path("diagnoza/dziedziny/<slug:domain>/", views.diagnosis_domain, name="diagnosis_domain"),
    path("diagnoza/dziedziny/<slug:domain>/opis/", views.narrative_edit, name="narrative_edit"),
]

"""The strategies of a local government (``urlpatterns``, under ``<slug:government>/``) and
one strategy's own pages (``strategy_urlpatterns``, under
``<slug:government>/strategie/<int:strategy>/``: config/urls.py nests every app's once)."""

from django.urls import include, path

from . import views

urlpatterns = [
    path("", views.dashboard, name="government_dashboard"),
    path("strategie/", views.strategy_list, name="strategy_list"),
    path("strategie/nowa/", views.strategy_create, name="strategy_create"),
    path(
        "zrodla-finansowania/",
        include(
            [
                path("", views.source_list, name="source_list"),
                path("nowe/", views.source_form, name="source_create"),
                path("<int:source>/edycja/", views.source_form, name="source_edit"),
                path("<int:source>/usun/", views.source_delete, name="source_delete"),
                path("<int:source>/przesun/", views.source_move, name="source_move"),
                path("<int:source>/historia/", views.source_history, name="source_history"),
            ]
        ),
    ),
]

strategy_urlpatterns = [
    path("", views.strategy_detail, name="strategy_detail"),
    path("edycja/", views.strategy_edit, name="strategy_edit"),
    path("poziomy/", views.strategy_levels, name="strategy_levels"),
    path("status/", views.strategy_status, name="strategy_status"),
    path("usun/", views.strategy_delete, name="strategy_delete"),
    path("historia/", views.strategy_history, name="strategy_history"),
    path("plan/", views.plan, name="plan"),
    path("plan.xlsx", views.plan_xlsx, name="plan_xlsx"),
    path("ramy-finansowe/", views.framework, name="framework"),
    path("cele/nowy/", views.goal_create, name="goal_create"),
    path(
        "cele/<int:goal>/",
        include(
            [
                path("", views.goal_view, name="goal_detail"),
                path("edycja/", views.goal_edit, name="goal_edit"),
                path("usun/", views.goal_delete, name="goal_delete"),
                path("przesun/", views.goal_move, name="goal_move"),
                path("historia/", views.goal_history, name="goal_history"),
            ]
        ),
    ),
    path("dzialania/nowe/", views.action_create, name="action_create"),
    path(
        "dzialania/<int:action>/",
        include(
            [
                path("", views.action_view, name="action_detail"),
                path("edycja/", views.action_edit, name="action_edit"),
                path("kwoty/", views.action_amounts, name="action_amounts"),
                path("usun/", views.action_delete, name="action_delete"),
                path("przesun/", views.action_move, name="action_move"),
                path("historia/", views.action_history, name="action_history"),
            ]
        ),
    ),
    path("wskazniki/nowy/", views.indicator_create, name="indicator_create"),
    path(
        "wskazniki/<int:indicator>/",
        include(
            [
                path("", views.indicator_view, name="indicator_detail"),
                path("edycja/", views.indicator_edit, name="indicator_edit"),
                path("wartosci/", views.indicator_values, name="indicator_values"),
                path("usun/", views.indicator_delete, name="indicator_delete"),
                path("przesun/", views.indicator_move, name="indicator_move"),
                path("historia/", views.indicator_history, name="indicator_history"),
            ]
        ),
    ),
]

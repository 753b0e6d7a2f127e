"""The strategies of a local government (``urlpatterns``, under ``<slug:government>/``) and
one strategy's own pages (``strategy_urlpatterns``, under
``<slug:government>/strategie/<int:strategy>/``: config/urls.py nests every app's once)."""

from django.urls import include, path

from .views import actions, goals, indicators, plan, sources, strategies

urlpatterns = [
    path("", strategies.dashboard, name="government_dashboard"),
    path("strategie/", strategies.strategy_list, name="strategy_list"),
    path("strategie/nowa/", strategies.strategy_create, name="strategy_create"),
    path(
        "zrodla-finansowania/",
        include(
            [
                path("", sources.source_list, name="source_list"),
                path("nowe/", sources.source_form, name="source_create"),
                path("<int:source>/edycja/", sources.source_form, name="source_edit"),
                path("<int:source>/usun/", sources.source_delete, name="source_delete"),
                path("<int:source>/przesun/", sources.source_move, name="source_move"),
                path("<int:source>/historia/", sources.source_history, name="source_history"),
            ]
        ),
    ),
]

strategy_urlpatterns = [
    path("", strategies.strategy_detail, name="strategy_detail"),
    path("edycja/", strategies.strategy_edit, name="strategy_edit"),
    path("poziomy/", strategies.strategy_levels, name="strategy_levels"),
    path("status/", strategies.strategy_status, name="strategy_status"),
    path("usun/", strategies.strategy_delete, name="strategy_delete"),
    path("historia/", strategies.strategy_history, name="strategy_history"),
    path("plan/", plan.plan, name="plan"),
    path("plan.xlsx", plan.plan_xlsx, name="plan_xlsx"),
    path("ramy-finansowe/", plan.framework, name="framework"),
    path("cele/nowy/", goals.goal_create, name="goal_create"),
    path(
        "cele/<int:goal>/",
        include(
            [
                path("", goals.goal_view, name="goal_detail"),
                path("edycja/", goals.goal_edit, name="goal_edit"),
                path("usun/", goals.goal_delete, name="goal_delete"),
                path("przesun/", goals.goal_move, name="goal_move"),
                path("historia/", goals.goal_history, name="goal_history"),
            ]
        ),
    ),
    path("dzialania/nowe/", actions.action_create, name="action_create"),
    path(
        "dzialania/<int:action>/",
        include(
            [
                path("", actions.action_view, name="action_detail"),
                path("edycja/", actions.action_edit, name="action_edit"),
                path("kwoty/", actions.action_amounts, name="action_amounts"),
                path("usun/", actions.action_delete, name="action_delete"),
                path("przesun/", actions.action_move, name="action_move"),
                path("historia/", actions.action_history, name="action_history"),
            ]
        ),
    ),
    path("wskazniki/nowy/", indicators.indicator_create, name="indicator_create"),
    path(
        "wskazniki/<int:indicator>/",
        include(
            [
                path("", indicators.indicator_view, name="indicator_detail"),
                path("edycja/", indicators.indicator_edit, name="indicator_edit"),
                path("wartosci/", indicators.indicator_values, name="indicator_values"),
                path("usun/", indicators.indicator_delete, name="indicator_delete"),
                path("przesun/", indicators.indicator_move, name="indicator_move"),
                path("historia/", indicators.indicator_history, name="indicator_history"),
            ]
        ),
    ),
]

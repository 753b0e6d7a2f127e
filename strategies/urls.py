from django.urls import path

from . import views

S = "strategie/<int:strategy>/"

urlpatterns = [
    path("", views.dashboard, name="government_dashboard"),
    path("strategie/", views.strategy_list, name="strategy_list"),
    path("strategie/nowa/", views.strategy_create, name="strategy_create"),
    path(S, views.strategy_detail, name="strategy_detail"),
    path(S + "edycja/", views.strategy_edit, name="strategy_edit"),
    path(S + "poziomy/", views.strategy_levels, name="strategy_levels"),
    path(S + "status/", views.strategy_status, name="strategy_status"),
    path(S + "usun/", views.strategy_delete, name="strategy_delete"),
    path(S + "historia/", views.strategy_history, name="strategy_history"),
    path(S + "plan/", views.plan, name="plan"),
    path(S + "plan.xlsx", views.plan_xlsx, name="plan_xlsx"),
    path(S + "ramy-finansowe/", views.framework, name="framework"),
    path(S + "cele/nowy/", views.goal_create, name="goal_create"),
    path(S + "cele/<int:goal>/", views.goal_view, name="goal_detail"),
    path(S + "cele/<int:goal>/edycja/", views.goal_edit, name="goal_edit"),
    path(S + "cele/<int:goal>/usun/", views.goal_delete, name="goal_delete"),
    path(S + "cele/<int:goal>/przesun/", views.goal_move, name="goal_move"),
    path(S + "cele/<int:goal>/historia/", views.goal_history, name="goal_history"),
    path(S + "dzialania/nowe/", views.action_create, name="action_create"),
    path(S + "dzialania/<int:action>/", views.action_view, name="action_detail"),
    path(S + "dzialania/<int:action>/edycja/", views.action_edit, name="action_edit"),
    path(S + "dzialania/<int:action>/kwoty/", views.action_amounts, name="action_amounts"),
    path(S + "dzialania/<int:action>/usun/", views.action_delete, name="action_delete"),
    path(S + "dzialania/<int:action>/przesun/", views.action_move, name="action_move"),
    path(S + "dzialania/<int:action>/historia/", views.action_history, name="action_history"),
    path(S + "wskazniki/nowy/", views.indicator_create, name="indicator_create"),
    path(S + "wskazniki/<int:indicator>/", views.indicator_view, name="indicator_detail"),
    path(S + "wskazniki/<int:indicator>/edycja/", views.indicator_edit, name="indicator_edit"),
    path(
        S + "wskazniki/<int:indicator>/wartosci/", views.indicator_values, name="indicator_values"
    ),
    path(S + "wskazniki/<int:indicator>/usun/", views.indicator_delete, name="indicator_delete"),
    path(S + "wskazniki/<int:indicator>/przesun/", views.indicator_move, name="indicator_move"),
    path(
        S + "wskazniki/<int:indicator>/historia/",
        views.indicator_history,
        name="indicator_history",
    ),
    path("zrodla-finansowania/", views.source_list, name="source_list"),
    path("zrodla-finansowania/nowe/", views.source_form, name="source_create"),
    path("zrodla-finansowania/<int:source>/edycja/", views.source_form, name="source_edit"),
    path("zrodla-finansowania/<int:source>/usun/", views.source_delete, name="source_delete"),
    path("zrodla-finansowania/<int:source>/przesun/", views.source_move, name="source_move"),
    path("zrodla-finansowania/<int:source>/historia/", views.source_history, name="source_history"),
]

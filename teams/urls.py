"""Teams of a strategy (config/urls.py nests ``strategy_urlpatterns`` under
``<slug:government>/strategie/<int:strategy>/``)."""

from django.urls import include, path

from . import views

member_urlpatterns = [
    path("edycja/", views.member_form, name="team_member_edit"),
    path("usun/", views.member_delete, name="team_member_delete"),
    path("przesun/", views.member_move, name="team_member_move"),
]

meeting_urlpatterns = [
    path("", views.meeting_detail, name="team_meeting_detail"),
    path("edycja/", views.meeting_form, name="team_meeting_edit"),
    path("usun/", views.meeting_delete, name="team_meeting_delete"),
]

team_urlpatterns = [
    path("", views.team_detail, name="team_detail"),
    path("edycja/", views.team_form, name="team_edit"),
    path("usun/", views.team_delete, name="team_delete"),
    path("historia/", views.team_history, name="team_history"),
    path("czlonkowie/nowy/", views.member_form, name="team_member_create"),
    path("czlonkowie/<int:team_member>/", include(member_urlpatterns)),
    path("posiedzenia/nowe/", views.meeting_form, name="team_meeting_create"),
    path("posiedzenia/<int:team_meeting>/", include(meeting_urlpatterns)),
]

strategy_urlpatterns = [
    path("zespoly/", views.team_list, name="team_list"),
    path("zespoly/nowy/", views.team_form, name="team_create"),
    path("zespoly/<int:team>/", include(team_urlpatterns)),
]

from django.urls import path

from . import views

T = "strategie/<int:strategy>/zespoly/"
ONE = T + "<int:team>/"
MEMBER = ONE + "czlonkowie/<int:team_member>/"
MEETING = ONE + "posiedzenia/<int:team_meeting>/"

urlpatterns = [
    path(T, views.team_list, name="team_list"),
    path(T + "nowy/", views.team_form, name="team_create"),
    path(ONE, views.team_detail, name="team_detail"),
    path(ONE + "edycja/", views.team_form, name="team_edit"),
    path(ONE + "usun/", views.team_delete, name="team_delete"),
    path(ONE + "historia/", views.team_history, name="team_history"),
    path(ONE + "czlonkowie/nowy/", views.member_form, name="team_member_create"),
    path(MEMBER + "edycja/", views.member_form, name="team_member_edit"),
    path(MEMBER + "usun/", views.member_delete, name="team_member_delete"),
    path(MEMBER + "przesun/", views.member_move, name="team_member_move"),
    path(ONE + "posiedzenia/nowe/", views.meeting_form, name="team_meeting_create"),
    path(MEETING, views.meeting_detail, name="team_meeting_detail"),
    path(MEETING + "edycja/", views.meeting_form, name="team_meeting_edit"),
    path(MEETING + "usun/", views.meeting_delete, name="team_meeting_delete"),
]

"""The adoption of a strategy (``strategy_urlpatterns``, nested by config/urls.py under
``<slug:government>/strategie/<int:strategy>/``)."""

from django.urls import path

from . import views

strategy_urlpatterns = [
    path("uchwalenie/", views.strategy_adopt, name="strategy_adopt"),
]

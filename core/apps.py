from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self) -> None:
        # The one hook Django offers on logging in: sessions start their idle time there
        # (connected once the apps are loaded, as Django asks of signal receivers).
        from django.contrib.auth.signals import user_logged_in

        from .middleware import mark_login

        user_logged_in.connect(mark_login, dispatch_uid="core.mark_login")

"""Production settings safe by default, login throttling, idle sessions, the CSP and the
request size limit (issue 11)."""

import os
import secrets
import socket
import subprocess
import sys
import time

import pytest
import time_machine
from django.conf import settings
from django.urls import reverse

from governments.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "Dobre-Haslo-123"


def run_settings(env: dict, code: str = "from django.conf import settings; settings.SECRET_KEY"):
    """Load the settings in a fresh interpreter with exactly this environment."""
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    clean.update(DJANGO_SETTINGS_MODULE="config.settings", **env)
    return subprocess.run(  # noqa: S603 (our own interpreter and code)
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=settings.BASE_DIR,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


# Settings ----------------------------------------------------------------------------------


def test_debug_off_without_a_secret_key_refuses_to_start():
    """The web server (config.wsgi, which runserver and gunicorn load) refuses to start."""
    result = run_settings({"DEBUG": "0"}, "import config.wsgi")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr
    used = run_settings({"DEBUG": "0"})  # and anything that uses the key fails
    assert used.returncode != 0 and "SECRET_KEY" in used.stderr


def test_commands_that_need_no_key_run_without_one():
    """Checking the migrations, or compiling messages, signs nothing: a fresh checkout runs
    them without SECRET_KEY or DEBUG."""
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    result = subprocess.run(
        [sys.executable, "manage.py", "makemigrations", "--check", "--dry-run"],
        cwd=settings.BASE_DIR,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "No changes detected" in result.stdout


def test_debug_off_with_the_development_key_refuses_to_start():
    result = run_settings({"DEBUG": "0", "SECRET_KEY": settings_dev_key()})
    assert result.returncode != 0
    assert "development key" in result.stderr
    insecure = run_settings({"DEBUG": "0", "SECRET_KEY": "django-insecure-" + "x" * 40})
    assert insecure.returncode != 0


def settings_dev_key() -> str:
    from config.settings import DEVELOPMENT_SECRET_KEY

    return DEVELOPMENT_SECRET_KEY


def test_debug_on_may_use_the_development_key():
    result = run_settings({"DEBUG": "1"}, "from django.conf import settings; print(settings.DEBUG)")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"


def test_the_production_profile_is_set_from_the_environment_and_passes_the_deploy_check():
    env = {
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "strategia.example.org",
        "SECURE_COOKIES": "1",
        "SECURE_HSTS_SECONDS": "31536000",
        "SECURE_SSL_REDIRECT": "1",
        "SECURE_PROXY_SSL_HEADER": "HTTP_X_FORWARDED_PROTO,https",
        "CSRF_TRUSTED_ORIGINS": "https://strategia.example.org",
        "PUBLIC_BASE_URL": "https://strategia.example.org",
    }
    code = (
        "from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS, "
        "s.SECURE_SSL_REDIRECT, s.SECURE_PROXY_SSL_HEADER, s.CSRF_TRUSTED_ORIGINS); "
        "from django.core.management import call_command; "
        "call_command('check', deploy=True, fail_level='WARNING')"
    )
    result = run_settings(env, code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == (
        "True True 31536000 True ('HTTP_X_FORWARDED_PROTO', 'https') "
        "['https://strategia.example.org']"
    )


def test_a_malformed_proxy_header_setting_is_refused():
    result = run_settings({"DEBUG": "1", "SECURE_PROXY_SSL_HEADER": "https"})
    assert result.returncode != 0 and "SECURE_PROXY_SSL_HEADER" in result.stderr


# Login throttling --------------------------------------------------------------------------


def login(client, username: str, password: str, **extra):
    return client.post(reverse("login"), {"username": username, "password": password}, **extra)


def test_thirty_wrong_passwords_lock_the_account_even_against_the_right_one(client):
    UserFactory(username="koordynator", password=PASSWORD)
    for _ in range(30):
        assert login(client, "koordynator", "zle-haslo").status_code in {200, 429}
    locked = login(client, "koordynator", PASSWORD)
    assert locked.status_code == 429
    assert "Logowanie jest chwilowo zablokowane" in locked.content.decode()
    assert "_auth_user_id" not in client.session
    # The same account from another address is locked too (the account counts) …
    other = login(client, "koordynator", PASSWORD, REMOTE_ADDR="198.51.100.9")
    assert other.status_code == 429
    # … and after the cool-off it opens again.
    later = time.time() + settings.AXES_COOLOFF_TIME.total_seconds() + 60
    with time_machine.travel(later, tick=False):
        assert login(client, "koordynator", PASSWORD).status_code == 302


def test_a_lockout_ends_on_time_even_if_someone_keeps_trying(client):
    UserFactory(username="wojt", password=PASSWORD)
    start = time.time()
    with time_machine.travel(start, tick=False):
        for _ in range(settings.AXES_FAILURE_LIMIT):
            login(client, "wojt", "zle")
    cool_off = settings.AXES_COOLOFF_TIME.total_seconds()
    with time_machine.travel(start + cool_off - 60, tick=False):
        assert login(client, "wojt", "zle").status_code == 429  # a failure during the lockout …
    with time_machine.travel(start + cool_off + 60, tick=False):
        assert login(client, "wojt", PASSWORD).status_code == 302  # … does not prolong it


def test_successful_logins_leave_no_address_behind(client):
    from axes.models import AccessAttempt, AccessLog

    UserFactory(username="jan", password=PASSWORD)
    login(client, "jan", "zle")
    assert login(client, "jan", PASSWORD).status_code == 302
    assert not AccessLog.objects.exists()
    assert not AccessAttempt.objects.exists()  # the failure was forgotten on success


def test_one_address_trying_many_accounts_is_locked_out(client):
    UserFactory(username="ktos", password=PASSWORD)
    for n in range(settings.AXES_FAILURE_LIMIT):
        login(client, f"osoba{n}", "zle-haslo", REMOTE_ADDR="203.0.113.50")
    assert login(client, "ktos", PASSWORD, REMOTE_ADDR="203.0.113.50").status_code == 429
    assert login(client, "ktos", PASSWORD, REMOTE_ADDR="203.0.113.51").status_code == 302


def test_the_admin_login_is_throttled_too():
    from django.test import Client

    client = Client()  # the admin's markup is Django's, not checked by our page rules
    UserFactory(username="admin", password=PASSWORD, is_staff=True, is_superuser=True)
    url = reverse("admin:login")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(url, {"username": "admin", "password": "zle"})
    response = client.post(url, {"username": "admin", "password": PASSWORD})
    assert response.status_code == 429


def test_a_success_resets_the_count(client):
    UserFactory(username="ola", password=PASSWORD)
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        login(client, "ola", "zle")
    assert login(client, "ola", PASSWORD).status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        login(client, "ola", "zle")
    assert login(client, "ola", PASSWORD).status_code == 302


# Sessions ----------------------------------------------------------------------------------


def test_a_session_ends_after_the_idle_time_and_activity_keeps_it(client):
    UserFactory(username="ala", password=PASSWORD)
    start = time.time()
    with time_machine.travel(start, tick=False):
        assert login(client, "ala", PASSWORD).status_code == 302
    idle = settings.SESSION_COOKIE_AGE
    # Active every two thirds of the idle time: still logged in after three idle times.
    for step in (1, 2, 3, 4):
        with time_machine.travel(start + step * idle * 2 / 3, tick=False):
            assert client.get(reverse("home")).status_code in {200, 302}
            assert "_auth_user_id" in client.session
    # Then away for longer than the idle time: logged out.
    with time_machine.travel(start + 4 * idle * 2 / 3 + idle + 5, tick=False):
        response = client.get(reverse("home"))
        assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_htmx_polling_does_not_keep_a_session_alive(client):
    UserFactory(username="ula", password=PASSWORD)
    start = time.time()
    with time_machine.travel(start, tick=False):
        assert login(client, "ula", PASSWORD).status_code == 302
    idle = settings.SESSION_COOKIE_AGE
    for step in (1, 2, 3):
        with time_machine.travel(start + step * idle / 2, tick=False):
            client.get(reverse("home"), HTTP_HX_REQUEST="true")
    with time_machine.travel(start + 2 * idle, tick=False):
        response = client.get(reverse("home"))
        assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


# Headers -----------------------------------------------------------------------------------


def test_pages_carry_a_content_security_policy_without_inline_scripts(client):
    response = client.get(reverse("login"))
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert directives["frame-ancestors"] == "'none'"
    assert response["X-Frame-Options"] == "DENY"


def test_pages_of_a_logged_in_user_are_never_cached(client):
    UserFactory(username="ewa", password=PASSWORD)
    assert login(client, "ewa", PASSWORD).status_code == 302
    page = client.get(reverse("home"))
    assert "private" in page["Cache-Control"] and "no-store" in page["Cache-Control"]


def test_the_page_check_refuses_what_the_policy_would_refuse():
    from core.testing import check_page

    page = (
        "<!DOCTYPE html><html lang='pl'><head><title>A</title></head><body><h1>A</h1>"
        "<script>alert(1)</script><a href='javascript:x()' onclick='y()'>b</a>"
        "<p style='color:red'>c</p></body></html>"
    )
    problems = " ".join(check_page(page))
    assert "inline <script>" in problems
    assert "onclick" in problems and "javascript:" in problems and "style=" in problems


# Request size ------------------------------------------------------------------------------


def test_a_declared_body_over_the_limit_is_refused_before_it_is_read(client):
    response = client.generic(
        "POST",
        reverse("login"),
        data=b"x",
        content_type="application/octet-stream",
        CONTENT_LENGTH=str(settings.MAX_REQUEST_BYTES + 1),
    )
    assert response.status_code == 413
    assert "Żądanie jest zbyt duże" in response.content.decode()
    assert "script-src" in response["Content-Security-Policy"]  # the page's headers too
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db(transaction=True)
def test_a_real_server_answers_413_without_waiting_for_the_body(live_server):
    """Over a socket: the headers announce a gigabyte, no body follows; the answer comes at
    once instead of after the server waited for the upload."""
    host, port = live_server.thread.host, live_server.thread.port
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(
            b"POST /logowanie/ HTTP/1.1\r\nHost: localhost\r\n"
            b"Content-Type: multipart/form-data; boundary=x\r\n"
            b"Content-Length: 1073741824\r\n\r\n"
        )
        started = time.monotonic()
        answer = sock.recv(1024)
        assert answer.startswith(b"HTTP/1.1 413"), answer[:100]
        assert time.monotonic() - started < 5


def test_a_session_from_before_the_idle_rule_gets_the_idle_expiry(client, settings):
    """A session made without the mark (before the rule, when sessions lasted fourteen
    days) is given the idle expiry at its next request, not left its old fourteen days."""
    idle = settings.SESSION_COOKIE_AGE
    settings.SESSION_COOKIE_AGE = 14 * 24 * 3600  # Django's default, as before issue 11
    client.force_login(UserFactory(username="stara", password=PASSWORD))
    session = client.session
    del session["_seen"]  # made before the rule: no mark
    session.save()
    settings.SESSION_COOKIE_AGE = idle
    start = time.time()
    with time_machine.travel(start, tick=False):
        client.get(reverse("home"))
    with time_machine.travel(start + settings.SESSION_COOKIE_AGE + 60, tick=False):
        response = client.get(reverse("home"))
        assert response.status_code == 302 and response["Location"].startswith(reverse("login"))

"""Settings for Strategia Społeczna: one module, driven by environment variables.

SQLite by default so that a fresh checkout just works; PostgreSQL when DATABASE_URL is set.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), got {raw!r}.")


def env_int(name: str, default: int) -> int:
    """A whole number >= 0, written in ASCII digits."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip()
    if not (value.isascii() and value.isdigit()):
        raise ImproperlyConfigured(f"{name} must be a whole number (0, 1, 2, ...), got {raw!r}.")
    return int(value)


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_choice_pair(name: str) -> tuple[str, str] | None:
    """``HEADER,value`` (e.g. ``HTTP_X_FORWARDED_PROTO,https``) as a pair, or None."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return None
    header, _comma, value = raw.partition(",")
    if not header.strip() or not value.strip():
        raise ImproperlyConfigured(
            f"{name} must be a header and a value, e.g. HTTP_X_FORWARDED_PROTO,https; got {raw!r}."
        )
    return header.strip(), value.strip()


DEBUG = env_bool("DEBUG", False)

# The key of sessions, CSRF tokens and signed cookies. With DEBUG on (``make run``) a
# development key stands in when it is missing. With DEBUG off the web server (config.wsgi)
# refuses to start without a real one, Django refuses an empty key wherever one is used, and
# a key that is set must be a real one: not the development key, nothing Django marks as
# insecure, long enough (docs/security.md, "Keys"). Commands that sign nothing
# (makemigrations, compilemessages, check) run without one.
DEVELOPMENT_SECRET_KEY = "django-insecure-development-key-set-SECRET_KEY"  # noqa: S105 (public)
SECRET_KEY = os.environ.get("SECRET_KEY", "").strip() or (DEVELOPMENT_SECRET_KEY if DEBUG else "")
SECRET_KEY_MISSING = (
    "SECRET_KEY is not set. Set it to a long random value (python -c 'import secrets; "
    "print(secrets.token_urlsafe(50))'), or set DEBUG=1 on a development machine."
    if not SECRET_KEY
    else ""
)
if not DEBUG and (SECRET_KEY == DEVELOPMENT_SECRET_KEY or SECRET_KEY.startswith("django-insecure")):
    raise ImproperlyConfigured("SECRET_KEY is the public development key: set a real one.")
if SECRET_KEY and len(SECRET_KEY) < 32:
    raise ImproperlyConfigured("SECRET_KEY must be at least 32 characters long.")
# Older keys still accepted for sessions and signatures while a new SECRET_KEY rolls out.
SECRET_KEY_FALLBACKS = env_list("SECRET_KEY_FALLBACKS", "")

# The key of keyed hashes and derived tokens (a commenter's address for rate limits, workshop
# links; core.crypto): separate from SECRET_KEY so that either can be rotated alone. Derived
# from SECRET_KEY when unset. HMAC_KEY_FALLBACKS: older keys still accepted while verifying.
HMAC_KEY = os.environ.get("HMAC_KEY", "").strip()
if HMAC_KEY and len(HMAC_KEY) < 32:
    raise ImproperlyConfigured("HMAC_KEY must be at least 32 characters long.")
HMAC_KEY_FALLBACKS = env_list("HMAC_KEY_FALLBACKS", "")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")
# How many reverse proxies (nginx, a load balancer) stand in front of the application: the
# client's address is then read from X-Forwarded-For (core.client.client_address).
TRUSTED_PROXIES = env_int("TRUSTED_PROXIES", 0)
# The address people reach the installation at (https://strategia.example.gov.pl): links
# sent by e-mail or printed (personal links, workshop links) are built from it, never from
# the request's Host header. Unset: from the request (development).
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "").strip().rstrip("/")
if PUBLIC_BASE_URL and not PUBLIC_BASE_URL.startswith(("https://", "http://")):
    raise ImproperlyConfigured("PUBLIC_BASE_URL must start with https:// (or http://).")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "simple_history",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "csp",
    "core",
    "governments",
    "strategies",
    "preparation",
    "diagnosis",
    "monitoring",
    "documents",
    "versions",
    "teams",
    "workshops",
    "portal",
    "consultations",
    "adoption",
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.session_idle_timeout",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "core.middleware.private_when_logged_in",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Answers 413 from Content-Length before any view reads the body (CSRF's check reads it
    # only at process_view, after every middleware here), with the headers above.
    "core.middleware.request_size_limit",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last: turns a refused login (too many failures) into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
            "string_if_invalid": "",
        },
    },
]

DATABASE_URL = os.environ.get("DATABASE_URL", "")
if DATABASE_URL:
    try:
        DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
    except ValueError as exc:  # unknown scheme, malformed URL
        raise ImproperlyConfigured(f"DATABASE_URL is not a valid database URL: {exc}") from exc
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": os.environ.get("SQLITE_PATH", str(BASE_DIR / "db.sqlite3")),
            "OPTIONS": {
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,  # seconds a writer waits for the worker or the server
                "init_command": "PRAGMA journal_mode=WAL;",
            },
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Background work (statistics imports): Django's tasks API through the django-tasks backport,
# stored in the database; `manage.py db_worker` runs them (`make run` starts one).
# Two queues, each with a worker of its own: "default" (documents) and "imports" (statistics
# imports, which may wait minutes on the BDL's rate limits); see scripts/run.sh.
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default", "imports"],
    }
}

# Login throttling (django-axes, on every login form including the admin's): after
# LOGIN_FAILURE_LIMIT failed attempts for one account, or from one address, further attempts
# are refused for LOGIN_LOCKOUT_MINUTES, even with the right password; a success resets the
# count. The address is read as for every rate limit (TRUSTED_PROXIES).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 10)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
# A lockout ends when its time is up: failures during it do not start it again (else one
# request a quarter of an hour would keep anyone's account locked for ever).
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# No log of successful logins with their addresses and browsers: failed attempts keep the
# address only until their cool-off ends (axes removes them then).
AXES_DISABLE_ACCESS_LOG = True
AXES_CLIENT_IP_CALLABLE = "core.client.address_for_records"
AXES_LOCKOUT_CALLABLE = "core.views.login_locked_out"
AXES_VERBOSE = False

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    # OWASP ASVS 2.1.1: at least 12 characters (docs/security.md).
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "pl"
LANGUAGES = [("pl", _("Polish"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Warsaw"
USE_I18N = True
USE_TZ = True
USE_THOUSAND_SEPARATOR = False  # years stay "2025"; amounts group with floatformat "g"

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
WHITENOISE_USE_FINDERS = True  # serve straight from static/ too, so no step is ever forgotten
# Uploaded files (coats of arms, fonts, title-page templates) and generated documents. They
# are never served from a public address: the documents app streams them after the access
# check, so no MEDIA_URL is routed.
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Sessions end after SESSION_IDLE_MINUTES without the user doing anything (a page, a form, an
# autosave; htmx polling does not count: core.middleware.session_idle_timeout).
SESSION_COOKIE_AGE = env_int("SESSION_IDLE_MINUTES", 60) * 60
if SESSION_COOKIE_AGE <= 0:
    raise ImproperlyConfigured("SESSION_IDLE_MINUTES must be greater than 0.")
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# The production profile (docs/security.md) sets these on; `manage.py check --deploy` passes.
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_PROXY_SSL_HEADER = env_choice_pair("SECURE_PROXY_SSL_HEADER")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp): scripts and styles only from our own files, no inline
# script anywhere (htmx is told not to inject its indicator style: templates/base.html);
# charts are data: images. Reports of violations go to the browser's console.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# The largest request body accepted, refused from its Content-Length before it is read
# (core.middleware.request_size_limit); each upload field has its own, smaller limit.
MAX_REQUEST_BYTES = env_int("MAX_REQUEST_MEGABYTES", 16) * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # django-axes logs every attempt at INFO; lockouts (WARNING) are what an operator needs.
    "loggers": {"axes": {"level": "WARNING"}},
}

# Statistics Poland's Local Data Bank (diagnosis). A free key (X-ClientId) raises the limits.
BDL_API_URL = os.environ.get("BDL_API_URL", "https://bdl.stat.gov.pl/api/v1")
BDL_CLIENT_ID = os.environ.get("BDL_CLIENT_ID", "")
BDL_MAX_RETRIES = int(os.environ.get("BDL_MAX_RETRIES", "5"))

"""Premiere's one settings module, read from environment variables.

Every setting a deployer may change is listed in docs/settings.md; a test keeps the two in step.
"""

import os
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

from premiere.core import styles


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {value!r}")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


PACKAGE_DIR = Path(__file__).resolve().parent
# Run from a checkout, data lives in ./var beside src/; installed elsewhere, set PREMIERE_DATA_DIR.
DATA_DIR = Path(os.environ.get("PREMIERE_DATA_DIR") or PACKAGE_DIR.parents[1] / "var")
DATA_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = env_bool("DEBUG", False)


def _secret_key() -> str:
    if key := os.environ.get("SECRET_KEY"):
        return key
    # A local install gets a random key kept in var/ so sessions survive restarts; a real
    # deployment sets SECRET_KEY and never relies on this file.
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")

INSTALLED_APPS = [
    "premiere.core",
    "premiere.newsroom",
    "premiere.community",
    "premiere.catalog",
    "premiere.desk",
    "premiere.search",
    "premiere.follows",
    "premiere.wire",
    "premiere.demo",
    "premiere.api",
    # Listed so its docs page loads Swagger UI from our static files, not from a CDN.
    "ninja",
    "django_tasks_db",
    "axes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "reversion",
]

MIDDLEWARE = [
    # First, so every response carries the policy: static files (WhiteNoise answers before the
    # rest) and the errors other middleware raise (a bad Host header's 400) included.
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    # Compresses pages last, after everything else wrote them. Against BREACH: CSRF tokens
    # are masked anew for each response, and Django's gzip header carries a random-length
    # field ("Heal the Breach"). Behind nginx (deploy/prod.sh) nginx compresses instead,
    # without that field; the masked tokens still guard the secret. Static files come
    # compressed from WhiteNoise.
    "django.middleware.gzip.GZipMiddleware",
    # The API's own, for /api/ only: CORS outermost so every answer carries it (304s and
    # problems too); then conditional GET (ETag, 304, HEAD); then any error as a problem.
    "premiere.api.cors.CorsMiddleware",
    "premiere.api.etags.ConditionalGetMiddleware",
    "premiere.api.problems.ProblemMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "premiere.urls"
WSGI_APPLICATION = "premiere.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
                "premiere.core.context_processors.site",
                "premiere.newsroom.context_processors.sections",
                "premiere.follows.context_processors.notices",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{DATA_DIR / 'premiere.sqlite3'}",
        conn_max_age=env_int("PREMIERE_DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers go on while one writer writes; IMMEDIATE takes the write lock at BEGIN
    # so two writers queue instead of failing with "database is locked" halfway through.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0 if DEBUG else 60
    # The test database is a file, so the worker's tests can run real worker processes on it.
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test.sqlite3")}
elif pool_size := env_int("PREMIERE_DB_POOL_SIZE", 0):
    # psycopg's pool: each app process keeps up to this many connections open and lends them
    # to its threads, instead of one connection per thread kept for CONN_MAX_AGE.
    DATABASES["default"]["OPTIONS"] = {"pool": {"min_size": 1, "max_size": pool_size}}
    DATABASES["default"]["CONN_MAX_AGE"] = 0
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Parameters bound by the server, and a query run five times on a connection prepared
    # there: PostgreSQL planned the story's six-table read in 1.7 ms to run it in 0.2 ms, at
    # every page (9.0 → 6.4 ms a story page; bench/RESULTS.md). Connections are this process's
    # own (CONN_MAX_AGE or psycopg's pool), never a transaction pooler's, which would not
    # keep what was prepared.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        server_side_binding=True, prepare_threshold=5
    )

# Read replicas (PostgreSQL): GETs read from them, everything else from the primary
# (premiere.core.replicas). In tests each replica mirrors the primary.
for number, url in enumerate(env_list("DATABASE_REPLICA_URLS", ""), start=1):
    replica = dj_database_url.parse(url, conn_max_age=DATABASES["default"]["CONN_MAX_AGE"])
    replica["OPTIONS"] = DATABASES["default"].get("OPTIONS", {})
    replica["TEST"] = {"MIRROR": "default"}
    DATABASES[f"replica{number}"] = replica
if len(DATABASES) > 1:
    DATABASE_ROUTERS = ["premiere.core.replicas.ReplicaRouter"]
    MIDDLEWARE.insert(
        MIDDLEWARE.index("django.middleware.security.SecurityMiddleware"),
        "premiere.core.replicas.PrimaryAfterWrites",
    )
# Seconds a reader who wrote keeps reading the primary, longer than the replicas ever lag.
PREMIERE_REPLICA_PIN_SECONDS = env_int("PREMIERE_REPLICA_PIN_SECONDS", 10)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if redis_url := os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url}
    }
else:
    # A file cache is shared by every worker process, so rate limits hold across them.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(DATA_DIR / "cache"),
        }
    }

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Every password check (the site's sign-in, the admin's, the password change form) goes
# through django-axes first: see premiere.core.signin.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "premiere.core.signin.AddressThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("PREMIERE_SIGNIN_FAILURES", 5)
# Per account name and address together (guessing one account): never per name alone, or
# anyone could lock a reader out. Guessing many accounts from one address is stopped apart, at
# a higher count (premiere.core.signin): an office or a phone network shares one address, and
# one reader's five typos there must not lock out everyone behind it.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
PREMIERE_SIGNIN_FAILURES_IP = os.environ.get("PREMIERE_SIGNIN_FAILURES_IP", "30/3600")
AXES_COOLOFF_TIME = "premiere.core.signin.cooloff"
AXES_LOCKOUT_CALLABLE = "premiere.core.signin.locked_out"
AXES_CLIENT_IP_CALLABLE = "premiere.core.signin.client_ip"
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_VERBOSE = False
LOGIN_URL = "community:login"
LOGIN_REDIRECT_URL = "newsroom:home"
LOGOUT_REDIRECT_URL = "newsroom:home"

MAILERS = {
    "default": {
        "BACKEND": os.environ.get(
            "PREMIERE_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
        )
    }
}
# Django's file backend (django.core.mail.backends.filebased.EmailBackend) writes each e-mail
# into this folder: a way to see what the worker sends without a mail server.
if email_folder := os.environ.get("PREMIERE_EMAIL_FILE_PATH"):
    MAILERS["default"]["OPTIONS"] = {"file_path": email_folder}
DEFAULT_FROM_EMAIL = os.environ.get("PREMIERE_FROM_EMAIL", "Premiere <newsroom@localhost>")

LANGUAGE_CODE = "en-us"
TIME_ZONE = os.environ.get("PREMIERE_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)  # WhiteNoise warns at start-up when it is missing
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = DEBUG
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or DATA_DIR / "media")
# The embedded profile serves uploads itself; behind a web server, turn this off and let it serve.
PREMIERE_SERVE_MEDIA = env_bool("PREMIERE_SERVE_MEDIA", True)
# Proxies whose X-Real-IP header names the client (the production stack's nginx): empty, none.
PREMIERE_TRUSTED_PROXIES = env_list("PREMIERE_TRUSTED_PROXIES", "")

# Uploaded pictures (newsroom/pictures.py). The pixel limit is also Pillow's MAX_IMAGE_PIXELS, so
# any decoding elsewhere refuses a decompression bomb instead of filling memory.
PREMIERE_IMAGE_MAX_BYTES = env_int("PREMIERE_IMAGE_MAX_BYTES", 15 * 1024 * 1024)
PREMIERE_IMAGE_MAX_PIXELS = env_int("PREMIERE_IMAGE_MAX_PIXELS", 40_000_000)
# Pictures are the only uploads: no uploaded file is stored past PREMIERE_IMAGE_MAX_BYTES, and
# one over 2.5 MB goes to a temporary file rather than a worker's memory.
FILE_UPLOAD_HANDLERS = [
    "premiere.newsroom.uploads.CappedUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# The rest of a request (form fields, not files): the longest article body is far below this.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

# Security: strict by default. Nothing on a page comes from another origin.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    # The stylesheet every page inlines (core/styles.py), allowed by its hash alone.
    "style-src": [CSP.SELF, f"'{styles.HASH}'"],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
PREMIERE_HTTPS = env_bool("PREMIERE_HTTPS", False)
if PREMIERE_HTTPS:
    SECURE_SSL_REDIRECT = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True

# Community rules.
PREMIERE_SITE_NAME = os.environ.get("PREMIERE_SITE_NAME", "Premiere")
PREMIERE_COMMENT_EDIT_MINUTES = env_int("PREMIERE_COMMENT_EDIT_MINUTES", 10)
PREMIERE_HOLD_FIRST_COMMENTS = env_int("PREMIERE_HOLD_FIRST_COMMENTS", 0)
PREMIERE_BANNED_WORDS = env_list("PREMIERE_BANNED_WORDS", "")
PREMIERE_SUSPECT_WORDS = env_list("PREMIERE_SUSPECT_WORDS", "casino,crypto giveaway,free money")
PREMIERE_COMMENT_RATE_USER = os.environ.get("PREMIERE_COMMENT_RATE_USER", "5/60")
PREMIERE_COMMENT_RATE_IP = os.environ.get("PREMIERE_COMMENT_RATE_IP", "20/60")
PREMIERE_SIGNUP_RATE_IP = os.environ.get("PREMIERE_SIGNUP_RATE_IP", "5/3600")
PREMIERE_PASSWORD_RESET_RATE_IP = os.environ.get("PREMIERE_PASSWORD_RESET_RATE_IP", "5/3600")
PREMIERE_PAGE_SIZE = env_int("PREMIERE_PAGE_SIZE", 12)
# Whole pages for visitors not signed in, kept until what they show changes (core/pagecache.py),
# and at most this many seconds.
PREMIERE_PAGE_CACHE = env_bool("PREMIERE_PAGE_CACHE", True)
PREMIERE_PAGE_CACHE_SECONDS = env_int("PREMIERE_PAGE_CACHE_SECONDS", 300)
# Following and notices. Links in e-mails (which the worker writes, with no request to ask)
# start with PREMIERE_SITE_URL; the unsubscribe link must be https:// in production (RFC 8058).
PREMIERE_SITE_URL = os.environ.get("PREMIERE_SITE_URL", "http://127.0.0.1:8000")
PREMIERE_FOLLOW_RATE_USER = os.environ.get("PREMIERE_FOLLOW_RATE_USER", "30/60")
PREMIERE_DIGEST_HOUR = env_int("PREMIERE_DIGEST_HOUR", 8)
if not 0 <= PREMIERE_DIGEST_HOUR <= 23:
    raise ImproperlyConfigured("PREMIERE_DIGEST_HOUR is an hour of the day, 0 to 23")
# Most notice e-mails the worker hands to the mail server per minute (0: as fast as it can).
PREMIERE_MAIL_PER_MINUTE = env_int("PREMIERE_MAIL_PER_MINUTE", 0)
# Run extraction on every saved article so the "Suggested facts" panel is ready for review.
PREMIERE_SUGGEST_ON_SAVE = env_bool("PREMIERE_SUGGEST_ON_SAVE", True)

# Search (premiere.search): the longest query read (the rest is ignored), and how many
# suggestions one address may ask for as its visitors type, COUNT/SECONDS.
PREMIERE_SEARCH_MAX_LENGTH = env_int("PREMIERE_SEARCH_MAX_LENGTH", 100)
PREMIERE_SEARCH_SUGGEST_RATE_IP = os.environ.get("PREMIERE_SEARCH_SUGGEST_RATE_IP", "120/60")

# Calendar files (.ics): releases ending from this many days ago on, at most this many
# events a file (the earliest first), so a file of the whole catalog stays bounded.
PREMIERE_CALENDAR_PAST_DAYS = env_int("PREMIERE_CALENDAR_PAST_DAYS", 30)
PREMIERE_CALENDAR_MAX_EVENTS = env_int("PREMIERE_CALENDAR_MAX_EVENTS", 1000)
# The right-hand side of every event's UID; empty: the first of ALLOWED_HOSTS. Set it once
# and keep it: a new domain makes every subscribed event new.
PREMIERE_CALENDAR_UID_DOMAIN = os.environ.get("PREMIERE_CALENDAR_UID_DOMAIN", "")

# The read-only JSON API (/api/, premiere.api): requests per address (COUNT/SECONDS), list pages.
PREMIERE_API_RATE_IP = os.environ.get("PREMIERE_API_RATE_IP", "120/60")
PREMIERE_API_PAGE_SIZE = env_int("PREMIERE_API_PAGE_SIZE", 20)
PREMIERE_API_MAX_PAGE_SIZE = env_int("PREMIERE_API_MAX_PAGE_SIZE", 100)
# The longest range one calendar query may ask for, in days.
PREMIERE_API_CALENDAR_MAX_DAYS = env_int("PREMIERE_API_CALENDAR_MAX_DAYS", 366)

# The wire desk. Hosts listed here may be fetched even on private addresses (tests use 127.0.0.1).
PREMIERE_WIRE_ALLOWED_HOSTS = env_list("PREMIERE_WIRE_ALLOWED_HOSTS", "")
PREMIERE_WIRE_TIMEOUT = env_int("PREMIERE_WIRE_TIMEOUT", 10)
# However slowly a server answers, one fetch (all its tries) ends within this many seconds.
PREMIERE_WIRE_DEADLINE = env_int("PREMIERE_WIRE_DEADLINE", 60)
PREMIERE_WIRE_MAX_BYTES = env_int("PREMIERE_WIRE_MAX_BYTES", 2_000_000)
PREMIERE_WIRE_RETRIES = env_int("PREMIERE_WIRE_RETRIES", 3)
PREMIERE_WIRE_BACKOFF = float(os.environ.get("PREMIERE_WIRE_BACKOFF") or 1.0)

# Background work runs in `premiere worker` (django-tasks-db keeps the queue in the database);
# "immediate" runs each task inside the request that enqueued it (the test suite's choice).
PREMIERE_TASKS_BACKEND = os.environ.get("PREMIERE_TASKS_BACKEND", "database")
if PREMIERE_TASKS_BACKEND not in ("database", "immediate"):
    raise ImproperlyConfigured("PREMIERE_TASKS_BACKEND is 'database' or 'immediate'")
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend"
        if PREMIERE_TASKS_BACKEND == "database"
        else "django.tasks.backends.immediate.ImmediateBackend"
    }
}
# A worker silent this long is taken for dead: its running job is given to another.
PREMIERE_WORKER_STALE_SECONDS = env_int("PREMIERE_WORKER_STALE_SECONDS", 60)
PREMIERE_WORKER_TICK_SECONDS = env_int("PREMIERE_WORKER_TICK_SECONDS", 5)
# Periodic work the worker enqueues (task path: every N seconds; 0 turns one off).
PREMIERE_WIRE_EVERY = env_int("PREMIERE_WIRE_EVERY", 900)
# Notices: the worker turns the catalog's changes into notices and sends their e-mails every
# PREMIERE_NOTICES_EVERY seconds; reminders and daily digests are looked at hourly.
PREMIERE_NOTICES_EVERY = env_int("PREMIERE_NOTICES_EVERY", 15)
PREMIERE_PERIODIC_TASKS = {
    "premiere.newsroom.tasks.publish_due": 5,  # a scheduled story's facts follow it at once
    "premiere.newsroom.tasks.reads_flush": 60,
    "premiere.wire.tasks.fetch_wire": PREMIERE_WIRE_EVERY,
    "premiere.follows.tasks.notices_deliver": PREMIERE_NOTICES_EVERY,
    "premiere.follows.tasks.reminders_make": 3600,
    "premiere.follows.tasks.digests_make": 3600,
    "premiere.catalog.tasks.titles_released_mark": 3600,
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("PREMIERE_LOG_LEVEL", "WARNING")},
    # The tasks framework logs every task's start and end; keep that for debugging only.
    "loggers": {"django.tasks": {"level": os.environ.get("PREMIERE_LOG_LEVEL", "WARNING")}},
}

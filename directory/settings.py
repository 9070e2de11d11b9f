"""Dalil's settings, read from the environment.

Every value has a default that makes `make run` work on a fresh machine with SQLite; a
variable set to an empty value gets the default too, as one left unset does.
Production sets DEBUG=false, SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL (see README.md).
"""

import copy
import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name, default=""):
    """The variable's value; an empty one counts as unset, as `.env.example` leaves most."""
    return os.environ.get(name) or default


def envbool(name, default):
    value = env(name, default).lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def envint(name, default):
    value = env(name, default)
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None


def envlist(name, default):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


DEBUG = envbool("DEBUG", "true")

SECRET_KEY = env("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "insecure-development-key-never-used-in-production"

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    # modeltranslation patches the admin, so it comes before it. The admin asks staff who
    # turned on two-factor for their code (directory/apps.py).
    "modeltranslation",
    "directory.apps.AdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_filters",
    "rules.apps.AutodiscoverRulesConfig",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "simple_history",
    "django_tasks_db",
    "import_export",
    # The site above the apps, the apps above search and the taxonomy (README, "How the code
    # is laid out"); directory.taxonomy keeps the app label "directory".
    "directory",
    "directory.reports",
    "organizations",
    "projects",
    "directory.search",
    "directory.taxonomy",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Pages go out compressed (a listing's 25 KB of HTML in about 5 KB), with Django's
    # BREACH mitigation; whitenoise serves static files already compressed.
    "django.middleware.gzip.GZipMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    # A statement stopped by DATABASE_REQUEST_TIMEOUT becomes the 503 page.
    "directory.common.request_bound.BoundedRequestMiddleware",
    # Public pages for anonymous visitors, from the cache until content changes; after the
    # middleware that set headers and read the session, language and CSRF cookie.
    "directory.page_cache.PageCacheMiddleware",
    # History records name the person who made each change.
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "directory.urls"
WSGI_APPLICATION = "directory.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
    # Plain-text emails (directory/common/emails.py): the same templates, without HTML
    # escaping, so a subject reads "d'aide" and not "d&#x27;aide".
    {
        "NAME": "text",
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "OPTIONS": {"autoescape": False},
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'dalil.sqlite3'}"),
        conn_max_age=envint("DATABASE_CONN_MAX_AGE", "0"),
    )
}
# While a web request waits, one SQL statement may run this long (milliseconds; 0 for no
# bound); one that runs longer is stopped and the visitor gets the 503 page. Pages take
# well under a second, so this is a safety net. Commands, the worker and the shell are not
# bounded (directory/common/request_bound.py).
DATABASE_REQUEST_TIMEOUT = envint("DATABASE_REQUEST_TIMEOUT", "3000")
if DATABASE_REQUEST_TIMEOUT and DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # PostgreSQL starts each connection bounded, so a request pays no query for it; a
    # connection opened outside a request lifts the bound at once.
    options = DATABASES["default"].setdefault("OPTIONS", {})
    options["options"] = " ".join(
        [options.get("options", ""), f"-c statement_timeout={DATABASE_REQUEST_TIMEOUT}"]
    ).strip()

# Read replicas of the primary (docs/deploy.md), comma-separated URLs: each becomes an alias
# "replica_1", "replica_2", ... with the primary's options. Web requests read from one; the
# primary takes every write, and the reads of whoever wrote in the last
# DATABASE_READ_YOUR_WRITES_SECONDS (directory/db_router.py). Tests use the primary's test
# database for them all. This stays after everything that sets the primary's options.
# Behind pgbouncer in transaction mode, the web servers turn server-side cursors off
# (docs/deploy.md); commands and the worker connect to PostgreSQL directly.
DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = envbool(
    "DATABASE_DISABLE_SERVER_SIDE_CURSORS", "false"
)
DATABASE_REPLICAS = []
for number, url in enumerate(envlist("DATABASE_REPLICA_URLS", ""), start=1):
    replica = dj_database_url.parse(url)
    if replica["ENGINE"] != DATABASES["default"]["ENGINE"]:
        raise ImproperlyConfigured("DATABASE_REPLICA_URLS must name the primary's database kind.")
    alias = f"replica_{number}"
    DATABASES[alias] = {
        **copy.deepcopy(DATABASES["default"]),
        **{key: replica[key] for key in ("NAME", "USER", "PASSWORD", "HOST", "PORT")},
        "TEST": {"MIRROR": "default"},
    }
    DATABASES[alias].setdefault("OPTIONS", {}).update(replica.get("OPTIONS", {}))
    DATABASE_REPLICAS.append(alias)
DATABASE_READ_YOUR_WRITES_SECONDS = envint("DATABASE_READ_YOUR_WRITES_SECONDS", "10")
if DATABASE_REPLICAS:
    DATABASE_ROUTERS = ["directory.db_router.ReplicaRouter"]
    # First, so that every other middleware's reads follow the request's choice too.
    MIDDLEWARE.insert(0, "directory.db_router.ReadYourWritesMiddleware")

# Accounts. There is no public sign-up: people join an organization by invitation or by a
# claim a coordinator approves (organizations/models.py).
AUTHENTICATION_BACKENDS = [
    # django-axes first, so a locked-out person is refused before their password is checked.
    "axes.backends.AxesStandaloneBackend",
    # Who may edit what: the predicates in organizations/rules.py.
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "manage:dashboard"
LOGOUT_REDIRECT_URL = "home"
# A session lasts two weeks of inactivity at most, and ends when the browser closes.
SESSION_COOKIE_AGE = envint("SESSION_COOKIE_AGE", str(14 * 24 * 3600))
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_SAVE_EVERY_REQUEST = False
# Invitations and password-reset links work for three days.
PASSWORD_RESET_TIMEOUT = 3 * 24 * 3600
INVITATION_DAYS = 14

# Five wrong passwords for one account from one address lock it for an hour.
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", "5")
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True
# Failed attempts are kept (that is the throttle); successful logins are not logged.
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False
AXES_IPWARE_PROXY_COUNT = envint("AXES_PROXY_COUNT", "0") or None

# Two-factor authentication codes name the site in the authenticator app.
OTP_TOTP_ISSUER = "Dalil"

# Caches. "default" holds what any process may rebuild and need not share: cached public
# pages (directory/page_cache.py), keyed by the content's versions, so a stale copy is never
# served, only left to expire. "shared" holds what every web worker and every app server
# must see alike: the rate limits' counters (directory/common/antispam.py), and sessions
# when Redis is there. Without REDIS_URL, "default" is each process's memory and "shared"
# is a table of the database (`manage.py createcachetable` makes it); with REDIS_URL, both
# live in Redis under their own key prefix, so several app servers share them.
REDIS_URL = env("REDIS_URL")
PAGE_CACHE_SECONDS = envint("PAGE_CACHE_SECONDS", str(24 * 3600))  # 0 turns it off
if REDIS_URL:
    CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"dalil-{alias}",
        }
        for alias in ("default", "shared")
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "dalil",
            # About 30 KB a listing page: at most 60 MB per process.
            "OPTIONS": {"MAX_ENTRIES": envint("PAGE_CACHE_ENTRIES", "2000")},
        },
        "shared": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "dalil_cache",
        },
    }
# Sessions live in the database, where a login survives a restart; with Redis, read
# through it ("cached_db": a request reads Redis, a login or logout writes both). Without
# Redis they are read from the database: a cache in each process's memory would let one
# worker still see a session another has ended.
SESSION_ENGINE = (
    "django.contrib.sessions.backends.cached_db"
    if REDIS_URL
    else "django.contrib.sessions.backends.db"
)
SESSION_CACHE_ALIAS = "shared"
# django-axes counts failed logins in the database (its default handler), whatever the cache.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Arabic first, as most of Tangier reads it; French is the fallback for visitors
# whose browser asks for none of the three.
LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("ar", _("Arabic")),
    ("fr", _("French")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Africa/Casablanca"
# Arabic date-and-time formats that Django's own locale lacks.
FORMAT_MODULE_PATH = ["directory.formats"]
USE_I18N = True
USE_TZ = True

# Content written in one language is shown in another when the visitor's is missing.
MODELTRANSLATION_DEFAULT_LANGUAGE = "fr"
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("fr", "en", "ar")}

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", BASE_DIR / "media"))

# Uploaded images go to S3-compatible object storage when S3_BUCKET is set (django-storages,
# docs/deploy.md), to MEDIA_ROOT otherwise. Objects keep the bucket's own access rules: a
# bucket policy lets anyone read them, or S3_CUSTOM_DOMAIN serves them; without a custom
# domain their links are signed, so a private bucket works too. An upload never replaces
# another file of the same name (a draft or an older version may still show it).
MEDIA_ORIGINS = []
if env("S3_BUCKET"):
    s3_options = {
        "bucket_name": env("S3_BUCKET"),
        "endpoint_url": env("S3_ENDPOINT_URL"),
        "region_name": env("S3_REGION"),
        "access_key": env("S3_ACCESS_KEY_ID"),
        "secret_key": env("S3_SECRET_ACCESS_KEY"),
        "custom_domain": env("S3_CUSTOM_DOMAIN"),
    }
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            # Unset ones are left to boto3 (its AWS_* variables, the machine's role).
            **{name: value for name, value in s3_options.items() if value},
            "querystring_auth": not s3_options["custom_domain"],
            "file_overwrite": False,
            "default_acl": None,
            # Object stores other than Amazon's are addressed as endpoint/bucket/name.
            "addressing_style": "path" if s3_options["endpoint_url"] else None,
            "object_parameters": {"CacheControl": "public, max-age=86400"},
        },
    }
    # Pages load the images from there: the content security policy allows it (below).
    if s3_options["custom_domain"]:
        MEDIA_ORIGINS = [f"https://{s3_options['custom_domain'].split('/')[0]}"]
    elif s3_options["endpoint_url"]:
        endpoint = urlsplit(s3_options["endpoint_url"])
        MEDIA_ORIGINS = [f"{endpoint.scheme}://{endpoint.netloc}"]
    else:
        bucket = s3_options["bucket_name"]
        MEDIA_ORIGINS = [f"https://{bucket}.s3.amazonaws.com"] + (
            [f"https://{bucket}.s3.{s3_options['region_name']}.amazonaws.com"]
            if s3_options["region_name"]
            else []
        )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Security. Pages load nothing from another host, so the policy is strict.
from django.utils.csp import CSP  # noqa: E402

SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:", *MEDIA_ORIGINS],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
if not DEBUG:
    SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", "true")
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", "31536000")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        # Request logs would otherwise carry full query strings: keep only warnings.
        "django.request": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        # Lockouts are warnings; every successful login need not be logged.
        "axes": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}

# Links in emails point here.
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# The address the contact page gives for writing to the people who keep Dalil; none is
# shown when unset.
CONTACT_EMAIL = env("CONTACT_EMAIL", "")

# Email: printed to the console unless an SMTP server is configured.
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Dalil <no-reply@dalil.ma>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
if env("SMTP_HOST"):
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": env("SMTP_HOST"),
                "port": envint("SMTP_PORT", "587"),
                "username": env("SMTP_USER"),
                "password": env("SMTP_PASSWORD"),
                "use_tls": envbool("SMTP_TLS", "true"),
                "timeout": 20,
            },
        }
    }
else:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}

# Emails are sent in the background: requests queue them in the database and
# `manage.py db_worker` sends them (`make run` starts one).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Bulk import and export (django-import-export): an import applies completely or not at all,
# and exported cells that a spreadsheet would run as formulas are escaped.
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT = True
IMPORT_EXPORT_SKIP_ADMIN_LOG = False

# The listings show this many results per page.
PAGE_SIZE = 20

# In development whitenoise reads static files straight from the apps and static/.
WHITENOISE_AUTOREFRESH = DEBUG
WHITENOISE_USE_FINDERS = DEBUG

"""Public pages served from the cache to anonymous visitors, rendered again after a publish.

A page is cached under its address (scheme, host, path, query string with its parameters in
order), its language, the clock's five-minute slot (a page says whether a service is open
now, in hours kept in steps of five minutes; a listing turns "needs verification" at
midnight) and every version of versions.py: the facet sets', the taxonomy's and the public
content's. Any save of what a public page shows moves the content version in the same
transaction (the signals below), so the next request after a publish, an edit in the admin
or a verification misses and renders afresh; the clock plays no other part in freshness, and
the timeout (PAGE_CACHE_SECONDS) only bounds what the cache holds. A hit costs the one query
that reads the versions, which a miss makes anyway.

Only what is the same for every anonymous visitor is cached: GET (and HEAD, served from
it) of the pages named in CACHED_VIEWS, by a visitor with no session and no pending messages,
and only a 200 answer that sets no cookie, asked for no CSRF token (a form posting back would
carry another visitor's token) and used no CSP nonce (a cached copy would carry a nonce its
header no longer names). Everyone else gets the page rendered for them; logged-in people have
a session cookie, so their pages, and the "Log out" form, are never stored or served from here.
"""

import hashlib
from urllib.parse import urlencode

from django.apps import apps
from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

from directory.search import versions
from directory.taxonomy import opening

# The public pages: the same for every anonymous visitor, and all their content is covered
# by the versions (the models of PUBLIC_MODELS, the taxonomy, the index).
CACHED_VIEWS = {
    "home",
    "search",
    "organizations:list",
    "organizations:detail",
    "services:list",
    "services:detail",
    "services:shortlist",
    "news:list",
    "news:detail",
    "projects:list",
    "projects:detail",
    "needs:list",
    "needs:detail",
    "coverage:page",
    "coverage:csv",
    "about",
    "contact",
    "privacy",
    "accessibility",
}

# What a public page shows: a save, a deletion or a tag change of any of these moves the
# content version. Every model of the content apps is in one of the two sets
# (tests/test_page_cache.py), so a new model must be placed in one.
PUBLIC_MODELS = {
    "organizations.organization",
    "organizations.location",
    "organizations.service",
    "organizations.openinghours",
    "organizations.contactchannel",
    "organizations.partnership",
    "organizations.newsitem",
    "organizations.exchange",
    "projects.project",
    "projects.participation",
    "projects.objective",
    "projects.beneficiaries",
    "directory.theme",
    "directory.audience",
    "directory.place",
    "directory.country",
    "directory.language",
    "directory.boundary",
    # Opening hours' seasons and holidays: whether a service is open today.
    "directory.seasondates",
    "directory.publicholiday",
    "directory.hotline",
    # The coverage page counts residents' open requests.
    "reports.suggestion",
}
# Drafts, accounts, claims, checks (a check's date on the record is public, and
# curation/verification.py says so), curation, import jobs and reports of mistakes: no public
# page shows them.
PRIVATE_MODELS = {
    "organizations.membership",
    "organizations.invitation",
    "organizations.claim",
    "organizations.changerequest",
    "organizations.verification",
    "organizations.organizationredirect",
    "organizations.likelyduplicate",
    "organizations.duplicatesearch",
    "organizations.importjob",
    # Relayed messages: only coordinators count them.
    "organizations.exchangemessage",
    "reports.report",
}
CONTENT_APPS = {"organizations", "projects", "directory", "reports"}

# Vary headers the key already accounts for: the language is in the address, and a visitor
# with a session cookie is never served from the cache.
KEYED_VARY = {"accept-language", "cookie"}


def _public_changed(sender, **kwargs):
    if not kwargs.get("raw"):
        versions.content_changed()


def _public_tags_changed(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        versions.content_changed()


def connect_signals():
    """Every public model, its proxies and its many-to-many tables move the content version.

    Connected model by model rather than for every sender: a receiver of every deletion would
    stop Django from deleting any model's rows in bulk.
    """
    for model in apps.get_models():
        if model._meta.concrete_model._meta.label_lower not in PUBLIC_MODELS:
            continue
        uid = f"page-cache-{model._meta.label_lower}"
        post_save.connect(_public_changed, sender=model, dispatch_uid=f"{uid}-saved")
        post_delete.connect(_public_changed, sender=model, dispatch_uid=f"{uid}-deleted")
        for field in model._meta.many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(
                _public_tags_changed,
                sender=through,
                dispatch_uid=f"page-cache-{through._meta.label_lower}",
            )


def page_key(request):
    query = urlencode(sorted(request.GET.lists()), doseq=True)
    parts = [
        request.scheme,
        request.get_host(),
        request.path,
        query,
        get_language(),
        opening.slot(),
        versions.fingerprint(),
    ]
    return "page:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def is_cacheable_request(request):
    match = request.resolver_match
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and match is not None
        and match.view_name in CACHED_VIEWS
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and CookieStorage.cookie_name not in request.COOKIES
    )


def is_storable(request, response):
    """The answer is the same for any anonymous visitor, and says nothing about this one."""
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    if getattr(request, "_csp_nonce", None):  # evaluated: the page carries a nonce
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    messages = getattr(request, "_messages", None)
    if messages is not None and messages.added_new:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    vary = {header.strip().lower() for header in response.get("Vary", "").split(",")}
    vary.discard("")
    return vary <= KEYED_VARY


class PageCacheMiddleware:
    """Serves CACHED_VIEWS to anonymous visitors from the default cache (see the module).

    It sits after the CSP middleware, so every answer, cached or not, gets its security
    headers from the middleware above it, afresh.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        key = getattr(request, "_page_cache_key", None)
        if key is not None and is_storable(request, response):
            # The page differs for people with a session: shared caches must know it.
            patch_vary_headers(response, ["Cookie"])
            caches["default"].set(key, response, settings.PAGE_CACHE_SECONDS)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not is_cacheable_request(request):
            return None
        key = page_key(request)
        response = caches["default"].get(key)
        if response is None:
            request._page_cache_key = key
        return response

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.csrf import requires_csrf_token

from directory.common.text import translated_columns
from directory.coverage.tables import tangier_arrondissements
from directory.search import query as search
from directory.search.catalogue import catalogue
from directory.search.models import SearchEntry
from directory.search.query import SearchResults
from directory.taxonomy.models import Theme
from organizations.models import NewsItem

from .forms import SearchForm


def home(request):
    """The front page: the taxonomy from the process's catalogue, then three short lists.

    Each list reads only the columns the page shows, from an index in its order, so the
    page costs the same few queries at any size of the directory.
    """
    from organizations.models import Partnership
    from projects.models import Project

    held = catalogue()
    names = translated_columns("name")
    linked = ["slug", *names]  # what a link to an organization shows
    context = {
        "themes": held.root_themes,
        "audiences": held.audiences,
        "arrondissements": tangier_arrondissements(held),
        "hotlines": held.hotlines,
        "latest_news": NewsItem.objects.published()
        .select_related("organization")
        .only(
            "slug",
            "published_on",
            *translated_columns("title"),
            "organization",
            *(f"organization__{column}" for column in linked),
        )[:4],
        "programmes": Project.objects.for_listing()
        .filter(kind=Project.Kind.PROGRAMME)
        .only("slug", "achievement", "start_date", *translated_columns("title"))
        .order_by("-start_date", "pk")[:4],
        "partnerships": Partnership.objects.public()
        .select_related("organization", "partner")
        .only(
            "kind",
            "signed_on",
            "organization",
            "partner",
            *(f"{side}__{column}" for side in ["organization", "partner"] for column in linked),
        )[:3],
    }
    return render(request, "directory/home.html", context)


def contact(request):
    """How to reach the people who keep Dalil, and which form does what."""
    return render(request, "directory/contact.html", {"contact_email": settings.CONTACT_EMAIL})


def page_not_found(request, exception):
    return render(request, "404.html", status=404)


@requires_csrf_token
def server_error(request):
    return render(request, "500.html", status=500)


def search_page(request):
    """Results across services, organizations, projects and news, best first."""
    form = SearchForm(request.GET)
    query = search.parse(form.cleaned_data["q"]) if form.is_valid() else search.parse("")
    kind = form.cleaned_data.get("type") if form.is_valid() else ""
    results = SearchResults(query, kinds=[kind] if kind else list(SearchEntry.Kind.values))
    page_obj = Paginator(results, settings.PAGE_SIZE).get_page(request.GET.get("page"))
    # The result-type links count every type, also when one is chosen.
    every_kind = search.find(query) if kind and query else results.matches
    context = {
        "form": form,
        "query": query,
        "page_obj": page_obj,
        "results": results.hydrate(page_obj.object_list),
        "kind_counts": search.count_by_kind(every_kind) if query else [],
        "results_capped": results.matches.capped if query else False,
        "max_results": search.MAX_RESULTS,
        "selected_kind": kind,
        "themes": Theme.objects.filter(parent=None) if not page_obj.object_list else [],
    }
    return render(request, "directory/search.html", context)

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.csrf import requires_csrf_token

from organizations.models import NewsItem

from . import search
from .forms import SearchForm
from .models import Audience, Place, SearchEntry, Theme
from .search import SearchResults

TANGIER_COMMUNE_CODE = "01.511.01.0"


def home(request):
    from organizations.models import Partnership
    from projects.models import Project

    context = {
        "themes": Theme.objects.filter(parent=None),
        "audiences": Audience.objects.all(),
        "arrondissements": Place.objects.filter(
            kind=Place.Kind.ARRONDISSEMENT, commune__code=TANGIER_COMMUNE_CODE
        ),
        "latest_news": NewsItem.objects.for_listing()[:4],
        "programmes": Project.objects.for_listing()
        .filter(kind=Project.Kind.PROGRAMME)
        .order_by("-start_date", "pk")[:4],
        "partnerships": Partnership.objects.public().select_related("organization", "partner")[:3],
    }
    return render(request, "directory/home.html", context)


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


def coverage(request):
    """Published services per need and district, for one audience or all; see coverage.py."""
    from . import coverage as counting

    form = counting.CoverageForm(request.GET)
    # A value the lists do not have is left out, and the page says so.
    form.is_valid()
    audience = form.cleaned_data.get("audience")
    theme = form.cleaned_data.get("theme")
    result = counting.coverage(audience, map_theme=theme)
    context = {
        "form": counting.CoverageForm(initial={"audience": audience, "theme": theme}),
        "unknown_values": [request.GET.get(name, "") for name in form.errors],
        "map_theme": theme,
        "coverage": result,
        "gaps": result.tangier.gaps(),
        "unmet_demand": counting.unmet_demand(audience),
        "legend": counting.legend(),
        "csv_url": counting.csv_url(audience),
    }
    return render(request, "directory/coverage.html", context)


def coverage_csv(request):
    """The coverage tables as a CSV file, the same numbers as the page."""
    from django.http import HttpResponse, HttpResponseBadRequest
    from django.utils.translation import gettext

    from . import coverage as counting

    form = counting.CoverageForm(request.GET)
    form.is_valid()
    if "audience" in form.errors:
        return HttpResponseBadRequest(
            gettext("This audience is not in the list. Choose one on the coverage page."),
            content_type="text/plain; charset=utf-8",
        )
    audience = form.cleaned_data.get("audience")
    result = counting.coverage(audience, with_maps=False)
    response = HttpResponse(counting.as_csv(result), content_type="text/csv; charset=utf-8")
    name = f"dalil-coverage-{audience.slug if audience else 'all'}.csv"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response

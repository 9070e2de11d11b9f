from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.utils.translation import gettext

from organizations.models import Exchange

from . import tables as counting


def coverage(request):
    """Published services per need and district, for one audience or all; see tables.py."""
    form = counting.CoverageForm(request.GET)
    # A value the lists do not have is left out, and the page says so.
    form.is_valid()
    audience = form.cleaned_data.get("audience")
    theme = form.cleaned_data.get("theme")
    result = counting.coverage(audience, map_theme=theme)
    gaps = result.tangier.gaps()
    context = {
        "form": counting.CoverageForm(initial={"audience": audience, "theme": theme}),
        "unknown_values": [request.GET.get(name, "") for name in form.errors],
        "map_theme": theme,
        "coverage": result,
        "gaps": gaps,
        # Gaps that associations look for partners to fill link to their needs.
        "themes_sought": Exchange.objects.themes_sought(),
        "unmet_demand": counting.unmet_demand(audience),
        "legend": counting.legend(),
        "csv_url": counting.csv_url(audience),
    }
    return render(request, "directory/coverage.html", context)


def coverage_csv(request):
    """The coverage tables as a CSV file, the same numbers as the page."""
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

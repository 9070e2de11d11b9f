from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render

from directory.search import nearby
from directory.search.catalogue import fill_taxonomy

from . import shortlist
from .filters import OrganizationFilter, ServiceFilter, nearest_first_data
from .models import NewsItem, Organization, OrganizationRedirect, Service


def listing_data(request):
    """The query string as the filters read it, sorted by name unless asked otherwise."""
    data = request.GET.copy()
    data.setdefault("sort", "name")
    return nearest_first_data(data)


def rounded_position(request):
    """A redirect to the listing's address with its position rounded to about 100 m, when
    it came more precise: the precise one is then in no link, cached page or shared address."""
    near = request.GET.get("near", "")
    point = nearby.parse_position(near)
    if point is None or point.position_text == near:
        return None
    query = request.GET.copy()
    query["near"] = point.position_text
    return redirect(f"{request.path}?{query.urlencode()}")


def organization_list(request):
    if moved := rounded_position(request):
        return moved
    filterset = OrganizationFilter(
        listing_data(request), queryset=Organization.objects.for_listing()
    )
    page_obj = Paginator(filterset.rows(), settings.PAGE_SIZE).get_page(request.GET.get("page"))
    fill_taxonomy((page_obj.object_list, ["themes", "audiences"]))
    return render(
        request,
        "organizations/organization_list.html",
        {"filter": filterset, "facets": filterset.facets(), "page_obj": page_obj},
    )


def organization_detail(request, slug):
    try:
        organization = get_object_or_404(Organization.objects.for_detail(), slug=slug)
    except Http404:
        # The address of an organization merged into another leads to the one kept.
        moved = OrganizationRedirect.objects.select_related("organization").filter(old_slug=slug)
        if moved := moved.first():
            return redirect(moved.organization, permanent=True)
        raise
    fill_taxonomy(
        ([organization], ["themes", "audiences", "languages", "countries"]),
        (organization.public_services, ["audiences"]),
    )
    return render(
        request, "organizations/organization_detail.html", {"organization": organization}
    )


def service_list(request):
    if moved := rounded_position(request):
        return moved
    filterset = ServiceFilter(listing_data(request), queryset=Service.objects.for_listing())
    page_obj = Paginator(filterset.rows(), settings.PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "organizations/service_list.html",
        {"filter": filterset, "facets": filterset.facets(), "page_obj": page_obj},
    )


def service_shortlist(request):
    """The services a resident saved, from ?s=<slug>,<slug>: to print or pass on."""
    slugs = shortlist.slugs_of(request.GET.get("s"))
    found = shortlist.entries(slugs)
    kept = ",".join(entry.slug for entry in found)
    url = request.build_absolute_uri(request.path) + (f"?s={kept}" if kept else "")
    return render(
        request,
        "organizations/shortlist.html",
        {
            "entries": found,
            "url": url,
            "message": shortlist.message(found, url),
        },
    )


def service_detail(request, slug):
    service = get_object_or_404(Service.objects.for_detail(), slug=slug)
    fill_taxonomy(([service], ["themes", "audiences", "languages"]))
    return render(request, "organizations/service_detail.html", {"service": service})


def news_list(request):
    page_obj = Paginator(NewsItem.objects.for_listing(), settings.PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, "organizations/newsitem_list.html", {"page_obj": page_obj})


def news_detail(request, slug):
    item = get_object_or_404(NewsItem.objects.for_listing(), slug=slug)
    return render(request, "organizations/newsitem_detail.html", {"item": item})

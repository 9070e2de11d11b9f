from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from directory.search.catalogue import fill_taxonomy

from .filters import ProjectFilter
from .models import Project


def project_list(request):
    data = request.GET.copy()
    data.setdefault("sort", "title")
    filterset = ProjectFilter(data, queryset=Project.objects.for_listing())
    page_obj = Paginator(filterset.rows(), settings.PAGE_SIZE).get_page(request.GET.get("page"))
    fill_taxonomy((page_obj.object_list, ["themes"]))
    return render(
        request,
        "projects/project_list.html",
        {"filter": filterset, "facets": filterset.facets(), "page_obj": page_obj},
    )


def project_detail(request, slug):
    project = get_object_or_404(Project.objects.for_detail(), slug=slug)
    fill_taxonomy(([project], ["themes", "audiences", "regions", "countries"]))
    return render(
        request,
        "projects/project_detail.html",
        {"project": project, "related": project.more_from_same_organizations()},
    )

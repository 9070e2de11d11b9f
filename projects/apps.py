from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = _("Projects")

    def ready(self):
        from organizations.curation.merge import organization_merging

        from . import merge, review, search

        search.register()  # projects in the search index
        review.register()  # projects their lead organization's staff edit
        # Merging two organizations moves their participations (projects/merge.py).
        organization_merging.connect(merge.move_participations, dispatch_uid="projects.merge")

"""Projects staff edit from their lead organization's pages, registered with the review
(organizations/review/registry.py) when the app is ready."""

from django.utils.translation import gettext_lazy as _

from organizations.review import registry

from .forms import ObjectiveFormSet, ProjectForm
from .models import Participation, Project


def led_by(organization):
    """The projects an organization leads: only their lead edits them."""
    return Project.objects.filter(
        participations__organization=organization,
        participations__role=Participation.Role.LEAD,
    )


def make_lead(project, change_request):
    """A new project proposed by an organization is led by it."""
    Participation.objects.get_or_create(
        project=project,
        organization=change_request.organization,
        role=Participation.Role.LEAD,
    )


def register():
    registry.register(
        registry.Editable(
            "project",
            Project,
            ProjectForm,
            formsets=(("objectives", ObjectiveFormSet),),
            label=_("project"),
            section=_("Projects"),
            add_label=_("Add a project"),
            records=led_by,
            link=make_lead,
        )
    )

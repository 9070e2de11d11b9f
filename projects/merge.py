"""What a merge of two organizations does to projects (organizations/curation/merge.py sends
`organization_merging`; projects/apps.py connects the receiver)."""

from directory.search import index as search_index
from directory.search.models import SearchEntry

from .models import Participation


def move_participations(sender, *, keep, remove, **kwargs):
    """The removed organization's participations go to the kept one, except a role the kept
    one already has in that project; the projects are indexed again under the kept name."""
    roles = set(Participation.objects.filter(organization=keep).values_list("project_id", "role"))
    project_ids = set()
    for participation in Participation.objects.filter(organization=remove):
        project_ids.add(participation.project_id)
        if (participation.project_id, participation.role) in roles:
            participation.delete()
        else:
            participation.organization = keep
            participation.save(update_fields=["organization"])
    search_index.index(SearchEntry.Kind.PROJECT, sorted(project_ids))

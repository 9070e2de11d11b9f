"""Who may do what with an organization's listing (django-rules).

Staff are members of organizations (Membership): owners edit and manage the members,
editors edit. Coordinators (a group) review changes for every organization. Every view
that shows or changes an organization's data asks one of these permissions, for that
organization, on the server, most through `get_organization_for_user`.
"""

import rules
from django.http import Http404
from django.shortcuts import get_object_or_404

COORDINATORS = "Coordinators"


@rules.predicate
def is_coordinator(user):
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    if not hasattr(user, "_is_coordinator"):
        user._is_coordinator = user.groups.filter(name=COORDINATORS).exists()
    return user._is_coordinator


def _role(user, organization):
    """The person's role in the organization, or None; remembered for the request."""
    if not user.is_authenticated or not user.is_active or organization is None:
        return None
    roles = user.__dict__.setdefault("_organization_roles", {})
    if organization.pk not in roles:
        from .models import Membership

        roles[organization.pk] = (
            Membership.objects.filter(user=user, organization=organization)
            .values_list("role", flat=True)
            .first()
        )
    return roles[organization.pk]


@rules.predicate
def is_member(user, organization):
    return _role(user, organization) is not None


@rules.predicate
def is_owner(user, organization):
    from .models import Membership

    return _role(user, organization) == Membership.Role.OWNER


# Propose changes to the organization's profile, locations, services, projects and news.
rules.add_perm("organizations.edit_listing", is_member | is_coordinator)
# Invite and remove the organization's members.
rules.add_perm("organizations.manage_members", is_owner | is_coordinator)
# Approve or refuse proposed changes, decide claims, send invitations for any organization.
rules.add_perm("organizations.review_changes", is_coordinator)


def get_organization_for_user(request, slug, permission):
    """The organization, if the person has `permission` for it; otherwise 404, as if it did
    not exist."""
    from .models import Organization

    organization = get_object_or_404(Organization, slug=slug)
    if not request.user.has_perm(permission, organization):
        raise Http404
    return organization

"""Merging an organization listed twice into the one kept.

Apps above organizations move their own rows: `organization_merging` is sent inside the
merge's transaction, before the relations nobody handles are moved as they are
(projects/merge.py moves the participations in projects).
"""

from django.conf import settings
from django.contrib.admin.models import CHANGE, DELETION, LogEntry
from django.db import transaction
from django.dispatch import Signal
from django.utils import translation
from simple_history.utils import bulk_update_with_history

from directory.common.text import language_codes
from directory.search import index as search_index
from directory.search.models import SearchEntry
from directory.taxonomy.models import Versioned
from organizations.models import (
    ChangeRequest,
    Claim,
    ContactChannel,
    Invitation,
    Location,
    Membership,
    NewsItem,
    Organization,
    OrganizationRedirect,
    Partnership,
    Service,
    Verification,
)

# Sent with `keep` and `remove` (Organization instances) inside the merge's transaction, both
# rows locked, before `remove` is deleted: receivers move what of theirs points at `remove`.
organization_merging = Signal()

# Fields of the kept organization filled from the removed one when the kept one has none.
FILLED_FIELDS = ["acronym", "website", "email", "year_founded", "logo", "photo"]
FILLED_TRANSLATED_FIELDS = ["summary", "description", "mission"]
# Rows written per query when moved rows are saved with their history.
BATCH_SIZE = 500


def merge_counts(organization):
    """What a merge would move from this organization, for the confirmation page."""
    return {
        "services": organization.services.count(),
        "locations": organization.locations.count(),
        "contact channels": organization.channels.count(),
        "news": organization.news.count(),
        "participations in projects": organization.participations.count(),
        "partnerships": organization.partnerships.count()
        + organization.partnerships_as_partner.count(),
        "members": organization.memberships.count(),
        "invitations": organization.invitations.count(),
        "claims": organization.claims.count(),
        "change requests": organization.change_requests.count(),
        "verifications": organization.verifications.count(),
    }


@transaction.atomic
def merge_organizations(*, keep, remove, by):
    """Move everything of `remove` to `keep`, then delete `remove`; its address redirects.

    Deleted rather than archived: an archived copy would have to be left out of every
    listing, search, count and export, and everything it had now belongs to `keep`. Its
    history (django-simple-history) keeps its last state, OrganizationRedirect its address,
    and the admin's activity log what was merged, by whom.

    Rows that would break a rule or say the same thing twice are dropped, not moved: a
    participation in a project with a role `keep` already has there, a partnership of `keep`
    with itself or with a partner it already has in that kind, a membership of a person
    already a member (who keeps the higher role), an organization-wide contact channel `keep`
    already lists. Everything is reindexed for search. Returns the counts of what moved.

    Nothing escapes history, nor the review: the kept organization and every moved record
    with a history (services, locations, news) get a history row by `by` and a new version,
    so a draft written before the merge conflicts instead of being approved over it.
    """
    if keep.pk == remove.pk:
        raise ValueError("An organization cannot be merged into itself.")
    # Lock both rows: two coordinators merging the same pair wait for each other.
    locked = Organization.objects.select_for_update().filter(pk__in=[keep.pk, remove.pk])
    if len(locked) != 2:
        raise Organization.DoesNotExist("One of the organizations no longer exists.")
    keep.refresh_from_db()
    remove.refresh_from_db()
    counts = merge_counts(remove)
    service_ids = list(remove.services.values_list("pk", flat=True))
    news_ids = list(remove.news.values_list("pk", flat=True))

    reason = f"Merged {remove.name} ({remove.slug}) into {keep.name} ({keep.slug})"

    with search_index.deferred():
        for model in (Service, Location, NewsItem):
            _move_rows(model, "organization", keep=keep, remove=remove, by=by, reason=reason)
        moved = {"organization": keep}
        Invitation.objects.filter(organization=remove).update(**moved)
        Claim.objects.filter(organization=remove).update(**moved)
        ChangeRequest.objects.filter(organization=remove).update(**moved)
        Verification.objects.filter(organization=remove).update(**moved)
        OrganizationRedirect.objects.filter(organization=remove).update(**moved)
        # The removed organization's own open drafts describe a record that goes away.
        ChangeRequest.objects.filter(
            content_type__app_label="organizations",
            content_type__model="organization",
            object_id=remove.pk,
            status__in=ChangeRequest.OPEN,
        ).update(
            status=ChangeRequest.Status.WITHDRAWN,
            reason=f"Merged into {keep.name} ({keep.slug}).",
        )

        own_channels = {
            (kind, value.strip().casefold())
            for kind, value in keep.channels.filter(service=None).values_list("kind", "value")
        }
        for channel in ContactChannel.objects.filter(organization=remove):
            key = (channel.kind, channel.value.strip().casefold())
            if channel.service_id is None and key in own_channels:
                channel.delete()
                continue
            if channel.service_id is None:
                own_channels.add(key)
            channel.organization = keep
            channel.save(update_fields=["organization"])

        _move_partnerships(keep=keep, remove=remove)

        keep_roles = dict(keep.memberships.values_list("user_id", "role"))
        for membership in Membership.objects.filter(organization=remove):
            role = keep_roles.get(membership.user_id)
            if role is None:
                membership.organization = keep
                membership.save(update_fields=["organization"])
                continue
            if membership.role == Membership.Role.OWNER and role != Membership.Role.OWNER:
                keep.memberships.filter(user_id=membership.user_id).update(
                    role=Membership.Role.OWNER
                )
            membership.delete()

        organization_merging.send(sender=Organization, keep=keep, remove=remove)
        _move_other_relations(keep=keep, remove=remove, by=by, reason=reason)

        keep.themes.add(*remove.themes.all())
        keep.audiences.add(*remove.audiences.all())
        keep.languages.add(*remove.languages.all())
        keep.countries.add(*remove.countries.all())
        _fill_blanks(keep=keep, remove=remove, by=by, reason=reason)

        OrganizationRedirect.objects.update_or_create(
            old_slug=remove.slug,
            defaults={"organization": keep, "old_name": remove.name, "merged_by": by},
        )
        with translation.override(settings.LANGUAGE_CODE):
            summary = ", ".join(f"{count} {label}" for label, count in counts.items() if count)
            message = f"Merged {remove.name} ({remove.slug}) into this organization"
            LogEntry.objects.log_actions(
                by.pk,
                [keep],
                CHANGE,
                f"{message}: {summary or 'nothing to move'}.",
                single_object=True,
            )
            LogEntry.objects.log_actions(
                by.pk,
                [remove],
                DELETION,
                f"Merged into {keep.name} ({keep.slug}).",
                single_object=True,
            )
        remove_pk = remove.pk
        remove.delete()  # and its pairs in the list of likely duplicates (LikelyDuplicate)
        remove.pk = remove_pk

        Kind = SearchEntry.Kind
        search_index.index(Kind.ORGANIZATION, [keep.pk, remove_pk])
        search_index.index(Kind.SERVICE, service_ids)
        search_index.index(Kind.NEWS, news_ids)
    return counts


# The relations handled above; any other foreign key to Organization (a model added later)
# is moved as it is by _move_other_relations rather than deleted with the organization, once
# the receivers of organization_merging have moved theirs.
HANDLED_RELATIONS = {
    "organizations.Service.organization",
    "organizations.Location.organization",
    "organizations.NewsItem.organization",
    "organizations.Invitation.organization",
    "organizations.Claim.organization",
    "organizations.ChangeRequest.organization",
    "organizations.Verification.organization",
    "organizations.OrganizationRedirect.organization",
    "organizations.ContactChannel.organization",
    "organizations.Partnership.organization",
    "organizations.Partnership.partner",
    "organizations.Membership.organization",
}


def _move_other_relations(*, keep, remove, by, reason):
    for relation in Organization._meta.related_objects:
        model = relation.related_model
        name = f"{model._meta.label}.{relation.field.name}"
        if relation.many_to_many or model._meta.auto_created or name in HANDLED_RELATIONS:
            continue
        if model.__name__.startswith("Historical"):  # django-simple-history: the past stays
            continue
        _move_rows(model, relation.field.name, keep=keep, remove=remove, by=by, reason=reason)


def _has_history(model):
    return hasattr(model._meta, "simple_history_manager_attribute")


def _move_rows(model, field, *, keep, remove, by, reason):
    """Point `field` of the rows of `model` at `keep` instead of `remove`.

    A model with a history gets a history row for each (bulk_update_with_history, BATCH_SIZE
    rows a query) and, if it is reviewed, a new version; any other model one UPDATE.
    """
    rows = model._base_manager.filter(**{field: remove})
    if not _has_history(model):
        rows.update(**{field: keep})
        return
    rows = list(rows)
    fields = [field]
    for row in rows:
        setattr(row, field, keep)
    if issubclass(model, Versioned):
        fields.append("version")
        for row in rows:
            row.version += 1
    if rows:
        bulk_update_with_history(
            rows,
            model,
            fields,
            batch_size=BATCH_SIZE,
            default_user=by,
            default_change_reason=reason,
        )


def _move_partnerships(*, keep, remove):
    """Both directions; none of `keep` with itself, none twice for the same partner and kind."""
    existing = set()
    for organization_id, partner_id, kind in Partnership.objects.filter(
        organization=keep
    ).values_list("organization_id", "partner_id", "kind"):
        existing.add((organization_id, partner_id, kind))
    for organization_id, partner_id, kind in Partnership.objects.filter(partner=keep).values_list(
        "organization_id", "partner_id", "kind"
    ):
        existing.add((organization_id, partner_id, kind))
    links = Partnership.objects.filter(organization=remove) | Partnership.objects.filter(
        partner=remove
    )
    for link in links.order_by("pk"):
        organization_id = keep.pk if link.organization_id == remove.pk else link.organization_id
        partner_id = keep.pk if link.partner_id == remove.pk else link.partner_id
        key = (organization_id, partner_id, link.kind)
        if organization_id == partner_id or key in existing:
            link.delete()
            continue
        existing.add(key)
        link.organization_id, link.partner_id = organization_id, partner_id
        link.save(update_fields=["organization", "partner"])


def _fill_blanks(*, keep, remove, by, reason):
    """What the kept organization lacks and the removed one has: its email, its Arabic text...

    Saved with a new version whatever was filled: the merge also gave it themes, services and
    places, and a draft of it written before must be written again.
    """
    fields = FILLED_FIELDS + [
        f"{field}_{code}" for field in FILLED_TRANSLATED_FIELDS for code in language_codes()
    ]
    filled = [
        field
        for field in fields
        if getattr(keep, field) in ("", None) and getattr(remove, field) not in ("", None)
    ]
    for field in filled:
        setattr(keep, field, getattr(remove, field))
    keep.version += 1
    keep._history_user = by
    keep._change_reason = reason
    keep.save(update_fields=[*filled, "version"])

"""The search index: one entry per published item, and the typo dictionary of its words."""

import uuid

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from directory.taxonomy.models import Place


class SearchEntry(models.Model):
    """One published service, organization, project or news item as the search sees it.

    `terms` holds the folded, stemmed words of everything that describes the item in the three
    languages (its texts, its organization's name, the names and synonyms of its themes and
    audiences, its places), so a word in one language finds what is tagged in another.
    index.py writes these rows and query.py reads them: SQLite through an FTS5 table,
    PostgreSQL through a GIN-indexed tsvector. Only published items have an entry.
    """

    class Kind(models.TextChoices):
        SERVICE = "service", _("service")
        ORGANIZATION = "organization", _("organization")
        PROJECT = "project", _("project")
        NEWS = "news", _("news")

    kind = models.CharField(max_length=16, choices=Kind)
    object_id = models.BigIntegerField()
    title_terms = models.TextField()
    terms = models.TextField()
    place = models.ForeignKey(
        Place, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # What the listings filter and sort by (facet_sets.py): the item's facet keys,
    # space-separated ("theme:3 audience:7 place:12 ..."), its name folded for sorting as a
    # reader of each language sees it (with the same fallbacks as the page), and when it last
    # changed. Null on the entries of kinds that have no listing with facets. Nullable so
    # SQLite adds the columns without rebuilding the table and its full-text triggers.
    facets = models.TextField(null=True, blank=True)  # noqa: DJ001 (see above)
    sort_name_ar = models.CharField(max_length=200, null=True, blank=True)  # noqa: DJ001
    sort_name_fr = models.CharField(max_length=200, null=True, blank=True)  # noqa: DJ001
    sort_name_en = models.CharField(max_length=200, null=True, blank=True)  # noqa: DJ001
    updated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "directory_searchentry"  # its FTS5 table and triggers are named after it
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="search_entry_unique"),
        ]
        indexes = [
            # A listing's order, read once per version of its facet sets (facet_sets.py):
            # kind = ... AND facets IS NOT NULL ORDER BY sort_name_xx, object_id.
            models.Index(
                fields=["kind", f"sort_name_{code}", "object_id"],
                condition=Q(facets__isnull=False),
                name=f"search_entry_by_name_{code}",
            )
            for code in ("ar", "fr", "en")
        ]
        indexes += [
            # ... ORDER BY updated_at DESC, object_id.
            models.Index(
                fields=["kind", "-updated_at", "object_id"],
                condition=Q(facets__isnull=False),
                name="search_entry_by_update",
            ),
        ]

    def __str__(self):
        return f"{self.kind} {self.object_id}"


class SearchTermVariant(models.Model):
    """A word of the index with one letter deleted, pointing at the word: the typo dictionary.

    A query word of five letters or more that the index lacks is looked up by its own
    one-letter deletions, which finds every indexed word one typo away from it (a letter
    missing, added, changed or two swapped) with indexed lookups only.
    """

    variant = models.CharField(max_length=64)
    term = models.CharField(max_length=64)

    class Meta:
        db_table = "directory_searchtermvariant"
        constraints = [
            models.UniqueConstraint(fields=["variant", "term"], name="search_variant_unique"),
        ]
        # The unique constraint's index serves the typo lookup: variant IN (...).

    def __str__(self):
        return f"{self.variant} → {self.term}"


class FacetSet(models.Model):
    """The ids of the published items of one kind that have one facet key, as a roaring bitmap.

    Kept in step with the entries by index.py and read whole into each process's memory by
    facet_sets.py, which intersects them to filter and count a listing without scanning the
    tables. `key` is a facet key ("theme:3", "place:12", "kind:association") or "all".
    """

    kind = models.CharField(max_length=16, choices=SearchEntry.Kind)
    # Long enough for a service's hours as a key (taxonomy/opening.py, schedule_keys).
    key = models.CharField(max_length=255)
    members = models.BinaryField()

    class Meta:
        constraints = [
            # A write loads the sets of the keys it changes: kind = ... AND key IN (...).
            models.UniqueConstraint(fields=["kind", "key"], name="facet_set_unique"),
        ]

    def __str__(self):
        return f"{self.kind} {self.key}"


class FacetSetVersion(models.Model):
    """A new random token each time the facet sets of a kind, or the taxonomy, change.

    Each process compares it with the version of the sets or the catalogue it holds (one
    small query per request, versions.py) and reads them again when it differs. Random
    rather than counted, so that a rolled-back write, a restored backup or a rebuilt table
    never brings an old number back for different sets.
    """

    # A SearchEntry kind, or "taxonomy" (versions.TAXONOMY).
    kind = models.CharField(max_length=16, unique=True)
    token = models.UUIDField(default=uuid.uuid4)

    def __str__(self):
        return f"{self.kind} {self.token}"

"""The search index: one entry per published item, and the typo dictionary of its words."""

from django.db import models
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

    class Meta:
        db_table = "directory_searchentry"  # its FTS5 table and triggers are named after it
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="search_entry_unique"),
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

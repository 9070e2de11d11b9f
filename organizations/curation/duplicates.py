"""Organizations that are probably listed twice: similar names, or the same phone, email or
website.

Comparing every pair of a 250,000-row table would be 31 billion comparisons. Instead each
organization gets a few blocking keys (its folded names, its names without the words every
association has, its phones in national form, its emails, its website's host); organizations
sharing a key become a pair, so the cost is one pass over the rows plus the pairs within each
group of the same key. Only the fuzzy step compares names with difflib, and only within small
groups sharing the first letters of a name's core: about n × BLOCK_SIZE ratios at worst.

Rows are read in chunks and each key keeps its organizations compactly (Groups): the memory
goes to one entry per distinct name, core and contact, not to a set per key. Measured at
250,041 synthetic organizations on SQLite: 352 MB peak RSS for the whole process, where a
set of ids per key took 852 MB; 14.5 s of CPU. Finding them still takes a pass over every
row, so the pairs are stored (LikelyDuplicate, one row a pair, with a
DuplicateSearch row for each finding): the admin page finds them itself for a small
directory (up to SYNC_LIMIT organizations) and otherwise asks the background worker
(`find_likely_duplicates`), and shows the last list found with its date. A pair a
coordinator said is not the same stays stored, dismissed, and is not offered again.
"""

import dataclasses
import difflib
import re
from collections import defaultdict
from urllib.parse import urlsplit

from django.contrib.admin.models import CHANGE, LogEntry
from django.db import transaction
from django.tasks import task
from django.utils import timezone

from directory.common.text import language_codes
from directory.search.folding import fold
from organizations.models import (
    ContactChannel,
    DuplicateSearch,
    LikelyDuplicate,
    Location,
    Organization,
)

# Words that say what kind of body it is, not which one: "Association Al Amal" is "amal".
COMMON_WORDS = set(
    fold(
        "association associations asso assoc ngo ong organisation organization organizacion "
        "fondation foundation fundacion federation cooperative cooperativa centre center "
        "club collectif reseau network union amicale ligue espace maison "
        "de des du la le les l d et pour for of the and al el a au aux en "
        "جمعية جمعيات منظمة مؤسسة مركز تعاونية فيدرالية اتحاد شبكة نادي رابطة ودادية فضاء دار "
        "لل ل و من في"
    ).split()
)
ARABIC_ARTICLE = re.compile(r"^(?:وال|بال|لل|ال)(?=..)")
WORD = re.compile(r"[^\W_]+")
DIGITS = re.compile(r"\d+")
# Hosts many organizations share: the page's path is what tells them apart.
SHARED_HOSTS = {"facebook.com", "instagram.com", "linktr.ee"}
HOST_ALIASES = {"m.facebook.com": "facebook.com", "fb.com": "facebook.com"}
# A key shared by more organizations than this (a federation's switchboard, an umbrella
# email) says nothing about duplicates, and would make pairs by the thousand.
MAX_GROUP = 12
# The fuzzy step compares names within groups of at most this many organizations.
BLOCK_SIZE = 30
SIMILARITY = 0.88


class Reason:
    SAME_NAME = "same name"
    SIMILAR_NAME = "similar name"
    SAME_PHONE = "same phone"
    SAME_EMAIL = "same email"
    SAME_WEBSITE = "same website"


@dataclasses.dataclass
class Pair:
    first_id: int
    second_id: int
    reasons: list


def name_key(name):
    """The folded name, words only: "Association Al-Amal" → "association al amal"."""
    return name_keys(name)[0]


def core_key(name):
    """The name without common words nor the Arabic article: "جمعية الأمل" → "امل"."""
    return name_keys(name)[1]


def name_keys(name):
    """(name key, core key), folding the name once."""
    words = WORD.findall(fold(name))
    core = "".join(
        word
        for word in (ARABIC_ARTICLE.sub("", word) for word in words)
        if word not in COMMON_WORDS
    )
    return " ".join(words), core


def phone_key(number):
    """A phone in national form: "+212 6 61-23 45 67", "00212661234567", "0661234567" → same."""
    digits = "".join(ch for ch in (number or "").replace("(0)", "") if ch.isdigit())
    for prefix in ("00212", "212"):
        if digits.startswith(prefix) and len(digits) - len(prefix) == 9:
            digits = "0" + digits[len(prefix) :]
    return digits if len(digits) >= 8 else ""


def email_key(email):
    return (email or "").strip().casefold()


def website_key(url):
    """The host without "www.", with the first path segment on Facebook and the like."""
    url = (url or "").strip().casefold()
    if not url:
        return ""
    if "://" not in url:
        url = "http://" + url
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    host = HOST_ALIASES.get(host, host)
    if host in SHARED_HOSTS:
        first = parts.path.strip("/").split("/")[0]
        return f"{host}/{first}" if first else ""
    return host


# A group that grew past MAX_GROUP: it makes no pairs, so its members need not be kept.
CROWDED = "crowded"


class Groups:
    """The organizations sharing each key of one reason, kept small for 250,000 rows.

    Most keys (a name, a name's core) belong to one organization: a key holds its one id
    until a second comes, then a short list, and a marker once more than MAX_GROUP share it,
    where a dictionary of sets of ids took 2-3 GB at national scale.
    """

    def __init__(self):
        self.members = {}

    def add(self, key, pk):
        found = self.members.get(key)
        if found is None:
            self.members[key] = pk
        elif found is CROWDED:
            return
        elif isinstance(found, int):
            if found != pk:
                self.members[key] = [found, pk]
        elif pk not in found:
            found.append(pk)
            if len(found) > MAX_GROUP:
                self.members[key] = CROWDED

    def shared(self):
        """The groups of two to MAX_GROUP organizations, each as sorted ids."""
        for found in self.members.values():
            if isinstance(found, list):
                yield sorted(found)


def blocking_keys(queryset=None):
    """({reason: Groups}, {first letters of a core: [(core, id)]}), in three queries over
    plain values, read in chunks."""
    queryset = Organization.objects.all() if queryset is None else queryset
    names = [f"name_{code}" for code in language_codes()]
    groups = {
        reason: Groups()
        for reason in (
            Reason.SAME_NAME,
            Reason.SIMILAR_NAME,
            Reason.SAME_EMAIL,
            Reason.SAME_PHONE,
            Reason.SAME_WEBSITE,
        )
    }
    blocks = defaultdict(list)
    for pk, email, website, *translated in queryset.values_list(
        "pk", "email", "website", *names
    ).iterator(chunk_size=5000):
        cores = set()
        for name in set(translated):
            key, core = name_keys(name)
            if key:
                groups[Reason.SAME_NAME].add(key, pk)
            if core:
                groups[Reason.SIMILAR_NAME].add(core, pk)
                cores.add(core)
        for core in cores:
            if len(core) >= 4:
                blocks[core[:3]].append((core, pk))
        if key := email_key(email):
            groups[Reason.SAME_EMAIL].add(key, pk)
        if key := website_key(website):
            groups[Reason.SAME_WEBSITE].add(key, pk)
    ids = queryset.values("pk")
    channels = ContactChannel.objects.filter(organization__in=ids).values_list(
        "organization_id", "kind", "value"
    )
    for pk, kind, value in channels.iterator(chunk_size=5000):
        if kind in (ContactChannel.Kind.PHONE, ContactChannel.Kind.WHATSAPP):
            if key := phone_key(value):
                groups[Reason.SAME_PHONE].add(key, pk)
        elif kind == ContactChannel.Kind.EMAIL:
            if key := email_key(value):
                groups[Reason.SAME_EMAIL].add(key, pk)
        elif kind == ContactChannel.Kind.WEBSITE:
            if key := website_key(value):
                groups[Reason.SAME_WEBSITE].add(key, pk)
    phones = Location.objects.filter(organization__in=ids).exclude(phone="")
    for pk, value in phones.values_list("organization_id", "phone").iterator(chunk_size=5000):
        if key := phone_key(value):
            groups[Reason.SAME_PHONE].add(key, pk)
    return groups, blocks


def similar_cores(blocks):
    """Pairs whose name cores are close though not equal ("amal" / "aamal"), by difflib.

    Blocked on the first three letters of the core, so only neighbours are compared; a block
    larger than BLOCK_SIZE is compared along its sorted order, each core with its next few.
    """
    pairs = set()
    for members in blocks.values():
        members.sort()
        window = len(members) if len(members) <= BLOCK_SIZE else 5
        for i, (core, pk) in enumerate(members):
            for other_core, other_pk in members[i + 1 : i + 1 + window]:
                if pk == other_pk or core == other_core:
                    continue
                # "Association 1" and "Association 10" are two: numbers must match exactly.
                if DIGITS.findall(core) != DIGITS.findall(other_core):
                    continue
                matcher = difflib.SequenceMatcher(None, core, other_core)
                if (
                    matcher.real_quick_ratio() >= SIMILARITY
                    and matcher.quick_ratio() >= SIMILARITY
                    and matcher.ratio() >= SIMILARITY
                ):
                    pairs.add((min(pk, other_pk), max(pk, other_pk)))
    return pairs


def likely_duplicates(queryset=None):
    """Pairs of organizations that may be one, with their reasons; the most reasons first."""
    groups, blocks = blocking_keys(queryset)
    reasons = defaultdict(set)
    for reason, found in groups.items():
        for ordered in found.shared():
            for i, first in enumerate(ordered):
                for second in ordered[i + 1 :]:
                    reasons[first, second].add(reason)
    del groups  # the largest part, no longer needed
    for pair in similar_cores(blocks):
        if Reason.SAME_NAME not in reasons[pair]:
            reasons[pair].add(Reason.SIMILAR_NAME)
    # A same name is also a similar one: say only the stronger.
    for found in reasons.values():
        if Reason.SAME_NAME in found:
            found.discard(Reason.SIMILAR_NAME)
    order = [
        Reason.SAME_NAME,
        Reason.SIMILAR_NAME,
        Reason.SAME_EMAIL,
        Reason.SAME_PHONE,
        Reason.SAME_WEBSITE,
    ]
    pairs = [
        Pair(first, second, sorted(found, key=order.index))
        for (first, second), found in reasons.items()
        if found
    ]
    pairs.sort(key=lambda pair: (-len(pair.reasons), pair.first_id, pair.second_id))
    return pairs


# Up to this many organizations the admin page finds the pairs itself (about 5 s at most).
SYNC_LIMIT = 20_000
# Pairs written per query.
BATCH_SIZE = 1000


def find_and_store(search=None):
    """Find the pairs now and store them in place of the open ones; the dismissed stay.

    `search` is the DuplicateSearch that asked, if any. Returns the finished DuplicateSearch.
    """
    search = search or DuplicateSearch.objects.create()
    pairs = likely_duplicates()  # the long part, outside the transaction
    with transaction.atomic():
        # An organization deleted or merged away while the pairs were being found.
        existing = set(
            Organization.objects.values_list("pk", flat=True).iterator(chunk_size=10_000)
        )
        dismissed = set(
            LikelyDuplicate.objects.exclude(dismissed_at=None).values_list("first", "second")
        )
        LikelyDuplicate.objects.open().delete()
        now = timezone.now()
        rows = [
            LikelyDuplicate(
                first_id=pair.first_id,
                second_id=pair.second_id,
                reasons=pair.reasons,
                score=len(pair.reasons),
                found_at=now,
            )
            for pair in pairs
            if (pair.first_id, pair.second_id) not in dismissed
            and pair.first_id in existing
            and pair.second_id in existing
        ]
        # Two findings at once write the same pairs: the second's are already there.
        LikelyDuplicate.objects.bulk_create(rows, batch_size=BATCH_SIZE, ignore_conflicts=True)
        search.finished_at = now
        search.pairs = len(rows)
        search.save(update_fields=["finished_at", "pairs"])
    return search


@task
def find_likely_duplicates(search_id=None):
    search = DuplicateSearch.objects.filter(pk=search_id).first() if search_id else None
    find_and_store(search)


def last_search():
    """The last finding of the pairs, finished or not; None when none was ever asked for."""
    return DuplicateSearch.objects.first()


def last_found():
    """When the stored pairs were found; None when they never were."""
    search = DuplicateSearch.objects.exclude(finished_at=None).order_by("-finished_at").first()
    return search.finished_at if search else None


def refresh(*, small_enough=None):
    """Find the pairs again: now for a small directory, else by the worker. Returns the
    finished DuplicateSearch, or None when the worker was asked."""
    if small_enough is None:
        small_enough = Organization.objects.count() <= SYNC_LIMIT
    if small_enough:
        return find_and_store()
    # The task row is written in this transaction (django-tasks-db): the worker sees both.
    search = DuplicateSearch.objects.create()
    find_likely_duplicates.enqueue(search.pk)
    return None


def dismiss(*, pair, by):
    """A coordinator says the two are different organizations: the pair is not offered again,
    even when found again. Written in the admin's activity log of both."""
    dismissed = (
        LikelyDuplicate.objects.open()
        .filter(pk=pair.pk)
        .update(dismissed_at=timezone.now(), dismissed_by=by)
    )
    if not dismissed:
        return False
    for organization, other in ((pair.first, pair.second), (pair.second, pair.first)):
        LogEntry.objects.log_actions(
            by.pk,
            [organization],
            CHANGE,
            f"Not the same organization as {other.name} ({other.slug}).",
            single_object=True,
        )
    return True

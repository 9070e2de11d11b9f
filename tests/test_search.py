"""Search finds help in the resident's own words, on SQLite and on PostgreSQL alike.

The table below runs against the demo data on whichever database the suite uses; CI runs the
suite on both, so both backends must put the expected item in the top three.
"""

import re

import pytest
from django.core.management import call_command

from directory.search import index as search_index
from directory.search import query as search
from directory.search.folding import fold, terms
from directory.search.models import SearchEntry
from organizations.models import Organization, Service
from projects.models import Project
from tests.factories import AudienceFactory, OrganizationFactory, ServiceFactory

# Every test here may touch the test database; without the mark, a module-scoped fixture
# could run before pytest-django has set the test database up.
pytestmark = pytest.mark.django_db

SERVICE, ORGANIZATION, PROJECT, NEWS = (
    SearchEntry.Kind.SERVICE,
    SearchEntry.Kind.ORGANIZATION,
    SearchEntry.Kind.PROJECT,
    SearchEntry.Kind.NEWS,
)
MIGRANT_RECEPTION = (
    "tadamon-migrants-migrant-reception",
    "salam-migrants-house-migrant-reception",
    "passerelles-migrants-migrant-reception",
)
MOTHERS_CIRCLE = ("nour-mothers-bni-makada-mothers-circle", "oumahat-marshan-mothers-circle")
# Services for mothers: the talking circles and the mother-and-child health check-ups.
FOR_MOTHERS = MOTHERS_CIRCLE + (
    "nour-mothers-bni-makada-mother-child-health",
    "ikhlass-health-foundation-mother-child-health",
)
LITERACY = (
    "nour-mothers-bni-makada-literacy-classes",
    "mghogha-social-centre-literacy-classes",
    "iqraa-mghogha-literacy-classes",
    "nahda-women-literacy-literacy-classes",
)
FAMILY_MEDIATION = (
    "tasamouh-mediation-centre-family-mediation",
    "wifaq-families-family-mediation",
    "sulh-family-mediation-family-mediation",
)
MINORS = ("dar-atfal-minors-minors-day-centre", "dar-atfal-minors-minors-shelter")
LEGAL = (
    "amal-women-legal-clinic",
    "adala-access-to-justice-legal-clinic",
    "sulh-family-mediation-legal-clinic",
)
FOOD = (
    "casabarata-food-bank-food-baskets",
    "mghogha-social-centre-food-baskets",
    "dradeb-solidarity-food-baskets",
)
PSYCHOLOGICAL = (
    "wifaq-families-psychological-support",
    "farah-child-rights-psychological-support",
    "chifae-mental-health-foundation-psychological-support",
    "passerelles-migrants-psychological-support",
)
RETURN = ("tadamon-migrants-return-counselling", "passerelles-migrants-return-counselling")
DRAA = ("capacity-enhancement-programme-draa-tafilalet",)
RABAT = ("capacity-enhancement-programme-rabat-sale-kenitra",)

# (query, kind of the expected item, slugs any of which must be in the top three)
QUERIES = [
    # French, with and without accents, plurals and feminines
    ("migrants", SERVICE, MIGRANT_RECEPTION),
    ("migrante", SERVICE, MIGRANT_RECEPTION),
    ("MIGRANTS accueil", SERVICE, MIGRANT_RECEPTION),
    ("mères", SERVICE, FOR_MOTHERS),
    ("mamans", SERVICE, FOR_MOTHERS),
    ("cercle de parole", SERVICE, MOTHERS_CIRCLE),
    ("alphabetisation", SERVICE, LITERACY),
    ("médiation familiale", SERVICE, FAMILY_MEDIATION),
    ("mediation familiale", SERVICE, FAMILY_MEDIATION),
    ("mineurs non accompagnes", SERVICE, MINORS),
    ("retour volontaire", SERVICE, RETURN),
    ("permanence juridique", SERVICE, LEGAL),
    ("Drâa-Tafilalet", PROJECT, DRAA),
    ("draa tafilalet", PROJECT, DRAA),
    ("Salé", PROJECT, RABAT),
    ("sale kenitra", PROJECT, RABAT),
    ("Caritas", ORGANIZATION, ("caritas-morocco",)),
    ("OIM", ORGANIZATION, ("iom-morocco",)),
    ("ASTICUDE", ORGANIZATION, ("asticude",)),
    ("OUM-Action", PROJECT, ("oum-action",)),
    # English
    ("mothers", SERVICE, FOR_MOTHERS),
    ("mother talking circle", SERVICE, MOTHERS_CIRCLE),
    ("legal advice", SERVICE, LEGAL),
    ("food parcels", SERVICE, FOOD),
    ("unaccompanied minors", SERVICE, MINORS),
    ("psychological counselling", SERVICE, PSYCHOLOGICAL),
    ("conflict transformation", ORGANIZATION, ("nordic-center",)),
    ("voluntary return", SERVICE, RETURN),
    # Arabic: with and without hamza, diacritics, tatweel, article and plural endings
    ("مهاجرين", SERVICE, MIGRANT_RECEPTION),
    ("المهاجرين", SERVICE, MIGRANT_RECEPTION),
    ("مـــهـــاجرين", SERVICE, MIGRANT_RECEPTION),
    ("أمهات", SERVICE, FOR_MOTHERS),
    ("امهات", SERVICE, FOR_MOTHERS),
    ("الأُمَّهات", SERVICE, FOR_MOTHERS),
    ("محو الأمية", SERVICE, LITERACY),
    ("محو الاميه", SERVICE, LITERACY),
    ("وساطة أسرية", SERVICE, FAMILY_MEDIATION),
    ("القاصرين غير المرافقين", SERVICE, MINORS),
    # One typo in words of five letters or more
    ("migarnts", SERVICE, MIGRANT_RECEPTION),
    ("alphabetisaton", SERVICE, LITERACY),
    ("mediaton familiale", SERVICE, FAMILY_MEDIATION),
    ("psycholgical", SERVICE, PSYCHOLOGICAL),
    ("carittas", ORGANIZATION, ("caritas-morocco",)),
    # Words of one language finding what is tagged with the concept in another
    ("réfugiés", SERVICE, MIGRANT_RECEPTION),
    ("mum", SERVICE, FOR_MOTHERS),
    # Places, official names and the spellings residents use
    ("Nador", ORGANIZATION, ("asticude",)),
    ("الناظور", ORGANIZATION, ("asticude",)),
]


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo data, loaded once for this module and removed afterwards."""
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0)
        yield
        call_command("flush", interactive=False, verbosity=0)


def top_three(text):
    return [
        (kind, object_id) for kind, object_id, _place in search.find(search.parse(text)).ranked[:3]
    ]


def slugs_of(rows):
    models = {SERVICE: Service, ORGANIZATION: Organization, PROJECT: Project}
    found = []
    for kind, object_id in rows:
        model = models.get(kind)
        slug = model.objects.get(pk=object_id).slug if model else None
        found.append((kind, slug))
    return found


@pytest.mark.parametrize(("text", "kind", "expected"), QUERIES, ids=[q[0] for q in QUERIES])
def test_query_finds_expected_item_in_top_three(demo, text, kind, expected):
    found = slugs_of(top_three(text))
    assert any(row_kind == kind and slug in expected for row_kind, slug in found), found


def test_place_names_find_what_is_there(demo):
    located = set(
        Organization.objects.filter(locations__place__slug="bni-makada").values_list(
            "slug", flat=True
        )
    ) | set(
        Service.objects.filter(locations__place__slug="bni-makada").values_list("slug", flat=True)
    )
    for text in ["Beni Makada", "Bni Makada", "بني مكادة"]:
        found = [
            (kind, slug)
            for kind, slug in slugs_of(top_three(text))
            if kind in (SERVICE, ORGANIZATION)
        ]
        assert found, text
        assert all(slug in located for _kind, slug in found), (text, found)


def test_the_table_covers_forty_queries_in_three_languages():
    assert len(QUERIES) >= 40


# The normalizing function, shared by indexing and querying ---------------------------------


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("Drâa", "draa"),
        ("Salé", "sale"),
        ("Ça", "ca"),
        ("أمهات", "امهات"),
        ("إسعاف", "اسعاف"),
        ("آمال", "امال"),
        ("مستشفى", "مستشفي"),
        ("مدرسة", "مدرسه"),
        ("مُسَاعَدَة", "مساعده"),
        ("طـــنجة", "طنجه"),
        ("٠٦١٢", "0612"),
    ],
)
def test_fold_forgives_case_accents_and_arabic_letter_forms(variant, canonical):
    assert fold(variant) == canonical


@pytest.mark.parametrize(
    "forms",
    [
        ["migrant", "migrants", "migrante", "migrantes"],
        ["mère", "mères", "Mere"],
        ["mother", "mothers"],
        ["مهاجر", "مهاجرين", "مهاجرون", "المهاجرين"],
        ["جمعية", "جمعيات", "الجمعية"],
    ],
)
def test_word_forms_share_one_stem(forms):
    assert len({tuple(terms(form)) for form in forms}) == 1


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("migrant", "migarnt", True),
        ("migrant", "migrnt", True),
        ("migrant", "migrantx", True),
        ("migrant", "migrent", True),
        ("migrant", "mgiarnt", False),
        ("migrant", "migrant", False),
    ],
)
def test_one_edit_apart(a, b, expected):
    assert search.one_edit_apart(a, b) is expected


# Queries of any content are safe ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "x" * 5000,
        "???!!!...",
        "' OR 1=1 --",
        '"; DROP TABLE directory_searchentry; --',
        "<script>alert(1)</script>",
        "NEAR(a b) AND OR NOT * ^ :",
        "مهاجرين migrants Flüchtlinge 移民",
        "a\x00b",
        "%_%",
    ],
)
def test_any_query_gets_a_clear_answer(client, text):
    ServiceFactory(name_fr="Accueil des migrants")
    response = client.get("/fr/search/", {"q": text})
    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


# The index follows saves, publication and deletion -------------------------------------------


def test_index_follows_save_unpublish_and_delete():
    organization = OrganizationFactory(name_fr="Association Zéphyrine")
    assert top_three("zephyrine") == [(ORGANIZATION, organization.pk)]

    organization.status = "draft"
    organization.save()
    assert top_three("zephyrine") == []

    organization.status = "published"
    organization.save()
    organization.delete()
    assert top_three("zephyrine") == []


def test_services_of_an_unpublished_organization_are_not_found():
    service = ServiceFactory(name_fr="Atelier Quenouille")
    assert top_three("quenouille") == [(SERVICE, service.pk)]
    service.organization.status = "archived"
    service.organization.save()
    assert top_three("quenouille") == []


def test_rebuild_search_index_restores_the_same_results():
    service = ServiceFactory(name_fr="Atelier Quenouille")
    SearchEntry.objects.all().delete()
    assert top_three("quenouille") == []
    call_command("rebuild_search_index", verbosity=0)
    assert top_three("quenouille") == [(SERVICE, service.pk)]


# The search page -----------------------------------------------------------------------------


def test_search_page_highlights_the_matched_words(client):
    ServiceFactory(summary_fr="Prêt de quenouilles et de fuseaux aux fileuses du quartier")
    response = client.get("/fr/search/", {"q": "quenouille fileuse"})
    html = response.content.decode()
    assert "<mark>quenouilles</mark>" in html
    assert "<mark>fileuses</mark>" in html


def test_search_page_says_plainly_when_nothing_is_found(client):
    response = client.get("/fr/search/", {"q": "zzzqqq"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "zzzqqq" in html
    assert 'class="notice"' in html


def test_listing_text_filter_finds_what_is_tagged_with_a_synonym(client):
    migrants = AudienceFactory(name_fr="Migrants", synonyms_ar="مهاجر, مهاجرين")
    wanted = ServiceFactory(name_fr="Accueil", audiences=[migrants])
    other = ServiceFactory(name_fr="Cours de couture")
    html = client.get("/ar/services/", {"q": "مهاجرين"}).content.decode()
    assert f"/ar/services/{wanted.slug}/" in html
    assert f"/ar/services/{other.slug}/" not in html


@pytest.mark.parametrize("size", [1, 20, 45])
def test_search_page_runs_a_bounded_number_of_queries(client, size):
    """The typo lookup, the matches, the title matches and the candidates' words, then one
    query per type of result shown and one for their districts: never one per result."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with search_index.deferred():
        for number in range(size):
            organization = OrganizationFactory(name_fr=f"Association Quenouille {number}")
            ServiceFactory(organization=organization, name_fr=f"Atelier quenouille {number}")
    client.get("/fr/search/", {"q": "fuseau"})  # the process reads its catalogue once
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/fr/search/", {"q": "quenouille"})
    assert response.status_code == 200
    # ... and the catalogue's version, for the footer's emergency numbers.
    assert len(queries) <= 1 + 3 + 4 + 1 + 1
    shown = response.content.decode().count('class="card"')
    assert shown == min(2 * size, 20)


def test_a_new_synonym_is_found_and_an_unchanged_save_reindexes_nothing(
    django_assert_num_queries,
):
    migrants = AudienceFactory(name_fr="Migrants", synonyms_fr="")
    service = ServiceFactory(name_fr="Accueil", audiences=[migrants])
    assert top_three("zorglubiens") == []

    migrants.synonyms_fr = "zorglubiens, réfugiés"
    migrants.save()
    assert top_three("zorglubiens") == [(SERVICE, service.pk)]

    # Read the previous words, the update itself, then the taxonomy's new version.
    with django_assert_num_queries(3):
        migrants.save()


def test_search_page_links_to_each_type_of_result_with_its_count(client):
    with search_index.deferred():
        organization = OrganizationFactory(name_fr="Association Quenouille")
        ServiceFactory.create_batch(2, organization=organization, name_fr="Atelier quenouille")
    html = client.get("/fr/search/", {"q": "quenouille", "type": "service"}).content.decode()
    assert html.count('class="card"') == 2
    assert re.search(r'aria-current="true">[^<]*\(2\)</strong>', html)
    assert re.search(r'type=organization[^"]*">[^<]*<span class="count">1</span>', html)

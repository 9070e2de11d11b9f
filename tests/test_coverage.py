"""The coverage page: published services per need and district, where none, as a table, a
CSV file and maps."""

import csv
import io
import re
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.db.models import Count, F, Q
from django.db.models.functions import Coalesce

from directory.coverage import tables as coverage
from directory.taxonomy.models import (
    TANGIER_COMMUNE_CODE,
    Boundary,
    Place,
    PublicationStatus,
    Theme,
)
from organizations.models import Service
from tests.factories import (
    AudienceFactory,
    CommuneFactory,
    LocationFactory,
    OrganizationFactory,
    ProvinceFactory,
    RegionFactory,
    ServiceFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

URL = "/fr/coverage/"
CSV_URL = "/fr/coverage/coverage.csv"


def located_service(places, themes, audiences=(), **fields):
    """A published service with one location in each of `places` (a place may repeat)."""
    service = ServiceFactory(themes=themes, audiences=list(audiences), **fields)
    for place in places:
        service.locations.add(LocationFactory(organization=service.organization, place=place))
    return service


@pytest.fixture
def needs(tangier):
    """Health (with Mental health under it) and Legal aid; services for migrants and mothers.

    Tangier: Health has 2 services in Bni Makada and 1 in Médina; Legal aid 1 in Bni Makada
    and none in Médina. Another region has one Health service.
    """
    health = ThemeFactory(slug="health", name_fr="Santé", name_en="Health", position=1)
    mental = ThemeFactory(slug="mental-health", name_fr="Santé mentale", parent=health)
    legal = ThemeFactory(slug="legal-aid", name_fr="Aide juridique", position=2)
    migrants = AudienceFactory(slug="migrants", name_fr="Migrants")
    mothers = AudienceFactory(slug="mothers", name_fr="Mères")
    other_region = RegionFactory(code="02", slug="oriental", name_fr="Oriental")
    # Two locations in Bni Makada: counted once there.
    located_service([tangier.bni_makada, tangier.bni_makada], [health], [migrants])
    located_service([tangier.bni_makada, tangier.medina], [mental], [mothers])
    located_service([tangier.bni_makada], [legal, health], [mothers])
    located_service([other_region], [health], [migrants])
    # Never counted: a draft, and a published service of an unpublished organization.
    located_service([tangier.medina], [legal], status=PublicationStatus.DRAFT)
    located_service(
        [tangier.medina],
        [legal],
        organization=OrganizationFactory(status=PublicationStatus.DRAFT),
    )
    return {
        "health": health,
        "legal": legal,
        "migrants": migrants,
        "mothers": mothers,
        "other_region": other_region,
    }


def read_table(page, table_id):
    """{(row header, column header): (count, href)} from one of the page's tables."""
    table = page.root.find("table", id=table_id)
    columns = [th.text for th in table.find("thead").find_all("th")][1:]
    cells = {}
    for tr in table.find_all("tr"):
        header = tr.find("th", scope="row")
        if header is None:
            continue
        for column, td in zip(columns, tr.find_all("td"), strict=True):
            link = td.find("a")
            count = int(re.match(r"\d+", link.text).group())
            cells[(header.text, column)] = (count, page.absolute(link.get("href")), td)
    return cells


def direct_count(theme, place, audience=None):
    """The number a cell should show, counted another way."""
    services = Service.objects.published().filter(**{f"locations__place__{place.kind}": place})
    if theme is not None:
        services = services.filter(Q(themes=theme) | Q(themes__parent=theme))
    if audience is not None:
        services = services.filter(audiences=audience)
    return services.distinct().count()


def assert_matches_direct_count(page, audience=None):
    arrondissements = coverage.tangier_arrondissements()
    regions = Place.objects.filter(kind=Place.Kind.REGION)
    themes = list(Theme.objects.filter(parent=None))
    for table_id, places in [
        ("coverage-table-tangier", arrondissements),
        ("coverage-table-national", regions),
    ]:
        cells = read_table(page, table_id)
        assert len(cells) == (len(themes) + 1) * len(places)
        all_needs = all_needs_label(cells)
        for place in places:
            for theme in [*themes, None]:
                shown = cells[(theme.name if theme else all_needs, place.name)][0]
                assert shown == direct_count(theme, place, audience), (theme, place)


def all_needs_label(cells):
    return next(row for row, _column in cells if row in ("Tous les besoins", "All needs"))


# The numbers ------------------------------------------------------------------------------


def test_page_counts_match_a_direct_count_per_need_and_district(visit, needs, tangier):
    page = visit(URL)

    cells = read_table(page, "coverage-table-tangier")
    assert cells[("Santé", "Bni Makada")][0] == 3
    assert cells[("Santé", "Médina")][0] == 1
    assert cells[("Aide juridique", "Bni Makada")][0] == 1
    assert cells[("Aide juridique", "Médina")][0] == 0
    assert_matches_direct_count(page)


def test_a_service_with_two_locations_in_a_district_counts_once_there(visit, needs, tangier):
    service = (
        Service.objects.filter(audiences=needs["migrants"], locations__place=tangier.bni_makada)
        .distinct()
        .get()
    )
    assert service.locations.filter(place=tangier.bni_makada).count() == 2

    only_migrants = read_table(visit(f"{URL}?audience=migrants"), "coverage-table-tangier")

    assert only_migrants[("Santé", "Bni Makada")][0] == 1


def test_a_need_counts_the_services_of_its_narrower_needs(visit, needs, tangier):
    cells = read_table(visit(f"{URL}?audience=mothers"), "coverage-table-tangier")

    # Only the Mental health service is in Médina, and it counts under Health.
    assert cells[("Santé", "Médina")][0] == 1
    assert "Santé mentale" not in {row for row, _column in cells}


def test_drafts_and_services_of_unpublished_organizations_are_not_counted(visit, needs, tangier):
    cells = read_table(visit(URL), "coverage-table-tangier")

    assert cells[("Aide juridique", "Médina")][0] == 0


def test_national_table_has_a_column_per_region_and_no_national_map(visit, needs, tangier):
    page = visit(URL)

    cells = read_table(page, "coverage-table-national")
    assert cells[("Santé", "Tanger-Tétouan-Al Hoceima")][0] == 3
    assert cells[("Santé", "Oriental")][0] == 1
    assert cells[("Aide juridique", "Oriental")][0] == 0
    assert not page.root.find("figure", cls="coverage-map-regions")


def test_the_audience_filter_counts_only_that_audiences_services(visit, needs, tangier):
    page = visit(f"{URL}?audience=migrants")

    assert_matches_direct_count(page, needs["migrants"])
    cells = read_table(page, "coverage-table-tangier")
    assert cells[("Santé", "Bni Makada")][0] == 1
    assert cells[("Aide juridique", "Bni Makada")][0] == 0
    options = page.root.find("select", name="audience").find_all("option")
    assert [o.get("value") for o in options if "selected" in o.attrs] == ["migrants"]


def test_an_unknown_audience_is_named_in_a_notice_and_every_audience_is_counted(
    visit, needs, tangier
):
    page = visit(f"{URL}?audience=%3Cscript%3Enobody")

    assert "<script>nobody" in page.notice()
    assert "<script>nobody" not in page.html
    assert read_table(page, "coverage-table-tangier")[("Santé", "Bni Makada")][0] == 3


def test_the_unmet_demand_hook_is_empty_until_residents_can_ask():
    assert coverage.unmet_demand() == {}


# Reading the page -------------------------------------------------------------------------


def test_tables_have_captions_and_scoped_headers(visit, needs, tangier):
    page = visit(URL)

    for table in page.root.find_all("table", cls="coverage-table"):
        assert table.find("caption").text
        assert all(th.get("scope") in ("col", "row") for th in table.find_all("th"))


def test_empty_cells_show_zero_with_a_none_marker_and_their_own_class(visit, needs, tangier):
    page = visit(URL)

    count, _href, td = read_table(page, "coverage-table-tangier")[("Aide juridique", "Médina")]
    assert count == 0
    assert "coverage-b0" in td.classes
    marker = td.find("span", cls="visually-hidden")
    assert marker.text == "(aucun service)" or marker.text == "(no service)"
    full = read_table(page, "coverage-table-tangier")[("Santé", "Bni Makada")][2]
    assert "coverage-b2" in full.classes
    assert full.find("span", cls="visually-hidden") is None


def test_colour_buckets_are_none_one_two_to_three_and_four_or_more():
    assert [coverage.bucket(n) for n in (0, 1, 2, 3, 4, 40)] == ["0", "1", "2", "2", "4", "4"]


def test_summary_names_the_needs_with_no_service_and_where(visit, needs, tangier):
    page = visit(URL)

    summary = page.root.find("section", cls="coverage-summary").find("ul").text
    assert "Aide juridique" in summary and "Médina" in summary
    assert "Santé" not in summary


def test_every_cell_links_to_a_listing_showing_that_many_services(visit, needs, tangier):
    page = visit(f"{URL}?audience=mothers")

    cells = read_table(page, "coverage-table-tangier")
    assert cells[("Santé", "Médina")][1] == (
        "/fr/services/?theme=health&place=medina&audience=mothers"
    )
    for (row, _column), (count, href, _td) in cells.items():
        listing = visit(href)
        assert listing.result_count == count, href
        if row == all_needs_label(cells):
            assert "theme=" not in href


def test_csv_has_a_bom_translated_headers_and_the_pages_numbers(client, visit, needs, tangier):
    response = client.get(f"{CSV_URL}?audience=migrants")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith("attachment;")
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    header, rows = rows[0], rows[1:]
    assert header[1] == "Besoin"
    page_cells = read_table(visit(f"{URL}?audience=migrants"), "coverage-table-tangier")
    page_cells.update(read_table(visit(f"{URL}?audience=migrants"), "coverage-table-national"))
    csv_cells = {(need, place): int(count) for _area, need, place, _code, _a, count in rows}
    assert csv_cells == {key: value[0] for key, value in page_cells.items()}
    assert {row[4] for row in rows} == {"Migrants"}


def test_csv_escapes_cells_a_spreadsheet_would_run_as_formulas(client, tangier):
    for position, name in enumerate(["=HYPERLINK(1)", "+1", "-1", "@SUM(A1)", "Santé"]):
        ThemeFactory(name_fr=name, position=position)

    response = client.get(CSV_URL)

    needs = {row[1] for row in csv.reader(io.StringIO(response.content.decode("utf-8-sig")))}
    assert {"'=HYPERLINK(1)", "'+1", "'-1", "'@SUM(A1)", "Santé"} <= needs
    assert not needs & {"=HYPERLINK(1)", "+1", "-1", "@SUM(A1)"}


def test_csv_for_an_unknown_audience_is_refused_with_a_message(client, tangier):
    response = client.get(f"{CSV_URL}?audience=nobody")

    assert response.status_code == 400
    assert response.content.decode()


def test_csv_leaves_out_the_need_the_maps_show(client, needs):
    response = client.get(f"{CSV_URL}?audience=migrants&theme=not-a-need")

    assert response.status_code == 200
    assert b"Migrants" in response.content


@pytest.mark.parametrize("size", [1, 8])
def test_the_page_costs_the_same_queries_whatever_the_number_of_services(
    client, django_assert_num_queries, tangier, size, settings
):
    settings.PAGE_CACHE_SECONDS = 0  # what rendering costs; a cached page costs one query
    themes = [ThemeFactory(), ThemeFactory()]
    themes.append(ThemeFactory(parent=themes[0]))
    audience = AudienceFactory(slug="everyone")
    region = RegionFactory()
    for n in range(size):
        located_service(
            [tangier.bni_makada, tangier.medina, region][: n % 3 + 1],
            themes[: n % 3 + 1],
            [audience],
        )
    draw_square(tangier.bni_makada)
    draw_square(tangier.commune)
    url = f"{URL}?audience=everyone&theme={themes[0].slug}"
    # The process's first request reads the taxonomy and the facet sets and draws the maps.
    client.get(url)

    # The versions of what the process holds, the boundaries' stamp, residents' requests
    # grouped in one, and the needs associations seek partners for (linked from the gaps).
    with django_assert_num_queries(4):
        response = client.get(url)
    assert response.status_code == 200
    assert len(response.context["coverage"].maps) == 2
    in_medina = response.context["coverage"].tangier.total.cells[1].count

    # A service published since: the first request reads the services' facet sets again.
    located_service([tangier.medina], themes[:1], [audience])
    with django_assert_num_queries(5):
        response = client.get(url)
    assert response.context["coverage"].tangier.total.cells[1].count == in_medina + 1
    with django_assert_num_queries(4):
        client.get(url)


@pytest.mark.parametrize("size", [1, 8])
def test_the_csv_costs_the_same_queries_whatever_the_number_of_services(
    client, django_assert_num_queries, tangier, size
):
    theme = ThemeFactory()
    for _ in range(size):
        located_service([tangier.bni_makada, tangier.medina], [theme])
    client.get(CSV_URL)

    # The versions of what the process holds.
    with django_assert_num_queries(1):
        response = client.get(CSV_URL)
    assert response.status_code == 200


# The oracle: counting in SQL as the page once did -----------------------------------------


def counted_in_sql(level, *, by_theme, audience=None, theme=None):
    """{(top-level theme id, place id): services} or {place id: services}, grouped in SQL.

    The page's former counting, kept as the reference the facet sets must equal: a service
    counts under the broader theme of each of its themes and under the place at `level`
    enclosing each of its locations, once per cell.
    """
    services = Service.objects.published()
    if audience is not None:
        services = services.filter(pk__in=Service.objects.filter(audiences=audience).values("pk"))
    if theme is not None:
        with_theme = Service.objects.filter(Q(themes=theme) | Q(themes__parent=theme))
        services = services.filter(pk__in=with_theme.values("pk"))
    keys = {"place_key": F(f"locations__place__{level}")}
    if by_theme:
        keys["theme_key"] = Coalesce(F("themes__parent"), F("themes"))
    rows = (
        Service.objects.filter(pk__in=services.order_by().values("pk"))
        .order_by()
        .annotate(**keys)
        .values(*keys)
        .annotate(n=Count("pk", distinct=True))
    )
    if by_theme:
        return {(row["theme_key"], row["place_key"]): row["n"] for row in rows}
    return {row["place_key"]: row["n"] for row in rows}


def assert_same_as_sql(audience=None, map_theme=None):
    result = coverage.coverage(audience, map_theme=map_theme)

    themes = list(Theme.objects.filter(parent=None))
    arrondissements = Place.objects.filter(
        kind=Place.Kind.ARRONDISSEMENT, commune__code=TANGIER_COMMUNE_CODE
    ).order_by("code")
    regions = Place.objects.filter(kind=Place.Kind.REGION).order_by("code")
    assert result.tangier.places == list(arrondissements)
    assert result.national.places == list(regions)
    for table in [result.tangier, result.national]:
        by_cell = counted_in_sql(table.level, by_theme=True, audience=audience)
        by_place = counted_in_sql(table.level, by_theme=False, audience=audience)
        assert [row.theme for row in table.rows] == themes
        for row in table.rows:
            expected = [by_cell.get((row.theme.pk, place.pk), 0) for place in table.places]
            assert [cell.count for cell in row.cells] == expected, (table.level, row.theme)
        expected = [by_place.get(place.pk, 0) for place in table.places]
        assert [cell.count for cell in table.total.cells] == expected, table.level
    maps = {map.name: map for map in result.maps}
    assert set(maps) == {"arrondissements", "communes"}
    for name, level in [("arrondissements", "arrondissement"), ("communes", "commune")]:
        shown = {shape.place.pk: shape.count for shape in maps[name].shapes}
        by_place = counted_in_sql(level, by_theme=False, audience=audience, theme=map_theme)
        assert shown == {pk: by_place.get(pk, 0) for pk in shown}, (name, map_theme)
    return result


@pytest.fixture
def varied(tangier):
    """Needs two levels deep, services at every level of place, in several places, with
    several audiences or none, without a need or a place, and some not published."""
    health = ThemeFactory(slug="health", position=1)
    mental = ThemeFactory(slug="mental-health", parent=health)
    legal = ThemeFactory(slug="legal-aid", position=2)
    education = ThemeFactory(slug="education", position=3)
    school = ThemeFactory(slug="school", parent=education)
    ThemeFactory(slug="housing", position=4)  # no service at all
    migrants, mothers, youth = (AudienceFactory(slug=slug) for slug in ["m", "mo", "y"])
    tetouan = CommuneFactory(parent=ProvinceFactory(parent=tangier.region, code="01.571"))
    oriental = RegionFactory(code="02")
    oujda = CommuneFactory(parent=ProvinceFactory(parent=oriental, code="02.411"))
    services = {
        "twice in a district": located_service(
            [tangier.bni_makada, tangier.bni_makada], [health], [migrants]
        ),
        "two districts": located_service(
            [tangier.bni_makada, tangier.medina], [mental], [mothers]
        ),
        "the commune": located_service([tangier.commune], [legal, health], [mothers, migrants]),
        "the prefecture": located_service([tangier.province], [school], [youth]),
        "the region": located_service([tangier.region], [education, school]),
        "another commune": located_service([tetouan], [mental, legal], [youth]),
        "two regions": located_service([oujda, tangier.medina], [health], [migrants]),
        "nowhere": located_service([], [health], [migrants]),
        "no need": located_service([tangier.medina], [], [mothers]),
    }
    located_service([tangier.medina], [legal], [mothers], status=PublicationStatus.DRAFT)
    located_service(
        [tangier.bni_makada],
        [health],
        [migrants],
        organization=OrganizationFactory(status=PublicationStatus.DRAFT),
    )
    for place in [tangier.bni_makada, tangier.medina, tangier.commune, tetouan]:
        draw_square(place, x=-5.8 + 0.03 * place.pk)
    return SimpleNamespace(
        services=services,
        themes=[health, legal, education],
        audiences=[migrants, mothers, youth],
        legal=legal,
        tetouan=tetouan,
    )


def test_every_number_equals_counting_in_sql(tangier, varied):
    for audience in [None, *varied.audiences]:
        for map_theme in [None, *varied.themes]:
            assert_same_as_sql(audience, map_theme)

    result = assert_same_as_sql()
    cells = {
        (row.theme.slug, cell.place.slug): cell.count
        for row in result.tangier.rows
        for cell in row.cells
    }
    # Twice in a district counts once; a service recorded for the whole commune is in no
    # arrondissement of it.
    assert cells["health", "bni-makada"] == 2
    assert cells["health", "medina"] == 2
    assert cells["education", "medina"] == 0
    assert [cell.count for cell in result.national.total.cells] == [8, 1]


def test_the_numbers_follow_services_as_they_change(tangier, varied):
    coverage.coverage()  # the process holds the facet sets
    services = varied.services
    services["twice in a district"].status = PublicationStatus.DRAFT
    services["twice in a district"].save()
    services["two districts"].themes.set([varied.legal])
    services["two regions"].locations.filter(place=tangier.medina).delete()
    services["nowhere"].locations.add(
        LocationFactory(organization=services["nowhere"].organization, place=varied.tetouan)
    )
    services["no need"].organization.status = PublicationStatus.DRAFT
    services["no need"].organization.save()

    for audience in [None, *varied.audiences]:
        assert_same_as_sql(audience, varied.legal)


# Maps ---------------------------------------------------------------------------------------


def draw_square(place, x=-5.8, y=35.75, size=0.02):
    square = [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]
    return Boundary.objects.create(
        place=place,
        geometry={"type": "MultiPolygon", "coordinates": [[square]]},
        attribution="© OpenStreetMap contributors, opendatacommons.org/licenses/odbl/1-0/",
    )


def test_without_boundaries_the_page_shows_the_tables_alone(visit, needs, tangier):
    page = visit(URL)

    assert page.root.find("svg") is None
    assert "openstreetmap" not in page.html.lower()
    assert len(page.root.find_all("table", cls="coverage-table")) == 2


def test_with_boundaries_each_district_is_a_linked_shape_with_a_title(visit, needs, tangier):
    draw_square(tangier.bni_makada)
    draw_square(tangier.medina, x=-5.78)

    page = visit(f"{URL}?theme=legal-aid")

    figure = page.root.find("figure", cls="coverage-map-arrondissements")
    links = figure.find("svg").find_all("a")
    assert {page.absolute(a.get("href")) for a in links} == {
        "/fr/services/?theme=legal-aid&place=bni-makada",
        "/fr/services/?theme=legal-aid&place=medina",
    }
    titles = {a.find("title").text for a in links}
    assert titles == {"Bni Makada : 1 service", "Médina : 0 service"} or titles == {
        "Bni Makada: 1 service",
        "Médina: 0 services",
    }
    classes = {a.find("path").get("class") for a in links}
    assert classes == {"coverage-b1", "coverage-b0"}
    credit = figure.find("a", href="https://www.openstreetmap.org/copyright")
    assert credit.text == "© OpenStreetMap contributors"
    assert "ODbL" in figure.find("figcaption").text


def test_the_communes_map_shades_each_commune_by_its_count(visit, needs, tangier):
    draw_square(tangier.commune)

    page = visit(URL)

    figure = page.root.find("figure", cls="coverage-map-communes")
    (link,) = figure.find("svg").find_all("a")
    assert page.absolute(link.get("href")) == "/fr/services/?place=tanger"
    assert link.find("path").get("class") == "coverage-b2"  # 3 services in Tangier


def test_the_maps_refer_to_nothing_outside_the_page(visit, needs, tangier):
    draw_square(tangier.bni_makada)
    draw_square(tangier.commune)

    page = visit(URL)

    svgs = re.findall(r"<svg.*?</svg>", page.html, re.S)
    assert len(svgs) == 2
    for svg in svgs:
        assert "http" not in svg
        assert "url(" not in svg
        assert "xlink" not in svg
        hrefs = re.findall(r'href="([^"]*)"', svg)
        assert hrefs and all(href.startswith("/fr/services/") for href in hrefs)


def test_map_paths_are_whole_numbers_relative_to_the_previous_point():
    assert coverage.path([(10, 20), (13, 18), (12, 22), (10, 20)]) == "M10 20l3-2-1 4Z"


# The demo data ---------------------------------------------------------------------------


def test_demo_data_counts_match_a_direct_count_and_the_listings(visit, client):
    call_command("load_demo", stdout=io.StringIO())
    arrondissements = coverage.tangier_arrondissements()
    assert [place.slug for place in arrondissements] == [
        "bni-makada",
        "mghogha",
        "souani",
        "medina",
    ]

    page = visit(URL)

    assert_matches_direct_count(page)
    cells = read_table(page, "coverage-table-tangier")
    assert any(count == 0 for count, _href, _td in cells.values())
    for count, href, _td in list(cells.values())[:6]:
        assert visit(href).result_count == count
    response = client.get(CSV_URL)
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))[1:]
    tangier_rows = {(need, place): int(n) for area, need, place, _c, _a, n in rows[: len(cells)]}
    assert tangier_rows == {key: value[0] for key, value in cells.items()}

"""Pages stay light on slow mobile data: compressed HTML, small stylesheets and scripts."""

import gzip
from pathlib import Path

import pytest
from django.conf import settings

from tests.test_query_counts import listings, taxonomy  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db

STATIC = Path(settings.BASE_DIR) / "static"


@pytest.mark.parametrize("url", ["/fr/organizations/", "/ar/services/", "/en/projects/"])
def test_a_full_listing_page_is_sent_compressed_under_30_kb(client, listings, url):  # noqa: F811
    listings(settings.PAGE_SIZE + 1)

    response = client.get(url, headers={"accept-encoding": "gzip"})

    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert len(response.context["page_obj"]) == settings.PAGE_SIZE
    html = gzip.decompress(response.content)
    assert b"</html>" in html
    assert len(response.content) < 30_000
    assert len(response.content) < len(html) / 3


def test_a_page_is_sent_plain_to_a_client_that_does_not_ask_for_compression(client):
    response = client.get("/fr/")

    assert response.status_code == 200
    assert not response.has_header("Content-Encoding")
    assert b"</html>" in response.content


def test_stylesheets_and_scripts_weigh_under_25_kb_compressed_together():
    files = [*STATIC.glob("*.css"), *STATIC.glob("*.js")]
    compressed = sum(len(gzip.compress(path.read_bytes(), 9)) for path in files)

    assert len(files) >= 2
    assert compressed < 25_000

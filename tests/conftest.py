from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.utils import translation

from tests.factories import (
    ArrondissementFactory,
    CommuneFactory,
    ProvinceFactory,
    RegionFactory,
)
from tests.pages import Page


@pytest.fixture(autouse=True)
def fast_password_hasher(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def french():
    """Test code runs in French, so get_absolute_url() gives /fr/ addresses."""
    with translation.override("fr"):
        yield


@pytest.fixture
def tangier(db):
    """Tangier's branch of the HCP tree: region, prefecture, commune, two arrondissements."""
    region = RegionFactory(
        code="01",
        slug="tanger-tetouan-al-hoceima",
        name_fr="Tanger-Tétouan-Al Hoceima",
        name_ar="طنجة-تطوان-الحسيمة",
        name_en="Tanger-Tetouan-Al Hoceima",
    )
    province = ProvinceFactory(
        parent=region,
        code="01.511",
        slug="tanger-assilah",
        name_fr="Tanger-Assilah",
        name_ar="طنجة-أصيلة",
        name_en="Tanger-Assilah",
    )
    commune = CommuneFactory(
        parent=province,
        code="01.511.01.0",
        slug="tanger",
        name_fr="Tanger",
        name_ar="طنجة",
        name_en="Tangier",
    )
    bni_makada = ArrondissementFactory(
        parent=commune,
        code="01.511.01.03",
        slug="bni-makada",
        name_fr="Bni Makada",
        name_ar="بني مكادة",
        name_en="Bni Makada",
    )
    medina = ArrondissementFactory(
        parent=commune,
        code="01.511.01.07",
        slug="medina",
        name_fr="Médina",
        name_ar="المدينة",
        name_en="Medina",
    )
    return SimpleNamespace(
        region=region,
        province=province,
        commune=commune,
        bni_makada=bni_makada,
        medina=medina,
    )


@pytest.fixture
def visit(client):
    """GET a page as a visitor, check its status and return it to be read."""

    def visit(url, status=200, **headers):
        # The request activates its page's language; give the test back its own after.
        with translation.override(translation.get_language()):
            response = client.get(url, **headers)
        assert response.status_code == status, (
            f"{url} answered {response.status_code}, not {status}"
        )
        return Page(response)

    return visit


@pytest.fixture
def run_tasks():
    """Run the background worker until the queue is empty, as `manage.py db_worker` does."""

    def run():
        call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)

    return run

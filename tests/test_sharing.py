"""Passing a page on: WhatsApp message, link, printed slip whose QR code opens the page."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
import zxingcpp
from PIL import Image, ImageDraw

from tests.factories import LocationFactory, OrganizationFactory, ServiceFactory

pytestmark = pytest.mark.django_db


def rasterize_segno_svg(svg, scale=8):
    """Draw segno's inline SVG (one path of horizontal 1-unit lines) onto a PIL image."""
    width = int(re.search(r'width="(\d+)"', svg).group(1))
    unit = int(re.search(r"scale\((\d+)\)", svg).group(1))
    modules = width // unit
    image = Image.new("L", (modules * scale, modules * scale), 255)
    draw = ImageDraw.Draw(image)
    path = re.search(r'class="qrline"[^>]* d="([^"]+)"', svg).group(1)
    x = y = 0.0
    for command, number, second in re.findall(r"([MmHh])(-?[\d.]+)(?: (-?[\d.]+))?", path):
        if command == "M":
            x, y = float(number), float(second)
        elif command == "m":
            x, y = x + float(number), y + float(second)
        else:
            length = float(number) if command == "h" else float(number) - x
            top = (y - 0.5) * scale
            draw.rectangle([x * scale, top, (x + length) * scale - 1, top + scale - 1], fill=0)
            x += length
    return image


def qr_payload(html):
    svg = re.search(r'<svg[^>]*class="segno".*?</svg>', html, re.S).group(0)
    results = zxingcpp.read_barcodes(rasterize_segno_svg(svg))
    assert results, "no QR code could be read"
    return results[0].text


def test_service_page_qr_code_decodes_to_the_page_url(client):
    service = ServiceFactory()
    response = client.get(f"/fr/services/{service.slug}/")
    assert (
        qr_payload(response.content.decode()) == f"http://testserver/fr/services/{service.slug}/"
    )


def test_organization_page_qr_code_follows_the_language(client):
    organization = OrganizationFactory()
    response = client.get(f"/ar/organizations/{organization.slug}/")
    expected = f"http://testserver/ar/organizations/{organization.slug}/"
    assert qr_payload(response.content.decode()) == expected


def test_whatsapp_message_carries_title_address_and_link(client):
    organization = OrganizationFactory(name_fr="Association Nour")
    LocationFactory(organization=organization, address_fr="12 rue des Oliviers")
    response = client.get(f"/fr/organizations/{organization.slug}/")
    link = re.search(r'href="(https://wa\.me/\?text=[^"]+)"', response.content.decode()).group(1)
    message = parse_qs(urlsplit(link.replace("&amp;", "&")).query)["text"][0]
    assert "Association Nour" in message
    assert "12 rue des Oliviers" in message
    assert f"http://testserver/fr/organizations/{organization.slug}/" in message


def test_whatsapp_message_of_a_sensitive_location_gives_only_the_district(client):
    organization = OrganizationFactory()
    location = LocationFactory(
        organization=organization, address_fr="7 impasse secrète", is_sensitive=True
    )
    response = client.get(f"/fr/organizations/{organization.slug}/")
    html = response.content.decode()
    assert "impasse" not in html
    assert str(location.district) in html

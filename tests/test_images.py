"""Uploaded images: a small corpus of crafted files, each refused or cleaned."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from directory.images import clean_image
from organizations.forms import OrganizationAdminForm


def image_bytes(format_, size=(64, 48), exif=None, mode="RGB"):
    output = io.BytesIO()
    image = Image.new(mode, size, "teal")
    options = {"exif": exif} if exif is not None else {}
    image.save(output, format=format_, **options)
    return output.getvalue()


def exif_with_gps_and_rotation():
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° to display
    exif[0x010F] = "PhoneMaker"  # camera make
    exif.get_ifd(0x8825)[2] = (35.0, 46.0, 12.0)  # GPS latitude: Tangier
    return exif.tobytes()


def upload(name, data):
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


def test_jpeg_loses_its_exif_and_gps_and_keeps_its_orientation():
    data = image_bytes("JPEG", size=(80, 40), exif=exif_with_gps_and_rotation())
    assert Image.open(io.BytesIO(data)).getexif()  # the corpus file does carry EXIF

    stored = clean_image(upload("photo.jpg", data))

    image = Image.open(io.BytesIO(stored.read()))
    assert image.format == "WEBP"
    assert not image.getexif()
    assert "exif" not in image.info and "xmp" not in image.info
    assert image.size == (40, 80)  # turned as the EXIF orientation asked
    assert stored.name == "photo.webp"


@pytest.mark.parametrize("format_, name", [("PNG", "logo.png"), ("WEBP", "logo.webp")])
def test_png_and_webp_are_accepted(format_, name):
    stored = clean_image(upload(name, image_bytes(format_)))
    assert Image.open(io.BytesIO(stored.read())).format == "WEBP"


def test_large_images_are_resized():
    stored = clean_image(upload("big.png", image_bytes("PNG", size=(4000, 1000))))
    assert Image.open(io.BytesIO(stored.read())).size == (1600, 400)


SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("logo.svg", SVG, "unreadable"),
        ("logo.png", b"not an image at all", "unreadable"),
        ("logo.jpg", image_bytes("JPEG")[:200], "unreadable"),  # truncated
        ("logo.jpg", image_bytes("PNG"), "mismatch"),  # a PNG named .jpg
        ("logo.gif", image_bytes("GIF", mode="P"), "format"),
        ("huge.png", image_bytes("PNG", size=(8000, 6000), mode="1"), "too_many_pixels"),
        ("heavy.png", b"\x89PNG" + b"0" * (5 * 1024 * 1024 + 1), "too_large"),
    ],
    ids=["svg", "text", "truncated", "mismatch", "gif", "bomb", "over-5-MB"],
)
def test_bad_uploads_are_refused_with_a_reason(name, data, code):
    with pytest.raises(Exception) as error:
        clean_image(upload(name, data))
    assert getattr(error.value, "code", None) == code, error.value


@pytest.mark.django_db
def test_admin_form_stores_the_cleaned_logo_and_says_why_it_refuses_one(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    fields = {
        "slug": "nour",
        "name": "Association Nour",
        "name_fr": "Association Nour",
        "kind": "association",
        "status": "draft",
    }
    photo = image_bytes("JPEG", exif=exif_with_gps_and_rotation())
    form = OrganizationAdminForm(data=fields, files={"logo": upload("logo.jpg", photo)})
    assert form.is_valid(), form.errors
    organization = form.save()
    organization.refresh_from_db()
    assert organization.logo.name.endswith(".webp")
    assert not Image.open(organization.logo.path).getexif()

    refused = OrganizationAdminForm(
        data={**fields, "slug": "other"}, files={"logo": upload("logo.jpg", b"GIF89a...")}
    )
    assert not refused.is_valid()
    assert "logo" in refused.errors

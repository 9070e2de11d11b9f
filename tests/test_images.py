"""Uploaded images: a small corpus of crafted files, each refused or cleaned."""

import io
import re
from pathlib import Path

import pytest
from django import forms
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context, Template
from PIL import Image, PngImagePlugin

from directory.common.images import (
    VARIANT_SIDES,
    clean_image,
    delete_with_variants,
    save_with_variants,
    store_new_image,
    variant,
    variant_name,
    variant_url,
)
from organizations.forms import OrganizationAdminForm
from organizations.models import Organization
from tests.factories import NewsItemFactory, OrganizationFactory


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
        ("empty.png", b"", "unreadable"),
        ("gifar.png", image_bytes("GIF", mode="P") + b"<html><script>alert(1)</script>", "format"),
        ("gifar.png", b"GIF89a/*<html><script>alert(1)</script></html>*/", "unreadable"),
        ("page.jpg", b"<!doctype html><script>alert(1)</script>", "unreadable"),
        ("logo.webp", image_bytes("JPEG"), "mismatch"),
        ("logo", image_bytes("PNG"), "mismatch"),  # no extension at all
        ("bomb.png", image_bytes("PNG", size=(10_000, 10_000), mode="1"), "decompression_bomb"),
    ],
    ids=[
        "svg",
        "text",
        "truncated",
        "mismatch",
        "gif",
        "bomb",
        "over-5-MB",
        "zero-bytes",
        "gif-html-polyglot",
        "html-behind-gif-magic",
        "html",
        "jpeg-named-webp",
        "no-extension",
        "decompression-bomb-warning",
    ],
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


# Storing: the cleaned image and its smaller copies, every file checked with Pillow.


@pytest.fixture
def storage(tmp_path):
    return FileSystemStorage(location=tmp_path, base_url="/media/")


def stored_images(storage):
    """Every file in the storage, opened with Pillow: {name: image}."""
    root = storage.location
    found = {}
    for path in sorted(Path(root).rglob("*")):
        if path.is_file():
            image = Image.open(path)
            image.load()
            found[path.relative_to(root).as_posix()] = image
    return found


def assert_clean_webp(image, raw):
    assert image.format == "WEBP"
    assert not image.getexif()
    assert not {"exif", "xmp", "icc_profile", "XML:com.adobe.xmp"} & set(image.info)
    # Nor any metadata chunk in the RIFF container itself.
    assert b"EXIF" not in raw and b"XMP " not in raw and b"ICCP" not in raw


def store(storage, name, data, target="logos/photo.webp"):
    return save_with_variants(storage, target, clean_image(upload(name, data)))


def test_jpeg_with_gps_is_stored_with_variants_and_no_metadata_anywhere(storage):
    data = image_bytes("JPEG", size=(2400, 1200), exif=exif_with_gps_and_rotation())

    name = store(storage, "photo.jpg", data)

    assert name == "logos/photo.webp"
    images = stored_images(storage)
    assert set(images) == {"logos/photo.webp", "logos/photo.160.webp", "logos/photo.800.webp"}
    for stored_name, image in images.items():
        with storage.open(stored_name) as raw:
            content = raw.read()
        assert_clean_webp(image, content)
        assert b"PhoneMaker" not in content
    # Turned as EXIF asked (1200 × 2400), then made smaller.
    assert images["logos/photo.webp"].size == (800, 1600)
    assert images["logos/photo.800.webp"].size == (400, 800)
    assert images["logos/photo.160.webp"].size == (80, 160)


def test_png_text_chunks_are_not_kept(storage):
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "secret-comment")
    info.add_itxt("Location", "secret-location-35.77N", lang="fr")
    info.add_text("Software", "secret-software", zip=True)
    output = io.BytesIO()
    Image.new("RGBA", (300, 200), (10, 120, 120, 128)).save(output, format="PNG", pnginfo=info)
    assert Image.open(io.BytesIO(output.getvalue())).text  # the corpus file carries text

    store(storage, "logo.png", output.getvalue())

    for stored_name, image in stored_images(storage).items():
        with storage.open(stored_name) as raw:
            content = raw.read()
        assert_clean_webp(image, content)
        assert b"secret" not in content
        assert image.mode == "RGBA"  # transparency kept


def test_html_hidden_after_a_png_is_left_behind(storage):
    data = image_bytes("PNG", size=(200, 100)) + b"<html><script>alert(1)</script></html>"

    store(storage, "logo.png", data)

    for stored_name in stored_images(storage):
        with storage.open(stored_name) as raw:
            assert b"<script" not in raw.read()


def test_a_one_pixel_image_gets_one_pixel_variants(storage):
    store(storage, "dot.png", image_bytes("PNG", size=(1, 1)))

    images = stored_images(storage)
    assert len(images) == 1 + len(VARIANT_SIDES)
    assert {image.size for image in images.values()} == {(1, 1)}


def test_a_panorama_keeps_its_proportions_in_every_variant(storage):
    store(storage, "panorama.jpg", image_bytes("JPEG", size=(9000, 600)))

    sizes = {name: image.size for name, image in stored_images(storage).items()}
    assert sizes == {
        "logos/photo.webp": (1600, 107),
        "logos/photo.800.webp": (800, 54),
        "logos/photo.160.webp": (160, 11),
    }
    for width, height in sizes.values():
        assert abs(width / 15 - height) <= 1  # 9000 × 600 is 15 to 1, to within a pixel


def test_variant_names_sit_next_to_the_image():
    assert variant_name("logos/abc.webp", 160) == "logos/abc.160.webp"
    assert variant_name("photos/2025/a.b.webp", 800) == "photos/2025/a.b.800.webp"


def test_a_second_image_of_the_same_name_gets_its_own_variants(storage):
    first = store(storage, "a.png", image_bytes("PNG", size=(400, 400)))
    second = store(storage, "a.png", image_bytes("PNG", size=(400, 200)))

    assert first != second
    assert Image.open(storage.path(variant_name(first, 160))).size == (160, 160)
    assert Image.open(storage.path(variant_name(second, 160))).size == (160, 80)


def test_stale_variants_are_replaced_not_renamed(storage):
    name = store(storage, "a.png", image_bytes("PNG", size=(400, 400)))
    storage.delete(name)  # the image deleted, its copies forgotten

    again = store(storage, "a.png", image_bytes("PNG", size=(400, 200)))

    assert again == name
    assert Image.open(storage.path(variant_name(name, 800))).size == (400, 200)
    assert len(stored_images(storage)) == 3


def test_variant_falls_back_to_the_image_when_a_copy_is_missing(storage):
    name = store(storage, "a.png", image_bytes("PNG", size=(1000, 500)))

    small = variant(name, 160, storage=storage)
    assert (small.url, small.width, small.height) == ("/media/logos/photo.160.webp", 160, 80)
    assert variant_url(name, 800, storage=storage) == "/media/logos/photo.800.webp"

    storage.delete(variant_name(name, 160))
    whole = variant(name, 160, storage=storage)
    assert (whole.url, whole.width, whole.height) == ("/media/logos/photo.webp", 1000, 500)
    assert variant_url(name, 160, storage=storage) == "/media/logos/photo.webp"

    delete_with_variants(storage, name)
    assert stored_images(storage) == {}
    assert variant(name, 160, storage=storage) is None
    assert variant("", 160, storage=storage) is None


class LogoForm(forms.ModelForm):
    """A staff form as the admin's would be: clean the upload, store it with its copies."""

    class Meta:
        model = Organization
        fields = ["logo"]

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        if logo and hasattr(logo, "content_type"):
            return clean_image(logo)
        return logo

    def save(self, commit=True):
        store_new_image(self.instance.logo)
        return super().save(commit)


@pytest.mark.django_db
@pytest.mark.parametrize("commit", [True, False])
def test_a_form_stores_a_new_logo_with_its_variants(settings, tmp_path, commit):
    settings.MEDIA_ROOT = tmp_path
    organization = OrganizationFactory()
    photo = image_bytes("JPEG", size=(1200, 900), exif=exif_with_gps_and_rotation())
    form = LogoForm(instance=organization, files={"logo": upload("logo.jpg", photo)})
    assert form.is_valid(), form.errors

    saved = form.save(commit=commit)
    if not commit:
        saved.save()  # as the admin does

    organization.refresh_from_db()
    assert organization.logo.name == "logos/logo.webp"
    names = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.webp"))
    assert names == ["logos/logo.160.webp", "logos/logo.800.webp", "logos/logo.webp"]
    for path in tmp_path.rglob("*.webp"):
        assert not Image.open(path).getexif()

    # Saving again without a new upload writes nothing.
    unchanged = LogoForm(instance=organization, data={})
    assert unchanged.is_valid()
    assert not store_new_image(unchanged.instance.logo)
    unchanged.save()
    assert len(list(tmp_path.rglob("*.webp"))) == 3


@pytest.mark.django_db
def test_the_tag_gives_the_variant_url_and_size(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.MEDIA_URL = "/media/"
    organization = OrganizationFactory()
    organization.logo.name = save_with_variants(
        organization.logo.storage,
        "logos/nour.webp",
        clean_image(upload("nour.png", image_bytes("PNG", size=(600, 300)))),
    )

    html = Template(
        "{% load dalil %}{% image_variant logo 160 as small %}"
        "{{ small.url }} {{ small.width }}x{{ small.height }}"
    ).render(Context({"logo": organization.logo}))

    assert html == "/media/logos/nour.160.webp 160x80"


@pytest.mark.django_db
def test_pages_show_the_logo_and_the_news_photo_with_their_size(visit, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.MEDIA_URL = "/media/"
    organization = OrganizationFactory(name_fr="Association Nour")
    organization.logo.name = store(
        organization.logo.storage, "logo.png", image_bytes("PNG", size=(400, 200)), "logos/n.webp"
    )
    organization.save()
    item = NewsItemFactory(organization=organization, title_fr="Journée portes ouvertes")
    item.photo.name = store(
        item.photo.storage, "photo.jpg", image_bytes("JPEG", size=(3000, 2000)), "photos/j.webp"
    )
    item.save()

    logo = visit(organization.get_absolute_url()).root.find("img", cls="logo")
    photo = visit(item.get_absolute_url()).root.find("img", cls="photo")

    assert (logo.get("src"), logo.get("width"), logo.get("height")) == (
        "/media/logos/n.160.webp",
        "160",
        "80",
    )
    assert "Association Nour" in logo.get("alt")
    assert (photo.get("src"), photo.get("width"), photo.get("height")) == (
        "/media/photos/j.800.webp",
        "800",
        "534",
    )
    assert "Journée portes ouvertes" in photo.get("alt")
    assert logo.get("loading") == photo.get("loading") == "lazy"


@pytest.mark.django_db
def test_pages_without_images_show_none(visit):
    organization = OrganizationFactory()
    item = NewsItemFactory(organization=organization)

    for url in [organization.get_absolute_url(), item.get_absolute_url()]:
        assert not re.search(r"<img\b", visit(url).html)

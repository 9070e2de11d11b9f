"""Uploaded images: checked with Pillow, re-encoded without metadata, never stored as sent.

Only JPEG, PNG and WebP are accepted (no SVG: it can carry scripts), at most 5 MB and
40 megapixels. Decompression bombs, truncated files and files whose content does not match
their name are refused with a message in the visitor's language. What is stored is a new
WebP image drawn from the pixels alone: EXIF (GPS positions included), XMP and ICC data are
left behind, and the orientation EXIF asked for is applied first.

Next to each stored image sit smaller copies for lists and pages, named after it
("logos/nour.webp" has "logos/nour.160.webp" and "logos/nour.800.webp"). A form stores a new
upload and its copies with `store_new_image(instance.logo)`; a page asks for a copy with
`variant(instance.logo, 160)`, which falls back to the image itself when a copy is missing.
"""

import io
import posixpath
import warnings
from dataclasses import dataclass
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 40_000_000
# The format Pillow detects, and the file name endings that may carry it.
FORMATS = {
    "JPEG": {".jpg", ".jpeg"},
    "PNG": {".png"},
    "WEBP": {".webp"},
}
# The longest side of the stored image.
MAX_SIDE = 1600
# The longest side of the copies stored next to it: lists and logos, then pages.
VARIANT_SIDES = (160, 800)


def clean_image(upload):
    """The upload re-encoded as WebP without metadata, or a ValidationError saying why not."""
    if upload.size > MAX_BYTES:
        raise ValidationError(_("The image is larger than 5 MB."), code="too_large")
    extension = Path(upload.name or "").suffix.lower()
    data = upload.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                detected = probe.format
                width, height = probe.size
                if width * height > MAX_PIXELS:
                    raise ValidationError(
                        _("The image has more than 40 megapixels."), code="too_many_pixels"
                    )
                probe.verify()
            # verify() leaves the image unusable: open it again to read its pixels.
            with Image.open(io.BytesIO(data)) as image:
                image.load()
                image = ImageOps.exif_transpose(image)
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(
            _("The image is too large once decompressed."), code="decompression_bomb"
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError(
            _("This file is not a readable JPEG, PNG or WebP image."), code="unreadable"
        ) from None
    if detected not in FORMATS:
        raise ValidationError(_("Only JPEG, PNG and WebP images are accepted."), code="format")
    if extension not in FORMATS[detected]:
        raise ValidationError(
            _("The file's name does not match its content (a %(format)s image).")
            % {"format": detected},
            code="mismatch",
        )
    image.thumbnail((MAX_SIDE, MAX_SIDE))
    if image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGBA" if "transparency" in image.info else "RGB")
    return ContentFile(_webp(image), name=f"{Path(upload.name).stem[:60] or 'image'}.webp")


def _webp(image):
    """`image` encoded as WebP from its pixels alone: no metadata of the original comes along."""
    output = io.BytesIO()
    clean = Image.frombytes(image.mode, image.size, image.tobytes())
    clean.save(output, format="WEBP", quality=85)
    return output.getvalue()


def variant_name(name, side):
    """Where the copy of the stored image `name` with longest side `side` is stored."""
    root, extension = posixpath.splitext(name)
    return f"{root}.{side}{extension}"


def write_variants(storage, name, data=None):
    """Store the smaller copies of the stored image `name`; `data` spares reading it back.

    A copy is never larger than the image itself, and keeps its proportions. Returns the
    copies' names by side.
    """
    if data is None:
        with storage.open(name, "rb") as stored:
            data = stored.read()
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        names = {}
        for side in VARIANT_SIDES:
            copy = image.copy()
            copy.thumbnail((side, side))
            target = variant_name(name, side)
            # A copy left by an earlier image of that name would make the storage pick another.
            if storage.exists(target):
                storage.delete(target)
            names[side] = storage.save(target, ContentFile(_webp(copy)))
    return names


def save_with_variants(storage, name, content):
    """Store `content` (as clean_image returns it) under `name` or a free name like it, with
    its smaller copies. Returns the name it was stored under."""
    content.seek(0)
    data = content.read()
    stored = storage.save(name, ContentFile(data))
    write_variants(storage, stored, data)
    return stored


def store_new_image(field_file):
    """Store a new upload of an image field, with its smaller copies; True when it did.

    For a model form whose clean_<field> returned clean_image(upload): call it in save() before
    the model is saved (the model then keeps the stored name). A field holding a file that is
    already stored, or no file, is left alone.
    """
    # Django marks a file assigned but not yet written to storage as not committed.
    if not field_file or getattr(field_file, "_committed", True):
        return False
    content = field_file.file
    content.seek(0)
    data = content.read()
    field_file.save(field_file.name, ContentFile(data), save=False)
    write_variants(field_file.storage, field_file.name, data)
    return True


def delete_with_variants(storage, name):
    """Remove a stored image and its smaller copies."""
    for target in (name, *(variant_name(name, side) for side in VARIANT_SIDES)):
        storage.delete(target)


@dataclass(frozen=True)
class StoredImage:
    url: str
    width: int
    height: int


def variant(image, side, storage=None):
    """The copy of a stored image for `side` (its URL and size), or the image itself when the
    copy is missing, or None when there is no image at all.

    `image` is an image field's file or a stored name; the size is read from the file's header.
    """
    name = getattr(image, "name", image)
    if not name:
        return None
    storage = getattr(image, "storage", None) or storage or default_storage
    for candidate in (variant_name(name, side), name):
        try:
            with storage.open(candidate, "rb") as stored, Image.open(stored) as probe:
                width, height = probe.size
        except (OSError, UnidentifiedImageError, ValueError):
            continue
        return StoredImage(url=storage.url(candidate), width=width, height=height)
    return None


def variant_url(name, side, storage=None):
    """The URL of the copy of stored image `name` for `side`, or of the image if it has none."""
    storage = storage or default_storage
    target = variant_name(name, side)
    return storage.url(target if storage.exists(target) else name)

"""Uploaded images: checked with Pillow, re-encoded without metadata, never stored as sent.

Only JPEG, PNG and WebP are accepted (no SVG: it can carry scripts), at most 5 MB and
40 megapixels. Decompression bombs, truncated files and files whose content does not match
their name are refused with a message in the visitor's language. What is stored is a new
WebP image drawn from the pixels alone: EXIF (GPS positions included), XMP and ICC data are
left behind, and the orientation EXIF asked for is applied first.
"""

import io
import warnings
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
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
    output = io.BytesIO()
    # A fresh image from the pixels alone: nothing of the original's metadata comes along.
    clean = Image.frombytes(image.mode, image.size, image.tobytes())
    clean.save(output, format="WEBP", quality=85)
    return ContentFile(output.getvalue(), name=f"{Path(upload.name).stem[:60] or 'image'}.webp")

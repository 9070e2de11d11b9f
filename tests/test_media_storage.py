"""Uploaded images on S3-compatible object storage (django-storages), as production keeps
them when S3_BUCKET is set: a logo goes through the admin's form into the bucket with its
smaller copies, the page shows the copy from there with its size, and deleting removes all.

The bucket is moto's, in this process: no network. The settings that choose this storage
from the environment are checked in test_deploy_settings.py.
"""

import io

import boto3
import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from moto import mock_aws
from PIL import Image

from directory.common.images import delete_with_variants
from organizations.forms import OrganizationAdminForm

BUCKET = "dalil-media"


@pytest.fixture
def bucket(settings):
    """An empty bucket, and the storage settings.py makes from S3_BUCKET with a custom domain."""
    with mock_aws():
        s3 = boto3.client("s3", region_name="eu-west-3")
        s3.create_bucket(
            Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-west-3"}
        )
        settings.STORAGES = {
            **settings.STORAGES,
            "default": {
                "BACKEND": "storages.backends.s3.S3Storage",
                "OPTIONS": {
                    "bucket_name": BUCKET,
                    "region_name": "eu-west-3",
                    "custom_domain": "media.dalil.example",
                    "querystring_auth": False,
                    "file_overwrite": False,
                    "default_acl": None,
                    "object_parameters": {"CacheControl": "public, max-age=86400"},
                },
            },
        }

        def keys():
            listed = s3.list_objects_v2(Bucket=BUCKET).get("Contents", [])
            return sorted(item["Key"] for item in listed)

        yield keys


def jpeg(size):
    output = io.BytesIO()
    Image.new("RGB", size, "teal").save(output, format="JPEG")
    return SimpleUploadedFile("logo.jpg", output.getvalue(), content_type="image/jpeg")


@pytest.mark.django_db
def test_a_logo_is_stored_in_the_bucket_and_shown_from_it(bucket, visit):
    form = OrganizationAdminForm(
        data={
            "slug": "nour",
            "name": "Association Nour",
            "name_fr": "Association Nour",
            "kind": "association",
            "status": "published",
        },
        files={"logo": jpeg((600, 300))},
    )
    assert form.is_valid(), form.errors
    organization = form.save()
    organization.refresh_from_db()

    assert organization.logo.name == "logos/logo.webp"
    assert bucket() == ["logos/logo.160.webp", "logos/logo.800.webp", "logos/logo.webp"]
    with default_storage.open("logos/logo.160.webp") as stored, Image.open(stored) as small:
        assert (small.format, small.size) == ("WEBP", (160, 80))

    logo = visit(organization.get_absolute_url()).root.find("img", cls="logo")
    assert (logo.get("src"), logo.get("width"), logo.get("height")) == (
        "https://media.dalil.example/logos/logo.160.webp",
        "160",
        "80",
    )

    # A second logo of the same name keeps the first one's file.
    second = OrganizationAdminForm(
        instance=organization,
        data={**form.data, "name": "Association Nour"},
        files={"logo": jpeg((300, 300))},
    )
    assert second.is_valid(), second.errors
    renamed = second.save().logo.name
    assert renamed != "logos/logo.webp" and renamed.startswith("logos/logo_")
    assert "logos/logo.webp" in bucket()

    delete_with_variants(default_storage, "logos/logo.webp")
    assert not any(key.startswith("logos/logo.") for key in bucket())

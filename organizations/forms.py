from django import forms

from directory.images import clean_image

from .models import Organization


class OrganizationAdminForm(forms.ModelForm):
    """The admin's organization form: a new logo is checked and stored without metadata."""

    class Meta:
        model = Organization
        fields = "__all__"  # noqa: DJ007 (the admin chooses which fields it shows)

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        if logo and hasattr(logo, "content_type"):  # a new upload, not the stored file
            logo.seek(0)
            return clean_image(logo)
        return logo

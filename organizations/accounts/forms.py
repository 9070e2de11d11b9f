"""Forms for accounts: the second login step, two-factor codes, invitations and claims."""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordResetForm, UserCreationForm
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from directory.common.antispam import HoneypotForm
from directory.common.emails import queue_email

from ..models import Claim, Invitation, Membership

User = get_user_model()


class QueuedPasswordResetForm(PasswordResetForm):
    """Django's password reset, its email sent in the background in the visitor's language."""

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        queue_email(
            to=[to_email],
            template="password_reset",
            context={"username": context["user"].get_username(), **context},
            language=translation.get_language(),
        )


class CodeForm(forms.Form):
    """Six digits from the authenticator app, checked against one TOTP device.

    The device throttles wrong codes itself (django-otp): after a wrong code the next one is
    refused for 1, 2, 4, 8... seconds, even when it is right.
    """

    code = forms.CharField(
        label=_("Six-digit code from your authenticator app"),
        max_length=12,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "pattern": "[0-9 ]*",
                "size": 8,
            }
        ),
    )

    def __init__(self, device, *args, **kwargs):
        self.device = device
        super().__init__(*args, **kwargs)

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        if not (code.isdigit() and len(code) == 6):
            raise forms.ValidationError(_("Enter the six digits your app shows, e.g. 123456."))
        allowed, _info = self.device.verify_is_allowed()
        if not allowed:
            raise forms.ValidationError(
                _("Too many wrong codes in a row. Wait a minute, then enter the new code.")
            )
        if not self.device.verify_token(code):
            raise forms.ValidationError(
                _("This code is wrong or has expired. Enter the code your app shows now.")
            )
        return code


class InvitationForm(forms.ModelForm):
    class Meta:
        model = Invitation
        fields = ["email", "role"]
        labels = {"email": _("Their email address"), "role": _("Role")}
        widgets = {
            "email": forms.EmailInput(attrs={"autocomplete": "off"}),
            "role": forms.RadioSelect,
        }

    def __init__(self, organization, *args, **kwargs):
        self.organization = organization
        super().__init__(*args, **kwargs)

    def clean_email(self):
        email = User.objects.normalize_email(self.cleaned_data["email"].strip())
        if Membership.objects.filter(
            organization=self.organization, user__email__iexact=email
        ).exists():
            raise forms.ValidationError(_("This person is already a member."))
        return email


class MemberRoleForm(forms.ModelForm):
    class Meta:
        model = Membership
        fields = ["role"]


class InvitationSignupForm(UserCreationForm):
    """The account of a person who follows an invitation and has none yet."""

    class Meta(UserCreationForm.Meta):
        fields = ["username", "email"]
        labels = {"email": _("Email address")}
        widgets = {"email": forms.EmailInput(attrs={"autocomplete": "email"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].required = True
        self.fields["username"].widget.attrs["autocomplete"] = "username"

    def clean_email(self):
        email = User.objects.normalize_email(self.cleaned_data["email"].strip())
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                _("An account already uses this address: log in to accept the invitation.")
            )
        return email


class ClaimForm(HoneypotForm, forms.ModelForm):
    """A claim with the honeypot (`leave_empty`) filled in is refused."""

    class Meta:
        model = Claim
        fields = ["name", "email", "phone", "position", "message"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TelInput(attrs={"autocomplete": "tel"}),
            "position": forms.TextInput(attrs={"autocomplete": "organization-title"}),
            "message": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {
            "message": _(
                "For example an official email address of the organization, or a person "
                "there who knows you."
            ),
        }

    def clean_email(self):
        return User.objects.normalize_email(self.cleaned_data["email"].strip())


class RefuseClaimForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason, sent to the person"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

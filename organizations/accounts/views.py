"""Accounts: logging in (with a second step for people who turned on two-factor
authentication), two-factor set-up, invitations to join an organization, members, and
claims of a listing by the people who run it.

There is no public sign-up: an account is made by following an invitation, which an
organization's owner or a coordinator sends (a coordinator sends one when approving a claim).

Staff pages use `otp_required_if_enabled` (twofactor.py) instead of `login_required`: a
person who turned on two-factor authentication reaches them only after entering a code.
Claims and password reset requests are rate limited per client, as the public forms of
directory/reports are (directory/common/antispam.py), without storing any address.
"""

import datetime
import secrets
import time
from base64 import b32encode

import django_otp
import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import login as auth_login
from django.contrib.auth import logout as auth_logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST
from django_otp.plugins.otp_totp.models import TOTPDevice

from directory.common.antispam import RateLimit
from directory.common.emails import queue_email

from ..models import Claim, Invitation, Membership, Organization
from ..rules import COORDINATORS, get_organization_for_user
from .forms import (
    ClaimForm,
    CodeForm,
    InvitationForm,
    InvitationSignupForm,
    MemberRoleForm,
    QueuedPasswordResetForm,
    RefuseClaimForm,
)
from .twofactor import confirmed_device, needs_second_step, otp_required_if_enabled

User = get_user_model()

# Between the password and the code, the session remembers who is logging in, for 5 minutes.
PENDING_LOGIN = "accounts_pending_login"
SECOND_STEP_SECONDS = 5 * 60
# Claims and password reset requests sent by one client in an hour, at most.
claim_limit = RateLimit("claims", limit=5)
password_reset_limit = RateLimit("password_reset", limit=5)


# --- Logging in and passwords ------------------------------------------------------------


class LoginView(auth_views.LoginView):
    """Django's login; a person with two-factor turned on then enters a code (login_code)."""

    def form_valid(self, form):
        user = form.get_user()
        if not TOTPDevice.objects.devices_for_user(user, confirmed=True).exists():
            return super().form_valid(form)
        self.request.session[PENDING_LOGIN] = {
            "user": user.pk,
            "backend": user.backend,
            "next": self.get_success_url(),
            "since": time.time(),
        }
        return redirect("login_code")


@sensitive_post_parameters()
@never_cache
def login_code(request):
    pending = request.session.get(PENDING_LOGIN)
    user = device = None
    if pending and time.time() - pending["since"] < SECOND_STEP_SECONDS:
        user = User.objects.filter(pk=pending["user"], is_active=True).first()
        device = confirmed_device(user) if user else None
    if device is None:
        request.session.pop(PENDING_LOGIN, None)
        messages.info(request, _("Please log in again: the code was not entered in time."))
        return redirect("login")

    form = CodeForm(device, request.POST or None)
    if request.method == "POST" and form.is_valid():
        del request.session[PENDING_LOGIN]
        auth_login(request, user, backend=pending["backend"])
        django_otp.login(request, device)
        return redirect(pending["next"])
    return render(request, "registration/login_code.html", {"form": form})


password_change = otp_required_if_enabled(auth_views.PasswordChangeView.as_view())


class PasswordResetView(auth_views.PasswordResetView):
    """Django's password reset, its email queued, at most 5 requests an hour per client.

    Past the limit the page answers 429 and keeps the address that was typed.
    """

    form_class = QueuedPasswordResetForm

    def post(self, request, *args, **kwargs):
        if password_reset_limit.exceeded(request):
            context = self.get_context_data(form=self.get_form(), limited=True)
            return self.render_to_response(context, status=429)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        password_reset_limit.count(self.request)
        return super().form_valid(form)


# --- Two-factor set-up (twofactor.py asks for the code) ----------------------------------


def _spaced(key):
    """A base32 key in groups of four letters, easier to type."""
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def _qr_code(url):
    """The authenticator app's set-up link as an inline SVG QR code, drawn on the server."""
    svg = segno.make(url, error="m").svg_inline(
        scale=4, border=2, dark="#000", light="#fff", title=_("QR code for your authenticator app")
    )
    return mark_safe(svg)  # segno escapes the title; the SVG holds no other text


@sensitive_post_parameters()
@never_cache
@otp_required_if_enabled
def two_factor(request):
    """Turn on two-factor authentication: scan the code (or type the key), enter a code."""
    device = confirmed_device(request.user)
    if device is not None:
        return render(
            request, "accounts/two_factor.html", {"enabled": True, "form": CodeForm(device)}
        )

    # The same key until it is confirmed, so that reloading the page keeps the QR code.
    device = TOTPDevice.objects.devices_for_user(request.user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=request.user, name="Dalil", confirmed=False)
    form = CodeForm(device, request.POST or None)
    if request.method == "POST" and form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        TOTPDevice.objects.filter(user=request.user).exclude(pk=device.pk).delete()
        django_otp.login(request, device)
        messages.success(request, _("Two-factor authentication is on."))
        return redirect("two_factor")
    return render(
        request,
        "accounts/two_factor.html",
        {
            "enabled": False,
            "form": form,
            "qr_code": _qr_code(device.config_url),
            "key": _spaced(b32encode(device.bin_key).decode()),
        },
    )


@sensitive_post_parameters()
@require_POST
@otp_required_if_enabled
def two_factor_disable(request):
    device = confirmed_device(request.user)
    if device is None:
        return redirect("two_factor")
    form = CodeForm(device, request.POST)
    if form.is_valid():
        TOTPDevice.objects.filter(user=request.user).delete()
        messages.success(request, _("Two-factor authentication is off."))
        return redirect("two_factor")
    return render(request, "accounts/two_factor.html", {"enabled": True, "form": form})


# --- Invitations -------------------------------------------------------------------------


def send_invitation(*, organization, email, role, invited_by, claim=None):
    """Create an invitation and email its link; only the token's digest is stored."""
    token = secrets.token_urlsafe(32)
    # One pending invitation per address and organization: the newest.
    organization.invitations.usable().filter(email__iexact=email).delete()
    invitation = Invitation.objects.create(
        organization=organization,
        email=email,
        role=role,
        token_digest=Invitation.digest(token),
        invited_by=invited_by,
        expires_at=timezone.now() + datetime.timedelta(days=settings.INVITATION_DAYS),
    )
    queue_email(
        to=[email],
        template="invitation",
        context={
            "invitation": invitation,
            "organization": organization,
            "claim": claim,
            "url": settings.SITE_URL + reverse("accept_invitation", kwargs={"token": token}),
        },
        language=translation.get_language(),
    )
    return invitation


def _join(invitation, user):
    """Make `user` a member as the invitation says, once; False if it was used meanwhile."""
    with transaction.atomic():
        invitation = (
            Invitation.objects.usable().select_for_update().filter(pk=invitation.pk).first()
        )
        if invitation is None:
            return False
        membership, created = Membership.objects.get_or_create(
            user=user, organization=invitation.organization, defaults={"role": invitation.role}
        )
        # An invitation never lowers a role.
        if not created and invitation.role == Membership.Role.OWNER:
            membership.role = Membership.Role.OWNER
            membership.save(update_fields=["role"])
        invitation.accepted_at = timezone.now()
        invitation.accepted_by = user
        invitation.save(update_fields=["accepted_at", "accepted_by"])
    return True


def _invitation_unusable(request, reason):
    status = 404 if reason == "unknown" else 410
    return render(request, "accounts/invitation_invalid.html", {"reason": reason}, status=status)


@sensitive_post_parameters("password1", "password2")
@never_cache
def accept_invitation(request, token):
    invitation = (
        Invitation.objects.select_related("organization", "invited_by")
        .filter(token_digest=Invitation.digest(token))
        .first()
    )
    if invitation is None:
        return _invitation_unusable(request, "unknown")
    if invitation.accepted_at is not None:
        return _invitation_unusable(request, "used")
    if invitation.expires_at <= timezone.now():
        return _invitation_unusable(request, "expired")

    if request.user.is_authenticated:
        if needs_second_step(request):
            auth_logout(request)
            return redirect_to_login(request.get_full_path())
        if request.method == "POST":
            if not _join(invitation, request.user):
                return _invitation_unusable(request, "used")
            messages.success(
                request,
                _("You are now a member of %(organization)s.")
                % {"organization": invitation.organization},
            )
            return redirect("manage:dashboard")
        return render(request, "accounts/invitation_accept.html", {"invitation": invitation})

    form = InvitationSignupForm(request.POST or None, initial={"email": invitation.email})
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            user = form.save()
            if not _join(invitation, user):
                transaction.set_rollback(True)
                return _invitation_unusable(request, "used")
        auth_login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(
            request,
            _("Welcome! You are now a member of %(organization)s.")
            % {"organization": invitation.organization},
        )
        return redirect("manage:dashboard")
    return render(
        request, "accounts/invitation_signup.html", {"invitation": invitation, "form": form}
    )


# --- Members of an organization (manage/<slug>/members/) ---------------------------------


@otp_required_if_enabled
def members(request, slug):
    organization = get_organization_for_user(request, slug, "organizations.manage_members")
    form = InvitationForm(organization, request.POST or None)
    if request.method == "POST" and form.is_valid():
        send_invitation(
            organization=organization,
            email=form.cleaned_data["email"],
            role=form.cleaned_data["role"],
            invited_by=request.user,
        )
        messages.success(
            request,
            _("Invitation sent to %(email)s.") % {"email": form.cleaned_data["email"]},
        )
        return redirect("manage:members", slug=organization.slug)
    memberships = organization.memberships.select_related("user").order_by(
        "-role", "user__username"
    )
    return render(
        request,
        "accounts/members.html",
        {
            "organization": organization,
            "form": form,
            "members": [(membership, _role_form(membership)) for membership in memberships],
            "invitations": organization.invitations.usable().select_related("invited_by"),
            "invitation_days": settings.INVITATION_DAYS,
        },
    )


def _role_form(membership):
    # One form per member on the page: ids that do not collide.
    return MemberRoleForm(instance=membership, auto_id=f"member-{membership.pk}-%s")


def _is_last_owner(membership):
    """Whether the membership is its organization's only owner (rows locked until commit)."""
    owners = list(
        Membership.objects.select_for_update()
        .filter(organization_id=membership.organization_id, role=Membership.Role.OWNER)
        .values_list("pk", flat=True)
    )
    return owners == [membership.pk]


LAST_OWNER = gettext_noop(
    "%(name)s is the only owner. Make someone else an owner first: an organization keeps at "
    "least one."
)


@require_POST
@otp_required_if_enabled
def member_role(request, slug, pk):
    organization = get_organization_for_user(request, slug, "organizations.manage_members")
    membership = get_object_or_404(organization.memberships.select_related("user"), pk=pk)
    form = MemberRoleForm(request.POST, instance=membership)
    if not form.is_valid():
        messages.error(request, _("Choose one of the roles."))
        return redirect("manage:members", slug=organization.slug)
    with transaction.atomic():
        if form.cleaned_data["role"] != Membership.Role.OWNER and _is_last_owner(membership):
            messages.error(request, _(LAST_OWNER) % {"name": membership.user})
        else:
            form.save()
            messages.success(request, _("%(name)s's role is changed.") % {"name": membership.user})
    return redirect("manage:members", slug=organization.slug)


@require_POST
@otp_required_if_enabled
def member_remove(request, slug, pk):
    organization = get_organization_for_user(request, slug, "organizations.manage_members")
    membership = get_object_or_404(organization.memberships.select_related("user"), pk=pk)
    with transaction.atomic():
        if _is_last_owner(membership):
            messages.error(request, _(LAST_OWNER) % {"name": membership.user})
        else:
            membership.delete()
            messages.success(
                request, _("%(name)s is no longer a member.") % {"name": membership.user}
            )
    return redirect("manage:members", slug=organization.slug)


@require_POST
@otp_required_if_enabled
def invitation_cancel(request, slug, pk):
    organization = get_organization_for_user(request, slug, "organizations.manage_members")
    invitation = get_object_or_404(organization.invitations.usable(), pk=pk)
    invitation.delete()
    messages.success(
        request, _("The invitation to %(email)s is cancelled.") % {"email": invitation.email}
    )
    return redirect("manage:members", slug=organization.slug)


# --- Claims ------------------------------------------------------------------------------


def claim(request, slug):
    """A visitor who runs the organization asks to manage its listing; no account needed."""
    organization = get_object_or_404(Organization.objects.published(), slug=slug)
    form = ClaimForm(request.POST or None)
    if request.method == "POST":
        if claim_limit.exceeded(request):
            context = {"organization": organization, "form": form, "limited": True}
            return render(request, "accounts/claim_form.html", context, status=429)
        if form.is_spam:
            claim_limit.count(request)
            form.add_error(
                None,
                _("Your request could not be sent. Leave the last field empty and try again."),
            )
            return render(
                request,
                "accounts/claim_form.html",
                {"organization": organization, "form": form},
                status=400,
            )
        if form.is_valid():
            claim_limit.count(request)
            claim = form.save(commit=False)
            claim.organization = organization
            claim.save()
            coordinators = User.objects.filter(groups__name=COORDINATORS, is_active=True).exclude(
                email=""
            )
            queue_email(
                to=list(coordinators.values_list("email", flat=True)),
                template="claim_received",
                context={
                    "claim": claim,
                    "organization": organization,
                    "url": settings.SITE_URL + reverse("manage:claims"),
                },
            )
            return redirect("claim_sent", slug=organization.slug)
    context = {"organization": organization, "form": form}
    return render(request, "accounts/claim_form.html", context)


def claim_sent(request, slug):
    organization = get_object_or_404(Organization.objects.published(), slug=slug)
    return render(request, "accounts/claim_sent.html", {"organization": organization})


def _get_pending_claim_for_coordinator(request, pk):
    if not request.user.has_perm("organizations.review_changes"):
        raise Http404
    return get_object_or_404(
        Claim.objects.select_related("organization"), pk=pk, status=Claim.Status.PENDING
    )


def _claims_page(request, refuse_forms=None, status=200):
    refuse_forms = refuse_forms or {}
    pending = (
        Claim.objects.filter(status=Claim.Status.PENDING)
        .select_related("organization")
        .order_by("created_at")
    )
    rows = [
        (claim, refuse_forms.get(claim.pk) or RefuseClaimForm(auto_id=f"claim-{claim.pk}-%s"))
        for claim in pending
    ]
    return render(request, "accounts/claims.html", {"claims": rows}, status=status)


@otp_required_if_enabled
def claims(request):
    if not request.user.has_perm("organizations.review_changes"):
        raise Http404
    return _claims_page(request)


@require_POST
@otp_required_if_enabled
def claim_approve(request, pk):
    claim = _get_pending_claim_for_coordinator(request, pk)
    with transaction.atomic():
        claim.status = Claim.Status.APPROVED
        claim.decided_by = request.user
        claim.decided_at = timezone.now()
        claim.save(update_fields=["status", "decided_by", "decided_at"])
        send_invitation(
            organization=claim.organization,
            email=claim.email,
            role=Membership.Role.OWNER,
            invited_by=request.user,
            claim=claim,
        )
    messages.success(
        request,
        _("Claim approved: %(email)s is invited as an owner of %(organization)s.")
        % {"email": claim.email, "organization": claim.organization},
    )
    return redirect("manage:claims")


@require_POST
@otp_required_if_enabled
def claim_refuse(request, pk):
    claim = _get_pending_claim_for_coordinator(request, pk)
    form = RefuseClaimForm(request.POST, auto_id=f"claim-{claim.pk}-%s")
    if not form.is_valid():
        return _claims_page(request, refuse_forms={claim.pk: form}, status=400)
    with transaction.atomic():
        claim.status = Claim.Status.REFUSED
        claim.reason = form.cleaned_data["reason"]
        claim.decided_by = request.user
        claim.decided_at = timezone.now()
        claim.save(update_fields=["status", "reason", "decided_by", "decided_at"])
        queue_email(
            to=[claim.email],
            template="claim_refused",
            context={"claim": claim, "organization": claim.organization},
            language=translation.get_language(),
        )
    messages.success(request, _("Claim refused; %(email)s is told why.") % {"email": claim.email})
    return redirect("manage:claims")

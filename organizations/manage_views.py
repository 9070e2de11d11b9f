"""Staff keep their organizations' listings up to date; coordinators review the changes."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from .models import Membership


@login_required
def dashboard(request):
    memberships = Membership.objects.for_dashboard(request.user)
    return render(request, "manage/dashboard.html", {"memberships": memberships})

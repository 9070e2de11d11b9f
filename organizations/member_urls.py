"""An organization's members and claims, inside the manage/ pages."""

urlpatterns = []

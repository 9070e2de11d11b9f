"""Changes staff propose, and the coordinators' decisions on them.

Staff never write to a public record: what they save is a draft (drafts.py) that a
coordinator approves or refuses (decisions.py) after reading its differences from the live
record (differences.py). What can be edited is registered by each app (registry.py):
organizations registers its own records (editables.py), projects its projects.
"""

from .decisions import ReviewError, approve, refuse
from .differences import differences
from .drafts import (
    EditConflict,
    draft_data,
    edit_token,
    open_draft,
    send_for_review,
    submit,
    withdraw,
)
from .previews import DraftNotValid

__all__ = [
    "DraftNotValid",
    "EditConflict",
    "ReviewError",
    "approve",
    "differences",
    "draft_data",
    "edit_token",
    "open_draft",
    "refuse",
    "send_for_review",
    "submit",
    "withdraw",
]

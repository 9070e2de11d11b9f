"""What associations seek from each other and offer each other, and what comes of it.

An organization's staff publish needs ("we are looking for a partner in Spain for youth
employment") and offers ("we train volunteers"): `Exchange` (models.py), reviewed like the
rest of its listing (review.py registers it, with the partnerships it leads to). Anyone reads
them at /needs/ (filters.py, views.py), with the offers and organizations that fit a need and
why (suggestions.py); anyone writes to the organization through Dalil, which relays the
message by email without showing anyone's address (relay.py). Coordinators see the
collaborations that formed and the needs that found no answer (views.py).
"""

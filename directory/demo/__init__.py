"""Demo content for Dalil, as plain Python data read by `manage.py load_demo`.

- taxonomy.py: themes, audiences and languages, in Arabic, French and English, and the
  HCP codes of the places the demo uses.
- real_content.py: real organizations, projects and news, taken only from the public
  documents in shared/seeds/ (nothing about them is invented).
- example_services.py: the kinds of services the fictional organizations offer, and their
  opening hours.
- example_organizations.py: fictional organizations in Tangier's four arrondissements.
- example_activity.py: the fictional organizations' projects and news.
- hotlines.py: Morocco's emergency numbers, each with its source.

Every text people read is a dict with one entry per language: {"ar": ..., "fr": ...,
"en": ...}. Organizations, services, projects and news refer to each other, and to themes,
audiences, languages, places and countries, by slug or code.
"""

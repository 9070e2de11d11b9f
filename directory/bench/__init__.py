"""`make bench`: the public pages under gunicorn and wrk, as a share of a bare Django view.

`manage.py bench` (directory/management/commands/bench.py) runs it on the database of
DATABASE_URL: database.py builds the synthetic directory once, addresses.py lists the
addresses each page type is requested at, server.py serves the site with gunicorn and the
production settings plus one bare view (settings.py, urls.py), and wrk.py drives it with wrk
and rotate.lua. docs/performance.md explains the method and keeps the latest figures.
"""

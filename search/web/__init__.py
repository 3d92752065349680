"""The reference-desk web page and JSON API (``actdesk serve``).

A WSGI application (app.py) on Werkzeug's routing and requests, served by
waitress (server.py); pages are Jinja2 templates that escape every value
(templates/, jinja.py); words in Russian and English (i18n.py); staff
accounts, sessions and CSRF (auth.py, ctx.py); uploads streamed to disk
and imported in the background (forms.py, uploads.py); the JSON API with
its OpenAPI description (api.py). Searching is search.query's, lists are
the lists module's.
"""
from search.web.app import App
from search.web.server import make_server, serve

__all__ = ["App", "make_server", "serve"]

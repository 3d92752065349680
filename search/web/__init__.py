"""The reference-desk web page and JSON API (``actdesk serve``).

Standard library only: a WSGI application (app.py) served by a threading
wsgiref server; pages are Python string templates that escape every value
(html.py); words in Russian and English (i18n.py); staff accounts,
sessions and CSRF (auth.py); the JSON API with its OpenAPI description
(api.py). Searching is search.query's, lists are the lists module's.
"""
from search.web.app import App, make_server_for, serve

__all__ = ["App", "make_server_for", "serve"]

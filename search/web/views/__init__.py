"""The page handlers, one module per page or group of pages.

Each handler is ``handler(app, req, fund, c, **route_args) -> Response``:
routes.py maps URLs to them, the templates/ lay out what they return.
"""

"""The one stylesheet and the one small script (served from /static/).

Files of the package (static/app.css, static/app.js), read once at import.
The pages work without the script; it only submits the sort choice on
change, counts ticks and prints. ``VERSION`` goes into the pages' links, so
a browser never keeps an old stylesheet after an update.
"""
from __future__ import annotations

import hashlib
from importlib.resources import files

TYPES = {"app.css": "text/css; charset=utf-8", "app.js": "text/javascript; charset=utf-8"}
FILES = {name: (ctype, files("search.web").joinpath("static", name).read_text("utf-8")
                .strip().encode("utf-8")) for name, ctype in TYPES.items()}
VERSION = hashlib.sha256(b"".join(v for _, v in FILES.values())).hexdigest()[:10]

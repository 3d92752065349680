"""``python -m cli``: the ``actdesk`` command without its console script."""
from cli import run

run()

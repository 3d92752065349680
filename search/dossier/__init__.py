"""Press dossiers: a topic's acts and newspaper clippings gathered over years.

``store`` keeps them in the fund's catalog (a saved query, the librarian's
additions and removals, what is new in each); ``export`` makes the document
to hand out (title page, contents by year or rubric, descriptions and texts).
"""
from search.dossier.store import (DossierError, Dossier, Member, add, all_dossiers, create,
                                  follow_changes, get, mark_seen, members, names, remove)

__all__ = ["DossierError", "Dossier", "Member", "add", "all_dossiers", "create",
           "follow_changes", "get", "mark_seen", "members", "names", "remove"]

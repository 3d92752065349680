"""``actdesk serve``: the reference-desk web page, a thin call of ``search.web``."""
from __future__ import annotations

import ipaddress
from pathlib import Path

import click

from cli.context import Ctx, pass_ctx


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. The default serves this computer only; give 0.0.0.0 "
                   "to serve the library's network (staff pages then travel unencrypted: "
                   "put an HTTPS proxy in front and use --secure-cookies).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--max-upload-mb", type=click.IntRange(1, 2048), default=50, show_default=True,
              help="Largest batch a librarian can upload at once.")
@click.option("--session-minutes", type=click.IntRange(1, 24 * 60), default=30, show_default=True,
              help="A staff session ends after this long without a request.")
@click.option("--secure-cookies", is_flag=True, help="Mark cookies Secure (behind HTTPS).")
@click.option("--watch", "watch_folder", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Also import what is delivered into this folder, as `actdesk watch` does.")
@click.option("--watch-interval", type=click.IntRange(1, 86_400), default=60, show_default=True,
              help="Seconds between looks at the --watch folder.")
@pass_ctx
def serve(c: Ctx, host: str, port: int, max_upload_mb: int, session_minutes: int,
          secure_cookies: bool, watch_folder: Path | None, watch_interval: int) -> None:
    """Serve the reference-desk web page and the JSON API (/api/openapi.json)."""
    from search.web.app import App
    from search.web.server import make_server
    fund = c.fund()
    try:
        local = ipaddress.ip_address(host).is_loopback
    except ValueError:
        local = host == "localhost"
    if not local:
        click.echo(f"warning: listening on {host}, not only this computer", err=True)
    app = App(fund.home, max_upload_mb=max_upload_mb, session_minutes=session_minutes,
              secure_cookies=secure_cookies)
    watching = _watch(c, app, watch_folder, watch_interval) if watch_folder else None
    try:
        server = make_server(app, host, port)
    except OSError as ex:
        if watching is not None:
            watching[0].stop(timeout=5)
            watching[1].release()
        raise click.ClickException(f"cannot listen on {host}:{port}: {ex.strerror or ex} "
                                   "(another server there? try --port)") from ex
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"actdesk: http://{shown}:{server.effective_port}/  (fund {fund.home}; Ctrl+C stops)",
               err=True)
    try:
        server.run()  # returns on Ctrl+C
    finally:
        server.close()
        if watching is not None:
            watching[0].stop(timeout=5)
            watching[1].release()


def _watch(c: Ctx, app, folder: Path, interval: int):
    """The delivery folder's watcher and its lock (search/web/watch.py)."""
    from cli.watch import claim
    from search.web.watch import FolderWatch
    lock = claim(c, folder)
    watcher = FolderWatch(app.uploads, folder, app.log, interval=interval)
    watcher.start()
    click.echo(f"actdesk: watching {folder} every {interval} s", err=True)
    return watcher, lock

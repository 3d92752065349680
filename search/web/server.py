"""The production WSGI server of ``actdesk serve``: waitress.

waitress runs on Windows and Linux alike, with a pool of worker threads
and a listen backlog of its own choosing; the standard library's wsgiref
(documented as not for production) listened with a backlog of 5, and
issue 15 measured a p99 of 1 s from that queue alone under a reading
room's load. Request bodies are buffered by waitress on disk beyond
512 KB and refused above the upload limit before the application runs.
"""
from __future__ import annotations

import sys
import time
from typing import Callable

from waitress.server import create_server

THREADS = 8           # searches wait on the disk as much as on the CPU (2 cores)
BACKLOG = 1024        # connections the kernel queues while every thread is busy
BODY_SLACK = 1 << 20  # multipart headers around the files of a full upload


def _to_console(line: str) -> None:
    """A line on the console's stderr, looked up at each call (a test may swap
    it); none under ``pythonw.exe``, which gives a program no console
    (``sys.stderr`` is None): the line is dropped, the page still served."""
    stream = sys.stderr
    if stream is not None:
        stream.write(line)


def access_log(app, write: Callable[[str], object] = _to_console):
    """One line per request on the console, as ``actdesk serve`` always printed:
    ``12/Mar/2025 10:00:00 "GET /?text=… HTTP/1.1" 200 5120``."""
    def logged(environ, start_response):
        def start(status, headers, exc_info=None):
            size = next((v for k, v in headers if k.lower() == "content-length"), "-")
            uri = environ.get("PATH_INFO", "") + ("?" + environ["QUERY_STRING"]
                                                  if environ.get("QUERY_STRING") else "")
            write(f'{time.strftime("%d/%b/%Y %H:%M:%S")} "{environ.get("REQUEST_METHOD")} '
                  f'{uri} {environ.get("SERVER_PROTOCOL")}" {status.split()[0]} {size}\n')
            return start_response(status, headers, exc_info)
        return app(environ, start)
    return logged


def make_server(app, host: str = "127.0.0.1", port: int = 8000, *, threads: int = THREADS,
                log_requests: bool = True):
    """A bound waitress server (port 0: any free port, see ``.effective_port``);
    ``run()`` serves until Ctrl+C. Raises OSError when the address is taken."""
    max_body = getattr(app, "max_upload", 50 << 20) + BODY_SLACK
    return create_server(access_log(app) if log_requests else app, host=host, port=port,
                         threads=threads, backlog=BACKLOG, max_request_body_size=max_body,
                         ident="actdesk")


def serve(app, host: str = "127.0.0.1", port: int = 8000, **kw) -> None:
    make_server(app, host, port, **kw).run()


def stop(server) -> None:
    """Close the server and its open connections from another thread (tests,
    embedding): ``run()`` returns once nothing is left to serve."""
    while server._map:
        for channel in list(server._map.values()):
            channel.handle_close()
    server.task_dispatcher.shutdown()

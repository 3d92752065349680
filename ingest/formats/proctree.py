"""Run an external converter with a time limit that stops all of it.

``subprocess.run(..., timeout=…)`` kills the process it started and nothing
else. LibreOffice's ``soffice`` is a launcher (a shell script and
``oosplash`` on Linux, ``soffice.exe`` on Windows) that starts
``soffice.bin``, the converter itself: at the limit only the launcher died
and ``soffice.bin`` went on converting the file nobody waited for any more,
holding a core and its profile folder (on Windows the temporary folder
could then not be removed). Here the program starts in a process group of
its own (POSIX: a new session), and at the limit the whole group is killed;
on Windows, which has no process groups to kill, ``taskkill /T`` ends the
tree by its parent links (the launcher is still alive at that moment: it
waits for ``soffice.bin``).
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys

WINDOWS = sys.platform == "win32"
_REAP_SECONDS = 5          # after the kill, for the pipes to close


def run(cmd: list[str], timeout: float) -> subprocess.CompletedProcess:
    """``subprocess.run(cmd, capture_output=True, timeout=timeout)``, except
    that at the limit the program's children die with it. Raises
    ``subprocess.TimeoutExpired`` and ``OSError`` as ``subprocess.run`` does."""
    kw = {} if WINDOWS else {"start_new_session": True}
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw) as proc:
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            kill_tree(proc)
            try:
                proc.communicate(timeout=_REAP_SECONDS)
            except subprocess.TimeoutExpired:   # a child that left the group holds the pipes
                pass
            raise
        except BaseException:                   # Ctrl-C: nothing left behind either
            kill_tree(proc)
            raise
        return subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def kill_tree(proc) -> None:
    """Kill ``proc`` and what it started (see the module's docstring)."""
    if WINDOWS:
        try:
            subprocess.run(["taskkill", "/F", "/T", "/PID", str(proc.pid)], capture_output=True,
                           timeout=30)
        except (OSError, subprocess.SubprocessError):
            pass
    else:
        try:
            os.killpg(proc.pid, signal.SIGKILL)   # its own group: the pid is the group's id
        except (OSError, AttributeError):
            pass
    try:
        proc.kill()   # the launcher itself, whatever became of the rest
    except OSError:
        pass

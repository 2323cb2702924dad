"""Headless Chromium for tests, driven over the DevTools protocol on a pipe
(`--remote-debugging-pipe`: commands on fd 3, answers on fd 4, each a JSON text ending in
NUL), and a small local web server that records what it was asked for.

One browser serves a whole test module; a page (`Tab`) is opened per test. No timed
assertions: waits have a generous limit only so that a broken browser fails instead of
hanging. A missing `chromium` fails the test with a message (CI installs it:
scripts/install-system-deps.sh), it does not skip.
"""

from __future__ import annotations

import http.server
import json
import os
import queue
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

LIMIT_S = 60.0
"""The longest wait for one answer of the browser (a failure, never a measurement)."""


def chromium_path() -> str:
    """The Chromium program; fails the test when it is missing."""
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    pytest.fail("Chromium ontbreekt: installeer het met scripts/install-system-deps.sh "
                "(Debian-pakket chromium); de tests van de verificatiepagina hebben het nodig.")


def chromium_args(user_data: Path) -> list[str]:
    """Headless (the new mode), no sandbox (root in CI), nothing fetched on its own."""
    return ["--headless", "--no-sandbox", f"--user-data-dir={user_data}", "--no-first-run",
            "--no-default-browser-check", "--disable-gpu", "--disable-extensions",
            "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--metrics-recording-only", "--mute-audio", "--hide-scrollbars"]


class Browser:
    """One Chromium process; `call` sends a command and returns its result."""

    def __init__(self) -> None:
        self._user_data = Path(tempfile.mkdtemp(prefix="bvmdesk-chromium-"))
        to_child, self._commands = os.pipe()
        self._answers, from_child = os.pipe()
        # bash puts the two pipe ends on fd 3 and fd 4 and becomes Chromium (no
        # preexec_fn: that is not safe in a process with threads).
        wiring = f'exec "$0" "$@" 3<&{to_child} 4>&{from_child}'
        self.process = subprocess.Popen(
            ["bash", "-c", wiring, chromium_path(), *chromium_args(self._user_data),
             "--remote-debugging-pipe", "about:blank"], pass_fds=(to_child, from_child),
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_child)
        os.close(from_child)
        self._next_id = 0
        self._lock = threading.Lock()
        self._waiting: dict[int, queue.Queue[dict[str, Any]]] = {}
        self.events: list[dict[str, Any]] = []
        self._event_added = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        try:
            self.version = self.call("Browser.getVersion")["product"]
        except AssertionError:
            self.close()  # no stray process or profile folder behind a failed start
            raise

    def _read(self) -> None:
        buffer = b""
        with os.fdopen(self._answers, "rb", buffering=0) as answers:
            while True:
                chunk = answers.read(65536)
                if not chunk:
                    break
                buffer += chunk
                while b"\0" in buffer:
                    raw, buffer = buffer.split(b"\0", 1)
                    message = json.loads(raw)
                    if "id" in message:
                        with self._lock:
                            waiting = self._waiting.pop(message["id"], None)
                        if waiting is not None:
                            waiting.put(message)
                    else:
                        with self._event_added:
                            self.events.append(message)
                            self._event_added.notify_all()
        with self._lock:  # the browser is gone: wake every waiting caller
            for waiting in self._waiting.values():
                waiting.put({"error": {"message": "Chromium is gestopt"}})
            self._waiting.clear()

    def call(self, method: str, params: dict[str, Any] | None = None,
             session: str | None = None) -> dict[str, Any]:
        answer: queue.Queue[dict[str, Any]] = queue.Queue()
        with self._lock:
            self._next_id += 1
            number = self._next_id
            self._waiting[number] = answer
        message: dict[str, Any] = {"id": number, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._commands, json.dumps(message).encode("utf-8") + b"\0")
        try:
            reply = answer.get(timeout=LIMIT_S)
        except queue.Empty:
            raise AssertionError(f"Chromium antwoordde niet op {method}") from None
        if "error" in reply:
            raise AssertionError(f"{method}: {reply['error']}")
        result: dict[str, Any] = reply.get("result", {})
        return result

    def wait_event(self, method: str, session: str, after: int,
                   wanted: Callable[[dict[str, Any]], bool] = lambda params: True) -> int:
        """The index of the first event `method` of `session` from index `after` on whose
        parameters are `wanted`."""
        with self._event_added:
            while True:
                for index in range(after, len(self.events)):
                    event = self.events[index]
                    if (event.get("method") == method and event.get("sessionId") == session
                            and wanted(event.get("params", {}))):
                        return index
                if not self._event_added.wait(timeout=LIMIT_S):
                    raise AssertionError(f"Chromium gaf geen {method}")

    def tab(self) -> Tab:
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target,
                                                      "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.call(f"{domain}.enable", session=session)
        # Every load asks the server again, so that the server sees what a browser fetches.
        self.call("Network.setCacheDisabled", {"cacheDisabled": True}, session)
        return Tab(self, target, session)

    def close(self) -> None:
        with suppress(AssertionError):
            self.call("Browser.close")
        try:
            self.process.wait(timeout=LIMIT_S)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._commands)
        shutil.rmtree(self._user_data, ignore_errors=True)


@dataclass
class Tab:
    """One page of the browser."""

    browser: Browser
    target: str
    session: str
    first_event: int = 0

    def call(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.browser.call(method, params, self.session)

    def open(self, url: str) -> None:
        """Load `url` as a new document (about:blank first, so that a URL that differs only
        after the # is a real load) and wait for its load event."""
        for address in ("about:blank", url):
            mark = len(self.browser.events)
            self.call("Page.navigate", {"url": address})
            without_fragment = address.split("#", 1)[0]
            navigated = self.browser.wait_event(
                "Page.frameNavigated", self.session, mark,
                lambda params, u=without_fragment: params["frame"]["url"] == u
                and "parentId" not in params["frame"])
            self.browser.wait_event("Page.loadEventFired", self.session, navigated)

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression (a promise is awaited)."""
        result = self.call("Runtime.evaluate", {"expression": expression,
                                                "awaitPromise": True, "returnByValue": True})
        if "exceptionDetails" in result:
            raise AssertionError(f"JavaScript-fout: {result['exceptionDetails']}")
        return result["result"].get("value")

    def events(self, method: str) -> list[dict[str, Any]]:
        return [event for event in self.browser.events[self.first_event:]
                if event.get("method") == method and event.get("sessionId") == self.session]

    def close(self) -> None:
        self.browser.call("Target.closeTarget", {"targetId": self.target})


@dataclass
class Server:
    """A local web server for one folder; `requests` is every request line it got."""

    url: str
    requests: list[str] = field(default_factory=list)


@contextmanager
def serve(folder: Path) -> Iterator[Server]:
    """Serve `folder` on 127.0.0.1 (a secure context for the browser, as https is)."""
    server_state = Server("")

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(folder), **kwargs)

        def log_message(self, format: str, *args: Any) -> None:
            server_state.requests.append(self.requestline)

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server_state.url = f"http://127.0.0.1:{httpd.server_address[1]}/"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server_state
    finally:
        httpd.shutdown()
        httpd.server_close()

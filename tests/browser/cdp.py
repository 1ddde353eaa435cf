"""A DevTools protocol client for headless Chromium over --remote-debugging-pipe.

Chromium reads commands on its fd 3 and writes replies and events on its fd 4, each message a
JSON object ended by a NUL byte: {"id", "method", "params", "sessionId"} out, {"id", "result"}
or {"id", "error"} back, and events {"method", "params", "sessionId"} in between. With
Target.attachToTarget(flatten: true) one pipe carries every tab's session, named by sessionId.

Standard library only. Every read is bounded by a deadline (WAIT_SECONDS unless told); close()
kills Chromium and its helpers (their own process group) whatever state they are in, and
Chromium also exits by itself when the pipe closes (this process dying). Not thread-safe.
"""
import fcntl
import json
import os
import select
import signal
import subprocess
import time

CHROMIUM = os.environ.get("CROSSCHECK_CHROMIUM", "/usr/bin/chromium")
WAIT_SECONDS = 15.0  # the longest any one wait may take


class Timeout(Exception):
    pass


class CdpError(Exception):
    pass


class Chromium:
    """One headless Chromium and its DevTools pipe. Not thread-safe; close() always kills it."""

    def __init__(self, profile_dir, log_path):
        cmd_read, cmd_write = os.pipe()
        reply_read, reply_write = os.pipe()
        # Moved above fd 10 so that bash's "3<&N 4>&M" cannot overwrite one with the other (dash
        # takes no fd above 9 in a redirection, hence bash).
        cmd_read, reply_write = (self._high_fd(cmd_read), self._high_fd(reply_write))
        flags = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
            f"--user-data-dir={profile_dir}", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--disable-sync",
            "--disable-component-update", "--mute-audio", "about:blank",
        ]
        script = f'exec "$0" "$@" 3<&{cmd_read} 4>&{reply_write} {cmd_read}<&- {reply_write}>&-'
        self.log = open(log_path, "wb")
        self.proc = subprocess.Popen(
            ["/bin/bash", "-c", script, CHROMIUM, *flags], pass_fds=(cmd_read, reply_write),
            stdin=subprocess.DEVNULL, stdout=self.log, stderr=self.log,
            start_new_session=True)  # its own process group, so close() gets every helper
        os.close(cmd_read)
        os.close(reply_write)
        self.to_browser, self.from_browser = cmd_write, reply_read
        self.buffer = b""
        self.next_id = 0
        self.events = []  # events read while waiting for something else, oldest first

    @staticmethod
    def _high_fd(fd):
        high = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
        os.close(fd)
        return high

    def close(self):
        try:
            if self.proc.poll() is None:
                try:
                    self.send("Browser.close", timeout=3)
                except Exception:
                    pass
                try:
                    self.proc.wait(timeout=3)
                except subprocess.TimeoutExpired:
                    pass
        finally:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)  # helpers left behind, if any
            except ProcessLookupError:
                pass
            self.proc.wait()
            for fd in (self.to_browser, self.from_browser):
                try:
                    os.close(fd)
                except OSError:
                    pass
            self.log.close()

    def _read_message(self, deadline):
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise Timeout()
            ready, _, _ = select.select([self.from_browser], [], [], left)
            if not ready:
                continue
            chunk = os.read(self.from_browser, 1 << 20)
            if not chunk:
                raise CdpError("Chromium closed the DevTools pipe (crashed or exited)")
            self.buffer += chunk
        message, _, self.buffer = self.buffer.partition(b"\0")
        return json.loads(message)

    def send(self, method, params=None, session=None, timeout=WAIT_SECONDS):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        data = json.dumps(message).encode() + b"\0"
        try:
            while data:
                data = data[os.write(self.to_browser, data):]
        except BrokenPipeError:
            raise CdpError("Chromium closed the DevTools pipe (crashed or exited)") from None
        deadline = time.monotonic() + timeout
        while True:
            try:
                reply = self._read_message(deadline)
            except Timeout:
                raise Timeout(f"no reply to {method} within {timeout:.0f} s") from None
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise CdpError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def take_events(self, method, session):
        """Removes and returns the events of `method` from `session` read so far."""
        self.pump()
        taken = [e for e in self.events if e["method"] == method and e.get("sessionId") == session]
        self.events = [e for e in self.events if e not in taken]
        return taken

    def pump(self):
        """Reads whatever events are waiting, without blocking."""
        while True:
            try:
                message = self._read_message(time.monotonic() + 0.001)
            except Timeout:
                return
            if "method" in message:
                self.events.append(message)

    def wait_event(self, method, session, timeout=WAIT_SECONDS):
        deadline = time.monotonic() + timeout
        while True:
            for event in self.events:
                if event["method"] == method and event.get("sessionId") == session:
                    self.events.remove(event)
                    return event
            try:
                message = self._read_message(deadline)
            except Timeout:
                raise Timeout(f"no {method} within {timeout:.0f} s") from None
            if "method" in message:
                self.events.append(message)

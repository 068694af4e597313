"""Load and abuse for the release server, on 127.0.0.1 only; run by scripts/abuse.

Starts the server on a free port, then for a bounded time runs at once:
  - normal visitors: GETs of /, the wasm and /api/contacts with Accept-Encoding br,
    over keep-alive connections and over a new connection each time;
  - malformed request lines, binary junk, a request of only empty lines;
  - oversized request heads (a 20 KiB header; 100 header fields);
  - slowloris: connections that send part of a request head and then a byte now and then;
  - slow readers: a large response that is never read;
  - request bodies on GET and POST (plain and chunked).
Normal requests must keep succeeding throughout. At the end it prints counts, errors,
latency of normal requests (p50 / p99 / max), the server's resident memory before and
after, stops the server with SIGTERM and checks that it exits cleanly and logged no
address. Exit status 1 if a normal request failed, memory grew beyond the bound, an
abuse got an unexpected answer, or the server did not stop cleanly.

Python 3 standard library only.
"""

import argparse
import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter

HOST = "127.0.0.1"


def rss_kib(pid):
    """The process's resident set size in KiB, from /proc."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS")


class Stats:
    """Counters shared by all threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.counts = Counter()
        self.latencies = []
        self.failures = []

    def count(self, key, n=1):
        with self.lock:
            self.counts[key] += n

    def ok(self, seconds):
        with self.lock:
            self.counts["normal ok"] += 1
            self.latencies.append(seconds)

    def fail(self, what):
        with self.lock:
            self.counts["normal failed"] += 1
            if len(self.failures) < 20:
                self.failures.append(what)


def status_line(port, raw, timeout=3.0):
    """Sends raw bytes on a new connection; returns the answer's status code, 'closed'
    when the server closed without answering, or 'waiting' when it still waits for the
    rest of a request."""
    with socket.create_connection((HOST, port), timeout=timeout) as sock:
        try:
            sock.sendall(raw)
            received = b""
            while b"\r\n" not in received:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                received += chunk
        except socket.timeout:
            return "waiting"
        except ConnectionResetError:
            return "closed"
    match = re.match(rb"HTTP/1\.1 (\d{3})", received)
    return match.group(1).decode() if match else "closed"


def normal_visitor(port, expected, deadline, cap, stats, keep_alive):
    """GETs the three first-load resources until the deadline, checking each answer."""
    conn = None
    paths = list(expected)
    i = 0
    while time.monotonic() < deadline and stats.counts["normal ok"] < cap:
        path = paths[i % len(paths)]
        i += 1
        started = time.monotonic()
        try:
            if conn is None:
                conn = http.client.HTTPConnection(HOST, port, timeout=10)
            headers = {"Accept-Encoding": "br, gzip"}
            if not keep_alive:
                headers["Connection"] = "close"
            conn.request("GET", path, headers=headers)
            response = conn.getresponse()
            body = response.read()
            elapsed = time.monotonic() - started
            encoding = response.getheader("content-encoding")
            if response.status == 200 and encoding == "br" and len(body) == expected[path]:
                stats.ok(elapsed)
            else:
                stats.fail(f"{path}: {response.status} {encoding} {len(body)} bytes")
            if not keep_alive or response.getheader("connection") == "close":
                conn.close()
                conn = None
        except (OSError, http.client.HTTPException) as error:
            stats.fail(f"{path}: {error!r}")
            if conn is not None:
                conn.close()
            conn = None
    if conn is not None:
        conn.close()


# (raw request, answers that are fine)
MALFORMED = [
    (b"BLAH\r\n\r\n", {"400"}),
    (b"GET\r\n\r\n", {"400"}),
    (b"GET / HTTP/1.1 extra\r\nHost: x\r\n\r\n", {"400"}),
    (b"GET /\x00 HTTP/1.1\r\nHost: x\r\n\r\n", {"400"}),
    (b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + os.urandom(64), {"400"}),
    (b"GET / HTTP/1.1\r\nHost x\r\n\r\n", {"400"}),
    (b"GET / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello", {"400"}),
    (b"GET / HTTP/1.1\r\n\xff\xfe: \x01\r\n\r\n", {"400"}),
    # Both framings: read as chunked (RFC 9112 allows it), an empty body, so the page.
    (b"GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n",
     {"200", "400"}),
]

# Only empty lines: the server waits for a request line until the header deadline.
BLANK_LINES = [(b"\r\n\r\n\r\n\r\n", {"waiting", "closed"})]

OVERSIZED = [
    (b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 20_000 + b"\r\n\r\n", {"431"}),
    (b"GET / HTTP/1.1\r\nHost: x\r\n" + b"".join(b"x-%d: 1\r\n" % i for i in range(100))
     + b"\r\n", {"431"}),
    (b"GET /" + b"a/" * 10_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", {"414", "431"}),
]

BODIES = [
    (b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello", {"413"}),
    (b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello", {"405", "413"}),
    (b"POST /api/contacts HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
     b"5\r\nhello\r\n0\r\n\r\n", {"405", "413"}),
    (b"PUT /api/contacts HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n" + b"x" * 1000,
     {"405", "413"}),
]


def abuser(name, port, cases, deadline, cap, stats):
    """Sends each raw case in turn on new connections; counts the answers."""
    for i in range(cap):
        if time.monotonic() >= deadline:
            return
        raw, allowed = cases[i % len(cases)]
        try:
            status = status_line(port, raw)
        except OSError:
            status = "connect failed"
        stats.count(f"{name} sent")
        stats.count(f"{name} -> {status}")
        if status not in allowed:
            stats.count(f"{name} unexpected")


def slowloris(port, deadline, stats):
    """Holds one connection with a request head that never ends, a byte every 2 s,
    again and again until the deadline; records when the server cut it."""
    while time.monotonic() < deadline - 1:
        try:
            sock = socket.create_connection((HOST, port), timeout=2)
        except OSError:
            stats.count("slowloris connect failed")
            time.sleep(0.5)
            continue
        opened = time.monotonic()
        stats.count("slowloris opened")
        try:
            sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")
            while time.monotonic() < deadline:
                sock.sendall(b"X")
                try:
                    if sock.recv(1024) == b"":
                        held = time.monotonic() - opened
                        stats.count("slowloris cut by server")
                        with stats.lock:
                            stats.counts["slowloris held ms (sum)"] += int(held * 1000)
                        break
                except socket.timeout:
                    pass
        except OSError:
            stats.count("slowloris cut by server")
        finally:
            sock.close()


def slow_reader(port, path, deadline, stats):
    """Asks for the uncompressed wasm fifty times over (pipelined) and reads none of it
    until the deadline; then checks whether the server had let go (closed before
    sending everything) rather than blocking on the connection for ever."""
    request = f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode()
    try:
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        sock.settimeout(3)
        sock.connect((HOST, port))
        sock.sendall(request * 50)
    except OSError:
        stats.count("slow reader connect failed")
        return
    stats.count("slow reader opened")
    time.sleep(max(0, deadline - 2 - time.monotonic()))
    try:
        while sock.recv(1 << 20):
            pass
        stats.count("slow reader cut by server")
    except socket.timeout:
        stats.count("slow reader still open")
    except OSError:
        stats.count("slow reader cut by server")
    finally:
        sock.close()


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, int(round(p / 100 * (len(sorted_values) - 1))))
    return sorted_values[index]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("server", help="the vagvisaren binary")
    parser.add_argument("--seconds", type=float, default=30, help="abuse time (max 45)")
    parser.add_argument("--visitors", type=int, default=8, help="normal visitor threads")
    parser.add_argument("--max-normal", type=int, default=100_000)
    parser.add_argument("--slowloris", type=int, default=300, help="connections held open")
    parser.add_argument("--slow-readers", type=int, default=20)
    parser.add_argument("--max-rss-growth-mib", type=float, default=64)
    args = parser.parse_args()
    seconds = min(args.seconds, 45)

    server = subprocess.Popen(
        [args.server, "--addr", f"{HOST}:0"],
        stderr=subprocess.PIPE, text=True,
    )
    # Nothing may keep running past a minute, whatever happens.
    signal.signal(signal.SIGALRM, lambda *_: (server.kill(), sys.exit("abuse: out of time")))
    signal.alarm(60)

    first = server.stderr.readline()
    match = re.search(r"listening on http://127\.0\.0\.1:(\d+) ", first)
    if not match:
        server.kill()
        sys.exit(f"abuse: the server did not start: {first}")
    port = int(match.group(1))
    print(f"server pid {server.pid} on {HOST}:{port}")

    # What a normal visitor gets, learnt before the abuse starts.
    conn = http.client.HTTPConnection(HOST, port, timeout=5)
    conn.request("GET", "/")
    shell = conn.getresponse().read().decode()
    wasm = re.search(r'href="(/app-[0-9a-f]+\.wasm)"', shell).group(1)
    expected = {}
    for path in ["/", wasm, "/api/contacts"]:
        conn.request("GET", path, headers={"Accept-Encoding": "br"})
        expected[path] = len(conn.getresponse().read())
    conn.close()
    rss_before = rss_kib(server.pid)

    stats = Stats()
    started = time.monotonic()
    deadline = started + seconds
    threads = []

    def spawn(target, *a):
        thread = threading.Thread(target=target, args=a, daemon=True)
        thread.start()
        threads.append(thread)

    for i in range(args.slowloris):
        spawn(slowloris, port, deadline, stats)
    for i in range(args.slow_readers):
        spawn(slow_reader, port, wasm, deadline, stats)
    for i in range(args.visitors):
        spawn(normal_visitor, port, expected, deadline, args.max_normal, stats, i % 2 == 0)
    spawn(abuser, "malformed", port, MALFORMED, deadline, 3000, stats)
    spawn(abuser, "blank lines", port, BLANK_LINES, deadline, 10, stats)
    spawn(abuser, "oversized", port, OVERSIZED, deadline, 3000, stats)
    spawn(abuser, "bodies", port, BODIES, deadline, 3000, stats)

    peak_rss = rss_before
    while any(t.is_alive() for t in threads) and time.monotonic() < deadline + 8:
        peak_rss = max(peak_rss, rss_kib(server.pid))
        time.sleep(0.5)
    elapsed = time.monotonic() - started
    rss_after = rss_kib(server.pid)

    server.send_signal(signal.SIGTERM)
    try:
        code = server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
        code = "killed after 15 s"
    log = [first.rstrip()] + server.stderr.read().splitlines()
    signal.alarm(0)

    latencies = sorted(stats.latencies)
    counts = stats.counts
    print(f"\n--- abuse for {elapsed:.1f} s ---")
    for key in sorted(counts):
        if key != "slowloris held ms (sum)":
            print(f"{key:32} {counts[key]}")
    if counts["slowloris cut by server"]:
        mean = counts["slowloris held ms (sum)"] / counts["slowloris cut by server"] / 1000
        print(f"{'slowloris held (mean)':32} {mean:.1f} s")
    print(f"{'normal requests/s':32} {len(latencies) / elapsed:.0f}")
    print(f"{'normal p50':32} {percentile(latencies, 50) * 1000:.1f} ms")
    print(f"{'normal p99':32} {percentile(latencies, 99) * 1000:.1f} ms")
    print(f"{'normal max':32} {(latencies[-1] if latencies else 0) * 1000:.1f} ms")
    growth_mib = (rss_after - rss_before) / 1024
    print(f"{'server RSS before':32} {rss_before / 1024:.1f} MiB")
    print(f"{'server RSS peak':32} {peak_rss / 1024:.1f} MiB")
    print(f"{'server RSS after':32} {rss_after / 1024:.1f} MiB ({growth_mib:+.1f} MiB)")
    print(f"{'server exit':32} {code}")
    print("server log:")
    for line in log:
        print(f"  {line}")

    problems = []
    if counts["normal failed"] or not latencies:
        problems.append(f"{counts['normal failed']} normal requests failed: {stats.failures}")
    if growth_mib > args.max_rss_growth_mib:
        problems.append(f"memory grew by {growth_mib:.1f} MiB (bound {args.max_rss_growth_mib})")
    for name in ["malformed", "oversized", "bodies"]:
        if counts[f"{name} unexpected"]:
            problems.append(f"{counts[name + ' unexpected']} {name} requests got an unexpected answer")
    if args.slowloris and not counts["slowloris cut by server"]:
        problems.append("no slowloris connection was cut by the server")
    if counts["slow reader still open"]:
        problems.append(f"{counts['slow reader still open']} slow readers were never cut off")
    if code != 0:
        problems.append(f"the server exited with {code}")
    if not any("stopped after" in line for line in log):
        problems.append("the server did not log its stop")
    # Only the listening line names an address (the server's own).
    leaked = [line for line in log[1:] if re.search(r"\d+\.\d+\.\d+\.\d+|user-agent|\?", line, re.I)]
    if leaked:
        problems.append(f"the server logged an address or query: {leaked}")
    if problems:
        print("\nabuse: FAILED")
        for problem in problems:
            print(f"  - {problem}")
        sys.exit(1)
    print("\nabuse: the server kept serving normal requests throughout")


if __name__ == "__main__":
    main()

"""A short load run of ``heatpump-expert serve`` on loopback: 1 and then 2 worker processes.

    python benchmarks/bench_server.py [--quick] [--clients 8] [--seconds 5]

For each worker count it starts the server on a free loopback port, waits for ``/health``, then
runs a bounded number of concurrent clients (threads, one kept-alive connection each) for a
bounded time: ``POST /v1/diagnose`` with distinct observations (so the report cache does not
flatter the rate), and every fourth request a ``POST /v1/consult`` step. It prints p50 and p99
latency, throughput and the errors (any status but 200, or a failed connection), then stops the
server. It exits 1 when any request failed, and never sends a request anywhere but 127.0.0.1.
"""

from __future__ import annotations

import argparse
import http.client
import json
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import attrs

HOST = "127.0.0.1"
#: Base cases, each valid for every variation below.
BASES: list[dict[str, object]] = [
    {"mode": "cool", "reduced_cooling": True, "visible_debris": "leaves"},
    {"mode": "heat", "reduced_heating": True, "outdoor_temp_f": 20, "outdoor_ice": "heavy_ice"},
    {"smell": "electrical_burning", "mode": "heat"},
    {"mode": "heat", "outdoor_steam": True, "outdoor_temp_f": 30},
    {"mode": "cool", "return_air_temp_f": 76, "supply_air_temp_f": 66, "filter_dirty": True},
]
_START_SECONDS = 60.0


@attrs.define
class Tally:
    """What the clients measured: each request's latency (seconds) and the errors."""

    latencies: list[float] = attrs.field(factory=list)
    errors: list[str] = attrs.field(factory=list)
    lock: threading.Lock = attrs.field(factory=threading.Lock)

    def add(self, latency: float, error: str | None) -> None:
        with self.lock:
            self.latencies.append(latency)
            if error is not None:
                self.errors.append(error)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def requests(client: int) -> Iterator[tuple[str, bytes]]:
    """Client ``client``'s requests: distinct observations, a consultation step every fourth."""
    for i in range(10**9):
        if i % 4 == 3:
            body = {"state": None, "observations": BASES[i % len(BASES)]}
            yield "/v1/consult", json.dumps(body).encode()
            continue
        observed = dict(
            BASES[i % len(BASES)], months_since_service=i % 600, filter_age_months=client * 20
        )
        yield "/v1/diagnose", json.dumps(observed).encode()


def _client(port: int, client: int, until: float, tally: Tally) -> None:
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    headers = {"Content-Type": "application/json"}
    for path, body in requests(client):
        if time.perf_counter() >= until:
            break
        start = time.perf_counter()
        error = None
        try:
            connection.request("POST", path, body=body, headers=headers)
            reply = connection.getresponse()
            reply.read()
            if reply.status != 200:
                error = f"{path}: HTTP {reply.status}"
        except (OSError, http.client.HTTPException) as failure:
            error = f"{path}: {type(failure).__name__}: {failure}"
            connection.close()
            connection = http.client.HTTPConnection(HOST, port, timeout=30)
        tally.add(time.perf_counter() - start, error)
    connection.close()


def _wait_for_health(port: int, server: subprocess.Popen[bytes]) -> None:
    deadline = time.perf_counter() + _START_SECONDS
    while time.perf_counter() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with {server.returncode} before answering")
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=2)
            connection.request("GET", "/health")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"the server did not answer /health within {_START_SECONDS:g} s")


def run(workers: int, clients: int, seconds: float) -> Tally:
    """Start ``heatpump-expert serve --workers N``, load it for ``seconds``, stop it."""
    port = _free_port()
    command = [sys.executable, "-m", "heatpump_expert", "serve", "--host", HOST]
    command += ["--port", str(port), "--workers", str(workers)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for_health(port, server)
        for _ in range(workers * 4):  # every worker process loads its engines once
            warm = http.client.HTTPConnection(HOST, port, timeout=30)
            warm.request("POST", "/v1/diagnose", body=b'{"mode": "cool"}')
            warm.getresponse().read()
        tally = Tally()
        until = time.perf_counter() + seconds
        threads = [
            threading.Thread(target=_client, args=(port, n, until, tally)) for n in range(clients)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return tally
    finally:
        server.terminate()
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def report(workers: int, tally: Tally, seconds: float) -> str:
    count = len(tally.latencies)
    if not count:
        return f"{workers} worker(s): no request completed"
    p50 = statistics.median(tally.latencies) * 1000
    p99 = _percentile(tally.latencies, 0.99) * 1000
    line = (
        f"{workers} worker{'s' if workers > 1 else ' '}: {count:>5} requests, "
        f"{count / seconds:6.1f} req/s, p50 {p50:6.1f} ms, p99 {p99:6.1f} ms, "
        f"errors {len(tally.errors)}"
    )
    if tally.errors:
        line += f" (first: {tally.errors[0]})"
    return line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2 s per worker count (for CI)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients (default 8)")
    parser.add_argument("--seconds", type=float, default=5.0, help="load time per worker count")
    args = parser.parse_args(argv)
    seconds = 2.0 if args.quick else args.seconds
    print(
        f"HTTP server load: {args.clients} clients on loopback for {seconds:g} s each, "
        "POST /v1/diagnose (distinct inputs) and /v1/consult"
    )
    errors = 0
    for workers in (1, 2):
        tally = run(workers, args.clients, seconds)
        errors += len(tally.errors)
        print("  " + report(workers, tally, seconds), flush=True)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

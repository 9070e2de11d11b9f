"""Drive the site with wrk (https://github.com/wg/wrk) and read its figures.

rotate.lua makes wrk request the addresses of a file in turn and print one line,
`BENCH-RESULT {...}`, with the request count, the duration and the latency percentiles in
microseconds, and the errors: responses that are not 2xx or 3xx, and failed connections,
reads, writes and timeouts.
"""

import json
import shutil
import subprocess
from dataclasses import asdict, dataclass
from pathlib import Path

SCRIPT = Path(__file__).with_name("rotate.lua")
MARKER = "BENCH-RESULT "
INSTALL_HINT = "wrk is not installed: on Debian or Ubuntu, `sudo apt-get install wrk`."


@dataclass
class Measurement:
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    max_ms: float
    errors: int  # responses that are not 2xx or 3xx, and failed connections and timeouts

    @property
    def requests_per_second(self):
        return self.requests / self.seconds if self.seconds else 0.0

    def as_dict(self):
        return {**asdict(self), "requests_per_second": round(self.requests_per_second, 1)}


def find():
    """wrk's path, or None when it is not installed."""
    return shutil.which("wrk")


def run(*, executable, base_url, addresses_file, seconds, connections, threads=2):
    """Request the addresses of `addresses_file` for `seconds`, with `connections` open."""
    command = [
        executable,
        f"--threads={min(threads, connections)}",
        f"--connections={connections}",
        f"--duration={seconds}s",
        # As long as gunicorn lets a request run, so a slow page counts as slow, not lost.
        "--timeout=30s",
        f"--script={SCRIPT}",
        base_url,
        "--",
        str(addresses_file),
    ]
    finished = subprocess.run(command, capture_output=True, text=True, check=False)
    if finished.returncode != 0:
        raise RuntimeError(f"wrk failed ({finished.returncode}): {finished.stderr.strip()}")
    return parse(finished.stdout)


def parse(output):
    """The Measurement in wrk's output, from the line rotate.lua prints."""
    for line in output.splitlines():
        if line.startswith(MARKER):
            figures = json.loads(line.removeprefix(MARKER))
            break
    else:
        raise ValueError(f"wrk printed no {MARKER.strip()} line:\n{output}")
    return Measurement(
        requests=figures["requests"],
        seconds=figures["duration_us"] / 1e6,
        p50_ms=figures["p50_us"] / 1000,
        p99_ms=figures["p99_us"] / 1000,
        max_ms=figures["max_us"] / 1000,
        errors=sum(
            figures[name]
            for name in (
                "status_errors",
                "connect_errors",
                "read_errors",
                "write_errors",
                "timeouts",
            )
        ),
    )


def share(page, bare_before, bare_after):
    """The page's throughput as a share of the bare view's, measured just before and after.

    Averaging the two bare runs on either side cancels a slow drift of the machine (another
    program starting, the CPU warming); requests per second are what the share compares.
    """
    bare = (bare_before.requests_per_second + bare_after.requests_per_second) / 2
    return page.requests_per_second / bare if bare else 0.0

#!/usr/bin/env python3
"""`plan report` is linear in the plan's size: the report of a generated plan N times larger takes at
most about N times as long.

    python3 scripts/check-report-scaling.py [PLAN-BINARY]     (default .build/release/plan)

Generates plans of 1 and 10 MiB (scripts/generate-plans.py, into bench/out/), renders the Markdown
report of each three times and compares the fastest processor time (user + system of the `plan`
process, which other processes sharing the cores do not inflate, unlike the wall clock). Fails
(exit 1) when the larger plan costs more than 1.2 times its size ratio per byte. Before issue 23 the
ratio was 13.7 for 10 times the size (0.54 s at 1 MB, 7.4 s at 10 MB): the stale actions were
filtered once per theme.
"""
import os
import resource
import subprocess
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
plan = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build/release/plan")
out = os.path.join(root, "bench/out")
os.makedirs(out, exist_ok=True)


def generated(size_mb):
    path = os.path.join(out, f"report-{size_mb}mb.yaml")
    if not os.path.exists(path):
        subprocess.run([sys.executable, os.path.join(root, "scripts/generate-plans.py"), "big", "--size-mb", str(size_mb),
                        "--out", path], check=True, stdout=subprocess.DEVNULL)
    return path


def cpu_seconds(path):
    """The fastest of three runs: processor time of the report (as of late 2025: many stale actions)."""
    best = None
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([plan, "report", path, "--as-of", "2025-11-01", "--format", "markdown", "--output",
                        os.path.join(out, "report-scaling.md")], check=True, stdout=subprocess.DEVNULL)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        seconds = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best = seconds if best is None else min(best, seconds)
    return best


small, large = generated(1), generated(10)
small_size, large_size = os.path.getsize(small), os.path.getsize(large)
small_time, large_time = cpu_seconds(small), cpu_seconds(large)
size_ratio = large_size / small_size
time_ratio = large_time / small_time
print(f"plan report: {small_size / 1e6:.1f} MB in {small_time:.3f} s, {large_size / 1e6:.1f} MB in {large_time:.3f} s "
      f"(processor time); {size_ratio:.2f}x the size costs {time_ratio:.2f}x the time")
if time_ratio > 1.2 * size_ratio:
    print("check-report-scaling: super-linear", file=sys.stderr)
    sys.exit(1)

#!/usr/bin/env python3
"""Benchmark: Briefing against Hugo (Debian's `hugo`) on the same generated
articles, side by side. For each size it writes the corpus once (corpus.py),
then builds it several times with each tool, each run into a new output
folder (removed at the end), the tools taking turns, and prints the median wall time, the fastest and slowest
run, peak memory (max RSS), pages per second and the ratio Briefing/Hugo.

Usage: bench/run.py [--sizes 1000,10000] [--runs 3] [--work .build/bench]
                    [--briefing .build/release/briefing]"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def measure(command, cwd=None):
    """Runs a command; returns (seconds, peak RSS in MB)."""
    started = time.perf_counter()
    with open(os.devnull, "w") as quiet, tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(command, cwd=cwd, stdout=quiet, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        if os.waitstatus_to_exitcode(status) != 0:
            errors.seek(0)
            tail = errors.read().decode("utf-8", "replace").splitlines()[-15:]
            sys.exit(f"failed: {' '.join(command)} (exit {os.waitstatus_to_exitcode(status)})\n" + "\n".join(tail))
    return seconds, usage.ru_maxrss / 1024


def outputs_folder(requested):
    """Where the full builds write their sites: `requested`, else a folder
    in /dev/shm (memory) when there is one, else None (beside the corpus).
    On ext4 without a journal, like this VM's disk, a file gets its inode
    only after the kernel has stepped past every inode deleted nearby in
    the last minute, or six while the inode table is being written
    (`recently_deleted` in ext4's inode allocator): file creation after
    thousands of files had been removed, by the last benchmark or anything
    else, took several times longer for either tool, by however much had
    been removed, and the ratio swung with it. In memory both tools' files
    are still created, written and listed, with no such history."""
    if requested:
        return requested
    if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK):
        return os.path.join("/dev/shm", f"briefing-bench-{os.getpid()}")
    return None


def count_pages(folder):
    return sum(1 for _, _, files in os.walk(folder) for f in files if f.endswith(".html"))


def corpus(size, work):
    folder = os.path.join(work, f"n{size}")
    stamp = os.path.join(folder, ".complete")
    generator = os.path.join(HERE, "corpus.py")
    if not os.path.exists(stamp) or os.path.getmtime(stamp) < os.path.getmtime(generator):
        shutil.rmtree(folder, ignore_errors=True)
        print(f"writing {size} articles into {folder} …", file=sys.stderr, flush=True)
        subprocess.run([sys.executable, generator, str(size), folder], check=True)
        open(stamp, "w").close()
    return folder


def bench(tools, runs, spent):
    """Runs each tool's build `runs` times, the tools taking turns: this VM's
    speed drifts over minutes, and turns keep the drift out of the ratio.
    `tools` holds (label, command for an output folder, output folder).

    Each run builds into a new folder of its own, listed in `spent` to be
    removed once the whole benchmark is done, not before the next run: on a
    disk, removing the last run's site right before the next made both
    tools' file creation several times slower (see `outputs_folder`)."""
    results = [{"tool": label, "times": [], "peaks": []} for label, _, _ in tools]
    for run in range(runs):
        for result, (_, command, out) in zip(results, tools):
            folder = f"{out}.run{run}"
            shutil.rmtree(folder, ignore_errors=True)   # left by an interrupted benchmark
            spent.append(folder)
            seconds, peak = measure(command(folder))
            result["times"].append(seconds)
            result["peaks"].append(peak)
            result["pages"] = count_pages(folder)
    for result in results:
        result.update(median=statistics.median(result["times"]), peak=max(result["peaks"]))
    return results


def incremental(briefing, folder, runs):
    """Rebuild times after adding, editing and removing one seed, with the cache
    of a previous build; the corpus is left as it was."""
    seeds = os.path.join(folder, "seeds")
    command = [briefing, "build", "--quiet", "--seeds", seeds, "--out", os.path.join(folder, "site"),
               "--config", os.path.join(ROOT, "briefing.yml"), "--templates", os.path.join(ROOT, "templates")]
    measure(command)   # fills the cache
    first = sorted(os.listdir(seeds))[0]
    added = os.path.join(seeds, "zz-bench-added.txt")
    edited = os.path.join(seeds, first)
    original = open(edited, encoding="utf-8").read()
    results = {"none": statistics.median(measure(command)[0] for _ in range(runs))}
    try:
        for change in ("add", "edit", "remove"):
            times = []
            for _ in range(runs):
                if change == "add":
                    shutil.copyfile(edited, added)
                    with open(added, "a", encoding="utf-8") as f:
                        f.write("\nOfficials met again in Geneva on Monday to compare notes on the talks.\n")
                elif change == "edit":
                    with open(edited, "w", encoding="utf-8") as f:
                        f.write(original + f"\nA correction was added on Tuesday ({len(times)}).\n")
                times.append(measure(command)[0])
                if change == "add":
                    os.remove(added)
                    measure(command)
                elif change == "edit":
                    with open(edited, "w", encoding="utf-8") as f:
                        f.write(original)
                    measure(command)
            if change == "remove":
                times = []
                for _ in range(runs):
                    os.rename(edited, edited + ".away")
                    times.append(measure(command)[0])
                    os.rename(edited + ".away", edited)
                    measure(command)
            results[change] = statistics.median(times)
    finally:
        with open(edited, "w", encoding="utf-8") as f:
            f.write(original)
        if os.path.exists(added):
            os.remove(added)
        if os.path.exists(edited + ".away"):
            os.rename(edited + ".away", edited)
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", default=os.path.join(ROOT, ".build", "bench"))
    parser.add_argument("--briefing", default=os.path.join(ROOT, ".build", "release", "briefing"))
    parser.add_argument("--incremental", action="store_true", help="also time rebuilds after one seed is added, edited, removed")
    parser.add_argument("--outputs", help="folder for the full builds' sites (default: one in /dev/shm, else beside the corpus)")
    args = parser.parse_args()
    outputs = outputs_folder(args.outputs)
    if outputs:
        os.makedirs(outputs, exist_ok=True)
    print(f"full builds write into {outputs or args.work}", file=sys.stderr, flush=True)
    if not shutil.which("hugo"):
        sys.exit("hugo is not installed: apt-get install -y hugo")
    if not os.path.exists(args.briefing):
        sys.exit(f"{args.briefing} is missing: run `swift build -c release` first")
    rows = []
    rebuilds = {}
    spent = []   # the full builds' output folders, removed at the end (see `bench`)
    for size in [int(s) for s in args.sizes.split(",")]:
        folder = corpus(size, args.work)
        # --no-cache: every run is a full build, as Hugo's are.
        seeds = os.path.join(folder, "seeds")
        briefing, hugo = bench([
            ("Briefing", lambda out: [args.briefing, "build", "--quiet", "--no-cache", "--seeds", seeds, "--out", out,
                                      "--config", os.path.join(ROOT, "briefing.yml"), "--templates", os.path.join(ROOT, "templates")],
             os.path.join(outputs or folder, f"n{size}-site")),
            ("Hugo", lambda out: ["hugo", "--quiet", "--source", os.path.join(folder, "hugo"), "--destination", out],
             os.path.join(outputs or folder, f"n{size}-public")),
        ], args.runs, spent)
        for row in (briefing, hugo):
            row["size"] = size
            rows.append(row)
        rows[-2]["ratio"] = briefing["median"] / hugo["median"]
        if args.incremental:
            rebuilds[size] = incremental(args.briefing, folder, args.runs)
        print(f"n={size}: Briefing {briefing['median']:.2f} s, Hugo {hugo['median']:.2f} s", file=sys.stderr, flush=True)
    for out in spent:
        shutil.rmtree(out, ignore_errors=True)
    if outputs and not args.outputs:
        shutil.rmtree(outputs, ignore_errors=True)
    print(f"| articles | tool | median s ({args.runs} runs) | fastest–slowest s | peak MB | pages | pages/s | Briefing/Hugo |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        ratio = f"{r['ratio']:.2f}" if "ratio" in r else ""
        spread = f"{min(r['times']):.2f}–{max(r['times']):.2f}"
        print(f"| {r['size']:,} | {r['tool']} | {r['median']:.2f} | {spread} | {r['peak']:.0f} | {r['pages']:,} | {r['pages'] / r['median']:,.0f} | {ratio} |")
    if rebuilds:
        print(f"\n| articles | rebuild, nothing changed | one seed added | edited | removed (median of {args.runs}, s) |")
        print("|---:|---:|---:|---:|---:|")
        for size, r in rebuilds.items():
            print(f"| {size:,} | {r['none']:.2f} | {r['add']:.2f} | {r['edit']:.2f} | {r['remove']:.2f} |")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Two builds of Briefing side by side: full builds and rebuilds after one
seed is changed, edited, added or removed, on the same generated corpus, the
two binaries taking turns (this VM's speed drifts by a third over minutes, so
only runs made in the same minutes compare). Each binary has its own output
folder and cache. Prints the median and the range of each.

Usage: bench/ab.py OLD NEW [--size 10000] [--runs 5] [--full 3] [--work .build/bench]
where OLD and NEW are release binaries (e.g. one built from the last stop's
commit and `.build/release/briefing`)."""
import argparse
import os
import shutil
import statistics

from run import ROOT, corpus, measure, outputs_folder


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binaries", nargs=2)
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=5, help="rebuilds of each kind, per binary")
    parser.add_argument("--full", type=int, default=3, help="full builds per binary (0: none)")
    parser.add_argument("--work", default=os.path.join(ROOT, ".build", "bench"))
    args = parser.parse_args()
    seeds = os.path.join(corpus(args.size, args.work), "seeds")
    outs = {b: os.path.join(args.work, f"ab-{i}", "site") for i, b in enumerate(args.binaries)}

    def build(binary, out=None, cache=True):
        command = [binary, "build", "--quiet", "--seeds", seeds, "--out", out or outs[binary],
                   "--config", os.path.join(ROOT, "briefing.yml"), "--templates", os.path.join(ROOT, "templates")]
        return measure(command + ([] if cache else ["--no-cache"]))[0]

    times = {}
    def turns(kind, before=None, after=None):
        for _ in range(args.runs):
            if before: before()
            for binary in args.binaries:
                times.setdefault((kind, binary), []).append(build(binary))
            if after:
                after()
                for binary in args.binaries: build(binary)

    for binary in args.binaries:
        shutil.rmtree(os.path.dirname(outs[binary]), ignore_errors=True)
        build(binary); build(binary)   # fills the cache
    first = sorted(os.listdir(seeds))[0]
    edited, added = os.path.join(seeds, first), os.path.join(seeds, "zz-ab-added.txt")
    original = open(edited, encoding="utf-8").read()
    try:
        turns("nothing changed")
        count = iter(range(10 ** 6))
        def edit():
            with open(edited, "a", encoding="utf-8") as f:
                f.write(f"\nA correction was added on Tuesday ({next(count)}).\n")
        def restore():
            with open(edited, "w", encoding="utf-8") as f:
                f.write(original)
        turns("one seed edited", before=edit)
        restore()
        for binary in args.binaries: build(binary)
        def add():
            shutil.copyfile(edited, added)
            with open(added, "a", encoding="utf-8") as f:
                f.write("\nOfficials met again in Geneva on Monday to compare notes on the talks.\n")
        turns("one seed added", before=add, after=lambda: os.remove(added))
        turns("one seed removed", before=lambda: os.rename(edited, edited + ".away"),
              after=lambda: os.rename(edited + ".away", edited))
    finally:
        restore()
        for path in (added, edited + ".away"):
            if os.path.exists(path): os.remove(path)
    # Each full build into a new folder, in memory where there is a /dev/shm,
    # all removed at the end: see `bench` and `outputs_folder` in run.py.
    spent = os.path.join(outputs_folder(None) or args.work, "ab-full")
    shutil.rmtree(spent, ignore_errors=True)
    for run in range(args.full):
        for i, binary in enumerate(args.binaries):
            out = os.path.join(spent, f"{i}-{run}", "site")
            times.setdefault(("full build, no cache", binary), []).append(build(binary, out=out, cache=False))
    shutil.rmtree(os.path.dirname(spent) if spent.startswith("/dev/shm/") else spent, ignore_errors=True)

    names = args.binaries
    print(f"| {args.size:,} articles | " + " | ".join(f"{n}: median s (range)" for n in names) + " |")
    print("|---|" + "---:|" * len(names))
    for kind in dict.fromkeys(k for k, _ in times):
        cells = [times[(kind, b)] for b in args.binaries]
        print(f"| {kind} | " + " | ".join(f"{statistics.median(c):.2f} ({min(c):.2f}–{max(c):.2f})" for c in cells) + " |")


if __name__ == "__main__":
    main()

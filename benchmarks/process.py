#!/usr/bin/env python3
"""Whole-process measurements of the broadsheet command line, started by benchmarks/process.

Runs each command several times, one after the other, and reports the median and spread of the wall
time, the median CPU time (user + system, of the process and the children it waited for), the median
peak resident set size (ru_maxrss of the child, read with os.wait4: the java process itself, as it is
exec'd directly, or bin/broadsheet, which execs java), and for batches the median of the time the
command line reports itself ("converted N, failed N, in T s": from the first conversion to the last,
without the JVM's start-up).

usage: process.py JAVA JAR SAMPLE WORK_DIR RUNS [JOBS_ARTICLES] [--batch-only]
"""
import os
import re
import shutil
import statistics
import subprocess
import sys
import time


def measure(argv, runs, warmup=1):
    """Runs argv warmup + runs times; returns the measured runs' wall times, CPU times, peak RSS and reported times."""
    walls, cpus, rss, reported = [], [], [], []
    for i in range(warmup + runs):
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        err = proc.stderr.read().decode(errors="replace")
        proc.stderr.close()
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"failed ({os.waitstatus_to_exitcode(status)}): {' '.join(argv)}\n{err}")
        if i >= warmup:
            walls.append(wall)
            cpus.append(usage.ru_utime + usage.ru_stime)
            rss.append(usage.ru_maxrss / 1024)  # KiB -> MiB
            summary = re.search(r"converted \d+, failed \d+, in ([0-9.]+) s", err)
            reported.append(float(summary.group(1)) if summary else None)
    return walls, cpus, rss, reported


def row(name, walls, cpus, rss, reported=None):
    q = statistics.quantiles(walls, n=4) if len(walls) >= 4 else [min(walls), 0, max(walls)]
    cells = [name, f"{statistics.median(walls) * 1000:.0f} ms", f"{q[0] * 1000:.0f}–{q[2] * 1000:.0f} ms",
             f"{statistics.median(cpus) * 1000:.0f} ms", f"{statistics.median(rss):.0f} MiB"]
    if reported is not None:
        known = [r for r in reported if r is not None]
        cells.insert(3, f"{statistics.median(known):.1f} s" if known else "")
    return tuple(cells)


def table(rows, header):
    rows = [header] + rows
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    print("| " + " | ".join(c.ljust(w) for c, w in zip(rows[0], widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows[1:]:
        print("| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))) + " |")


def main():
    args = [a for a in sys.argv[1:] if a != "--batch-only"]
    batch_only = len(args) < len(sys.argv) - 1
    java, jar, sample, work, runs = args[0], args[1], args[2], args[3], int(args[4])
    articles = int(args[5]) if len(args) > 5 else 40
    os.makedirs(work, exist_ok=True)
    launcher = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "bin", "broadsheet")
    jsa = os.path.join(work, "broadsheet.jsa")
    aot = os.path.join(work, "broadsheet.aot")
    for f in (jsa, aot):
        if os.path.exists(f):
            os.remove(f)
    # bin/broadsheet's JVM options, as it passes them (its own AppCDS archive lives beside the jar).
    launcher_flags = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:+AutoCreateSharedArchive",
                      f"-XX:SharedArchiveFile={jsa}"]
    if not batch_only:
        single(java, jar, sample, work, runs, launcher, jsa, aot)

    # Batch: folders of copies of the samples, converted with --jobs 1 and --jobs 2.
    samples_dir = os.path.dirname(sample)
    sources = sorted(f for f in os.listdir(samples_dir) if f.endswith((".txt", ".json")))
    folders = [(f"{articles} articles, every sample in turn", make_folder(work, "batch-mixed", samples_dir, sources,
                                                                          articles)),
               (f"{articles * 10} copies of {os.path.basename(sample)}",
                make_folder(work, "batch-copies", samples_dir, [os.path.basename(sample)], articles * 10))]
    commands = [("default JVM flags", [java, "-jar", jar]),
                ("bin/broadsheet's flags (C1 only, serial GC, AppCDS)", [java] + launcher_flags + ["-jar", jar])]
    batch_runs = max(3, runs // 4)
    print(f"\nconvert FOLDER --to pdf --jobs N, {batch_runs} runs each after 1 warm-up run"
          f" (the mixed folder holds {', '.join(sources)}); \"reported\" is the command line's own summary"
          f" time, without the JVM's start-up:\n")
    rows = []
    for label, folder in folders:
        for command_name, command in commands:
            times = {}
            for jobs in (1, 2):
                argv = command + ["convert", folder, "--to", "pdf", "-o", os.path.join(work, f"batch-out-{jobs}"),
                                  "--jobs", str(jobs), "--progress", "none"]
                walls, cpus, rss, reported = measure(argv, batch_runs, warmup=1)
                times[jobs] = statistics.median(walls)
                rows.append(row(f"{label}, {command_name}, --jobs {jobs}", walls, cpus, rss, reported))
            rows.append((f"  → --jobs 2 throughput / --jobs 1", f"{times[1] / times[2]:.2f}×", "", "", "", ""))
    table(rows, ("batch", "wall median", "wall quartiles", "reported", "CPU median", "peak RSS median"))


def single(java, jar, sample, work, runs, launcher, jsa, aot):
    """convert SAMPLE --to pdf from a cold JVM with several sets of JVM options, and through bin/broadsheet."""
    out = os.path.join(work, "out.pdf")
    convert = ["-jar", jar, "convert", sample, "--to", "pdf", "-o", out]
    cds = ["-XX:+AutoCreateSharedArchive", f"-XX:SharedArchiveFile={jsa}"]
    variants = [
        ("default JVM flags", []),
        ("-Xshare:off (no CDS at all)", ["-Xshare:off"]),
        ("AppCDS, dynamic archive (-XX:+AutoCreateSharedArchive)", cds),
        ("AppCDS + -XX:TieredStopAtLevel=1", cds + ["-XX:TieredStopAtLevel=1"]),
        ("AppCDS + C1 only + -XX:+UseSerialGC (bin/broadsheet's flags)",
         cds + ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"]),
        ("-XX:TieredStopAtLevel=1 (C1 only), no AppCDS", ["-XX:TieredStopAtLevel=1"]),
        ("AppCDS + -XX:+UseSerialGC", cds + ["-XX:+UseSerialGC"]),
    ]
    version = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    feature = int(version.split('"')[1].split(".")[0]) if '"' in version else 0
    if feature >= 25:
        # JEP 514/515 (JDK 25): an AOT cache with loaded and linked classes and method profiles.
        subprocess.run([java, f"-XX:AOTCacheOutput={aot}"] + convert, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        variants.append(("AOT cache (JDK 25, -XX:AOTCache)", [f"-XX:AOTCache={aot}"]))
    rows = []
    for name, flags in variants:
        rows.append(row(name, *measure([java] + flags + convert, runs, warmup=2)[:3]))
    if os.path.realpath(jar) == os.path.realpath(os.path.join(os.path.dirname(launcher), "..", "article-cli",
                                                              "target", "broadsheet.jar")):
        # The whole launcher: bash, .ci/find-java, its own AppCDS archive beside the jar, then java.
        argv = [launcher, "convert", sample, "--to", "pdf", "-o", out]
        rows.append(row("bin/broadsheet (the launcher and .ci/find-java included)", *measure(argv, runs, warmup=2)[:3]))
    print(f"convert {os.path.basename(sample)} --to pdf, {runs} runs each after 2 warm-up runs:\n")
    table(rows, ("JVM", "wall median", "wall quartiles", "CPU median", "peak RSS median"))


def make_folder(work, name, samples_dir, sources, count):
    folder = os.path.join(work, name)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    for i in range(count):
        src = sources[i % len(sources)]
        base, ext = os.path.splitext(src)
        shutil.copy(os.path.join(samples_dir, src), os.path.join(folder, f"{base}-{i:03d}{ext}"))
    return folder

if __name__ == "__main__":
    main()

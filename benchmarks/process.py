#!/usr/bin/env python3
"""Whole-process measurements of the broadsheet command line, started by benchmarks/process.

Runs each command several times, one after the other, and reports the median and spread of the wall
time and the median peak resident set size (ru_maxrss of the child, read with os.wait4: the java
process itself, as it is exec'd directly).

usage: process.py JAVA JAR SAMPLE WORK_DIR RUNS [JOBS_ARTICLES]
"""
import os
import shutil
import statistics
import subprocess
import sys
import time


def measure(argv, runs, warmup=1):
    walls, rss = [], []
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
            rss.append(usage.ru_maxrss / 1024)  # KiB -> MiB
    return walls, rss


def row(name, walls, rss):
    q = statistics.quantiles(walls, n=4) if len(walls) >= 4 else [min(walls), 0, max(walls)]
    return (name, f"{statistics.median(walls) * 1000:.0f} ms", f"{q[0] * 1000:.0f}–{q[2] * 1000:.0f} ms",
            f"{statistics.median(rss):.0f} MiB")


def table(rows, header):
    rows = [header] + rows
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    print("| " + " | ".join(c.ljust(w) for c, w in zip(rows[0], widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows[1:]:
        print("| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))) + " |")


def main():
    java, jar, sample, work, runs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
    articles = int(sys.argv[6]) if len(sys.argv) > 6 else 40
    os.makedirs(work, exist_ok=True)
    out = os.path.join(work, "out.pdf")
    convert = ["-jar", jar, "convert", sample, "--to", "pdf", "-o", out]
    jsa = os.path.join(work, "broadsheet.jsa")
    aot = os.path.join(work, "broadsheet.aot")
    for f in (jsa, aot):
        if os.path.exists(f):
            os.remove(f)
    variants = [
        ("default JVM flags", []),
        ("-Xshare:off (no CDS at all)", ["-Xshare:off"]),
        ("AppCDS, dynamic archive (-XX:+AutoCreateSharedArchive)",
         ["-XX:+AutoCreateSharedArchive", f"-XX:SharedArchiveFile={jsa}"]),
        ("AppCDS + -XX:TieredStopAtLevel=1", ["-XX:+AutoCreateSharedArchive", f"-XX:SharedArchiveFile={jsa}",
                                              "-XX:TieredStopAtLevel=1"]),
        ("-XX:TieredStopAtLevel=1 (C1 only), no AppCDS", ["-XX:TieredStopAtLevel=1"]),
        ("AppCDS + -XX:+UseSerialGC", ["-XX:+AutoCreateSharedArchive", f"-XX:SharedArchiveFile={jsa}",
                                       "-XX:+UseSerialGC"]),
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
        walls, rss = measure([java] + flags + convert, runs, warmup=2)
        rows.append(row(name, walls, rss))
    print(f"convert {os.path.basename(sample)} --to pdf, {runs} runs each after 2 warm-up runs:\n")
    table(rows, ("JVM", "wall median", "wall quartiles", "peak RSS median"))

    # Batch: folders of copies of the samples, converted with --jobs 1 and --jobs 2.
    samples_dir = os.path.dirname(sample)
    sources = sorted(f for f in os.listdir(samples_dir) if f.endswith((".txt", ".json")))
    folders = [(f"{articles} articles, every sample in turn", make_folder(work, "batch-mixed", samples_dir, sources,
                                                                          articles)),
               (f"{articles * 10} copies of {os.path.basename(sample)}",
                make_folder(work, "batch-copies", samples_dir, [os.path.basename(sample)], articles * 10))]
    flag_sets = [("default JVM flags", []),
                 ("bin/broadsheet's flags (C1 only, AppCDS)",
                  ["-XX:TieredStopAtLevel=1", "-XX:+AutoCreateSharedArchive", f"-XX:SharedArchiveFile={jsa}"])]
    print(f"\nconvert FOLDER --to pdf --jobs N, {max(3, runs // 4)} runs each after 1 warm-up run"
          f" (the mixed folder holds {', '.join(sources)}):\n")
    rows = []
    for label, folder in folders:
        for flag_name, flags in flag_sets:
            times = {}
            for jobs in (1, 2):
                argv = [java] + flags + ["-jar", jar, "convert", folder, "--to", "pdf", "-o",
                                         os.path.join(work, f"batch-out-{jobs}"), "--jobs", str(jobs), "-q"]
                walls, rss = measure(argv, max(3, runs // 4), warmup=1)
                times[jobs] = statistics.median(walls)
                rows.append(row(f"{label}, {flag_name}, --jobs {jobs}", walls, rss))
            rows.append((f"  → --jobs 2 throughput / --jobs 1", f"{times[1] / times[2]:.2f}×", "", ""))
    table(rows, ("batch", "wall median", "wall quartiles", "peak RSS median"))


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

#!/usr/bin/env python3
"""Prints benchmarks/run's one table from JMH's JSON result (-rf json) and the input sizes.

usage: table.py JMH_RESULT.json SIZES.json
"""
import json
import sys

OURS = "io.github.broadsheet.benchmarks.BroadsheetBenchmarks."
PEERS = "io.github.broadsheet.benchmarks.PeerPdfBenchmarks."
# The Chinese sample's PDF: no size parameter, shown as operation renderPdfCjk, size zh.
CJK = "io.github.broadsheet.benchmarks.CjkPdfBenchmarks.renderPdf"
ORDER = ["parsePrintText", "parseJson", "writeJson", "renderHtmlArticle", "renderHtmlPrint",
         "renderMarkdown", "renderPdf", "renderPdfA", "renderPdfCjk"]
PEER_NAMES = {"openHtmlToPdf": "openhtmltopdf", "flyingSaucer": "Flying Saucer", "openPdfHtml": "openpdf-html"}
INPUT = {"parsePrintText": "printText", "parseJson": "json", "writeJson": "json"}


def duration(us):
    if us >= 1000:
        return f"{us / 1000:.2f} ms"
    return f"{us:.1f} µs" if us < 100 else f"{us:.0f} µs"


def volume(b):
    if b is None:
        return ""
    if b >= 1024 * 1024:
        return f"{b / 1024 / 1024:.1f} MiB"
    if b >= 1024:
        return f"{b / 1024:.0f} KiB"
    return f"{b:.0f} B"


def main():
    results = json.load(open(sys.argv[1]))
    sizes = json.load(open(sys.argv[2]))
    ours, peers = {}, {}
    for r in results:
        name = r["benchmark"]
        size = r.get("params", {}).get("size", "zh")
        score = r["primaryMetric"]["score"]
        error = r["primaryMetric"].get("scoreError")
        alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
        if name == CJK:
            ours[("renderPdfCjk", size)] = (score, error, alloc)
        elif name.startswith(OURS):
            ours[(name[len(OURS):], size)] = (score, error, alloc)
        elif name.startswith(PEERS):
            peers[(name[len(PEERS):], size)] = (score, error, alloc)
    order = [s for s in ["1", "10", "100", "seed", "zh"] if any(k[1] == s for k in ours)]
    rows = [("operation", "size", "ours", "± (99.9%)", "MB/s", "allocated", "peer", "peer time",
             "peer allocated", "ratio")]
    for op in ORDER:
        for size in order:
            if (op, size) not in ours:
                continue
            score, error, alloc = ours[(op, size)]
            label = size if size in ("seed", "zh") else "×" + size
            rate = ""
            if op in INPUT and size in sizes:
                nbytes = sizes[size][INPUT[op]]
                rate = f"{nbytes / score:.0f}"  # bytes per µs = MB/s
            # JMH writes "NaN" (a string) for the error of a single iteration.
            err = duration(error) if isinstance(error, (int, float)) and error == error else ""
            peer_rows = [(p, peers[(p, size)]) for p in PEER_NAMES if (p, size) in peers] if op == "renderPdf" else []
            if not peer_rows:
                rows.append((op, label, duration(score), err, rate, volume(alloc), "", "", "", ""))
            for i, (p, (pscore, _, palloc)) in enumerate(peer_rows):
                first = i == 0
                rows.append((op if first else "", label if first else "", duration(score) if first else "",
                             err if first else "", rate if first else "", volume(alloc) if first else "",
                             PEER_NAMES[p], duration(pscore), volume(palloc), f"{pscore / score:.1f}×"))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    right = {2, 3, 4, 5, 7, 8, 9}
    def line(r):
        return "| " + " | ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))) + " |"
    print(line(rows[0]))
    print("|" + "|".join(("-" * (w + 1) + ":") if i in right else ("-" * (w + 2)) for i, w in enumerate(widths)) + "|")
    for r in rows[1:]:
        print(line(r))
    print()
    print("ours/peer time: the average per article (JMH AverageTime, one thread); allocated: bytes per article"
          " (-prof gc, gc.alloc.rate.norm); MB/s: input bytes per second (print text for parsePrintText, JSON"
          " for parseJson and writeJson); ratio: peer time / our time.")


if __name__ == "__main__":
    main()

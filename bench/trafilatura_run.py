"""Time Python trafilatura on the article-extraction benchmark pages, the way warta is timed:
one process, one thread, pages read and inflated in memory first, extraction timed alone.
Prints pages/s; with a second argument, writes the bodies as {id: {"articleBody": ...}}, the
layout of the benchmark's reference outputs."""
import gzip, json, pathlib, sys, time

import trafilatura

bench = pathlib.Path(sys.argv[1])
out = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else None
pages = {p.name.split(".")[0]: gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in sorted((bench / "html").glob("*.html.gz"))}
secs = float("inf")
for _ in range(3):  # the best of three rounds, as warta eval-extraction times itself
    bodies = {}
    t0 = time.perf_counter()
    for k, html in pages.items():
        bodies[k] = {"articleBody": trafilatura.extract(html) or ""}
    secs = min(secs, time.perf_counter() - t0)
mb = sum(len(h.encode()) for h in pages.values()) / 1e6
print(f"trafilatura {trafilatura.__version__}: {len(pages)} pages, {len(pages) / secs:.1f} pages/s, {mb / secs:.1f} MB/s of HTML (one thread, extraction only, best of 3 rounds)")
if out:
    out.write_text(json.dumps(bodies))

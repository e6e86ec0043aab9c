"""Time Python trafilatura on the article-extraction benchmark pages, the way warta is timed:
one process, one thread, pages read and inflated in memory first, extraction timed alone.
Prints pages/s and writes the bodies as {id: {"articleBody": ...}} so that
`warta eval-extraction --score-file` can score them with the same metric."""
import gzip, json, pathlib, sys, time

import trafilatura

bench = pathlib.Path(sys.argv[1])
out = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else None
pages = {p.name.split(".")[0]: gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in sorted((bench / "html").glob("*.html.gz"))}
bodies = {}
t0 = time.perf_counter()
for k, html in pages.items():
    bodies[k] = {"articleBody": trafilatura.extract(html) or ""}
secs = time.perf_counter() - t0
print(f"trafilatura {trafilatura.__version__}: {len(pages)} pages in {secs:.2f} s = {len(pages) / secs:.1f} pages/s (one thread, extraction only)")
if out:
    out.write_text(json.dumps(bodies))

#!/usr/bin/env python3
"""The costliest inputs under the default 16 MiB input limit, linted by the release CLI and by
the npm package in Node, side by side: wall time and peak memory (max RSS) per input.

    python3 benches/worst_case.py [CLI] [PKG_NODE_DIR]

CLI defaults to target/release/wa-lint (cargo build --release --features cli), the npm build to
pkg/node (scripts/build-wasm.sh). Prints a Markdown table for BENCHMARKS.md. Each input is
written to a temporary folder and removed afterwards."""
import json, os, subprocess, sys, tempfile

LIMIT = 16 * 1024 * 1024
HEAD = '{"messaging_product":"whatsapp","to":"+16505551234",'


def fill(prefix, unit, suffix, unit_of=None):
    """prefix + as many units as fit under the limit + suffix."""
    room = LIMIT - len(prefix.encode()) - len(suffix.encode()) - 16
    if unit_of:
        parts, size, i = [], 0, 0
        while True:
            piece = unit_of(i)
            size += len(piece.encode()) + 1
            if size > room:
                break
            parts.append(piece)
            i += 1
        return prefix + ",".join(parts) + suffix
    count = room // (len(unit.encode()) + 1)
    return prefix + ",".join([unit] * count) + suffix


def inputs():
    button = lambda i: '{"type":"reply","reply":{"id":"id%d","title":"T%d"}}' % (i, i)
    yield "200,000 reply buttons (12 MB, the issue's bar)", HEAD + '"type":"interactive","interactive":{"type":"button","body":{"text":"Pick"},"action":{"buttons":[' + ",".join(button(i) for i in range(200_000)) + "]}}}"
    yield "reply buttons to 16 MiB, unique", fill(HEAD + '"type":"interactive","interactive":{"type":"button","body":{"text":"Pick"},"action":{"buttons":[', None, "]}}}", button)
    yield "reply buttons to 16 MiB, all the same", fill(HEAD + '"type":"interactive","interactive":{"type":"button","body":{"text":"Pick"},"action":{"buttons":[', button(0), "]}}}")
    family = "👨‍👩‍👧‍👦"
    yield "a 16 MiB text body of ZWJ family emoji", HEAD + '"text":{"body":"' + family * ((LIMIT - 200) // len(family.encode())) + '"}}'
    yield "a 16 MiB text body of words, URLs and markers", HEAD + '"text":{"preview_url":true,"body":"' + "*a* _b_ https://a.example/x.jpg     " * ((LIMIT - 200) // 37) + '"}}'
    yield "contacts that are empty objects (one error each)", fill(HEAD + '"type":"contacts","contacts":[', "{}", "]}")
    yield "unknown members at the root (one error each)", fill('{"messaging_product":"whatsapp","to":"+16505551234","text":{"body":"Hi"},', None, "}", lambda i: '"u%d":0' % i)
    yield "the same key repeated (one duplicate-key error each)", fill('{"messaging_product":"whatsapp","text":{"body":"Hi"},', '"to":"+16505551234"', "}")
    yield "list rows with the same id (one error each)", fill(HEAD + '"type":"interactive","interactive":{"type":"list","body":{"text":"Pick"},"action":{"button":"Menu","sections":[{"title":"S","rows":[', '{"id":"1","title":"T"}', "]}]}}}")


NODE = r"""
const wa = require(require('path').join(process.argv[2], 'wa_lint.js'));
const text = require('fs').readFileSync(process.argv[3], 'utf8');
const start = process.hrtime.bigint();
const result = wa.lint(text);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
console.log(JSON.stringify({ms, count: result.length}));
"""


def main():
    cli = sys.argv[1] if len(sys.argv) > 1 else "target/release/wa-lint"
    pkg = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else "pkg/node")
    print("| input | size | diagnostics | native time | native peak RSS | Node `lint` time | Node peak RSS |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as folder:
        script = os.path.join(folder, "lint.js")
        open(script, "w").write(NODE)
        for name, text in inputs():
            path = os.path.join(folder, "input.json")
            open(path, "w").write(text)
            size = len(text.encode())
            assert size <= LIMIT, (name, size)
            # RUSAGE_CHILDREN keeps the largest child so far: run each measurement in a fresh shell.
            native = subprocess.run([sys.executable, "-c", MEASURE, cli, "--format", "json", path], stdout=subprocess.PIPE, text=True)
            n = json.loads(native.stdout)
            node = subprocess.run([sys.executable, "-c", MEASURE, "node", script, pkg, path], stdout=subprocess.PIPE, text=True)
            j = json.loads(node.stdout)
            inner = json.loads(j["stdout"].strip().splitlines()[-1]) if j["stdout"].strip() else {"ms": float("nan"), "count": -1}
            count = inner["count"]
            print(f"| {name} | {size / 1e6:.1f} MB | {count:,} | {n['seconds']:.2f} s | {n['rss_mb']:.0f} MB | {inner['ms'] / 1000:.2f} s | {j['rss_mb']:.0f} MB |", flush=True)


MEASURE = r"""
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
seconds = time.perf_counter() - start
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
if sys.argv[1] != "node":
    json.loads(done.stdout)  # the CLI's output must be valid JSON
print(json.dumps({"seconds": seconds, "rss_mb": rss, "stdout": done.stdout[-300:] if sys.argv[1] == "node" else "", "code": done.returncode}))
"""

if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Regenerates tests/fixtures/sprig/expected.jsonl from tests/fixtures/sprig/cases.txt with the helm-oracle.

Each case is rendered through a one-file chart: the snippet is wrapped in a define and included through
b64enc, so the output is captured byte for byte whatever it contains. A case that fails is rendered again
with the snippet as the whole template, so the error names the snippet's own action.

Usage: tools/goldens/sprig/generate.py [ORACLE]   (default /tmp/helm-oracle-src/bin/helm-oracle)
"""
import base64
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
CASES = os.path.join(ROOT, "tests", "fixtures", "sprig", "cases.txt")
EXPECTED = os.path.join(ROOT, "tests", "fixtures", "sprig", "expected.jsonl")
ORACLE = sys.argv[1] if len(sys.argv) > 1 else "/tmp/helm-oracle-src/bin/helm-oracle"


def read_cases():
    cases = []
    with open(CASES, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            name, _, template = line.partition(" ")
            cases.append((name, template))
    return cases


def render(template):
    with tempfile.TemporaryDirectory() as chart:
        os.makedirs(os.path.join(chart, "templates"))
        with open(os.path.join(chart, "Chart.yaml"), "w") as f:
            f.write("apiVersion: v2\nname: sprig\nversion: 0.1.0\n")
        with open(os.path.join(chart, "templates", "case.yaml"), "w", encoding="utf-8") as f:
            f.write(template)
        p = subprocess.run([ORACLE, "template", "rel", chart], capture_output=True)
        return p.returncode, p.stdout.decode("utf-8", "surrogateescape"), p.stderr.decode("utf-8", "surrogateescape")


def run_case(case):
    name, template = case
    wrapped = '{{- define "sprigcase" }}' + template + '{{ end }}out: {{ include "sprigcase" . | b64enc | quote }}\n'
    rc, out, err = render(wrapped)
    if rc == 0:
        m = re.search(r'^out: "([A-Za-z0-9+/=]*)"$', out, re.M)
        raw = base64.b64decode(m.group(1))
        try:
            return {"name": name, "template": template, "output": raw.decode("utf-8")}
        except UnicodeDecodeError:
            return {"name": name, "template": template, "outputBase64": m.group(1)}
    rc, out, err = render(template)
    if rc == 0:
        return {"name": name, "template": template, "error": "renders standalone but not wrapped"}
    message = err.strip()
    message = message.removeprefix("Error: ")
    message = message.removesuffix("Use --debug flag to render out invalid YAML").strip()
    return {"name": name, "template": template, "error": message}


def main():
    cases = read_cases()
    names = [n for n, _ in cases]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        sys.exit(f"duplicate case names: {sorted(duplicates)}")
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(run_case, cases))
    version = subprocess.run([ORACLE, "version"], capture_output=True, text=True).stdout.strip()
    with open(EXPECTED, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps({"oracle": version}) + "\n")
        for r in results:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    errors = sum(1 for r in results if "error" in r)
    print(f"{len(results)} cases, {errors} errors -> {EXPECTED}")


if __name__ == "__main__":
    main()

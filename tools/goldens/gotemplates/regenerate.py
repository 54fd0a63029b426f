#!/usr/bin/env python3
"""Regenerates tests/fixtures/gotemplates/goldens.json by rendering every case of cases.txt with the
helm-oracle (real Go text/template). Each case is rendered alone, as the partial templates/_case.tpl of a
one-file chart whose templates/out.yaml is `x: {{ include "c/templates/_case.tpl" . | b64enc | quote }}`:
base64 keeps the output exact (Helm trims and re-splits documents and scrubs "<no value>"), and an
execution error of the case comes back as the inner part of include's "error calling include: ..." error.

Usage: regenerate.py [--oracle PATH]   (default: /tmp/helm-oracle-src/bin/helm-oracle or $HELM_ORACLE)
"""
import argparse, base64, json, os, re, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
FIXTURES = os.path.join(ROOT, "tests", "fixtures", "gotemplates")
CASE_NAME = "c/templates/_case.tpl"
INCLUDE_PREFIX = re.compile(r'^template: c/templates/out\.yaml:\d+:\d+: executing "c/templates/out\.yaml" at <include "c/templates/_case\.tpl" \.>: error calling include: ', re.S)
DEBUG_HINT = "\n\nUse --debug flag to render out invalid YAML"


def read_cases(path):
    cases = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    current = None
    for line in lines:
        if line.startswith("### "):
            if current:
                cases.append(current)
            words = line[4:].split()
            current = {"name": words[0], "options": words[1:], "lines": []}
        elif current is not None:
            current["lines"].append(line)
    if current:
        cases.append(current)
    for case in cases:
        body = "\n".join(case["lines"])
        case["body"] = body[:-1] if body.endswith("\n") else body
        del case["lines"]
    return cases


def render(oracle, values, case):
    result = render_chart(oracle, values, case, via_tpl=False)
    if "helmParseError" in result:
        # Helm shortens parse errors; tpl parses the same text at run time and reports Go's full message,
        # under the parent template's name "gotpl".
        exact = render_chart(oracle, values, case, via_tpl=True)
        result["parseError"] = exact["tplParseError"]
    return result


def render_chart(oracle, values, case, via_tpl):
    with tempfile.TemporaryDirectory(prefix="gtcase") as tmp:
        chart = os.path.join(tmp, "c")
        os.makedirs(os.path.join(chart, "templates"))
        with open(os.path.join(chart, "Chart.yaml"), "w") as f:
            f.write("apiVersion: v2\nname: c\nversion: 0.1.0\n")
        with open(os.path.join(chart, "values.yaml"), "w", encoding="utf-8") as f:
            f.write(values)
        with open(os.path.join(chart, "templates", "_case.tpl"), "w", encoding="utf-8", newline="") as f:
            f.write(case["body"])
        with open(os.path.join(chart, "templates", "out.yaml"), "w") as f:
            if via_tpl:
                f.write('x: {{ tpl .Values.__case . | b64enc | quote }}\n')
                os.remove(os.path.join(chart, "templates", "_case.tpl"))
            else:
                f.write('x: {{ include "c/templates/_case.tpl" . | b64enc | quote }}\n')
        case_values = os.path.join(tmp, "case.json")
        with open(case_values, "w", encoding="utf-8") as f:
            json.dump({"__case": case["body"]}, f)
        args = [oracle, "template", "t", chart]
        if via_tpl:
            args += ["-f", case_values]
        for option in case["options"]:
            if option == "strict":
                args.append("--strict")
            elif option.startswith("set:"):
                args += ["--set", option[4:]]
            else:
                raise SystemExit("unknown option %r in case %s" % (option, case["name"]))
        proc = subprocess.run(args, capture_output=True, timeout=60)
    stdout = proc.stdout.decode("utf-8")
    stderr = proc.stderr.decode("utf-8")
    if proc.returncode == 0:
        match = re.search(r'^x: "([A-Za-z0-9+/=]*)"$', stdout, re.M)
        if not match:
            raise SystemExit("case %s: unexpected oracle output %r" % (case["name"], stdout))
        return {"output": base64.b64decode(match.group(1)).decode("utf-8")}
    if not stderr.startswith("Error: "):
        raise SystemExit("case %s: unexpected oracle error %r" % (case["name"], stderr))
    message = stderr[len("Error: "):]
    if message.endswith(DEBUG_HINT + "\n"):
        message = message[: -len(DEBUG_HINT) - 1]
    elif message.endswith("\n"):
        message = message[:-1]
    if via_tpl:
        marker = 'error calling tpl: cannot parse template "'
        start = message.find(marker)
        if start < 0:
            raise SystemExit("case %s: tpl did not report a parse error: %r" % (case["name"], message))
        end = start + len(marker)
        while True:
            end = message.find('": template: gotpl:', end)
            if end < 0:
                raise SystemExit("case %s: cannot find Go's parse error in %r" % (case["name"], message))
            if message[end - 1] != "\\":
                break
            end += 1
        return {"tplParseError": message[end + 3:]}
    if message.startswith("parse error at ("):
        # Helm keeps only "file:line" and the last ": "-separated part of Go's parse error.
        return {"helmParseError": message}
    inner = INCLUDE_PREFIX.sub("", message, count=1)
    if inner == message:
        raise SystemExit("case %s: error not from the case template: %r" % (case["name"], message))
    return {"error": inner}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--oracle", default=os.environ.get("HELM_ORACLE", "/tmp/helm-oracle-src/bin/helm-oracle"))
    args = parser.parse_args()
    cases = read_cases(os.path.join(FIXTURES, "cases.txt"))
    names = [c["name"] for c in cases]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise SystemExit("duplicate case names: %s" % sorted(duplicates))
    with open(os.path.join(FIXTURES, "values.json"), encoding="utf-8") as f:
        values = f.read()
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda c: render(args.oracle, values, c), cases))
    version = subprocess.run([args.oracle, "version"], capture_output=True).stdout.decode().strip()
    goldens = {"oracle": version, "cases": {c["name"]: r for c, r in zip(cases, results)}}
    with open(os.path.join(FIXTURES, "goldens.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(goldens, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d goldens" % len(results))


if __name__ == "__main__":
    main()

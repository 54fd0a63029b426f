#!/usr/bin/env bash
# Times `kubectl kustomize` once per overlay on the benchmark corpus (the tree that
# benchmarks/Linter.Benchmarks/Kustomize/OverlayCorpus.cs builds in memory: one base and N overlays with a name
# prefix, namespace, image tag, strategic-merge and JSON patches and a ConfigMap generator).
# Usage: tools/goldens/kustomize/bench-kubectl.sh [overlays=500] [output-folder-to-keep-renders]
set -euo pipefail
count="${1:-500}"
keep="${2:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/base"
cat > "$work/base/kustomization.yaml" <<'YAML'
resources:
- resources.yaml
commonLabels:
  team: web
YAML
cat > "$work/base/resources.yaml" <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  replicas: 1
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx:1.25
        envFrom:
        - configMapRef:
            name: web-config
        ports:
        - containerPort: 80
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
  - port: 80
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: base-config
data:
  shared: "true"
YAML
for ((i = 0; i < count; i++)); do
  mkdir -p "$work/overlays/o$i"
  cat > "$work/overlays/o$i/kustomization.yaml" <<YAML
resources:
- ../../base
namePrefix: o$i-
namespace: ns-$i
images:
- name: nginx
  newTag: "1.$((i % 30))"
configMapGenerator:
- name: web-config
  literals:
  - INDEX=$i
  - MODE=overlay
patches:
- patch: |-
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
    spec:
      replicas: $((1 + i % 5))
      template:
        spec:
          containers:
          - name: web
            env:
            - name: OVERLAY
              value: "o$i"
- target:
    kind: Service
  patch: |-
    - op: replace
      path: /spec/ports/0/port
      value: $((8000 + i))
YAML
done
[ -n "$keep" ] && mkdir -p "$keep"
start=$(date +%s.%N)
for ((i = 0; i < count; i++)); do
  if [ -n "$keep" ]; then
    kubectl kustomize "$work/overlays/o$i" > "$keep/o$i.yaml" 2>/dev/null
  else
    kubectl kustomize "$work/overlays/o$i" > /dev/null 2>&1
  fi
done
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v n="$count" 'BEGIN { t = e - s; printf "kubectl kustomize: %d overlays in %.2f s (%.1f ms per overlay)\n", n, t, 1000 * t / n }'

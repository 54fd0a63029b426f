namespace GitOpsLint.Benchmarks.Kustomize;

/// <summary>
/// The benchmark corpus: one base (Deployment, Service, ConfigMap) and N overlays on it, each with a name prefix, a
/// namespace, an image override, a strategic-merge patch, a JSON patch and a ConfigMap generator. The same tree is
/// written by tools/goldens/kustomize/bench-kubectl.sh, so both timings build identical input.
/// </summary>
internal static class OverlayCorpus
{
    public const string Base = """
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

        """;

    public static Dictionary<string, string> Files(int overlays)
    {
        var files = new Dictionary<string, string>
        {
            ["base/kustomization.yaml"] = "resources:\n- resources.yaml\ncommonLabels:\n  team: web\n",
            ["base/resources.yaml"] = Base,
        };
        for (var i = 0; i < overlays; i++)
        {
            files[$"overlays/o{i}/kustomization.yaml"] = Overlay(i);
        }

        return files;
    }

    public static string Overlay(int i) => $"""
        resources:
        - ../../base
        namePrefix: o{i}-
        namespace: ns-{i}
        images:
        - name: nginx
          newTag: "1.{i % 30}"
        configMapGenerator:
        - name: web-config
          literals:
          - INDEX={i}
          - MODE=overlay
        patches:
        - patch: |-
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: {1 + (i % 5)}
              template:
                spec:
                  containers:
                  - name: web
                    env:
                    - name: OVERLAY
                      value: "o{i}"
        - target:
            kind: Service
          patch: |-
            - op: replace
              path: /spec/ports/0/port
              value: {8000 + i}

        """;
}

using System.Globalization;
using System.Text;

namespace GitOpsLint.Benchmarks.Synthetic;

/// <summary>The shape of a generated repository.</summary>
public sealed record SyntheticRepositoryOptions
{
    public int Applications { get; init; } = 100;

    public int HelmReleases { get; init; } = 100;

    public int Overlays { get; init; } = 100;

    public int Charts { get; init; } = 10;

    /// <summary>Plain manifests (Deployments, Services, ConfigMaps) in addition to the units.</summary>
    public int Manifests { get; init; } = 1000;

    public int Seed { get; init; } = 42;
}

/// <summary>
/// Generates a realistic GitOps repository deterministically (same options and seed → same bytes): charts with
/// templates and values, per-environment values, Argo CD Applications, Flux HelmReleases and Kustomizations, kustomize
/// bases and overlays, and plain manifests. Every performance target of the project is measured on it.
/// </summary>
public static class SyntheticRepository
{
    private static readonly string[] Environments = ["dev", "staging", "prod"];

    public static IReadOnlyDictionary<string, string> Generate(SyntheticRepositoryOptions options)
    {
        var random = new Random(options.Seed);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var c = 0; c < options.Charts; c++)
        {
            AddChart(files, $"charts/app{c}", $"app{c}", random);
        }

        for (var a = 0; a < options.Applications; a++)
        {
            var chart = random.Next(Math.Max(options.Charts, 1));
            var environment = Environments[a % Environments.Length];
            files[$"apps/argocd/app{a}.yaml"] = Application($"app{a}-{environment}", $"charts/app{chart}", environment);
        }

        files["flux/sources.yaml"] = "apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: monorepo\n  namespace: flux-system\nspec:\n  interval: 10m\n  url: https://github.com/example/monorepo.git\n  ref:\n    branch: main\n";
        for (var h = 0; h < options.HelmReleases; h++)
        {
            var chart = random.Next(Math.Max(options.Charts, 1));
            files[$"flux/releases/release{h}.yaml"] = HelmRelease($"release{h}", $"./charts/app{chart}");
        }

        if (options.Overlays > 0)
        {
            files["kustomize/base/kustomization.yaml"] = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\n  - service.yaml\n";
            files["kustomize/base/deployment.yaml"] = Deployment("web", random);
            files["kustomize/base/service.yaml"] = Service("web");
        }

        for (var o = 0; o < options.Overlays; o++)
        {
            files[$"kustomize/overlays/o{o}/kustomization.yaml"] = Overlay(o, random);
            files[$"kustomize/overlays/o{o}/patch.yaml"] = $"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: {1 + (o % 5)}\n";
            files[$"clusters/c{o}/flux-kustomization.yaml"] = FluxKustomization($"overlay{o}", $"./kustomize/overlays/o{o}");
        }

        for (var m = 0; m < options.Manifests; m++)
        {
            var kind = m % 3;
            files[$"manifests/ns{m % 20}/object{m}.yaml"] = kind switch
            {
                0 => Deployment($"svc{m}", random),
                1 => Service($"svc{m}"),
                _ => ConfigMap($"cfg{m}", random),
            };
        }

        return files;
    }

    /// <summary>Writes the repository into <paramref name="directory"/> (created; existing files overwritten).</summary>
    public static void WriteTo(string directory, IReadOnlyDictionary<string, string> files)
    {
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }

    private static void AddChart(IDictionary<string, string> files, string path, string name, Random random)
    {
        files[path + "/Chart.yaml"] = $"apiVersion: v2\nname: {name}\nversion: 1.{random.Next(10)}.0\nappVersion: \"1.0\"\n";
        files[path + "/values.yaml"] = $"replicaCount: 1\nimage:\n  repository: ghcr.io/example/{name}\n  tag: \"1.0.0\"\nservice:\n  port: 80\nresources:\n  limits:\n    cpu: 500m\n    memory: 256Mi\n";
        files[path + "/templates/_helpers.tpl"] = "{{- define \"app.fullname\" -}}\n{{ .Release.Name }}-{{ .Chart.Name }}\n{{- end }}\n";
        for (var t = 0; t < 5; t++)
        {
            files[path + $"/templates/configmap{t}.yaml"] = $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{{{ include \"app.fullname\" . }}}}-{t}\ndata:\n  replicas: {{{{ .Values.replicaCount | quote }}}}\n";
        }

        files[path + "/templates/deployment.yaml"] = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include \"app.fullname\" . }}\nspec:\n  replicas: {{ .Values.replicaCount }}\n  template:\n    spec:\n      containers:\n        - name: app\n          image: \"{{ .Values.image.repository }}:{{ .Values.image.tag }}\"\n          resources:\n            {{- toYaml .Values.resources | nindent 12 }}\n";
        foreach (var environment in Environments)
        {
            files[$"environments/{environment}/{name}-values.yaml"] = $"replicaCount: {(environment == "prod" ? 3 : 1)}\nimage:\n  tag: \"1.{random.Next(20)}.0\"\n";
        }
    }

    private static string Application(string name, string chartPath, string environment)
    {
        var chartName = chartPath[(chartPath.LastIndexOf('/') + 1)..];
        return $"""
            apiVersion: argoproj.io/v1alpha1
            kind: Application
            metadata:
              name: {name}
              namespace: argocd
            spec:
              project: platform
              source:
                repoURL: https://github.com/example/monorepo.git
                targetRevision: v1.0.0
                path: {chartPath}
                helm:
                  valueFiles:
                    - values.yaml
                    - ../../environments/{environment}/{chartName}-values.yaml
              destination:
                server: https://kubernetes.default.svc
                namespace: {name}
              syncPolicy:
                automated:
                  prune: true
                  selfHeal: true
                syncOptions:
                  - CreateNamespace=true

            """;
    }

    private static string HelmRelease(string name, string chartPath) => $"""
        apiVersion: helm.toolkit.fluxcd.io/v2
        kind: HelmRelease
        metadata:
          name: {name}
          namespace: apps
        spec:
          interval: 10m
          chart:
            spec:
              chart: {chartPath}
              sourceRef:
                kind: GitRepository
                name: monorepo
                namespace: flux-system
          values:
            replicaCount: 2

        """;

    private static string FluxKustomization(string name, string path) => $"""
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata:
          name: {name}
          namespace: flux-system
        spec:
          interval: 10m
          path: {path}
          prune: true
          sourceRef:
            kind: GitRepository
            name: monorepo

        """;

    private static string Overlay(int index, Random random) => $"""
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        namespace: overlay{index}
        namePrefix: o{index}-
        resources:
          - ../../base
        patches:
          - path: patch.yaml
        images:
          - name: ghcr.io/example/web
            newTag: "1.{random.Next(50)}.0"
        configMapGenerator:
          - name: settings
            literals:
              - INDEX={index}

        """;

    private static string Deployment(string name, Random random)
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: {name}
              labels:
                app.kubernetes.io/name: {name}
            spec:
              replicas: {1 + random.Next(4)}
              selector:
                matchLabels:
                  app.kubernetes.io/name: {name}
              template:
                metadata:
                  labels:
                    app.kubernetes.io/name: {name}
                spec:
                  containers:
                    - name: {name}
                      image: ghcr.io/example/web:1.{random.Next(50)}.0
                      ports:
                        - containerPort: 8080
                      resources:
                        requests:
                          cpu: 100m
                          memory: 128Mi
                        limits:
                          cpu: 500m
                          memory: 256Mi
                      readinessProbe:
                        httpGet:
                          path: /healthz
                          port: 8080

            """);
        return builder.ToString();
    }

    private static string Service(string name) => $"""
        apiVersion: v1
        kind: Service
        metadata:
          name: {name}
        spec:
          selector:
            app.kubernetes.io/name: {name}
          ports:
            - port: 80
              targetPort: 8080

        """;

    private static string ConfigMap(string name, Random random) => $"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: {name}
        data:
          LOG_LEVEL: info
          SEED: "{random.Next()}"

        """;
}

using System.Globalization;
using System.Text;

namespace GitOpsLint.Benchmarks.Rules;

/// <summary>
/// A deterministic GitOps repository of <c>applications</c> Argo CD Applications over 20 charts, with environment
/// value files, kustomize overlays, ApplicationSets and a few deliberate mistakes, for the reference and Argo CD rule
/// benchmark. The same count gives the same files.
/// </summary>
internal static class ArgoRepositoryGenerator
{
    private static readonly string[] Environments = ["dev", "staging", "prod"];

    public static IReadOnlyDictionary<string, string> Generate(int applications)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        const int charts = 20;
        for (var c = 0; c < charts; c++)
        {
            var chart = $"charts/svc{c:D2}";
            files[chart + "/Chart.yaml"] = $"apiVersion: v2\nname: svc{c:D2}\nversion: 1.{c}.0\n";
            files[chart + "/values.yaml"] = "replicaCount: 1\nimage:\n  repository: ghcr.io/org/svc\n  tag: \"\"\nresources: {}\npodAnnotations: {}\nservice:\n  port: 80\n";
            files[chart + "/templates/deployment.yaml"] = "replicas: {{ .Values.replicaCount }}\nimage: {{ .Values.image.repository }}:{{ .Values.image.tag }}\n";
        }

        foreach (var environment in Environments)
        {
            files[$"environments/{environment}/values.yaml"] = $"replicaCount: {Array.IndexOf(Environments, environment) + 1}\nimage:\n  tag: v1.0.0\n";
            files[$"kustomize/overlays/{environment}/kustomization.yaml"] = "resources:\n  - ../../base\npatches:\n  - path: patch.yaml\n";
            files[$"kustomize/overlays/{environment}/patch.yaml"] = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n";
        }

        files["kustomize/base/kustomization.yaml"] = "resources:\n  - deployment.yaml\n";
        files["kustomize/base/deployment.yaml"] = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n";

        for (var i = 0; i < applications; i++)
        {
            var environment = Environments[i % Environments.Length];
            var chart = $"svc{i % charts:D2}";
            // Every 50th application carries a mistake: a value file relative to the root, a typo in a parameter.
            var valueFile = i % 50 == 7 ? $"environments/{environment}/values.yaml" : $"../../environments/{environment}/values.yaml";
            var parameter = i % 50 == 9 ? "image.tga" : "image.tag";
            var revision = environment == "prod" ? "v1.2." + i.ToString(CultureInfo.InvariantCulture) : "main";
            var builder = new StringBuilder();
            builder.Append("apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n")
                .Append("  name: app-").Append(i.ToString("D4", CultureInfo.InvariantCulture)).Append('-').Append(environment).Append('\n')
                .Append("  namespace: argocd\n  finalizers:\n    - resources-finalizer.argocd.argoproj.io\n")
                .Append("  annotations:\n    notifications.argoproj.io/subscribe.on-sync-failed.slack: alerts\n")
                .Append("spec:\n  project: team-").Append(i % 10).Append('\n')
                .Append("  source:\n    repoURL: https://github.com/org/monorepo.git\n    targetRevision: ").Append(revision).Append('\n')
                .Append("    path: charts/").Append(chart).Append('\n')
                .Append("    helm:\n      valueFiles:\n        - values.yaml\n        - ").Append(valueFile).Append('\n')
                .Append("      parameters:\n        - name: ").Append(parameter).Append("\n          value: v1.0.").Append(i).Append('\n')
                .Append("  destination:\n    server: https://kubernetes.default.svc\n    namespace: ").Append(chart).Append('-').Append(environment).Append('\n')
                .Append("  syncPolicy:\n    automated:\n      prune: true\n      selfHeal: true\n    syncOptions:\n      - CreateNamespace=true\n    retry:\n      limit: 5\n");
            files[$"apps/{environment}/app-{i:D4}.yaml"] = builder.ToString();
        }

        for (var s = 0; s < applications / 100; s++)
        {
            files[$"appsets/set-{s:D2}.yaml"] = "apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata:\n  name: set-" + s.ToString(CultureInfo.InvariantCulture) + "\n  namespace: argocd\nspec:\n  goTemplate: true\n  goTemplateOptions: [\"missingkey=error\"]\n  generators:\n    - list:\n        elements:\n"
                + string.Concat(Environments.Select(e => $"          - env: {e}\n"))
                + "  template:\n    metadata:\n      name: 'set-" + s.ToString(CultureInfo.InvariantCulture) + "-{{ .env }}'\n    spec:\n      project: team-1\n      source:\n        repoURL: https://github.com/org/monorepo.git\n        targetRevision: v1.0.0\n        path: kustomize/overlays/{{ .env }}\n      destination:\n        server: https://kubernetes.default.svc\n        namespace: 'set-{{ .env }}'\n      syncPolicy:\n        syncOptions: [CreateNamespace=true]\n";
        }

        return files;
    }
}

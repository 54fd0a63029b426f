using GitOpsLint.Rules.Schema;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Schema;

public sealed class SchemaValidationAnalyzerTests
{
    private static readonly SchemaValidationAnalyzer Analyzer = new();

    private static IReadOnlyList<GitOpsLint.Diagnostics.Diagnostic> Run(string yaml, string? configuration = null) =>
        RuleHarness.Run(new Dictionary<string, string> { ["app.yaml"] = yaml }, configuration, Analyzer);

    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          creationTimestamp: null
        spec:
          replicas: 2
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
                  image: nginx:1.27
                  ports:
                    - containerPort: 80
                  resources:
                    limits:
                      cpu: 0.5
                      memory: 128Mi
        """;

    [Fact]
    public void ValidDeploymentHasNoFinding() => Assert.Empty(Run(Deployment));

    [Fact]
    public void Dump()
    {
        var yaml = """
            apiVersion: argoproj.io/v1alpha1
            kind: Application
            metadata:
              name: web
            spec:
              project: default
              source:
                repoURL: https://github.com/example/deploy
                path: web
                revisionHistoryLimit: 3
                targetRevison: main
              destination:
                server: https://kubernetes.default.svc
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: "3"
              template:
                spec:
                  containers:
                    - name: web
                      image: nginx
                      imagePullPolicy: always
                      ports:
                        - containerPort: http
            """;
        var result = Run(yaml);
        File.WriteAllLines("/tmp/dump2.txt", result.Select(d => $"{d.Id} {d.Location} {d.Message} {d.Fix?.Description}"));
    }
}

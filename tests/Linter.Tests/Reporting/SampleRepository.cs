using GitOpsLint.Analysis;
using GitOpsLint.Configuration;
using GitOpsLint.Diagnostics;
using GitOpsLint.Engine;
using GitOpsLint.Reporting;
using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Tests.Reporting;

/// <summary>
/// A small repository run through the real engine with test rules, so the reporters see real findings: positions
/// from the YAML parser, fingerprints, an inline suppression, a baseline suppression, related locations, a fix,
/// properties, a multi-line span, a finding in a non-YAML file, and messages with characters that need escaping.
/// </summary>
internal static class SampleRepository
{
    public static readonly DiagnosticDescriptor InvalidReplicas = new(
        "GOL101", "Field has the wrong type", "{0} must be an integer, not \"{1}\"; write a number", DiagnosticCategory.Schema, Severity.Error,
        "A field's value does not have the type the Kubernetes schema requires. The API server rejects the object.")
    {
        BadExample = "spec:\n  replicas: three\n",
        GoodExample = "spec:\n  replicas: 3\n",
        Tags = ["schema"],
    };

    public static readonly DiagnosticDescriptor DeprecatedApi = new(
        "GOL102", "Deprecated API version", "{0} is deprecated; use {1}", DiagnosticCategory.Schema, Severity.Warning,
        "The object uses an API version that a later Kubernetes release removes.")
    {
        EnabledByDefault = false,
    };

    public static readonly DiagnosticDescriptor PrivilegedContainer = new(
        "GOL501", "Privileged container", "container '{0}' runs privileged: it can do anything the node can; remove securityContext.privileged", DiagnosticCategory.Security, Severity.Error,
        "A privileged container has every capability of the host.")
    {
        SecuritySeverity = 8.1,
    };

    public static readonly DiagnosticDescriptor MutableImageTag = new(
        "GOL601", "Mutable image tag", "image '{0}' uses the mutable tag 'latest': pin a version or a digest, e.g. nginx@sha256:…, so 100% of rollouts get the same image", DiagnosticCategory.Workloads, Severity.Warning,
        "The tag 'latest' (or no tag) can point to a different image tomorrow.")
    {
        Tags = ["reliability", "images"],
    };

    public static readonly DiagnosticDescriptor NoResourceLimits = new(
        "GOL602", "Containers without resource limits", "these containers set no resource limits\nadd resources.limits.memory", DiagnosticCategory.Workloads, Severity.Note,
        "Containers without limits can starve their neighbours.");

    public static readonly DiagnosticDescriptor ValuesReplicaCount = new(
        "GOL603", "Single replica", "replicaCount is {0}: one pod means downtime on every rollout", DiagnosticCategory.Workloads, Severity.Warning,
        "A single replica cannot be rolled without downtime.");

    public static readonly DiagnosticDescriptor QuotedTag = new(
        "GOL604", "Image tag in values", "image tag \"{0}\" is set in values", DiagnosticCategory.Workloads, Severity.Note,
        string.Empty);

    public static readonly DiagnosticDescriptor DocsLink = new(
        "GOL904", "Link in documentation", "the link <{0}> points nowhere & should be fixed", DiagnosticCategory.Configuration, Severity.Note,
        "A documentation file links to a path that does not exist.");

    public const string ToolVersion = "1.2.3";

    /// <summary>The result of linting the sample, with the GOL604 finding accepted in a baseline.</summary>
    public static LintResult Lint()
    {
        var first = LintEngine.Run(Request(null));
        var baseline = first.Diagnostics.Where(d => d.Id == QuotedTag.Id).Select(d => d.Fingerprint).ToHashSet(StringComparer.Ordinal);
        return LintEngine.Run(Request(baseline));
    }

    public static ReportContext Context(LintResult result, string? root = "/home/dev/my repo#1") => new(result, ToolVersion, ExitCode: 1)
    {
        RepositoryRoot = root,
        Notifications = ["1 unit could not be rendered offline: apps/remote (chart from https://charts.example.com)"],
    };

    public static string Render(IReporter reporter, ReportContext context)
    {
        using var writer = new StringWriter();
        reporter.Write(context, writer);
        return writer.ToString();
    }

    private static LintRequest Request(IReadOnlySet<string>? baseline) =>
        new(Workspace(), LintConfiguration.Default, [new SampleAnalyzer()])
        {
            Today = new DateOnly(2025, 1, 1),
            BaselineFingerprints = baseline,
        };

    private static InMemoryWorkspace Workspace() => new(
    [
        new("apps/web/deployment.yaml", """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: three
              template:
                spec:
                  containers:
                    - name: web
                      image: nginx:latest
                      securityContext:
                        privileged: true

            """),
        new("apps/web/kustomization.yaml", """
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            resources:
              - deployment.yaml

            """),
        new("apps/api/values.yaml", "# gitopslint-disable-next-line GOL603 -- one replica is enough for the demo\nreplicaCount: 1\nimage:\n  tag:\t\"1.0\"\t# pinned\n"),
        new("docs/README.md", "# Demo\n\nSee <docs/missing.md> & 100% \"done\".\n"),
    ]);

    private sealed class SampleAnalyzer : Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            [InvalidReplicas, DeprecatedApi, PrivilegedContainer, MutableImageTag, NoResourceLimits, ValuesReplicaCount, QuotedTag, DocsLink];

        public override void Initialize(AnalysisContext context) => context.RegisterFileAction(file =>
        {
            switch (file.File.Path)
            {
                case "apps/web/deployment.yaml":
                    ReportDeployment(file);
                    break;
                case "apps/api/values.yaml":
                    var values = file.File.Yaml!;
                    var replicaCount = values.Documents[0].GetNode("/replicaCount")!;
                    file.Report(Diagnostic.Create(ValuesReplicaCount, Location.Of(values, replicaCount), "1"));
                    var tag = values.Documents[0].GetNode("/image/tag")!;
                    file.Report(Diagnostic.Create(QuotedTag, Location.Of(values, tag), "1.0"));
                    break;
                case "docs/README.md":
                    var text = new SourceText(System.Text.Encoding.UTF8.GetString(file.Repository.Workspace.ReadFile(file.File.Path)!));
                    var start = text.Text.IndexOf('<', StringComparison.Ordinal) + 1;
                    var end = text.Text.IndexOf('>', StringComparison.Ordinal);
                    var span = new SourceSpan(text.PositionAt(start), text.PositionAt(end));
                    file.Report(Diagnostic.Create(DocsLink, new Location(file.File.Path, span), "docs/missing.md"));
                    break;
            }
        });

        private static void ReportDeployment(FileAnalysisContext file)
        {
            var yaml = file.File.Yaml!;
            var document = yaml.Documents[0];
            var replicas = document.GetNode("/spec/replicas")!;
            var kustomization = file.Repository.GetFile("apps/web/kustomization.yaml")!.Yaml!;
            var resource = kustomization.Documents[0].GetNode("/resources/0")!;
            file.Report(Diagnostic.Create(InvalidReplicas, Location.Of(yaml, replicas), "spec.replicas", "three") with
            {
                RelatedLocations = [new RelatedLocation(Location.Of(kustomization, resource), "the kustomization that includes this file")],
                Properties = new Dictionary<string, string> { ["expected"] = "integer", ["actual"] = "string" },
                Fix = new Fix("Write the number 3", [new TextEdit(yaml.Path, replicas.Span, "3")]),
            });

            var privileged = document.GetNode("/spec/template/spec/containers/0/securityContext/privileged")!;
            file.Report(Diagnostic.Create(PrivilegedContainer, Location.Of(yaml, privileged), "web") with
            {
                Fix = new Fix("Remove the privileged flag", [new TextEdit(yaml.Path, new SourceSpan(privileged.Span.Start, privileged.Span.End), "false")]),
            });

            var image = document.GetNode("/spec/template/spec/containers/0/image")!;
            file.Report(Diagnostic.Create(MutableImageTag, Location.Of(yaml, image), "nginx:latest"));

            var containers = document.GetNode("/spec/template/spec/containers")!;
            file.Report(Diagnostic.Create(NoResourceLimits, Location.Of(yaml, containers)));
        }
    }
}

using GitOpsLint.Diagnostics;
using GitOpsLint.Rules.Schema;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Schema;

public sealed class SchemaValidationAnalyzerTests
{
    private static readonly SchemaValidationAnalyzer Analyzer = new();

    private static IReadOnlyList<Diagnostic> Run(string yaml, string? configuration = null, Dictionary<string, string>? more = null)
    {
        var files = new Dictionary<string, string>(more ?? [], StringComparer.Ordinal) { ["app.yaml"] = yaml };
        return RuleHarness.Run(files, configuration, Analyzer);
    }

    private static string[] Lines(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(d => $"{d.Id} {d.Location} {d.Message}").ToArray();

    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          creationTimestamp: null
          labels: {app: web}
        spec:
          replicas: 2
          selector:
            matchLabels:
              app: web
          strategy:
            rollingUpdate: {maxSurge: 25%, maxUnavailable: 0}
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
    public void UnknownFieldInWrongLevelSaysWhereItBelongs()
    {
        var result = Run("""
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
              destination:
                server: https://kubernetes.default.svc
            """);
        Assert.Equal(["GOL101 app.yaml(10,5) `revisionHistoryLimit` is not allowed in `spec.source`; it belongs in `spec`"], Lines(result));
        Assert.Null(result[0].Fix);
    }

    [Fact]
    public void TypoGetsDidYouMeanAndARenameFix()
    {
        var result = Run(Deployment.Replace("  replicas: 2", "  replica: 2", StringComparison.Ordinal));
        var finding = Assert.Single(result);
        Assert.Equal("GOL101 app.yaml(8,3) `replica` is not allowed in `spec`; did you mean `replicas`?", Lines(result)[0]);
        var edit = Assert.Single(finding.Fix!.Edits);
        Assert.Equal(("replicas", 8, 3, 8, 10), (edit.NewText, edit.Span.Start.Line, edit.Span.Start.Column, edit.Span.End.Line, edit.Span.End.Column));
        Assert.Equal("replicas", finding.Properties["suggestion"]);
    }

    [Fact]
    public void QuotedNumberIsAWrongType()
    {
        var result = Run(Deployment.Replace("replicas: 2", "replicas: \"2\"", StringComparison.Ordinal));
        Assert.Equal(["GOL102 app.yaml(8,13) `spec.replicas` must be an integer, found the string \"2\"; remove the quotes to make it a number"], Lines(result));
    }

    [Fact]
    public void YamlOneOneBooleanWhereAStringIsExpected()
    {
        var result = Run(Deployment.Replace("labels: {app: web}\nspec:", "labels: {app: web, enabled: yes}\nspec:", StringComparison.Ordinal));
        Assert.Equal(["GOL102 app.yaml(6,31) `metadata.labels.enabled` must be a string, found the boolean `yes`; quote it (\"yes\") to keep it text"], Lines(result));
    }

    [Fact]
    public void IntOrStringAcceptsBothAndRejectsBooleans()
    {
        Assert.Empty(Run(Deployment.Replace("maxSurge: 25%", "maxSurge: 1", StringComparison.Ordinal)));
        Assert.Equal(["GOL102 app.yaml(13,31) `spec.strategy.rollingUpdate.maxSurge` must be an integer or a string, found the boolean `true`; quote it (\"true\") to keep it text"],
            Lines(Run(Deployment.Replace("maxSurge: 25%", "maxSurge: true", StringComparison.Ordinal))));
    }

    [Fact]
    public void MissingRequiredFieldIsReportedOnTheParentKey()
    {
        var result = Run(Deployment.Replace("  selector:\n    matchLabels:\n      app: web\n", string.Empty, StringComparison.Ordinal));
        Assert.Equal(["GOL103 app.yaml(7,1) `spec` is missing the required field `selector`; add it"], Lines(result));
    }

    [Fact]
    public void EnumViolationListsTheAllowedValues()
    {
        var result = Run("""
            apiVersion: helm.toolkit.fluxcd.io/v2
            kind: HelmRelease
            metadata:
              name: podinfo
            spec:
              interval: 10m
              chart:
                spec:
                  chart: podinfo
                  sourceRef:
                    kind: helmrepository
                    name: podinfo
            """);
        Assert.Equal(["GOL104 app.yaml(11,15) `spec.chart.spec.sourceRef.kind` is the string \"helmrepository\", which is not allowed; use one of: \"HelmRepository\", \"GitRepository\", \"Bucket\" (did you mean \"HelmRepository\"? values are case-sensitive)"], Lines(result));
    }

    [Fact]
    public void PatternViolationShowsThePattern()
    {
        var result = Run("""
            apiVersion: source.toolkit.fluxcd.io/v1
            kind: GitRepository
            metadata:
              name: app
            spec:
              interval: 5 minutes
              url: https://github.com/example/app
            """);
        var finding = Assert.Single(result);
        Assert.Equal("GOL104", finding.Id);
        Assert.StartsWith("`spec.interval` is the string \"5 minutes\", which does not match the pattern `", finding.Message, StringComparison.Ordinal);
        Assert.Equal((6, 13), (finding.Location.Span.Start.Line, finding.Location.Span.Start.Column));
    }

    [Fact]
    public void CelRuleViolationUsesTheRuleMessage()
    {
        var result = Run("""
            apiVersion: helm.toolkit.fluxcd.io/v2
            kind: HelmRelease
            metadata:
              name: podinfo
            spec:
              interval: 10m
            """);
        var finding = Assert.Single(result);
        Assert.Equal("GOL105", finding.Id);
        Assert.Equal((5, 1), (finding.Location.Span.Start.Line, finding.Location.Span.Start.Column));
        Assert.StartsWith("`spec`: either chart or chartRef must be set", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CelRulePassesOnAValidObject()
    {
        Assert.Empty(Run("""
            apiVersion: helm.toolkit.fluxcd.io/v2
            kind: HelmRelease
            metadata:
              name: podinfo
            spec:
              interval: 10m
              chartRef: {kind: OCIRepository, name: podinfo}
            """));
    }

    [Fact]
    public void KindWithoutSchemaGetsOneNotePerKind()
    {
        var certificate = "apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: {0}\n";
        var result = Run(string.Format(System.Globalization.CultureInfo.InvariantCulture, certificate, "a") + "---\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, certificate, "b"));
        var finding = Assert.Single(result);
        Assert.Equal("GOL106", finding.Id);
        Assert.Equal((2, 7), (finding.Location.Span.Start.Line, finding.Location.Span.Start.Column));
        Assert.StartsWith("no schema is known for cert-manager.io/v1 Certificate", finding.Message, StringComparison.Ordinal);
    }

    private const string WidgetCrd = """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: widgets.example.com
        spec:
          group: example.com
          scope: Namespaced
          names: {kind: Widget, plural: widgets, singular: widget, listKind: WidgetList}
          versions:
            - name: v1
              served: true
              storage: true
              schema:
                openAPIV3Schema:
                  type: object
                  properties:
                    spec:
                      type: object
                      required: [size]
                      x-kubernetes-validations:
                        - rule: "self.size <= 10"
                          message: size must be at most 10
                      properties:
                        size: {type: integer}
        """;

    [Fact]
    public void RepositoryCrdIsUsedForItsKind()
    {
        var result = Run("apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: 12\n  colour: red\n", more: new() { ["crds/widget.yaml"] = WidgetCrd });
        Assert.Equal(["GOL101 app.yaml(7,3) `colour` is not allowed in `spec`; allowed fields: size"], Lines(result));
        Assert.Equal(["GOL105 app.yaml(5,1) `spec`: size must be at most 10 (CRD validation rule `self.size <= 10`)"],
            Lines(Run("apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: 12\n", more: new() { ["crds/widget.yaml"] = WidgetCrd })));
    }

    [Fact]
    public void ConfiguredSchemaFolderIsUsed()
    {
        var result = Run("apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec: {}\n", "schemas:\n  - vendor/crds\n", new() { ["vendor/crds/widget.yaml.txt"] = "x", ["vendor/crds/widget.yml"] = WidgetCrd });
        Assert.Equal(["GOL103 app.yaml(5,1) `spec` is missing the required field `size`; add it"], Lines(result));
    }

    [Fact]
    public void MissingConfiguredFolderIsReported()
    {
        var result = Run(Deployment, "schemas:\n  - vendor/missing\n");
        Assert.Equal(["GOL108 .gitopslint.yaml(2,5) `vendor/missing` does not exist; create it or remove the entry"], Lines(result));
    }

    [Fact]
    public void CelRuleThatCannotBeEvaluatedIsANoteNotAnError()
    {
        var crd = WidgetCrd.Replace("self.size <= 10", "self.nothing.isURL()", StringComparison.Ordinal);
        var result = Run("apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: 1\n", more: new() { ["crds/widget.yaml"] = crd });
        var finding = Assert.Single(result);
        Assert.Equal("GOL107", finding.Id);
        Assert.StartsWith("1 validation rule(s) of example.com/v1 Widget could not be evaluated offline and were skipped, e.g. `self.nothing.isURL()`", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MetadataOfCustomResourcesIsCheckedAsObjectMeta()
    {
        var result = Run("apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n  label: {a: b}\nspec:\n  size: 1\n", more: new() { ["crds/widget.yaml"] = WidgetCrd });
        Assert.Equal(["GOL101 app.yaml(5,3) `label` is not allowed in `metadata`; did you mean `labels`?"], Lines(result));
    }
}

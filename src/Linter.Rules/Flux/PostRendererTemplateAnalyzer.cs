using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model.Flux;
using GitOpsLint.Rules.RepositoryWide;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rules.Flux;

/// <summary>Helm template syntax in a HelmRelease post-renderer patch: Flux applies patches verbatim, after Helm rendered the chart.</summary>
internal sealed class PostRendererTemplateAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor TemplateInPatch = new(
        "GOL404",
        "Helm template syntax in a post-renderer patch",
        "post-renderer patches are applied after Helm rendered the chart and are never templated: '{0}' ends up literally in the object; compute the value in the chart's templates or values instead",
        DiagnosticCategory.Flux,
        Severity.Warning,
        "`spec.postRenderers[].kustomize.patches` are kustomize patches applied to Helm's output. Nothing evaluates `{{ ... }}` in them: an annotation such as `rollme: \"{{ randAlphaNum 5 }}\"` is set to that literal text. (And a random value, if it were evaluated, would change on every reconciliation and restart the pods each time.) Put dynamic values in the chart's templates, or pass them through `values`.")
    {
        BadExample = "postRenderers:\n  - kustomize:\n      patches:\n        - target:\n            kind: Deployment\n          patch: |\n            - op: add\n              path: /spec/template/metadata/annotations/rollme\n              value: \"{{ randAlphaNum 5 }}\"\n",
        GoodExample = "postRenderers:\n  - kustomize:\n      patches:\n        - target:\n            kind: Deployment\n          patch: |\n            - op: add\n              path: /spec/template/metadata/annotations/team\n              value: payments\n",
        Tags = ["flux", "helm"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [TemplateInPatch];

    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(c =>
    {
        if (FluxHelmRelease.From(c.Object)?.PostRenderers is not { } postRenderers)
        {
            return;
        }

        foreach (var scalar in postRenderers.DescendantsAndSelf().OfType<YamlScalar>())
        {
            var start = scalar.Value.IndexOf("{{", StringComparison.Ordinal);
            if (start < 0)
            {
                continue;
            }

            var end = scalar.Value.IndexOf("}}", start, StringComparison.Ordinal);
            var expression = end < 0 ? scalar.Value[start..] : scalar.Value[start..(end + 2)];
            var firstLine = expression.Split('\n')[0];
            c.Report(Diagnostic.Create(TemplateInPatch, NodeText.Find(c.Object, scalar, "{{", includeOpeningQuote: true), firstLine));
        }
    }, FluxApi.HelmRelease);
}

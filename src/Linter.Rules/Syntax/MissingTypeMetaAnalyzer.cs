using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rules.Syntax;

/// <summary>A manifest document that looks like a Kubernetes object (metadata, spec, or half of the type) but lacks apiVersion or kind.</summary>
public sealed class MissingTypeMetaAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor MissingTypeMeta = new(
        "GOL004",
        "Kubernetes object without apiVersion or kind",
        "this document looks like a Kubernetes object ({0}) but has no {1}; add {1}, or move the file out of the manifests if it is not an object",
        DiagnosticCategory.Syntax,
        Severity.Error,
        "Every object applied by Argo CD, Flux or kubectl needs `apiVersion` and `kind`. A manifest file whose document has `metadata` or `spec` without them fails the sync (`Object 'Kind' is missing`), and Flux's generated kustomization refuses the whole folder. Fragments pasted from documentation are the usual cause.")
    {
        BadExample = "metadata:\n  name: myapp\nspec:\n  ignoreDifferences: []\n",
        GoodExample = "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: myapp\nspec:\n  ignoreDifferences: []\n",
        Tags = ["kubernetes"],
    };

    private static readonly string[] ObjectKeys = ["apiVersion", "kind", "metadata", "spec"];

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [MissingTypeMeta];

    public override void Initialize(AnalysisContext context) => context.RegisterFileAction(file =>
    {
        if (file.File.Yaml is not { } yaml || file.File.Role != FileRole.Manifests)
        {
            return;
        }

        foreach (var document in yaml.Documents)
        {
            if (document.Root is not YamlMapping root || root.Entries.Count == 0)
            {
                continue;
            }

            var present = ObjectKeys.Where(root.ContainsKey).ToArray();
            var missing = new[] { "apiVersion", "kind" }.Where(k => root.GetString(k) is not { Length: > 0 }).ToArray();
            if (present.Length == 0 || missing.Length == 0)
            {
                continue;
            }

            var shown = string.Join(", ", present.Select(k => k + ":"));
            var anchor = root.GetEntry(present[0])!.Key;
            file.Report(Diagnostic.Create(MissingTypeMeta, Location.Of(yaml, anchor), "it has " + shown, string.Join(" and ", missing)));
        }
    });
}

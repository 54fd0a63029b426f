using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Model.Flux;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rules.Flux;

/// <summary>
/// Flux post-build substitution: variables used in the manifests a Kustomization builds but defined nowhere, and
/// variable names Flux rejects.
/// </summary>
internal sealed class PostBuildSubstitutionAnalyzer : Analyzer
{
    private const string DisabledAnnotation = "kustomize.toolkit.fluxcd.io/substitute";

    public static readonly DiagnosticDescriptor UndefinedVariable = new(
        "GOL405",
        "Post-build variable is never defined",
        "${{{0}}} is used here but {1} defines it neither in postBuild.substitute nor in substituteFrom, and it has no default: Flux replaces it with an empty string; define it, or write ${{{0}:=default}}",
        DiagnosticCategory.Flux,
        Severity.Warning,
        "kustomize-controller replaces `${var}` in the built manifests with the variables of `spec.postBuild.substitute` and of the ConfigMaps/Secrets in `substituteFrom`. A variable defined nowhere becomes an empty string (or fails the build when strict substitution is enabled): an image tag, a host name or a replica count silently disappears. Give the variable a value, or a default with `${var:=default}`; escape a literal `${...}` as `$${...}`. Objects annotated `kustomize.toolkit.fluxcd.io/substitute: disabled` are not substituted. The rule stays silent when a `substituteFrom` source is not in the repository (its keys are unknown).")
    {
        BadExample = "# clusters/prod/apps.yaml\nspec:\n  path: ./apps/prod\n  postBuild:\n    substitute:\n      cluster_name: prod\n---\n# apps/prod/ingress.yaml\nspec:\n  rules:\n    - host: app.${cluster_domain}\n",
        GoodExample = "# clusters/prod/apps.yaml\nspec:\n  path: ./apps/prod\n  postBuild:\n    substitute:\n      cluster_name: prod\n      cluster_domain: prod.example.com\n",
        Tags = ["flux"],
    };

    public static readonly DiagnosticDescriptor InvalidVariableName = new(
        "GOL406",
        "Invalid post-build variable name",
        "'{0}' is not a valid substitution variable name (it must match ^[_a-zA-Z][_a-zA-Z0-9]*$): kustomize-controller rejects {1} and applies nothing; rename it, e.g. '{2}'",
        DiagnosticCategory.Flux,
        Severity.Error,
        "kustomize-controller validates every variable of `postBuild.substitute` and of the ConfigMaps/Secrets of `substituteFrom` against `^[_a-zA-Z][_a-zA-Z0-9]*$`. One invalid name (a dash, a dot, a leading digit — natural in Kubernetes names) fails the whole Kustomization: nothing under its path is applied.")
    {
        BadExample = "postBuild:\n  substitute:\n    cluster-name: prod\n",
        GoodExample = "postBuild:\n  substitute:\n    cluster_name: prod\n",
        Tags = ["flux"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [UndefinedVariable, InvalidVariableName];

    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(c =>
    {
        if (FluxKustomization.From(c.Object) is not { PostBuild: { } postBuild } kustomization)
        {
            return;
        }

        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in postBuild.Substitute?.Entries ?? [])
        {
            defined.Add(entry.KeyText);
            ReportInvalidName(c, entry.KeyText, c.Object.LocationOf(entry.Key));
        }

        var allSourcesKnown = true;
        foreach (var source in postBuild.SubstituteFrom)
        {
            var found = c.Repository.Index.Find(source.Kind, source.Name, c.Object.Namespace).FirstOrDefault(o => o.Group.Length == 0);
            if (found is null)
            {
                allSourcesKnown = false;
                continue;
            }

            foreach (var key in new[] { "data", "stringData" }.SelectMany(k => found.Root.GetMapping(k)?.Entries ?? []))
            {
                defined.Add(key.KeyText);
                ReportInvalidName(c, key.KeyText, found.LocationOf(key.Key));
            }
        }

        if (!allSourcesKnown || !FluxSourceScope.IsThisRepository(c.Repository, kustomization.SourceRef) || kustomization.NormalizedPath is not { } path || !c.Repository.DirectoryExists(path))
        {
            return;
        }

        foreach (var file in FluxBuildFiles.Collect(c.Repository, path))
        {
            foreach (var document in file.Yaml?.Documents ?? [])
            {
                if (document.Root is not YamlMapping root || IsSubstitutionDisabled(root))
                {
                    continue;
                }

                foreach (var scalar in root.DescendantsAndSelf().OfType<YamlScalar>())
                {
                    foreach (var usage in SubstitutionScanner.Scan(scalar.Value))
                    {
                        if (!usage.HasDefault && !defined.Contains(usage.Name))
                        {
                            var location = RepositoryWide.NodeText.Find(document.File, scalar, "${" + usage.Name);
                            c.Report(Diagnostic.Create(UndefinedVariable, location, usage.Name, c.Object.DisplayName) with
                            {
                                RelatedLocations = [new RelatedLocation(c.Object.LocationOf(postBuild.Node), "the Kustomization's postBuild")],
                            });
                        }
                    }
                }
            }
        }
    }, FluxApi.Kustomization);

    private static void ReportInvalidName(ObjectAnalysisContext c, string name, Location location)
    {
        if (!SubstitutionScanner.IsValidName(name))
        {
            var suggestion = new string(name.Select(ch => char.IsAsciiLetterOrDigit(ch) ? ch : '_').ToArray());
            if (suggestion.Length == 0 || char.IsAsciiDigit(suggestion[0]))
            {
                suggestion = "_" + suggestion;
            }

            c.Report(Diagnostic.Create(InvalidVariableName, location, name, c.Object.DisplayName, suggestion));
        }
    }

    private static bool IsSubstitutionDisabled(YamlMapping root)
    {
        var metadata = root.GetMapping("metadata");
        return metadata?.GetMapping("annotations")?.GetString(DisabledAnnotation) == "disabled"
            || metadata?.GetMapping("labels")?.GetString(DisabledAnnotation) == "disabled";
    }
}

using System.Text.RegularExpressions;
using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model.ArgoCD;

namespace GitOpsLint.Rules.ArgoCD;

/// <summary>Production Applications that follow a moving revision (a branch, HEAD, <c>*</c>, a version range, nothing).</summary>
public sealed partial class TargetRevisionAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor FloatingRevision = new(
        "GOL301",
        "Production Application tracks a moving revision",
        "production {0} ({1}) {2}: every change there deploys to production without a reviewed release; pin a release tag or commit SHA{3}",
        DiagnosticCategory.ArgoCD,
        Severity.Warning,
        "An Application that deploys to production follows a branch (`main`, `HEAD`), any chart version (`*`, `1.x`, `^1.2`) or no revision at all (HEAD). Whatever lands there is deployed, and what runs cannot be told from the manifest or rolled back by reverting one line. Pin a tag or a commit SHA (git) or an exact chart version, and promote by changing it. Production is recognised by the destination namespace, cluster name or server, the Application's name, or its file path matching the `productionPatterns` option (regular expressions; default `prod`/`production` as a word).")
    {
        BadExample = "metadata:\n  name: myapp-prod\nspec:\n  source:\n    repoURL: https://github.com/org/monorepo.git\n    targetRevision: main\n",
        GoodExample = "metadata:\n  name: myapp-prod\nspec:\n  source:\n    repoURL: https://github.com/org/monorepo.git\n    targetRevision: v1.4.2\n",
        Tags = ["argocd", "production"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [FloatingRevision];

    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(objectContext =>
    {
        if (ApplicationSpecs.Of(objectContext.Object) is not { } specs)
        {
            return;
        }

        var reason = ProductionScope.For(objectContext.Repository.Configuration, FloatingRevision.Id).Reason(specs);
        if (reason is null)
        {
            return;
        }

        foreach (var source in specs.Spec.EffectiveSources)
        {
            if (source.Ref is not null && source.Path is null && source.Chart is null)
            {
                // A ref-only source provides files to the others; it follows their review, not a deployment.
                continue;
            }

            var revision = source.TargetRevision;
            if (revision is not null && TemplateTag.IsTemplated(revision.Value))
            {
                continue;
            }

            var problem = Describe(revision?.Value ?? string.Empty, source.IsHelmRepositoryChart, revision is null);
            if (problem is null)
            {
                continue;
            }

            var location = revision is not null ? specs.Owner.LocationOf(revision.Node) : KeyLocation.Of(specs.Owner, source.Node.Pointer);
            var hint = source.IsHelmRepositoryChart ? " (an exact chart version such as 1.4.2)" : string.Empty;
            objectContext.Report(Diagnostic.Create(FloatingRevision, location, specs.DisplayName, reason, problem, hint));
        }
    }, ArgoKinds.Application, ArgoKinds.ApplicationSet);

    /// <summary>What makes the revision float, or null when it is pinned.</summary>
    internal static string? Describe(string revision, bool isChart, bool absent)
    {
        if (absent || revision.Length == 0)
        {
            return isChart ? "has no chart version (the latest is deployed)" : "has no targetRevision (HEAD of the default branch is deployed)";
        }

        if (revision is "*" or "latest")
        {
            return $"tracks '{revision}'";
        }

        if (isChart)
        {
            return ChartRange().IsMatch(revision) ? $"tracks the chart version range '{revision}'" : null;
        }

        if (revision == "HEAD")
        {
            return "tracks 'HEAD' (the default branch)";
        }

        return CommitSha().IsMatch(revision) || ReleaseTag().IsMatch(revision) ? null : $"tracks the branch '{revision}'";
    }

    [GeneratedRegex(@"[\^~<>*|]|(^|\.)[xX](\.|$)|\s-\s")]
    private static partial Regex ChartRange();

    [GeneratedRegex("^[0-9a-f]{7,40}$")]
    private static partial Regex CommitSha();

    [GeneratedRegex(@"^(refs/tags/)?[A-Za-z\-_/]*v?\d+(\.\d+)+([\-+][\w.\-]+)?$")]
    private static partial Regex ReleaseTag();
}

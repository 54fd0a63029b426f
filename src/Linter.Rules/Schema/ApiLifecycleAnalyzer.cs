using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Schemas;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rules.Schema;

/// <summary>
/// Flags apiVersions that are deprecated or no longer served at the configured Kubernetes version: built-in APIs from
/// the Kubernetes deprecation guide, custom resources from the version flags of the CRD the repository (or the
/// shipped set) pins. The fix rewrites <c>apiVersion</c> when the replacement's schema accepts the object unchanged.
/// </summary>
public sealed class ApiLifecycleAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor DeprecatedApi = new(
        "GOL110",
        "Deprecated API version",
        "{0} {1} is deprecated: {2}; {3}",
        DiagnosticCategory.Schema,
        Severity.Warning,
        "The apiVersion still works but is deprecated: a later Kubernetes release or controller upgrade stops serving it, and the sync then fails. Move to the replacement version now, while both are served. Built-in APIs are judged against `kubernetesVersion` in .gitopslint.yaml; custom resources against the `deprecated` flag of their CustomResourceDefinition.")
    {
        BadExample = "apiVersion: helm.toolkit.fluxcd.io/v2beta1\nkind: HelmRelease\nmetadata:\n  name: podinfo\n",
        GoodExample = "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: podinfo\n",
        Tags = ["schema", "upgrade"],
    };

    public static readonly DiagnosticDescriptor RemovedApi = new(
        "GOL111",
        "API version not served",
        "{0} {1} is not served: {2}; {3}",
        DiagnosticCategory.Schema,
        Severity.Error,
        "The apiVersion is not served by the target cluster: Kubernetes removed it (judged against `kubernetesVersion` in .gitopslint.yaml), the CustomResourceDefinition marks it `served: false`, or the CRD does not define that version at all. Applying the object fails with \"no matches for kind\".")
    {
        BadExample = "apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: report\n",
        GoodExample = "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: report\n",
        Tags = ["schema", "upgrade"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DeprecatedApi, RemovedApi];

    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(Check);

    private static void Check(ObjectAnalysisContext context)
    {
        var kubeObject = context.Object;
        var catalog = SchemaCatalog.For(context.Repository);
        var status = ApiLifecycle.Judge(catalog, kubeObject.Group, kubeObject.Version, kubeObject.Kind, context.Repository.Configuration.KubernetesVersion);
        if (status.State == ApiVersionState.Current)
        {
            return;
        }

        var apiVersionNode = kubeObject.Root.GetValue("apiVersion") ?? kubeObject.Root;
        var location = kubeObject.LocationOf(apiVersionNode);
        var descriptor = status.State == ApiVersionState.Deprecated ? DeprecatedApi : RemovedApi;
        var diagnostic = Diagnostic.Create(descriptor, location, kubeObject.ApiVersion, kubeObject.Kind, status.Reason, status.Advice);
        if (status.Replacement is { } replacement)
        {
            diagnostic = diagnostic with { Properties = new Dictionary<string, string>(StringComparer.Ordinal) { ["replacement"] = replacement } };
            if (apiVersionNode is YamlScalar { IsPlain: true } scalar && kubeObject.Origin is SourceOrigin && AcceptsUnchanged(catalog, kubeObject, replacement))
            {
                diagnostic = diagnostic with { Fix = new Fix($"change apiVersion to {replacement}", [new TextEdit(location.Path, scalar.Span, replacement)]) };
            }
        }

        context.Report(diagnostic);
    }

    /// <summary>Whether the object, with only its apiVersion changed, is valid under the replacement version's schema.</summary>
    private static bool AcceptsUnchanged(SchemaCatalog catalog, KubeObject kubeObject, string replacement)
    {
        var slash = replacement.IndexOf('/');
        var group = slash < 0 ? string.Empty : replacement[..slash];
        var version = slash < 0 ? replacement : replacement[(slash + 1)..];
        if (catalog.VersionsOf(group, kubeObject.Kind) is not { } versions || versions.Find(version) is not { } entry)
        {
            return false;
        }

        var (compiled, _) = catalog.Compile(versions.Source, entry.Kind, entry.Bundle);
        return compiled is not null && ObjectValidator.Validate(kubeObject.Root, compiled).Count == 0;
    }
}

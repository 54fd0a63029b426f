using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model.Flux;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rules.Flux;

/// <summary>A Flux Kustomization object saved as <c>kustomization.yaml</c>, the file name kustomize reserves for its own configuration.</summary>
internal sealed class KustomizationFileNameAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor FluxObjectAsKustomizeFile = new(
        "GOL410",
        "Flux Kustomization saved as kustomization.yaml",
        "this Flux Kustomization is saved as {0}, the file kustomize reads as its own configuration: building the folder (kustomize-controller, Argo CD, kubectl kustomize) fails with 'unknown field \"spec\"'; rename the file, e.g. {1}",
        DiagnosticCategory.Flux,
        Severity.Error,
        "`kustomization.yaml`, `kustomization.yml` and `Kustomization` are the file names of kustomize's own configuration. A Flux `Kustomization` object (kustomize.toolkit.fluxcd.io) in such a file turns its folder into a broken kustomize root: when kustomize-controller, Argo CD or `kubectl kustomize` builds the folder, it parses the object as kustomize configuration and fails. Give the object a file name of its own.")
    {
        BadExample = "# flux/kustomization.yaml\napiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n",
        GoodExample = "# flux/apps-kustomization.yaml\napiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n",
        Tags = ["flux", "kustomize"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [FluxObjectAsKustomizeFile];

    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(c =>
    {
        var path = c.Object.Document.File.Path;
        var fileName = RepoPath.GetFileName(path);
        if (FluxKustomization.From(c.Object) is null || !FluxBuildFiles.KustomizationFileNames.Contains(fileName))
        {
            return;
        }

        var kindNode = c.Object.Root.GetValue("kind")!;
        var suggestion = RepoPath.GetDirectory(path) is { Length: > 0 } directory
            ? directory + "/" + c.Object.Name + "-kustomization.yaml"
            : c.Object.Name + "-kustomization.yaml";
        c.Report(Diagnostic.Create(FluxObjectAsKustomizeFile, c.Object.LocationOf(kindNode), path, suggestion));
    }, FluxApi.Kustomization);
}

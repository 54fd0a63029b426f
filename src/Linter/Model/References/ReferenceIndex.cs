using GitOpsLint.Model.ArgoCD;
using GitOpsLint.Model.Helm;
using GitOpsLint.Model.Kustomize;
using GitOpsLint.Workspace;

namespace GitOpsLint.Model.References;

/// <summary>
/// Every reference written in the repository, resolved: Application and ApplicationSet sources (path, value files,
/// file parameters, multi-source <c>$ref</c>s), kustomization files and folders, and <c>file://</c> chart
/// dependencies. Built once per run from a <see cref="Repository"/>; immutable afterwards.
/// </summary>
public sealed class ReferenceIndex
{
    private ReferenceIndex(Repository repository, RepositoryIdentity identity, HelmChartCatalog charts, IReadOnlyList<SourceUnit> units,
        IReadOnlyList<Kustomization> kustomizations, IReadOnlyList<Reference> references)
    {
        Repository = repository;
        Identity = identity;
        Charts = charts;
        Units = units;
        Kustomizations = kustomizations;
        References = references;
    }

    public Repository Repository { get; }

    public RepositoryIdentity Identity { get; }

    public HelmChartCatalog Charts { get; }

    /// <summary>Every effective Application source (of Applications and of ApplicationSet templates), in object order.</summary>
    public IReadOnlyList<SourceUnit> Units { get; }

    public IReadOnlyList<Kustomization> Kustomizations { get; }

    /// <summary>Every reference, in file and position order.</summary>
    public IReadOnlyList<Reference> References { get; }

    public static ReferenceIndex Build(Repository repository)
    {
        var charts = new HelmChartCatalog(repository);
        var resolver = new ReferenceResolver(repository, charts);
        var owners = new List<(KubeObject Owner, ApplicationSpec Spec, bool IsTemplate)>();
        foreach (var kubeObject in repository.Objects)
        {
            if (ArgoApplication.From(kubeObject) is { Spec: { } spec })
            {
                owners.Add((kubeObject, spec, false));
            }
            else if (ArgoApplicationSet.From(kubeObject) is { TemplateSpec: { } templateSpec })
            {
                owners.Add((kubeObject, templateSpec, true));
            }
        }

        var evidence = owners.Where(o => !o.IsTemplate).SelectMany(o => o.Spec.EffectiveSources)
            .Where(s => s.RepoUrl is not null && s.Chart is null && s.Path is not null)
            .Select(s => (s.RepoUrl!.Value, resolver.IsEvidence(s.Path!.Value)));
        var identity = RepositoryIdentity.Build(repository.Workspace, repository.Configuration, evidence);

        var units = new List<SourceUnit>();
        var references = new List<Reference>();
        foreach (var (owner, spec, isTemplate) in owners)
        {
            foreach (var source in spec.EffectiveSources)
            {
                var unit = resolver.ResolveUnit(owner, spec, source, isTemplate, identity);
                units.Add(unit);
                if (unit.PathReference is { } pathReference)
                {
                    references.Add(pathReference);
                }

                references.AddRange(unit.ValueFiles);
                references.AddRange(unit.FileParameters);
            }
        }

        var kustomizations = repository.Files.Select(Kustomization.From).OfType<Kustomization>().ToArray();
        foreach (var kustomization in kustomizations)
        {
            references.AddRange(kustomization.References.Select(r => resolver.ResolveKustomize(kustomization, r)));
        }

        foreach (var directory in charts.Directories)
        {
            if (charts.Find(directory) is not { } chart)
            {
                continue;
            }

            foreach (var dependency in chart.Dependencies)
            {
                if (dependency.Repository is { } written && written.Value.StartsWith("file://", StringComparison.Ordinal))
                {
                    references.Add(resolver.ResolveChartDependency(chart, written));
                }
            }
        }

        references.Sort((a, b) =>
        {
            var byFile = string.CompareOrdinal(a.File, b.File);
            return byFile != 0 ? byFile : a.Written.Node.Span.Start.CompareTo(b.Written.Node.Span.Start);
        });
        return new ReferenceIndex(repository, identity, charts, units, kustomizations, references.Distinct().ToArray());
    }

    /// <summary>Folders that hold a kustomization file.</summary>
    public static bool IsKustomizationDirectory(Repository repository, string directory) =>
        new[] { "kustomization.yaml", "kustomization.yml", "Kustomization" }.Any(n => repository.FileExists(directory.Length == 0 ? n : directory + "/" + n));

    /// <summary>The relative path from folder <paramref name="from"/> to <paramref name="to"/> (both repository paths).</summary>
    public static string RelativePath(string from, string to)
    {
        var fromParts = from.Length == 0 ? [] : from.Split('/');
        var toParts = to.Length == 0 ? [] : to.Split('/');
        var common = 0;
        while (common < fromParts.Length && common < toParts.Length && fromParts[common] == toParts[common])
        {
            common++;
        }

        var parts = Enumerable.Repeat("..", fromParts.Length - common).Concat(toParts.Skip(common)).ToArray();
        return parts.Length == 0 ? "." : string.Join('/', parts);
    }

    internal static string Combine(string directory, string name) => directory.Length == 0 ? name : RepoPath.Normalize(directory + "/" + name) ?? name;
}

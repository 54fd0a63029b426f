using System.Text.RegularExpressions;
using GitOpsLint.Model.ArgoCD;
using GitOpsLint.Model.Helm;
using GitOpsLint.Model.Kustomize;
using GitOpsLint.Workspace;

namespace GitOpsLint.Model.References;

/// <summary>Resolves written paths against the repository the way Argo CD, kustomize and Helm do.</summary>
internal sealed partial class ReferenceResolver(Repository repository, HelmChartCatalog charts)
{
    /// <summary>The build environment variables Argo CD substitutes in value file paths.</summary>
    private static readonly HashSet<string> BuildEnvironment = new(StringComparer.Ordinal)
    {
        "ARGOCD_APP_NAME", "ARGOCD_APP_NAMESPACE", "ARGOCD_APP_PROJECT_NAME", "ARGOCD_APP_REVISION", "ARGOCD_APP_REVISION_SHORT",
        "ARGOCD_APP_REVISION_SHORT_8", "ARGOCD_APP_SOURCE_PATH", "ARGOCD_APP_SOURCE_REPO_URL", "ARGOCD_APP_SOURCE_TARGET_REVISION",
        "KUBE_VERSION", "KUBE_API_VERSIONS",
    };

    private readonly Lazy<string[]> directories = new(() => CollectDirectories(repository.AllFiles));

    /// <summary>Whether a source path is evidence that its repoURL is this repository: a folder other than the root that exists here.</summary>
    public bool IsEvidence(string path) => !TemplateTag.IsTemplated(path) && RepoPath.Normalize(path) is { Length: > 0 } normalized && repository.DirectoryExists(normalized);

    public SourceUnit ResolveUnit(KubeObject owner, ApplicationSpec spec, ApplicationSource source, bool isTemplate, RepositoryIdentity identity)
    {
        var unit = new SourceUnit(owner, spec, source, isTemplate);
        var file = owner.Document.File.Path;
        // A source without repoURL (already an error of its own) is read as this repository's, so that its other
        // mistakes are not hidden behind the first one.
        unit.IsLocal = source.Chart is null && (source.RepoUrl is { } url
            ? !TemplateTag.IsTemplated(url.Value) && identity.IsSelf(url.Value)
            : identity.Source != IdentitySource.None && !source.Node.ContainsKey("repoURL"));
        if (unit.IsLocal && source.Path is { } path)
        {
            unit.PathReference = ResolvePath(ReferenceKind.SourcePath, path, file, owner, string.Empty, rootRelative: true, optional: false, directory: true);
            if (unit.PathReference is { Status: ReferenceStatus.Found, Target: { } target } && !TemplateTag.IsTemplated(path.Value))
            {
                unit.Directory = target;
                unit.Chart = charts.Find(target);
            }
        }

        if (source.Helm is not { } helm)
        {
            return unit;
        }

        // Value files are relative to the source path (the chart folder); a "$ref/..." path is relative to the root
        // of the source whose ref is "ref". Remote charts' own files cannot be checked offline.
        var baseDirectory = unit.IsLocal ? RepoPath.Normalize(PathPattern.ReplaceTags(source.Path?.Value ?? string.Empty)) : null;
        unit.ValueFiles = helm.ValueFiles.Select(v => ResolveSourceFile(ReferenceKind.ValueFile, v, unit, baseDirectory, identity, helm.IgnoreMissingValueFiles)).ToArray();
        unit.FileParameters = helm.FileParameters.Where(p => p.Path is not null)
            .Select(p => ResolveSourceFile(ReferenceKind.FileParameter, p.Path!, unit, baseDirectory, identity, optional: false)).ToArray();
        return unit;
    }

    public Reference ResolveKustomize(Kustomization kustomization, KustomizeFileReference reference)
    {
        var written = reference.Written;
        if (Kustomization.IsRemote(written.Value))
        {
            return new Reference(ReferenceKind.KustomizeFile, written, kustomization.Path, null, kustomization.Directory, null, ReferenceStatus.External, []) { Detail = reference.FieldName };
        }

        var target = RepoPath.Combine(kustomization.Directory, written.Value);
        ReferenceStatus status;
        if (target is null)
        {
            status = ReferenceStatus.EscapesRoot;
        }
        else if (repository.FileExists(target))
        {
            status = ReferenceStatus.Found;
        }
        else if (reference.MayBeDirectory && repository.DirectoryExists(target) && target.Length > 0)
        {
            status = ReferenceIndex.IsKustomizationDirectory(repository, target) ? ReferenceStatus.Found : ReferenceStatus.Incomplete;
        }
        else
        {
            status = ReferenceStatus.Missing;
        }

        return new Reference(ReferenceKind.KustomizeFile, written, kustomization.Path, null, kustomization.Directory, target, status,
            status == ReferenceStatus.Found && target is not null ? [target] : []) { Detail = reference.FieldName };
    }

    public Reference ResolveChartDependency(HelmChart chart, LocatedString written)
    {
        var target = RepoPath.Combine(chart.Directory, written.Value["file://".Length..]);
        var status = target is null ? ReferenceStatus.EscapesRoot
            : repository.FileExists(ReferenceIndex.Combine(target, "Chart.yaml")) ? ReferenceStatus.Found
            : repository.DirectoryExists(target) && target.Length > 0 ? ReferenceStatus.Incomplete
            : ReferenceStatus.Missing;
        return new Reference(ReferenceKind.ChartDependency, written, chart.ChartFilePath, null, chart.Directory, target, status, status == ReferenceStatus.Found ? [target!] : []);
    }

    private Reference ResolveSourceFile(ReferenceKind kind, LocatedString written, SourceUnit unit, string? baseDirectory, RepositoryIdentity identity, bool optional)
    {
        var file = unit.Owner.Document.File.Path;
        var value = written.Value;
        Reference Make(ReferenceStatus status, string directory = "", string? target = null) =>
            new(kind, written, file, unit.Owner, directory, target, status, [], optional);

        if (value.StartsWith('$') && RefName().Match(value) is { Success: true } refMatch && !BuildEnvironment.Contains(refMatch.Groups[1].Value))
        {
            var name = refMatch.Groups[1].Value;
            var referenced = unit.Spec.EffectiveSources.FirstOrDefault(s => s.Ref?.Value == name);
            if (referenced is null)
            {
                return Make(ReferenceStatus.UnknownSourceRef);
            }

            if (referenced.RepoUrl is not { } url || TemplateTag.IsTemplated(url.Value) || !identity.IsSelf(url.Value))
            {
                return Make(ReferenceStatus.External);
            }

            return ResolvePath(kind, written with { Value = value[(refMatch.Length)..].TrimStart('/') }, file, unit.Owner, string.Empty, rootRelative: true, optional, directory: false)
                with { Written = written };
        }

        if (value.Contains("://", StringComparison.Ordinal))
        {
            return Make(ReferenceStatus.External);
        }

        if (baseDirectory is null)
        {
            return Make(unit.IsLocal ? ReferenceStatus.Unresolved : ReferenceStatus.External);
        }

        var substituted = Substitute(value, unit);
        if (substituted is null)
        {
            return Make(ReferenceStatus.Unresolved, baseDirectory);
        }

        return ResolvePath(kind, written with { Value = substituted }, file, unit.Owner, baseDirectory, rootRelative: false, optional, directory: false) with { Written = written };
    }

    /// <summary>Argo CD's build environment substitution, for the variables known offline; null when one is not.</summary>
    private static string? Substitute(string value, SourceUnit unit)
    {
        if (!value.Contains('$'))
        {
            return value;
        }

        var unknown = false;
        var result = EnvironmentVariable().Replace(value, match =>
        {
            var name = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
            string? replacement = name switch
            {
                "ARGOCD_APP_NAME" => unit.Owner.Name,
                "ARGOCD_APP_NAMESPACE" => unit.Spec.Destination?.Namespace?.Value,
                "ARGOCD_APP_PROJECT_NAME" => unit.Spec.Project?.Value,
                "ARGOCD_APP_SOURCE_PATH" => unit.Source.Path?.Value,
                "ARGOCD_APP_SOURCE_REPO_URL" => unit.Source.RepoUrl?.Value,
                "ARGOCD_APP_SOURCE_TARGET_REVISION" => unit.Source.TargetRevision?.Value,
                _ => null,
            };
            unknown |= replacement is null;
            return replacement ?? string.Empty;
        });
        return unknown || unit.IsTemplate && TemplateTag.IsTemplated(unit.Owner.Name) ? null : result;
    }

    private Reference ResolvePath(ReferenceKind kind, LocatedString written, string file, KubeObject? owner, string baseDirectory, bool rootRelative, bool optional, bool directory)
    {
        var raw = PathPattern.ReplaceTags(written.Value);
        string? target;
        if (raw.StartsWith('/'))
        {
            // Argo CD reads an absolute path as relative to the repository root.
            target = RepoPath.Normalize(raw.TrimStart('/'));
        }
        else
        {
            target = rootRelative ? RepoPath.Normalize(raw) : RepoPath.Combine(baseDirectory, raw);
        }

        if (target is null)
        {
            return new Reference(kind, written, file, owner, baseDirectory, null, ReferenceStatus.EscapesRoot, [], optional);
        }

        if (target.Contains(PathPattern.Placeholder))
        {
            var pattern = new PathPattern(target);
            var candidates = directory ? directories.Value : (IEnumerable<string>)repository.AllFiles;
            var matches = candidates.Where(pattern.IsMatch).ToArray();
            return new Reference(kind, written, file, owner, baseDirectory, pattern.Display, matches.Length > 0 ? ReferenceStatus.Found : ReferenceStatus.Missing, matches, optional);
        }

        var exists = directory ? repository.DirectoryExists(target) : repository.FileExists(target);
        return new Reference(kind, written, file, owner, baseDirectory, target, exists ? ReferenceStatus.Found : ReferenceStatus.Missing, exists ? [target] : [], optional);
    }

    private static string[] CollectDirectories(IEnumerable<string> files)
    {
        var result = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var directory = RepoPath.GetDirectory(file);
            while (directory.Length > 0 && result.Add(directory))
            {
                directory = RepoPath.GetDirectory(directory);
            }
        }

        return result.ToArray();
    }

    [GeneratedRegex(@"^\$([A-Za-z_][\w\-]*)(?=/|$)")]
    private static partial Regex RefName();

    [GeneratedRegex(@"\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))")]
    private static partial Regex EnvironmentVariable();
}

using GitOpsLint.Rendering.Helm.Loading;
using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Units;
using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rendering.ArgoCD;

/// <summary>
/// The git generator against this repository's files: <c>directories</c> (Go <c>path.Match</c> patterns over every
/// folder, with <c>exclude</c> entries) and <c>files</c> (globs with <c>**</c>; each JSON or YAML file, or each element of
/// a YAML list in it, is one parameter set). Another repository is never cloned: its generator leaves a note. A pattern
/// that leaves the repository is an error at the pattern.
/// </summary>
internal static class GitGenerator
{
    public static List<ParameterSet> Evaluate(KMapping git, GeneratorContext context)
    {
        var repoUrl = git.GetString("repoURL");
        if (!context.Discovery.Self.IsSelf(repoUrl, pathExists: !context.Discovery.Self.IsDeclared))
        {
            context.Notes.Add(new GeneratorException(
                UnitProblemCode.NotRenderableOffline,
                $"the git generator of ApplicationSet '{context.ApplicationSet.Name}' reads {repoUrl ?? "(no repoURL)"}, which is not this repository; its Applications are not rendered offline",
                git.Get("repoURL")?.Origin ?? git.Origin,
                "add the URL to repositories.self in .gitopslint.yaml if it is this repository",
                UnitProblemSeverity.Note));
            return [];
        }

        var template = GeneratorEvaluator.TemplateOf(git);
        var prefix = git.GetString("pathParamPrefix") ?? string.Empty;
        var result = new List<ParameterSet>();
        if (git.GetSequence("directories") is { } directories)
        {
            foreach (var directory in MatchDirectories(directories, context))
            {
                var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
                AddPath(parameters, prefix, directory, fileName: null, context.IsGoTemplate);
                ClusterGenerator.AddValues(git.GetMapping("values"), parameters, context);
                result.Add(new ParameterSet(parameters, template));
                context.CheckCount(result.Count, directories.Origin);
            }
        }

        if (git.GetSequence("files") is { } files)
        {
            foreach (var file in MatchFiles(files, context))
            {
                foreach (var content in ReadFile(file, context, files.Origin))
                {
                    var parameters = context.IsGoTemplate ? content : Flatten(content);
                    AddPath(parameters, prefix, RepoPath.GetDirectory(file), RepoPath.GetFileName(file), context.IsGoTemplate);
                    ClusterGenerator.AddValues(git.GetMapping("values"), parameters, context);
                    result.Add(new ParameterSet(parameters, template));
                    context.CheckCount(result.Count, files.Origin);
                }
            }
        }

        return result;
    }

    private static IEnumerable<string> MatchDirectories(KSequence entries, GeneratorContext context)
    {
        var patterns = ReadPatterns(entries, context);
        var all = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in context.Repository.AllFiles)
        {
            var directory = RepoPath.GetDirectory(file);
            while (directory.Length > 0 && all.Add(directory))
            {
                directory = RepoPath.GetDirectory(directory);
            }
        }

        return all.Where(d => !d.Split('/').Any(s => s.StartsWith('.')))
            .Where(d => patterns.Any(p => !p.Exclude && GoPathMatch.Match(p.Pattern, d)) && !patterns.Any(p => p.Exclude && GoPathMatch.Match(p.Pattern, d)));
    }

    private static IEnumerable<string> MatchFiles(KSequence entries, GeneratorContext context)
    {
        var patterns = ReadPatterns(entries, context);
        return context.Repository.AllFiles
            .Where(f => patterns.Any(p => !p.Exclude && GoGlob.Match(p.Pattern, f, starCrossesSlash: false)) && !patterns.Any(p => p.Exclude && GoGlob.Match(p.Pattern, f, starCrossesSlash: false)));
    }

    private static List<(string Pattern, bool Exclude)> ReadPatterns(KSequence entries, GeneratorContext context)
    {
        var patterns = new List<(string, bool)>();
        foreach (var entry in entries.Items.OfType<KMapping>())
        {
            if (entry.GetString("path") is not { } pattern)
            {
                continue;
            }

            var normalized = RepoPath.Normalize(pattern.TrimStart('/'));
            if (normalized is null || pattern.StartsWith('/') && pattern.Length > 1 && normalized.Length == 0)
            {
                throw new GeneratorException(
                    UnitProblemCode.OutsideRepository,
                    $"the git generator path '{pattern}' of ApplicationSet '{context.ApplicationSet.Name}' leads outside the repository; nothing outside it is read",
                    entry.Get("path")?.Origin ?? entry.Origin,
                    "write the pattern relative to the repository root, without '..'");
            }

            patterns.Add((normalized, entry.GetString("exclude") == "true"));
        }

        return patterns;
    }

    private static List<Dictionary<string, object?>> ReadFile(string path, GeneratorContext context, NodeOrigin? where)
    {
        var bytes = context.Repository.Workspace.ReadFile(path);
        if (bytes is null)
        {
            return [];
        }

        var parsed = YamlParser.Parse(path, bytes);
        if (parsed.Issues.FirstOrDefault() is { } issue)
        {
            throw new GeneratorException(UnitProblemCode.RenderFailed, $"unable to parse file {path} read by the git files generator of ApplicationSet '{context.ApplicationSet.Name}': {issue.Message}", where, "fix the file; Argo CD stops the whole ApplicationSet on it");
        }

        var root = parsed.Documents.FirstOrDefault()?.Root;
        return ParameterValues.FromYaml(root ?? YamlParser.Parse(path, "{}").Documents[0].Root!) switch
        {
            Dictionary<string, object?> map => [map],
            List<object?> list => list.OfType<Dictionary<string, object?>>().ToList(),
            _ => [],
        };
    }

    private static Dictionary<string, object?> Flatten(Dictionary<string, object?> content)
    {
        var flat = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in content)
        {
            ParameterValues.Flatten(key, value, flat);
        }

        return flat;
    }

    /// <summary>The <c>path</c> parameters: <c>path</c>, <c>path.basename</c>, <c>path.basenameNormalized</c>, segments, and for files <c>path.filename</c> and <c>path.filenameNormalized</c>.</summary>
    private static void AddPath(Dictionary<string, object?> parameters, string prefix, string directory, string? fileName, bool goTemplate)
    {
        var basename = directory.Length == 0 ? "." : RepoPath.GetFileName(directory);
        var segments = directory.Length == 0 ? [] : directory.Split('/');
        if (goTemplate)
        {
            var path = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["path"] = directory.Length == 0 ? "." : directory,
                ["basename"] = basename,
                ["basenameNormalized"] = NameSanitizer.Normalize(basename),
                ["segments"] = segments.Select(s => (object?)s).ToList(),
            };
            if (fileName is not null)
            {
                path["filename"] = fileName;
                path["filenameNormalized"] = NameSanitizer.Normalize(fileName);
            }

            if (prefix.Length > 0)
            {
                parameters[prefix] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["path"] = path };
            }
            else
            {
                parameters["path"] = path;
            }

            return;
        }

        var key = prefix.Length > 0 ? prefix + ".path" : "path";
        parameters[key] = directory.Length == 0 ? "." : directory;
        parameters[key + ".basename"] = basename;
        parameters[key + ".basenameNormalized"] = NameSanitizer.Normalize(basename);
        for (var i = 0; i < segments.Length; i++)
        {
            parameters[$"{key}[{i}]"] = segments[i];
        }

        if (fileName is not null)
        {
            parameters[key + ".filename"] = fileName;
            parameters[key + ".filenameNormalized"] = NameSanitizer.Normalize(fileName);
        }
    }
}

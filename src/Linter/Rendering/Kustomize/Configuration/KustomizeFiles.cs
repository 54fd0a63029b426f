using System.Text;
using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rendering.Kustomize.Configuration;

/// <summary>
/// Reads the files a kustomization names, with kustomize's load restrictions: a file must be in or below the
/// kustomization's folder (folders of bases may be elsewhere in the repository), and nothing is read outside the
/// repository. Violations and missing files stop the build with kustomize's wording.
/// </summary>
internal sealed class KustomizeFiles(IWorkspace workspace)
{
    public IWorkspace Workspace { get; } = workspace;

    /// <summary>The repository path of a file a kustomization in <paramref name="directory"/> names, checked to be readable.</summary>
    public string ResolveFile(string directory, string relative, NodeOrigin? origin, string fallbackPath)
    {
        var path = RepoPath.Combine(directory, relative)
            ?? throw BuildStop.At(origin, fallbackPath, $"security; file '{relative}' is not in or below '{DisplayDirectory(directory)}'", "files a kustomization reads must be inside its folder and inside the repository");
        if (!RepoPath.IsUnder(path, directory))
        {
            throw BuildStop.At(origin, fallbackPath, $"security; file '{path}' is not in or below '{DisplayDirectory(directory)}'", "move the file into the kustomization's folder, or make its folder a base with its own kustomization.yaml");
        }

        if (!Workspace.FileExists(path))
        {
            throw BuildStop.At(origin, fallbackPath, $"evalsymlink failure on '{path}' : lstat {path}: no such file or directory", "check the path; it is relative to the kustomization's folder");
        }

        return path;
    }

    public byte[] ReadBytes(string path, NodeOrigin? origin, string fallbackPath) =>
        Workspace.ReadFile(path) ?? throw BuildStop.At(origin, fallbackPath, $"evalsymlink failure on '{path}' : lstat {path}: no such file or directory");

    public string ReadText(string path, NodeOrigin? origin, string fallbackPath)
    {
        var bytes = ReadBytes(path, origin, fallbackPath);
        return bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3) : Encoding.UTF8.GetString(bytes);
    }

    /// <summary>The non-empty documents of a YAML text; a syntax error stops the build at its position.</summary>
    public static IReadOnlyList<KNode> ParseDocuments(string path, string text)
    {
        var file = YamlParser.Parse(path, text);
        var fatal = file.Issues.FirstOrDefault(i => i.Kind is SyntaxIssueKind.SyntaxError or SyntaxIssueKind.InvalidEncoding or SyntaxIssueKind.FileTooLarge);
        if (fatal is not null)
        {
            throw new BuildStop(new KustomizeError(path, fatal.Span.Start.Line, fatal.Span.Start.Column, $"MalformedYAMLError: {fatal.Message} in File: {path}"));
        }

        return file.Documents.Where(d => d.Root is not null).Select(d => KNodeConverter.Convert(d.Root!, path)).ToArray();
    }

    private static string DisplayDirectory(string directory) => directory.Length == 0 ? "." : directory;
}

using System.Text;
using GitOpsLint.Configuration;
using GitOpsLint.Workspace;

namespace GitOpsLint.Model.References;

/// <summary>How the linter learnt which URLs name this repository.</summary>
public enum IdentitySource
{
    /// <summary>Nothing says it: no git remote, no configuration, no evidence; no source is considered local.</summary>
    None,

    /// <summary>The <c>repositories.self</c> list of .gitopslint.yaml and/or the remotes of <c>.git/config</c>.</summary>
    Declared,

    /// <summary>
    /// Inferred: a repoURL is this repository when at least one Application source with that URL names a folder
    /// (other than the root) that exists here.
    /// </summary>
    Inferred,
}

/// <summary>
/// Decides whether a source's <c>repoURL</c> is this repository: from the <c>repositories.self</c> configuration,
/// the remotes in <c>.git/config</c> (read through the workspace, so never outside the root), or, when neither
/// exists, inferred from the sources whose paths exist here.
/// </summary>
public sealed class RepositoryIdentity
{
    private readonly HashSet<string> urls;

    private RepositoryIdentity(HashSet<string> urls, IdentitySource source)
    {
        this.urls = urls;
        Source = source;
    }

    public IdentitySource Source { get; }

    /// <summary>The normalised URLs of this repository, sorted.</summary>
    public IReadOnlyList<string> Urls => urls.Order(StringComparer.Ordinal).ToArray();

    /// <param name="evidence">Application git sources: their repoURL and whether their path is a folder here (not the root).</param>
    public static RepositoryIdentity Build(IWorkspace workspace, LintConfiguration configuration, IEnumerable<(string RepoUrl, bool PathExists)> evidence)
    {
        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var url in RepositoriesSection.From(configuration).Self.Concat(ReadGitRemotes(workspace)))
        {
            declared.Add(Normalize(url));
        }

        if (declared.Count > 0)
        {
            return new RepositoryIdentity(declared, IdentitySource.Declared);
        }

        var inferred = evidence.Where(e => e.PathExists).Select(e => Normalize(e.RepoUrl)).ToHashSet(StringComparer.Ordinal);
        return new RepositoryIdentity(inferred, inferred.Count > 0 ? IdentitySource.Inferred : IdentitySource.None);
    }

    public bool IsSelf(string repoUrl) => urls.Contains(Normalize(repoUrl));

    /// <summary>
    /// The comparable form of a git URL: <c>https://user@GitHub.com/org/repo.git/</c>, <c>git@github.com:org/repo</c>
    /// and <c>ssh://git@github.com/org/repo.git</c> all become <c>github.com/org/repo</c>.
    /// </summary>
    public static string Normalize(string url)
    {
        var text = url.Trim();
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            text = text[(scheme + 3)..];
        }

        var at = text.IndexOf('@');
        var firstSlash = text.IndexOf('/');
        if (at >= 0 && (firstSlash < 0 || at < firstSlash))
        {
            text = text[(at + 1)..];
        }

        // scp-like syntax host:org/repo (a colon before the first slash that is not a port).
        var colon = text.IndexOf(':');
        firstSlash = text.IndexOf('/');
        if (colon >= 0 && (firstSlash < 0 || colon < firstSlash))
        {
            var after = text[(colon + 1)..];
            var port = after.TakeWhile(char.IsAsciiDigit).Count();
            text = port > 0 && (port == after.Length || after[port] == '/') ? text[..colon] + after[port..] : text[..colon] + "/" + after;
        }

        text = text.TrimEnd('/');
        if (text.EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^4];
        }

        var slash = text.IndexOf('/');
        return slash < 0 ? text.ToLowerInvariant() : text[..slash].ToLowerInvariant() + text[slash..];
    }

    /// <summary>The <c>url</c> values of <c>[remote "..."]</c> sections of <c>.git/config</c>, when the workspace has that file.</summary>
    private static IEnumerable<string> ReadGitRemotes(IWorkspace workspace)
    {
        if (workspace.ReadFile(".git/config") is not { } bytes)
        {
            yield break;
        }

        var inRemote = false;
        foreach (var rawLine in Encoding.UTF8.GetString(bytes).Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.StartsWith('['))
            {
                inRemote = line.StartsWith("[remote ", StringComparison.Ordinal);
                continue;
            }

            if (!inRemote)
            {
                continue;
            }

            var equals = line.IndexOf('=');
            if (equals > 0 && line[..equals].Trim() == "url")
            {
                yield return line[(equals + 1)..].Trim();
            }
        }
    }
}

using System.Text;
using GitOpsLint.Configuration;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rendering.Units;

/// <summary>
/// Which repository URLs are this repository: the remotes of <c>.git/config</c> (read through the workspace) and the
/// aliases in the configuration's <c>repositories.self</c> list. When neither says anything, a git source counts as this
/// repository when its path exists here (the usual case for a monorepo checked out without its <c>.git</c>).
/// </summary>
public sealed class SelfRepository
{
    private readonly HashSet<string> urls;

    private SelfRepository(HashSet<string> urls)
    {
        this.urls = urls;
    }

    /// <summary>Whether any URL is known; when false, locality is inferred from paths.</summary>
    public bool IsDeclared => urls.Count > 0;

    public IReadOnlyList<string> Urls => urls.Order(StringComparer.Ordinal).ToArray();

    public static SelfRepository Read(IWorkspace workspace, LintConfiguration configuration)
    {
        var urls = new HashSet<string>(StringComparer.Ordinal);
        foreach (var url in ConfiguredAliases(configuration).Concat(GitRemotes(workspace)))
        {
            urls.Add(Normalize(url));
        }

        return new SelfRepository(urls);
    }

    /// <summary>Whether <paramref name="repoUrl"/> is this repository; <paramref name="pathExists"/> decides when nothing is declared.</summary>
    public bool IsSelf(string? repoUrl, bool pathExists) =>
        repoUrl is null || repoUrl.Length == 0 ? pathExists : IsDeclared ? urls.Contains(Normalize(repoUrl)) : pathExists;

    /// <summary><c>https://User@GitHub.com/org/repo.git/</c>, <c>git@github.com:org/repo</c> and <c>ssh://git@github.com/org/repo</c> all become <c>github.com/org/repo</c>.</summary>
    public static string Normalize(string url)
    {
        var text = url.Trim();
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            text = text[(scheme + 3)..];
        }

        var slash = text.IndexOf('/');
        var at = text.IndexOf('@');
        if (at >= 0 && (slash < 0 || at < slash))
        {
            text = text[(at + 1)..];
        }

        // scp-like "host:org/repo"; a colon followed by digits and a slash is a port.
        var colon = text.IndexOf(':');
        slash = text.IndexOf('/');
        if (colon >= 0 && (slash < 0 || colon < slash))
        {
            var rest = text[(colon + 1)..];
            var digits = rest.TakeWhile(char.IsAsciiDigit).Count();
            text = digits > 0 && (digits == rest.Length || rest[digits] == '/') ? text[..colon] + rest[digits..] : text[..colon] + "/" + rest;
        }

        text = text.TrimEnd('/');
        if (text.EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^4];
        }

        slash = text.IndexOf('/');
        return slash < 0 ? text.ToLowerInvariant() : text[..slash].ToLowerInvariant() + text[slash..];
    }

    private static IEnumerable<string> ConfiguredAliases(LintConfiguration configuration)
    {
        var self = configuration.Root?.GetMapping("repositories")?.GetValue("self");
        return self switch
        {
            Syntax.YamlScalar { IsNull: false } single => [single.Value],
            Syntax.YamlSequence list => list.Items.OfType<Syntax.YamlScalar>().Where(s => !s.IsNull).Select(s => s.Value),
            _ => [],
        };
    }

    private static IEnumerable<string> GitRemotes(IWorkspace workspace)
    {
        if (workspace.ReadFile(".git/config") is not { } bytes)
        {
            yield break;
        }

        var inRemote = false;
        foreach (var raw in Encoding.UTF8.GetString(bytes).Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                inRemote = line.StartsWith("[remote ", StringComparison.Ordinal);
            }
            else if (inRemote && line.IndexOf('=') is > 0 and var equals && line[..equals].Trim() == "url")
            {
                yield return line[(equals + 1)..].Trim();
            }
        }
    }
}

namespace GitOpsLint.Workspace.Git;

/// <summary>Names the <c>git fetch</c> that would bring a revision a CI clone lacks.</summary>
internal static class FetchAdvice
{
    /// <summary>
    /// <c>origin/main</c> → <c>git fetch origin main</c>; a commit id → <c>git fetch origin ID</c>; <c>HEAD~3</c> in a shallow
    /// clone → <c>git fetch --unshallow</c>; a bare name → <c>git fetch origin NAME</c>.
    /// </summary>
    public static string For(string revision, IReadOnlyCollection<string> remotes, bool shallow)
    {
        var remote = remotes.Contains("origin") ? "origin" : remotes.FirstOrDefault() ?? "origin";
        var slash = revision.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && remotes.Contains(revision[..slash]))
        {
            remote = revision[..slash];
            var branch = StripSuffix(revision[(slash + 1)..]);
            return shallow && branch != revision[(slash + 1)..]
                ? $"git fetch --unshallow {remote}"
                : $"git fetch {remote} {branch}:refs/remotes/{remote}/{branch}";
        }

        var name = StripSuffix(revision);
        if (name != revision && shallow)
        {
            // HEAD~3, main^2: the name exists but history behind it was not fetched.
            return $"git fetch --unshallow {remote}";
        }

        if (name is "HEAD" or "@")
        {
            return $"git fetch --unshallow {remote}";
        }

        return $"git fetch {remote} {name}";
    }

    /// <summary>"main~2" → "main"; "v1^{tree}" → "v1"; the name a navigation expression starts from.</summary>
    private static string StripSuffix(string revision)
    {
        var end = revision.IndexOfAny(['~', '^', '@', ':']);
        return end > 0 ? revision[..end] : revision;
    }
}

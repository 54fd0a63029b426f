namespace GitOpsLint.Tests.Rendering.Helm;

/// <summary>A theory over helm's own goldens (<c>&lt;repo&gt;/../shared/upstream/helm-golden</c>), skipped with a message when they are absent.</summary>
public sealed class HelmGoldensTheoryAttribute : TheoryAttribute
{
    public HelmGoldensTheoryAttribute()
    {
        if (!Directory.Exists(Folder))
        {
            Skip = $"helm goldens not found at {Folder}";
        }
    }

    internal static string Folder { get; } =
        Path.GetFullPath(Path.Combine(FixtureCases.Root, "..", "..", "..", "..", "shared", "upstream", "helm-golden"));
}

using GitOpsLint.Tests.Reporting;

namespace GitOpsLint.Tests.Schemas;

/// <summary>A fact skipped, with a message, when ../shared/upstream is absent (a user's clone).</summary>
public sealed class UpstreamFactAttribute : FactAttribute
{
    public static string Upstream => Path.GetFullPath(Path.Combine(TestPaths.RepositoryRoot, "..", "shared", "upstream"));

    public UpstreamFactAttribute()
    {
        if (!Directory.Exists(Upstream))
        {
            Skip = $"the upstream CRDs and OpenAPI are not at {Upstream} (../shared is absent in this clone)";
        }
    }
}

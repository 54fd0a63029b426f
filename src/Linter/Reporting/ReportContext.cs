using GitOpsLint.Engine;

namespace GitOpsLint.Reporting;

/// <summary>Everything a reporter needs: the result, the tool's identity, and how the invocation ended.</summary>
public sealed record ReportContext(LintResult Result, string ToolVersion, int ExitCode)
{
    /// <summary>Absolute folder of the repository on disk, when there is one (for absolute paths in IDE formats).</summary>
    public string? RepositoryRoot { get; init; }

    /// <summary>Tool-level messages for the run (e.g. "2 units could not be rendered offline"); SARIF invocation notifications.</summary>
    public IReadOnlyList<string> Notifications { get; init; } = [];

    /// <summary>Colour for terminals (text format only); never when NO_COLOR is set or output is redirected.</summary>
    public bool UseColor { get; init; }

    /// <summary>Print absolute paths (msbuild format default, for $msCompile) rather than repository-relative ones.</summary>
    public bool AbsolutePaths { get; init; }

    /// <summary>
    /// Whether the run itself worked (SARIF <c>executionSuccessful</c>). Finding problems is a successful run even when
    /// it makes the exit code non-zero; a broken configuration or a crash is not.
    /// </summary>
    public bool ExecutionSuccessful { get; init; } = true;

    /// <summary>The repository folder on disk: <see cref="RepositoryRoot"/>, else the workspace's own folder, else null (git revisions, memory).</summary>
    internal string? EffectiveRoot => RepositoryRoot ?? Result.Repository.Workspace.RootDirectory;
}

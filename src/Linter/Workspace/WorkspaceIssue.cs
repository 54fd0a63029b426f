namespace GitOpsLint.Workspace;

public enum WorkspaceIssueKind
{
    /// <summary>A symbolic link whose target lies outside the repository root; it is not followed.</summary>
    LinkEscapesRoot,

    /// <summary>A file or folder that could not be read.</summary>
    Unreadable,
}

/// <summary>A problem with a repository path itself, found while listing files.</summary>
public sealed record WorkspaceIssue(WorkspaceIssueKind Kind, string Path, string Message);

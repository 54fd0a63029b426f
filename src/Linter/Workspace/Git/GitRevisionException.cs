namespace GitOpsLint.Workspace.Git;

/// <summary>
/// A revision that cannot be read: it does not exist here, lies beyond a shallow clone's history, or its objects are
/// missing. The message says what happened and the git command that would fix it.
/// </summary>
public sealed class GitRevisionException : Exception
{
    public GitRevisionException(string message)
        : base(message)
    {
    }

    public GitRevisionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

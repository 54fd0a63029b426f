using System.Text;
using LibGit2Sharp;

namespace GitOpsLint.Tests.Workspace.Git;

/// <summary>A real git repository in a temporary folder, for tests: write files, commit, branch; deleted on dispose.</summary>
internal sealed class TemporaryGitRepository : IDisposable
{
    private static readonly Signature Author = new("Test", "test@example.com", new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero));

    public TemporaryGitRepository()
    {
        Root = Path.Combine(Path.GetTempPath(), "gitopslint-git-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        LibGit2Sharp.Repository.Init(Root);
        Git = new LibGit2Sharp.Repository(Root);
    }

    public string Root { get; }

    public LibGit2Sharp.Repository Git { get; }

    public TemporaryGitRepository Write(string path, string text) => Write(path, Encoding.UTF8.GetBytes(text));

    public TemporaryGitRepository Write(string path, byte[] bytes)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    public TemporaryGitRepository Delete(string path)
    {
        File.Delete(Path.Combine(Root, path));
        return this;
    }

    public TemporaryGitRepository Move(string from, string to)
    {
        var target = Path.Combine(Root, to);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(Path.Combine(Root, from), target);
        return this;
    }

    public TemporaryGitRepository Link(string path, string target)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.CreateSymbolicLink(full, target);
        return this;
    }

    /// <summary>Stages everything (additions, changes, deletions) and commits; returns the commit id.</summary>
    public string Commit(string message)
    {
        Commands.Stage(Git, "*");
        return Git.Commit(message, Author, Author, new CommitOptions { AllowEmptyCommit = true }).Sha;
    }

    public void Branch(string name) => Git.CreateBranch(name);

    /// <summary>Makes <c>refs/remotes/REMOTE/BRANCH</c> point at <paramref name="commit"/>, as a CI fetch of that branch does.</summary>
    public void RemoteRef(string remote, string branch, string commit)
    {
        if (Git.Network.Remotes[remote] is null)
        {
            Git.Network.Remotes.Add(remote, "https://example.com/repo.git");
        }

        Git.Refs.Add($"refs/remotes/{remote}/{branch}", new ObjectId(commit));
    }

    /// <summary>Marks <paramref name="commit"/> as a shallow boundary (what <c>git clone --depth 1</c> records): its parents are not known.</summary>
    public void MakeShallow(string commit)
    {
        File.WriteAllText(Path.Combine(Root, ".git", "shallow"), commit + "\n");
    }

    public void Dispose()
    {
        Git.Dispose();
        try
        {
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; failing a test over it is not.
        }
    }
}

using System.Text;
using GitOpsLint.Workspace;
using GitOpsLint.Workspace.Git;

namespace GitOpsLint.Tests.Workspace.Git;

public sealed class GitRevisionWorkspaceTests : IDisposable
{
    private readonly TemporaryGitRepository git = new();

    public void Dispose() => git.Dispose();

    [Fact]
    public void Reads_each_revision_without_touching_the_working_tree()
    {
        git.Write("apps/web/deployment.yaml", "replicas: 1\n").Write("README.md", "hello\n");
        var first = git.Commit("first");
        git.Write("apps/web/deployment.yaml", "replicas: 2\n").Write("apps/api/service.yaml", "kind: Service\n").Delete("README.md");
        git.Commit("second");
        git.Write("apps/web/deployment.yaml", "replicas: 3 # uncommitted\n");

        using var old = GitRevisionWorkspace.Open(git.Root, "HEAD~1");
        using var head = GitRevisionWorkspace.Open(git.Root, "HEAD");

        Assert.Equal(first, old.CommitId);
        Assert.Equal(["README.md", "apps/web/deployment.yaml"], old.ListFiles(""));
        Assert.Equal("replicas: 1\n", Text(old, "apps/web/deployment.yaml"));
        Assert.Equal(["apps/api/service.yaml", "apps/web/deployment.yaml"], head.ListFiles(""));
        Assert.Equal("replicas: 2\n", Text(head, "apps/web/deployment.yaml"));
        Assert.Equal(["apps/api/service.yaml"], head.ListFiles("apps/api"));
        Assert.True(head.DirectoryExists("apps"));
        Assert.True(head.DirectoryExists(""));
        Assert.False(head.DirectoryExists("apps/we"));
        Assert.False(head.FileExists("README.md"));
        Assert.Null(head.ReadFile("README.md"));
        Assert.Equal(-1, head.GetFileSize("README.md"));
        Assert.Equal(12, head.GetFileSize("apps/web/deployment.yaml"));
        Assert.Null(head.ReadFile("../outside.yaml"));
        Assert.Null(head.RootDirectory);
        Assert.StartsWith("HEAD (", head.DisplayName, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolves_a_fetched_remote_ref_tags_and_rev_parse_expressions()
    {
        git.Write("a.yaml", "v: 1\n");
        var first = git.Commit("first");
        git.Git.Tags.Add("v1.0.0", git.Git.Head.Tip, new LibGit2Sharp.Signature("t", "t@example.com", DateTimeOffset.UnixEpoch), "annotated");
        git.Write("a.yaml", "v: 2\n");
        var second = git.Commit("second");
        git.RemoteRef("origin", "main", first);

        using var remote = GitRevisionWorkspace.Open(git.Root, "origin/main");
        using var tag = GitRevisionWorkspace.Open(git.Root, "v1.0.0");
        using var shortId = GitRevisionWorkspace.Open(git.Root, second[..8]);
        using var parent = GitRevisionWorkspace.Open(git.Root, "HEAD^");

        Assert.Equal("v: 1\n", Text(remote, "a.yaml"));
        Assert.Equal(first, tag.CommitId);
        Assert.Equal(second, shortId.CommitId);
        Assert.Equal(first, parent.CommitId);
    }

    [Fact]
    public void Three_dots_name_the_merge_base()
    {
        git.Write("a.yaml", "v: 1\n");
        var fork = git.Commit("fork point");
        git.Branch("feature");
        git.Write("a.yaml", "v: main\n");
        git.Commit("on main");
        LibGit2Sharp.Commands.Checkout(git.Git, "feature");
        git.Write("a.yaml", "v: feature\n");
        git.Commit("on feature");

        using var mergeBase = GitRevisionWorkspace.Open(git.Root, "master...feature");

        Assert.Equal(fork, mergeBase.CommitId);
    }

    [Fact]
    public void A_missing_revision_names_the_fetch_that_brings_it()
    {
        git.Write("a.yaml", "v: 1\n");
        var commit = git.Commit("first");
        git.RemoteRef("origin", "main", commit);

        var remoteBranch = Assert.Throws<GitRevisionException>(() => GitRevisionWorkspace.Open(git.Root, "origin/release-1.2"));
        var plainName = Assert.Throws<GitRevisionException>(() => GitRevisionWorkspace.Open(git.Root, "nonexistent"));

        Assert.Equal("revision 'origin/release-1.2' was not found in this repository; fetch it with: git fetch origin release-1.2:refs/remotes/origin/release-1.2", remoteBranch.Message);
        Assert.Equal("revision 'nonexistent' was not found in this repository; fetch it with: git fetch origin nonexistent", plainName.Message);
    }

    [Fact]
    public void A_shallow_clone_missing_the_base_says_so()
    {
        git.Write("a.yaml", "v: 1\n");
        git.Commit("first");
        git.Write("a.yaml", "v: 2\n");
        var head = git.Commit("second");
        git.RemoteRef("origin", "main", head);
        git.MakeShallow(head);

        var error = Assert.Throws<GitRevisionException>(() => GitRevisionWorkspace.Open(git.Root, "HEAD~1"));

        Assert.Equal(
            "revision 'HEAD~1' was not found, and this clone is shallow (made with --depth, as CI checkouts are by default): its history may simply not have been fetched; "
            + "fetch it with: git fetch --unshallow origin (or check out with full history, e.g. actions/checkout with fetch-depth: 0)",
            error.Message);
    }

    [Fact]
    public void Not_a_repository_is_a_clear_error()
    {
        var folder = Path.Combine(Path.GetTempPath(), "gitopslint-nogit-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            var error = Assert.Throws<GitRevisionException>(() => GitRevisionWorkspace.Open(folder, "HEAD"));
            Assert.Contains("is not inside a git repository", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    [Fact]
    public void Binary_files_are_bytes()
    {
        byte[] bytes = [0, 1, 2, 0xFF, 0xFE, 0x80, (byte)'\n', 0];
        git.Write("charts/app/charts/dep-1.0.0.tgz", bytes);
        git.Commit("binary");

        using var workspace = GitRevisionWorkspace.Open(git.Root, "HEAD");

        Assert.Equal(bytes, workspace.ReadFile("charts/app/charts/dep-1.0.0.tgz"));
        Assert.Equal(bytes.Length, workspace.GetFileSize("charts/app/charts/dep-1.0.0.tgz"));
    }

    [Fact]
    public void Links_inside_are_followed_and_links_outside_are_reported_like_the_working_tree()
    {
        git.Write("base/deployment.yaml", "kind: Deployment\n")
            .Link("overlays/prod/deployment.yaml", "../../base/deployment.yaml")
            .Link("shared", "base")
            .Link("overlays/prod/passwd", "/etc/passwd")
            .Link("overlays/prod/up", "../../../outside");
        git.Commit("links");

        using var revision = GitRevisionWorkspace.Open(git.Root, "HEAD");
        var disk = new FileSystemWorkspace(git.Root);

        Assert.Equal(["base/deployment.yaml", "overlays/prod/deployment.yaml"], revision.ListFiles(""));
        Assert.Equal("kind: Deployment\n", Text(revision, "overlays/prod/deployment.yaml"));
        Assert.Null(revision.ReadFile("shared/deployment.yaml"));
        Assert.Equal(
            [(WorkspaceIssueKind.LinkEscapesRoot, "overlays/prod/passwd", "symbolic link to '/etc/passwd' points outside the repository; it was not followed"),
             (WorkspaceIssueKind.LinkEscapesRoot, "overlays/prod/up", "symbolic link to '../../../outside' points outside the repository; it was not followed")],
            revision.Issues.Select(i => (i.Kind, i.Path, i.Message)));
        Assert.Equal(disk.Issues.Select(i => (i.Kind, i.Path, i.Message)), revision.Issues.Select(i => (i.Kind, i.Path, i.Message)));
        Assert.Equal(disk.ListFiles(""), revision.ListFiles(""));
    }

    [Fact]
    public void A_subfolder_is_a_root_of_its_own()
    {
        git.Write("gitops/apps/a.yaml", "a: 1\n").Write("other/b.yaml", "b: 1\n").Link("gitops/escape", "../other");
        git.Commit("nested");

        using var workspace = GitRevisionWorkspace.Open(Path.Combine(git.Root, "gitops"), "HEAD");

        Assert.Equal("gitops", workspace.Subdirectory);
        Assert.Equal(["apps/a.yaml"], workspace.ListFiles(""));
        Assert.Equal("a: 1\n", Text(workspace, "apps/a.yaml"));
        Assert.Equal("escape", Assert.Single(workspace.Issues).Path);
    }

    [Fact]
    public void Blob_ids_identify_content_across_revisions()
    {
        git.Write("a.yaml", "same\n").Write("b.yaml", "before\n");
        git.Commit("first");
        git.Write("b.yaml", "after\n").Move("a.yaml", "renamed/a.yaml");
        git.Commit("second");

        using var before = GitRevisionWorkspace.Open(git.Root, "HEAD~1");
        using var after = GitRevisionWorkspace.Open(git.Root, "HEAD");

        Assert.Equal(before.BlobId("a.yaml"), after.BlobId("renamed/a.yaml"));
        Assert.NotEqual(before.BlobId("b.yaml"), after.BlobId("b.yaml"));
        Assert.Null(after.BlobId("a.yaml"));
    }

    [Fact]
    public void Reads_in_parallel()
    {
        for (var i = 0; i < 50; i++)
        {
            git.Write($"f/{i:D2}.yaml", $"i: {i}\n");
        }

        git.Commit("many");
        using var workspace = GitRevisionWorkspace.Open(git.Root, "HEAD");

        var texts = new string[50];
        Parallel.For(0, 50, i => texts[i] = Text(workspace, $"f/{i:D2}.yaml"));

        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"i: {i}\n"), texts);
    }

    private static string Text(IWorkspace workspace, string path) => Encoding.UTF8.GetString(workspace.ReadFile(path) ?? throw new InvalidOperationException(path + " missing"));
}

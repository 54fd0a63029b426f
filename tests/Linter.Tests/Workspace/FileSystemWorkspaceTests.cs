using GitOpsLint.Workspace;

namespace GitOpsLint.Tests.Workspace;

public sealed class FileSystemWorkspaceTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("gol-ws-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private void Write(string relative, string text)
    {
        var full = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    [Fact]
    public void ListsFilesSortedAndSkipsGitFolder()
    {
        Write("b.yaml", "b");
        Write("a/c.yaml", "c");
        Write(".git/config", "x");
        var workspace = new FileSystemWorkspace(root);
        Assert.Equal(["a/c.yaml", "b.yaml"], workspace.ListFiles(string.Empty));
        Assert.True(workspace.DirectoryExists("a"));
        Assert.Equal("c", System.Text.Encoding.UTF8.GetString(workspace.ReadFile("a/./c.yaml")!));
    }

    [Fact]
    public void NeverReadsOutsideTheRoot()
    {
        Write("a.yaml", "a");
        var outside = Path.Combine(Path.GetDirectoryName(root)!, Path.GetFileName(root) + "-secret.txt");
        File.WriteAllText(outside, "secret");
        try
        {
            var workspace = new FileSystemWorkspace(root);
            Assert.Null(workspace.ReadFile("../" + Path.GetFileName(outside)));
            Assert.Null(workspace.ReadFile(outside));
            Assert.False(workspace.FileExists("../" + Path.GetFileName(outside)));
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void LinksLeavingTheRootAreReportedNotFollowed()
    {
        Write("a.yaml", "a");
        File.CreateSymbolicLink(Path.Combine(root, "passwd.yaml"), "/etc/passwd");
        Directory.CreateSymbolicLink(Path.Combine(root, "etc"), "/etc");
        File.CreateSymbolicLink(Path.Combine(root, "inside.yaml"), Path.Combine(root, "a.yaml"));
        var workspace = new FileSystemWorkspace(root);
        Assert.Equal(["a.yaml", "inside.yaml"], workspace.ListFiles(string.Empty));
        Assert.Equal(2, workspace.Issues.Count);
        Assert.All(workspace.Issues, i => Assert.Equal(WorkspaceIssueKind.LinkEscapesRoot, i.Kind));
        Assert.Null(workspace.ReadFile("passwd.yaml"));
        Assert.Null(workspace.ReadFile("etc/hostname"));
        Assert.NotNull(workspace.ReadFile("inside.yaml"));
    }

    [Fact]
    public void GitIgnoreIsHonoured()
    {
        Write(".gitignore", "*.log\nbuild/\n!keep.log\n");
        Write("x.log", "x");
        Write("keep.log", "k");
        Write("build/out.yaml", "o");
        Write("sub/.gitignore", "local.yaml\n");
        Write("sub/local.yaml", "l");
        Write("sub/other.yaml", "o");
        var workspace = new FileSystemWorkspace(root);
        var ignore = new GitIgnore(workspace, workspace.ListFiles(string.Empty));
        Assert.True(ignore.IsIgnored("x.log"));
        Assert.False(ignore.IsIgnored("keep.log"));
        Assert.True(ignore.IsIgnored("build/out.yaml"));
        Assert.True(ignore.IsIgnored("sub/local.yaml"));
        Assert.False(ignore.IsIgnored("sub/other.yaml"));
        Assert.False(ignore.IsIgnored("local.yaml"));
    }
}

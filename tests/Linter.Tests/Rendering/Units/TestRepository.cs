using System.Text;
using GitOpsLint.Configuration;
using GitOpsLint.Engine;
using GitOpsLint.Model;
using GitOpsLint.Workspace;

namespace GitOpsLint.Tests.Rendering.Units;

/// <summary>Builds a <see cref="Repository"/> from in-memory files (with .gitopslint.yaml when given) through the real loader.</summary>
internal static class TestRepository
{
    public static Repository Load(params (string Path, string Text)[] files)
    {
        var workspace = new InMemoryWorkspace(files.Select(f => KeyValuePair.Create(f.Path, f.Text)));
        return Load(workspace);
    }

    public static Repository Load(IWorkspace workspace)
    {
        var configuration = LintConfiguration.Default;
        if (workspace.ReadFile(ConfigurationLoader.DefaultFileName) is { } bytes)
        {
            var (loaded, errors) = ConfigurationLoader.Load(ConfigurationLoader.DefaultFileName, bytes);
            Assert.Empty(errors);
            configuration = loaded;
        }

        return RepositoryLoader.Load(workspace, configuration);
    }

    /// <summary>The text of a file with the lines numbered as a reviewer reads them (for locating expectations).</summary>
    public static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}

using GitOpsLint.Configuration;
using GitOpsLint.Engine;
using GitOpsLint.Model;
using GitOpsLint.Workspace;

namespace GitOpsLint.Tests.Model.References;

/// <summary>Loads in-memory files as a <see cref="Repository"/> for model tests.</summary>
internal static class ModelRepository
{
    public static Repository Load(IReadOnlyDictionary<string, string> files) =>
        RepositoryLoader.Load(new InMemoryWorkspace(files), LintConfiguration.Default);
}

using GitOpsLint.Diagnostics;
using GitOpsLint.Model;

namespace GitOpsLint.Analysis;

public sealed class RepositoryAnalysisContext(Repository repository, Action<Diagnostic> report)
{
    public Repository Repository { get; } = repository;

    public void Report(Diagnostic diagnostic) => report(diagnostic);
}

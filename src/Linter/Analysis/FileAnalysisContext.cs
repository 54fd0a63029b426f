using GitOpsLint.Diagnostics;
using GitOpsLint.Model;

namespace GitOpsLint.Analysis;

public sealed class FileAnalysisContext(SourceFile file, Repository repository, Action<Diagnostic> report)
{
    public SourceFile File { get; } = file;

    public Repository Repository { get; } = repository;

    public void Report(Diagnostic diagnostic) => report(diagnostic);
}

using GitOpsLint.Diagnostics;
using GitOpsLint.Model;

namespace GitOpsLint.Analysis;

public sealed class ObjectAnalysisContext(KubeObject kubeObject, Repository repository, Action<Diagnostic> report)
{
    public KubeObject Object { get; } = kubeObject;

    public Repository Repository { get; } = repository;

    public void Report(Diagnostic diagnostic) => report(diagnostic);
}

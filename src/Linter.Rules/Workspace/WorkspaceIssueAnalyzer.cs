using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rules.Workspace;

/// <summary>Repository paths the linter refused to read: links leaving the repository, unreadable folders.</summary>
public sealed class WorkspaceIssueAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor PathEscapesRepository = new(
        "GOL006",
        "Path outside the repository",
        "{0}; {1}",
        DiagnosticCategory.Syntax,
        Severity.Error,
        "A symbolic link (or a folder the linter cannot read) makes content depend on files outside the repository. Argo CD and Flux refuse links that leave the repository (Argo CD: `repository contains out-of-bounds symlinks`), and GitOpsLint never reads outside the repository root. Replace the link with the file itself.")
    {
        BadExample = "ln -s /etc/passwd apps/myapp/values.yaml",
        GoodExample = "cp shared/values.yaml apps/myapp/values.yaml",
        Tags = ["security"],
        SecuritySeverity = 5.0,
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [PathEscapesRepository];

    public override void Initialize(AnalysisContext context) => context.RegisterRepositoryAction(repository =>
    {
        foreach (var issue in repository.Repository.Workspace.Issues)
        {
            var hint = issue.Kind == WorkspaceIssueKind.LinkEscapesRoot
                ? "Argo CD and Flux refuse links that leave the repository; commit the file itself"
                : "make the folder readable, or exclude it in .gitopslint.yaml";
            repository.Report(Diagnostic.Create(PathEscapesRepository, Location.InFile(issue.Path), issue.Message, hint));
        }
    });
}

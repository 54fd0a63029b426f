using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rules.Syntax;

/// <summary>Reports what the YAML reader met: syntax errors, duplicate keys, unreadable bytes and hostile-input limits.</summary>
public sealed class SyntaxIssueAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor SyntaxError = new(
        "GOL001",
        "YAML syntax error",
        "{0}; {1}",
        DiagnosticCategory.Syntax,
        Severity.Error,
        "The file is not valid YAML (or not valid UTF-8). Argo CD, Flux, Helm and kubectl all refuse it, so the sync fails. The rest of the document after the error is not checked; other documents of the file still are.")
    {
        BadExample = "metadata:\n  name: web\n\tnamespace: prod   # a tab\n",
        GoodExample = "metadata:\n  name: web\n  namespace: prod\n",
        Tags = ["yaml"],
    };

    public static readonly DiagnosticDescriptor DuplicateKey = new(
        "GOL002",
        "Duplicate mapping key",
        "{0}",
        DiagnosticCategory.Syntax,
        Severity.Error,
        "A mapping repeats a key. YAML forbids it, but Go's decoders used by Kubernetes, Helm and kustomize keep the last value silently, so the first value you wrote is never applied (or, with strict decoding, the apply fails).")
    {
        BadExample = "spec:\n  replicas: 2\n  replicas: 3\n",
        GoodExample = "spec:\n  replicas: 3\n",
        Tags = ["yaml"],
    };

    public static readonly DiagnosticDescriptor InputLimit = new(
        "GOL005",
        "Input limit exceeded",
        "{0}; {1}",
        DiagnosticCategory.Syntax,
        Severity.Error,
        "The file exceeds a limit that protects the linter (and your controllers) from hostile or broken input: an alias bomb, nesting deeper than any manifest needs, a file too large to be a manifest, or an alias to an undefined anchor. The part beyond the limit is not checked.")
    {
        BadExample = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n# ... and so on: billions of nodes\n",
        GoodExample = "a: [x, x, x]\n",
        Tags = ["yaml", "security"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [SyntaxError, DuplicateKey, InputLimit];

    public override void Initialize(AnalysisContext context) => context.RegisterFileAction(file =>
    {
        if (file.File.Yaml is not { } yaml)
        {
            return;
        }

        foreach (var issue in yaml.Issues)
        {
            var location = new Location(yaml.Path, issue.Span);
            var diagnostic = issue.Kind switch
            {
                SyntaxIssueKind.SyntaxError or SyntaxIssueKind.InvalidEncoding => Diagnostic.Create(SyntaxError, location, issue.Message, issue.Hint),
                SyntaxIssueKind.DuplicateKey => Diagnostic.Create(DuplicateKey, location, issue.Message + "; " + issue.Hint) with
                {
                    RelatedLocations = issue.RelatedSpan is { } first ? [new RelatedLocation(new Location(yaml.Path, first), "first occurrence")] : [],
                },
                _ => Diagnostic.Create(InputLimit, location, issue.Message, issue.Hint),
            };
            file.Report(diagnostic);
        }
    });
}

using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rules.Syntax;

/// <summary>
/// Plain scalars whose meaning differs between YAML 1.1 (what Kubernetes' and Helm's Go decoders use) and YAML 1.2
/// (what most editors and linters assume): <c>yes</c>/<c>no</c>/<c>on</c>/<c>off</c>/<c>y</c>/<c>n</c> become booleans,
/// <c>0755</c> becomes octal 493, <c>08</c> becomes the float 8. The classic victim is the country code <c>NO</c>.
/// </summary>
public sealed class Yaml11AmbiguityAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor Ambiguity = new(
        "GOL003",
        "YAML 1.1 ambiguous value",
        "'{0}' is read as {1} by Helm and Kubernetes (YAML 1.1), not as the string you may expect; {2}",
        DiagnosticCategory.Syntax,
        Severity.Warning,
        "Helm and Kubernetes decode YAML with go-yaml v2 rules (YAML 1.1): unquoted `yes`, `no`, `on`, `off`, `y`, `n` (any case variant) are booleans, numbers with a leading zero are octal (`0755` is 493) and `08`/`09` become floats. Editors and YAML 1.2 tools read the same text as strings or decimals, so the value deployed is not the value reviewed. Quote the value if you mean a string, or write `true`/`false` or the decimal number if you mean those. File modes written in octal on purpose (`defaultMode`, `mode`) are not reported.")
    {
        BadExample = "country: NO\nfeatureFlag: yes\numask: 022\n",
        GoodExample = "country: \"NO\"\nfeatureFlag: true\numask: \"022\"\n",
        Tags = ["yaml"],
    };

    private static readonly HashSet<string> IntentionalOctalKeys = new(StringComparer.Ordinal) { "defaultMode", "mode", "fsGroupChangePolicy" };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Ambiguity];

    public override void Initialize(AnalysisContext context) => context.RegisterFileAction(file =>
    {
        if (file.File.Yaml is not { } yaml || file.File.Role is not (FileRole.Manifests or FileRole.HelmValues or FileRole.KustomizeConfig or FileRole.ChartMetadata))
        {
            return;
        }

        foreach (var document in yaml.Documents)
        {
            if (document.Root is null)
            {
                continue;
            }

            foreach (var node in document.Root.DescendantsAndSelf())
            {
                if (node is not YamlMapping mapping)
                {
                    if (node is YamlSequence sequence)
                    {
                        foreach (var item in sequence.Items)
                        {
                            Check(file, yaml, item as YamlScalar, null);
                        }
                    }

                    continue;
                }

                foreach (var entry in mapping.Entries)
                {
                    Check(file, yaml, entry.Value as YamlScalar, entry.KeyText);
                }
            }
        }
    });

    private static void Check(FileAnalysisContext context, YamlFile yaml, YamlScalar? scalar, string? key)
    {
        if (scalar is null || !scalar.IsPlain || scalar.Tag is not null || scalar.IsAliasCopy)
        {
            return;
        }

        var text = scalar.Value;
        string? meaning = null;
        string? advice = null;
        var resolved = scalar.Resolved;
        if (resolved.Type == ScalarType.Bool && text is not ("true" or "false" or "True" or "False" or "TRUE" or "FALSE"))
        {
            meaning = $"the boolean {((bool)resolved.Value! ? "true" : "false")}";
            advice = $"quote it (\"{text}\") for a string, or write {((bool)resolved.Value! ? "true" : "false")}";
        }
        else if (IsLeadingZeroNumber(text) && (key is null || !IntentionalOctalKeys.Contains(key)))
        {
            meaning = resolved.Type switch
            {
                ScalarType.Int => $"the octal number {resolved.Value} (decimal)",
                ScalarType.Float => $"the float {resolved.Value}",
                _ => null,
            };
            advice = $"quote it (\"{text}\") for a string, or write the decimal number";
        }

        if (meaning is null)
        {
            return;
        }

        var location = Location.Of(yaml, scalar);
        var fix = new Fix($"Quote '{text}' as a string", [new TextEdit(yaml.Path, scalar.Span, "\"" + text + "\"")]);
        context.Report(Diagnostic.Create(Ambiguity, location, text, meaning, advice) with { Fix = fix });
    }

    /// <summary>0755, 08, -012, but not 0, 0.5, 0x1F or 0o17 (explicit prefixes mean what they say).</summary>
    private static bool IsLeadingZeroNumber(string text)
    {
        var digits = text.TrimStart('-', '+').Replace("_", string.Empty, StringComparison.Ordinal);
        return digits.Length > 1 && digits[0] == '0' && digits.All(char.IsAsciiDigit);
    }
}

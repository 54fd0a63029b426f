using System.Text.RegularExpressions;

namespace GitOpsLint.Model.Flux;

/// <summary>A <c>${name}</c> written in a manifest: where it starts in the text, its name, and whether it carries a default.</summary>
internal sealed record VariableUsage(string Name, int Offset, int Length, bool HasDefault);

/// <summary>
/// Finds the variables kustomize-controller's post-build substitution (fluxcd/pkg/envsubst) would replace in a text:
/// <c>${var}</c>, <c>${var:=default}</c>, <c>${var:-default}</c> (and <c>=</c>/<c>-</c> without the colon, which also
/// default); <c>$${var}</c> is an escape for a literal <c>${var}</c>. Bare <c>$var</c> is not substituted by Flux.
/// </summary>
internal static partial class SubstitutionScanner
{
    /// <summary>The names Flux accepts for variables in <c>substitute</c> and in ConfigMap/Secret keys used by <c>substituteFrom</c>.</summary>
    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    public static IReadOnlyList<VariableUsage> Scan(string text)
    {
        var result = new List<VariableUsage>();
        var index = 0;
        while ((index = text.IndexOf("${", index, StringComparison.Ordinal)) >= 0)
        {
            if (index > 0 && text[index - 1] == '$')
            {
                // "$${" is the escape; a run of more dollars before it still escapes only this one.
                index += 2;
                continue;
            }

            var close = text.IndexOf('}', index + 2);
            if (close < 0)
            {
                break;
            }

            var body = text.AsSpan(index + 2, close - index - 2);
            var nameLength = 0;
            while (nameLength < body.Length && (char.IsAsciiLetterOrDigit(body[nameLength]) || body[nameLength] == '_'))
            {
                nameLength++;
            }

            if (nameLength > 0 && !char.IsAsciiDigit(body[0]))
            {
                var operation = body[nameLength..];
                var hasDefault = operation.StartsWith(":=") || operation.StartsWith(":-") || operation.StartsWith("=") || operation.StartsWith("-");
                result.Add(new VariableUsage(body[..nameLength].ToString(), index, close - index + 1, hasDefault));
            }

            index = close + 1;
        }

        return result;
    }

    [GeneratedRegex("^[_a-zA-Z][_a-zA-Z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}

using System.Text;

namespace GitOpsLint.Rendering.Flux;

/// <summary>
/// The variable substitution kustomize-controller runs after the build (fluxcd/pkg/envsubst): <c>${var}</c>,
/// <c>${var:=default}</c>, <c>${var:-default}</c>, <c>${var=default}</c>, <c>${var-default}</c> (the colon forms also
/// replace an empty value), defaults that hold variables themselves, and <c>$${var}</c> for a literal <c>${var}</c>.
/// A variable without value or default becomes empty, as in Flux's default (non-strict) mode. Bare <c>$var</c> is left
/// alone. Other bash operators are refused with an error, so an unexpected result is never produced silently.
/// </summary>
internal static class EnvSubst
{
    public static string Substitute(string text, IReadOnlyDictionary<string, string> variables)
    {
        if (!text.Contains('$', StringComparison.Ordinal))
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        var index = 0;
        Expand(text, ref index, variables, output, stopAtBrace: false, depth: 0);
        return output.ToString();
    }

    private static void Expand(string text, ref int index, IReadOnlyDictionary<string, string> variables, StringBuilder output, bool stopAtBrace, int depth)
    {
        if (depth > 20)
        {
            throw new EnvSubstException("variable defaults are nested too deeply");
        }

        while (index < text.Length)
        {
            var c = text[index];
            if (stopAtBrace && c == '}')
            {
                return;
            }

            if (c == '$' && index + 2 < text.Length && text[index + 1] == '$' && text[index + 2] == '{')
            {
                // "$${" is the escape for a literal "${": copy up to the closing brace untouched.
                var close = text.IndexOf('}', index + 3);
                var end = close < 0 ? text.Length : close + 1;
                output.Append(text, index + 1, end - index - 1);
                index = end;
                continue;
            }

            if (c == '$' && index + 1 < text.Length && text[index + 1] == '{')
            {
                index += 2;
                SubstituteOne(text, ref index, variables, output, depth);
                continue;
            }

            output.Append(c);
            index++;
        }

        if (stopAtBrace)
        {
            throw new EnvSubstException("missing closing brace");
        }
    }

    private static void SubstituteOne(string text, ref int index, IReadOnlyDictionary<string, string> variables, StringBuilder output, int depth)
    {
        var start = index;
        while (index < text.Length && (char.IsAsciiLetterOrDigit(text[index]) || text[index] == '_'))
        {
            index++;
        }

        var name = text[start..index];
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            throw new EnvSubstException($"bad substitution in '${{{Excerpt(text, start)}'");
        }

        if (index >= text.Length)
        {
            throw new EnvSubstException("missing closing brace");
        }

        var present = variables.TryGetValue(name, out var value);
        if (text[index] == '}')
        {
            index++;
            output.Append(present ? value : string.Empty);
            return;
        }

        var colon = text[index] == ':';
        var op = colon && index + 1 < text.Length ? text[index + 1] : text[index];
        if (op is not ('=' or '-'))
        {
            throw new EnvSubstException($"unsupported substitution '${{{Excerpt(text, start)}'; Flux supports ${{var}}, ${{var:=default}} and ${{var:-default}}");
        }

        index += colon ? 2 : 1;
        var fallback = new StringBuilder();
        Expand(text, ref index, variables, fallback, stopAtBrace: true, depth + 1);
        index++;
        var useDefault = !present || (colon && value!.Length == 0);
        output.Append(useDefault ? fallback.ToString() : value);
    }

    private static string Excerpt(string text, int start)
    {
        var close = text.IndexOf('}', start);
        return close < 0 ? text[start..Math.Min(text.Length, start + 20)] : text[start..(close + 1)];
    }
}

/// <summary>A substitution Flux would refuse; the message says which.</summary>
internal sealed class EnvSubstException(string message) : Exception(message);

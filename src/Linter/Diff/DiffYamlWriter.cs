using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GitOpsLint.Diff;

/// <summary>
/// Writes a normalised object as block YAML for diffs: two-space indent, keys in the order of the tree (sorted by the
/// normaliser), multi-line strings as literal blocks so a changed line of a ConfigMap is one changed diff line, and
/// strings quoted only when YAML 1.1 would read them as something else.
/// </summary>
internal static partial class DiffYamlWriter
{
    public static string Write(JsonNode? node)
    {
        var builder = new StringBuilder();
        WriteValue(builder, node, 0, inSequence: false, isRoot: true);
        return builder.ToString();
    }

    private static void WriteValue(StringBuilder builder, JsonNode? node, int indent, bool inSequence, bool isRoot = false)
    {
        switch (node)
        {
            case JsonObject { Count: > 0 } mapping:
                if (!isRoot && !inSequence)
                {
                    builder.Append('\n');
                }

                var first = true;
                foreach (var (key, value) in mapping)
                {
                    if (!(inSequence && first))
                    {
                        builder.Append(' ', indent);
                    }

                    first = false;
                    builder.Append(Scalar(key, isKey: true)).Append(':');
                    WriteChild(builder, value, indent);
                }

                break;
            case JsonArray { Count: > 0 } sequence:
                if (!isRoot && !inSequence)
                {
                    builder.Append('\n');
                }

                var firstItem = true;
                foreach (var item in sequence)
                {
                    if (!(inSequence && firstItem))
                    {
                        builder.Append(' ', indent);
                    }

                    firstItem = false;
                    builder.Append("- ");
                    if (item is JsonObject { Count: > 0 } or JsonArray { Count: > 0 })
                    {
                        WriteValue(builder, item, indent + 2, inSequence: true);
                    }
                    else
                    {
                        WriteInline(builder, item, indent + 2);
                    }
                }

                break;
            default:
                WriteInline(builder, node, indent);
                break;
        }
    }

    private static void WriteChild(StringBuilder builder, JsonNode? value, int indent)
    {
        if (value is JsonObject { Count: > 0 })
        {
            WriteValue(builder, value, indent + 2, inSequence: false);
        }
        else if (value is JsonArray { Count: > 0 })
        {
            // Sequences under a key sit at the key's indentation, as kubectl and Helm print them.
            WriteValue(builder, value, indent, inSequence: false);
        }
        else
        {
            builder.Append(' ');
            WriteInline(builder, value, indent + 2);
        }
    }

    private static void WriteInline(StringBuilder builder, JsonNode? node, int indent)
    {
        switch (node)
        {
            case null:
                builder.Append("null\n");
                break;
            case JsonObject:
                builder.Append("{}\n");
                break;
            case JsonArray:
                builder.Append("[]\n");
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>();
                if (text.Contains('\n') && LiteralBlockFits(text))
                {
                    builder.Append(text.EndsWith('\n') ? "|" : "|-").Append('\n');
                    foreach (var line in text.TrimEnd('\n').Split('\n'))
                    {
                        if (line.Length > 0)
                        {
                            builder.Append(' ', indent).Append(line);
                        }

                        builder.Append('\n');
                    }
                }
                else
                {
                    builder.Append(Scalar(text, isKey: false)).Append('\n');
                }

                break;
            case JsonValue value:
                builder.Append(value.ToJsonString()).Append('\n');
                break;
        }
    }

    /// <summary>A literal block keeps text exactly only when no line starts with a space (indentation indicator) and it ends with at most one newline.</summary>
    private static bool LiteralBlockFits(string text) =>
        !text.StartsWith(' ') && !text.EndsWith("\n\n", StringComparison.Ordinal) && !text.Contains('\r') && !text.Contains('\t')
        && text.Split('\n').All(l => !l.Any(char.IsControl));

    private static string Scalar(string text, bool isKey) =>
        NeedsQuotes(text, isKey) ? JsonSerializer.Serialize(text, QuotingOptions) : text;

    private static readonly JsonSerializerOptions QuotingOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static bool NeedsQuotes(string text, bool isKey)
    {
        if (text.Length == 0 || text != text.Trim() || text.Any(char.IsControl))
        {
            return true;
        }

        if ("-?:,[]{}#&*!|>'\"%@`".Contains(text[0], StringComparison.Ordinal) && !(text.Length > 1 && text[0] == '-' && char.IsLetter(text[1])))
        {
            return true;
        }

        if (text.Contains(": ", StringComparison.Ordinal) || text.Contains(" #", StringComparison.Ordinal) || text.EndsWith(':'))
        {
            return true;
        }

        return !isKey || text.Length < 12 ? ReadsAsNonString().IsMatch(text) : false;
    }

    /// <summary>YAML 1.1 words and number, date and time shapes go-yaml v2 would not read as strings.</summary>
    [GeneratedRegex(@"^(?:[yY]|[yY]es|YES|[nN]|[nN]o|NO|[tT]rue|TRUE|[fF]alse|FALSE|[oO]n|ON|[oO]ff|OFF|~|[nN]ull|NULL|[-+]?(?:\.[0-9]+|[0-9][0-9_,:.]*)(?:[eE][-+]?[0-9]+)?|0[xXoObB][0-9a-fA-F_]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|\d{4}-\d\d?-\d\d?(?:[Tt ].*)?|[<=])$")]
    private static partial Regex ReadsAsNonString();
}

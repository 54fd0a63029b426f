using System.Globalization;
using System.Text;
using GitOpsLint.Rendering.Kustomize.Nodes;

namespace GitOpsLint.Rendering.Kustomize.Generators;

/// <summary>Go's <c>json.Marshal</c> for the values kustomize hashes: sorted map keys, HTML-safe string escaping.</summary>
internal static class GoJson
{
    public static void WriteString(StringBuilder output, string value)
    {
        output.Append('"');
        foreach (var rune in value.EnumerateRunes())
        {
            var c = rune.Value;
            switch (c)
            {
                case '"':
                    output.Append("\\\"");
                    break;
                case '\\':
                    output.Append("\\\\");
                    break;
                case '\n':
                    output.Append("\\n");
                    break;
                case '\r':
                    output.Append("\\r");
                    break;
                case '\t':
                    output.Append("\\t");
                    break;
                case < 0x20 or '<' or '>' or '&' or 0x2028 or 0x2029:
                    output.Append("\\u").Append(c.ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    output.Append(rune.ToString());
                    break;
            }
        }

        output.Append('"');
    }

    /// <summary>A mapping of scalars as a JSON object with keys in byte order (how Go sorts map keys).</summary>
    public static void WriteStringMap(StringBuilder output, KMapping mapping)
    {
        output.Append('{');
        var first = true;
        foreach (var entry in mapping.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!first)
            {
                output.Append(',');
            }

            first = false;
            WriteString(output, entry.Key);
            output.Append(':');
            WriteValue(output, entry.Value);
        }

        output.Append('}');
    }

    private static void WriteValue(StringBuilder output, KNode node)
    {
        switch (node)
        {
            case KMapping mapping:
                WriteStringMap(output, mapping);
                break;
            case KSequence sequence:
                output.Append('[');
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        output.Append(',');
                    }

                    WriteValue(output, sequence.Items[i]);
                }

                output.Append(']');
                break;
            case KScalar scalar:
                var typed = scalar.Typed;
                switch (typed.Type)
                {
                    case KScalarType.Null:
                        output.Append("null");
                        break;
                    case KScalarType.Bool or KScalarType.Int or KScalarType.UInt:
                        output.Append(typed.Text);
                        break;
                    case KScalarType.Float:
                        output.Append(typed.Float.ToString("R", CultureInfo.InvariantCulture));
                        break;
                    default:
                        WriteString(output, typed.Text);
                        break;
                }

                break;
        }
    }
}

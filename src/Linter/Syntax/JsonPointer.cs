namespace GitOpsLint.Syntax;

/// <summary>RFC 6901 JSON Pointer helpers.</summary>
public static class JsonPointer
{
    public static string Append(string pointer, string token) => pointer + "/" + Escape(token);

    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Unescape(string token) => token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    public static IEnumerable<string> Split(string pointer)
    {
        if (pointer.Length == 0)
        {
            yield break;
        }

        foreach (var part in pointer[1..].Split('/'))
        {
            yield return Unescape(part);
        }
    }

    /// <summary>Dotted form for messages: <c>/spec/source/0/path</c> → <c>spec.source[0].path</c>.</summary>
    public static string ToDotted(string pointer)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var token in Split(pointer))
        {
            if (token.Length > 0 && token.All(char.IsAsciiDigit))
            {
                builder.Append('[').Append(token).Append(']');
            }
            else
            {
                if (builder.Length > 0)
                {
                    builder.Append('.');
                }

                builder.Append(token);
            }
        }

        return builder.ToString();
    }
}

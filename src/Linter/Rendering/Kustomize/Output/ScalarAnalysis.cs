using System.Text;

namespace GitOpsLint.Rendering.Kustomize.Output;

/// <summary>
/// What a YAML emitter may do with a scalar's text: libyaml's <c>yaml_emitter_analyze_scalar</c>, as go-yaml v2 ports it,
/// reduced to block context (kustomize never prints flow collections except empty ones).
/// </summary>
internal readonly record struct ScalarAnalysis(bool Multiline, bool BlockPlainAllowed, bool SingleQuotedAllowed, bool BlockAllowed)
{
    public static ScalarAnalysis Of(string value)
    {
        if (value.Length == 0)
        {
            return new ScalarAnalysis(false, true, true, false);
        }

        var runes = value.EnumerateRunes().ToArray();
        var blockIndicators = false;
        if (value.StartsWith("---", StringComparison.Ordinal) || value.StartsWith("...", StringComparison.Ordinal))
        {
            blockIndicators = true;
        }

        bool lineBreaks = false, specialCharacters = false;
        bool leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false;
        bool breakSpace = false, spaceBreak = false, previousSpace = false, previousBreak = false;
        var precededByWhitespace = true;
        var followedByWhitespace = IsBlankOrEnd(runes, 1);
        for (var i = 0; i < runes.Length; i++)
        {
            var c = runes[i].Value;
            if (i == 0)
            {
                switch (c)
                {
                    case '#' or ',' or '[' or ']' or '{' or '}' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`':
                        blockIndicators = true;
                        break;
                    case '?' or ':':
                        blockIndicators |= followedByWhitespace;
                        break;
                    case '-' when followedByWhitespace:
                        blockIndicators = true;
                        break;
                }
            }
            else
            {
                switch (c)
                {
                    case ':':
                        blockIndicators |= followedByWhitespace;
                        break;
                    case '#' when precededByWhitespace:
                        blockIndicators = true;
                        break;
                }
            }

            if (!IsPrintable(c))
            {
                specialCharacters = true;
            }

            if (IsBreak(c))
            {
                lineBreaks = true;
            }

            if (c == ' ')
            {
                leadingSpace |= i == 0;
                trailingSpace |= i == runes.Length - 1;
                breakSpace |= previousBreak;
                previousSpace = true;
                previousBreak = false;
            }
            else if (IsBreak(c))
            {
                leadingBreak |= i == 0;
                trailingBreak |= i == runes.Length - 1;
                spaceBreak |= previousSpace;
                previousSpace = false;
                previousBreak = true;
            }
            else
            {
                previousSpace = previousBreak = false;
            }

            precededByWhitespace = IsBlankOrEnd(runes, i);
            followedByWhitespace = IsBlankOrEnd(runes, i + 2);
        }

        bool plain = true, single = true, block = true;
        if (leadingSpace || leadingBreak || trailingSpace || trailingBreak)
        {
            plain = false;
        }

        if (trailingSpace)
        {
            block = false;
        }

        if (breakSpace)
        {
            plain = single = false;
        }

        if (spaceBreak || specialCharacters)
        {
            plain = single = block = false;
        }

        if (lineBreaks || blockIndicators)
        {
            plain = false;
        }

        return new ScalarAnalysis(lineBreaks, plain, single, block);
    }

    public static bool IsBreak(int c) => c is '\r' or '\n' or 0x85 or 0x2028 or 0x2029;

    /// <summary>libyaml's is_printable: tab, carriage return, NEL and characters outside the BMP are not.</summary>
    public static bool IsPrintable(int c) =>
        c == 0x0A || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);

    private static bool IsBlankOrEnd(Rune[] runes, int index) =>
        index >= runes.Length || runes[index].Value is ' ' or '\t' || IsBreak(runes[index].Value);
}

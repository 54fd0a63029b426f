namespace GitOpsLint.Rendering.Helm.Loading;

/// <summary>
/// Go's <c>path/filepath.Match</c> with '/' as the separator: <c>*</c> and <c>?</c> never cross '/',
/// <c>[a-z]</c>/<c>[^a-z]</c> classes, <c>\</c> escapes. A malformed pattern is an error, as in Go.
/// </summary>
internal static class GoPathMatch
{
    internal static bool IsValidPattern(string pattern)
    {
        try
        {
            Match(pattern, "abc");
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Whether <paramref name="name"/> matches <paramref name="pattern"/>; throws <see cref="FormatException"/> ("syntax error in pattern").</summary>
    internal static bool Match(string pattern, string name)
    {
        while (pattern.Length > 0)
        {
            var (star, chunk, rest) = ScanChunk(pattern);
            pattern = rest;
            if (star && chunk.Length == 0)
            {
                // Trailing * matches the rest unless it contains a separator.
                return !name.Contains('/', StringComparison.Ordinal);
            }

            var (t, ok) = MatchChunk(chunk, name);
            if (ok && (t.Length == 0 || pattern.Length > 0))
            {
                name = t;
                continue;
            }

            if (star)
            {
                var matched = false;
                for (var i = 0; i < name.Length && name[i] != '/'; i++)
                {
                    (t, ok) = MatchChunk(chunk, name[(i + 1)..]);
                    if (ok)
                    {
                        if (pattern.Length == 0 && t.Length > 0)
                        {
                            continue;
                        }

                        name = t;
                        matched = true;
                        break;
                    }
                }

                if (matched)
                {
                    continue;
                }
            }

            // Go checks the rest of the pattern for syntax errors before giving up.
            while (pattern.Length > 0)
            {
                (_, chunk, pattern) = ScanChunk(pattern);
                MatchChunk(chunk, "");
            }

            return false;
        }

        return name.Length == 0;
    }

    private static (bool Star, string Chunk, string Remainder) ScanChunk(string pattern)
    {
        var star = false;
        while (pattern.Length > 0 && pattern[0] == '*')
        {
            pattern = pattern[1..];
            star = true;
        }

        var inRange = false;
        int i;
        for (i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                if (i + 1 < pattern.Length)
                {
                    i++;
                }
            }
            else if (c == '[')
            {
                inRange = true;
            }
            else if (c == ']')
            {
                inRange = false;
            }
            else if (c == '*' && !inRange)
            {
                break;
            }
        }

        return (star, pattern[..i], pattern[i..]);
    }

    /// <summary>Matches a star-free chunk at the start of <paramref name="s"/>; returns the rest and whether it matched. Checks syntax even when failing.</summary>
    private static (string Remainder, bool Ok) MatchChunk(string chunk, string s)
    {
        var failed = false;
        while (chunk.Length > 0)
        {
            if (!failed && s.Length == 0)
            {
                failed = true;
            }

            switch (chunk[0])
            {
                case '[':
                    var r = '\0';
                    if (!failed)
                    {
                        r = s[0];
                        s = s[1..];
                    }

                    chunk = chunk[1..];
                    var negated = false;
                    if (chunk.Length > 0 && chunk[0] == '^')
                    {
                        negated = true;
                        chunk = chunk[1..];
                    }

                    var match = false;
                    var count = 0;
                    while (true)
                    {
                        if (chunk.Length > 0 && chunk[0] == ']' && count > 0)
                        {
                            chunk = chunk[1..];
                            break;
                        }

                        (var lo, chunk) = GetEscaped(chunk);
                        var hi = lo;
                        if (chunk.Length > 0 && chunk[0] == '-')
                        {
                            (hi, chunk) = GetEscaped(chunk[1..]);
                        }

                        if (lo <= r && r <= hi)
                        {
                            match = true;
                        }

                        count++;
                    }

                    if (match == negated)
                    {
                        failed = true;
                    }

                    break;
                case '?':
                    if (!failed)
                    {
                        if (s[0] == '/')
                        {
                            failed = true;
                        }
                        else
                        {
                            s = s[1..];
                        }
                    }

                    chunk = chunk[1..];
                    break;
                case '\\':
                    chunk = chunk[1..];
                    if (chunk.Length == 0)
                    {
                        throw new FormatException("syntax error in pattern");
                    }

                    goto default;
                default:
                    if (!failed)
                    {
                        if (chunk[0] != s[0])
                        {
                            failed = true;
                        }
                        else
                        {
                            s = s[1..];
                        }
                    }

                    chunk = chunk[1..];
                    break;
            }
        }

        return failed ? ("", false) : (s, true);
    }

    private static (char C, string Remainder) GetEscaped(string chunk)
    {
        if (chunk.Length == 0 || chunk[0] == '-' || chunk[0] == ']')
        {
            throw new FormatException("syntax error in pattern");
        }

        if (chunk[0] == '\\')
        {
            chunk = chunk[1..];
            if (chunk.Length == 0)
            {
                throw new FormatException("syntax error in pattern");
            }
        }

        var c = chunk[0];
        chunk = chunk[1..];
        if (chunk.Length == 0)
        {
            throw new FormatException("syntax error in pattern");
        }

        return (c, chunk);
    }
}

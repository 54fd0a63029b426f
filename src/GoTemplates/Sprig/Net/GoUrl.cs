using System.Text;
using GoTemplates.Runtime;

namespace GoTemplates.Sprig.Net;

/// <summary>The parts of Go's <c>net/url</c> that Sprig's urlParse and urlJoin use: <c>url.Parse</c> and <c>URL.String()</c>.</summary>
internal sealed class GoUrl
{
    public string Scheme { get; set; } = "";
    public string Opaque { get; set; } = "";
    public string? User { get; set; }
    public string? Password { get; set; }
    public string Host { get; set; } = "";
    public string Path { get; set; } = "";
    public string RawQuery { get; set; } = "";
    public string Fragment { get; set; } = "";
    public bool ForceQuery { get; set; }

    private enum Mode { Path, Host, UserPassword, QueryComponent, Fragment }

    /// <summary><c>url.Parse</c>; throws <see cref="GoFunctionException"/> with Go's <c>parse "URL": ...</c> message.</summary>
    public static GoUrl Parse(string raw)
    {
        var hash = raw.IndexOf('#');
        var rest = hash >= 0 ? raw[..hash] : raw;
        var url = ParseWithoutFragment(raw, rest);
        if (hash >= 0) url.Fragment = Unescape(raw, raw[(hash + 1)..]);
        return url;
    }

    private static GoUrl ParseWithoutFragment(string raw, string rest)
    {
        var url = new GoUrl();
        if (rest.Length == 0) return url;
        if (rest == "*")
        {
            url.Path = "*";
            return url;
        }
        for (var i = 0; i < rest.Length; i++)
        {
            var c = rest[i];
            if (char.IsAsciiLetter(c)) continue;
            if (char.IsAsciiDigit(c) || c is '+' or '-' or '.')
            {
                if (i == 0) break;
                continue;
            }
            if (c == ':')
            {
                if (i == 0) throw Error(raw, "missing protocol scheme");
                url.Scheme = rest[..i].ToLowerInvariant();
                rest = rest[(i + 1)..];
            }
            break;
        }
        if (rest.EndsWith('?') && rest.Count(ch => ch == '?') == 1)
        {
            url.ForceQuery = true;
            rest = rest[..^1];
        }
        else
        {
            var q = rest.IndexOf('?');
            if (q >= 0)
            {
                url.RawQuery = rest[(q + 1)..];
                rest = rest[..q];
            }
        }
        if (!rest.StartsWith('/'))
        {
            if (url.Scheme.Length > 0)
            {
                url.Opaque = rest;
                return url;
            }
            var slash = rest.IndexOf('/');
            var segment = slash >= 0 ? rest[..slash] : rest;
            if (segment.Contains(':')) throw Error(raw, "first path segment in URL cannot contain colon");
        }
        if ((url.Scheme.Length > 0 || !rest.StartsWith("///", StringComparison.Ordinal)) && rest.StartsWith("//", StringComparison.Ordinal))
        {
            var authority = rest[2..];
            var slash = authority.IndexOf('/');
            rest = slash >= 0 ? authority[slash..] : "";
            if (slash >= 0) authority = authority[..slash];
            var at = authority.LastIndexOf('@');
            if (at >= 0)
            {
                var userinfo = authority[..at];
                var colon = userinfo.IndexOf(':');
                url.User = Unescape(raw, colon >= 0 ? userinfo[..colon] : userinfo);
                if (colon >= 0) url.Password = Unescape(raw, userinfo[(colon + 1)..]);
                authority = authority[(at + 1)..];
            }
            url.Host = Unescape(raw, authority);
        }
        url.Path = Unescape(raw, rest);
        return url;
    }

    private static GoFunctionException Error(string raw, string message) => new($"parse {GoFmt.Quote(raw)}: {message}");

    private static string Unescape(string raw, string s)
    {
        if (!s.Contains('%')) return s;
        var bytes = new List<byte>();
        var source = Support.GoStrings.ToBytes(s);
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] != '%')
            {
                bytes.Add(source[i]);
                continue;
            }
            if (i + 2 >= source.Length || !Uri.IsHexDigit((char)source[i + 1]) || !Uri.IsHexDigit((char)source[i + 2]))
            {
                var bad = Encoding.UTF8.GetString(source, i, Math.Min(3, source.Length - i));
                throw Error(raw, $"invalid URL escape {GoFmt.Quote(bad)}");
            }
            bytes.Add(Convert.ToByte(Encoding.ASCII.GetString(source, i + 1, 2), 16));
            i += 2;
        }
        return Support.GoStrings.FromBytes(bytes.ToArray());
    }

    /// <summary>Go's <c>URL.Hostname()</c>: the host without port or IPv6 brackets.</summary>
    public string Hostname()
    {
        var host = Host;
        if (host.StartsWith('['))
        {
            var end = host.IndexOf(']');
            return end >= 0 ? host[1..end] : host[1..];
        }
        var colon = host.IndexOf(':');
        return colon >= 0 ? host[..colon] : host;
    }

    /// <summary>Go's <c>Userinfo.String()</c>.</summary>
    public string UserInfo() =>
        User is null ? "" : Escape(User, Mode.UserPassword) + (Password is null ? "" : ":" + Escape(Password, Mode.UserPassword));

    public override string ToString()
    {
        var sb = new StringBuilder();
        if (Scheme.Length > 0) sb.Append(Scheme).Append(':');
        if (Opaque.Length > 0)
        {
            sb.Append(Opaque);
        }
        else
        {
            if (Scheme.Length > 0 || Host.Length > 0 || User is not null)
            {
                if (Host.Length > 0 || Path.Length > 0 || User is not null) sb.Append("//");
                if (User is not null) sb.Append(UserInfo()).Append('@');
                if (Host.Length > 0) sb.Append(Escape(Host, Mode.Host));
            }
            var path = Escape(Path, Mode.Path);
            if (path.Length > 0 && path[0] != '/' && Host.Length > 0) sb.Append('/');
            if (sb.Length == 0)
            {
                var slash = path.IndexOf('/');
                if ((slash >= 0 ? path[..slash] : path).Contains(':')) sb.Append("./");
            }
            sb.Append(path);
        }
        if (ForceQuery || RawQuery.Length > 0) sb.Append('?').Append(RawQuery);
        if (Fragment.Length > 0) sb.Append('#').Append(Escape(Fragment, Mode.Fragment));
        return sb.ToString();
    }

    private static string Escape(string s, Mode mode)
    {
        var sb = new StringBuilder();
        foreach (var b in Support.GoStrings.ToBytes(s))
        {
            if (ShouldEscape((char)b, mode)) sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            else sb.Append((char)b);
        }
        return sb.ToString();
    }

    private static bool ShouldEscape(char c, Mode mode)
    {
        if (char.IsAsciiLetterOrDigit(c)) return false;
        if (mode == Mode.Host && c is '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=' or ':' or '[' or ']' or '<' or '>' or '"')
            return false;
        switch (c)
        {
            case '-' or '_' or '.' or '~':
                return false;
            case '$' or '&' or '+' or ',' or '/' or ':' or ';' or '=' or '?' or '@':
                return mode switch
                {
                    Mode.Path => c == '?',
                    Mode.UserPassword => c is '@' or '/' or '?' or ':',
                    Mode.QueryComponent => true,
                    Mode.Fragment => false,
                    _ => true,
                };
        }
        if (mode == Mode.Fragment && c is '!' or '(' or ')' or '*') return false;
        return true;
    }
}

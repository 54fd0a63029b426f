using GoTemplates.Runtime;
using GoTemplates.Sprig.Net;
using GoTemplates.Sprig.Support;
using static GoTemplates.Sprig.Support.SprigTypes;

namespace GoTemplates.Sprig.Functions;

/// <summary>Sprig's url.go: urlParse gives a dict of the URL's parts, urlJoin builds a URL from one.</summary>
internal static class UrlFunctions
{
    public static void Register(FunctionTable t)
    {
        t.Add("urlParse", Of(Str), Map, a => Parse((string)a[0]!));
        t.Add("urlJoin", Of(Map), Str, a => Join(a[0] as Dictionary<string, object?> ?? []));
    }

    private static Dictionary<string, object?> Parse(string text)
    {
        GoUrl url;
        try
        {
            url = GoUrl.Parse(text);
        }
        catch (GoFunctionException e)
        {
            throw new GoPanicException($"unable to parse url: {e.Message}");
        }
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["scheme"] = url.Scheme,
            ["host"] = url.Host,
            ["hostname"] = url.Hostname(),
            ["path"] = url.Path,
            ["query"] = url.RawQuery,
            ["opaque"] = url.Opaque,
            ["fragment"] = url.Fragment,
            ["userinfo"] = url.UserInfo(),
        };
    }

    private static string Join(Dictionary<string, object?> dict)
    {
        var url = new GoUrl
        {
            Scheme = Get(dict, "scheme"),
            Host = Get(dict, "host"),
            Path = Get(dict, "path"),
            RawQuery = Get(dict, "query"),
            Opaque = Get(dict, "opaque"),
            Fragment = Get(dict, "fragment"),
        };
        var userinfo = Get(dict, "userinfo");
        if (userinfo.Length > 0)
        {
            GoUrl parsed;
            try
            {
                parsed = GoUrl.Parse($"proto://{userinfo}@host");
            }
            catch (GoFunctionException e)
            {
                throw new GoPanicException($"unable to parse userinfo in dict: {e.Message}");
            }
            url.User = parsed.User;
            url.Password = parsed.Password;
        }
        return url.ToString();
    }

    private static string Get(Dictionary<string, object?> dict, string key)
    {
        if (!dict.TryGetValue(key, out var value)) return "";
        return value as string ?? throw new GoPanicException(
            $"unable to parse {key} key, must be of type string, but {(value is null ? throw new GoPanicException("runtime error: invalid memory address or nil pointer dereference") : GoValues.KindName(value))} found");
    }
}

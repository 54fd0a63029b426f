using System.Text;

namespace GoTemplates.Sprig.Support;

/// <summary>Go's slash-separated <c>path</c> functions.</summary>
internal static class GoPath
{
    public static string Clean(string path)
    {
        if (path.Length == 0) return ".";
        var rooted = path[0] == '/';
        var n = path.Length;
        var output = new StringBuilder(n);
        int r = 0, dotdot = 0;
        if (rooted)
        {
            output.Append('/');
            r = 1;
            dotdot = 1;
        }
        while (r < n)
        {
            if (path[r] == '/') r++;
            else if (path[r] == '.' && (r + 1 == n || path[r + 1] == '/')) r++;
            else if (path[r] == '.' && path[r + 1] == '.' && (r + 2 == n || path[r + 2] == '/'))
            {
                r += 2;
                if (output.Length > dotdot)
                {
                    var w = output.Length - 1;
                    while (w > dotdot && output[w] != '/') w--;
                    output.Length = w;
                }
                else if (!rooted)
                {
                    if (output.Length > 0) output.Append('/');
                    output.Append("..");
                    dotdot = output.Length;
                }
            }
            else
            {
                if (rooted && output.Length != 1 || !rooted && output.Length != 0) output.Append('/');
                for (; r < n && path[r] != '/'; r++) output.Append(path[r]);
            }
        }
        return output.Length == 0 ? "." : output.ToString();
    }

    public static string Base(string path)
    {
        if (path.Length == 0) return ".";
        path = path.TrimEnd('/');
        var i = path.LastIndexOf('/');
        if (i >= 0) path = path[(i + 1)..];
        return path.Length == 0 ? "/" : path;
    }

    public static string Dir(string path)
    {
        var i = path.LastIndexOf('/');
        return Clean(path[..(i + 1)]);
    }

    public static string Ext(string path)
    {
        for (var i = path.Length - 1; i >= 0 && path[i] != '/'; i--)
        {
            if (path[i] == '.') return path[i..];
        }
        return "";
    }
}

using System.Text;

namespace GitOpsLint.Reporting.Sarif;

/// <summary>
/// <c>file:</c> URIs for folders, built by hand so that the result depends only on the path: every segment is
/// percent-encoded (so '#', '?' and '%' in folder names stay part of the path) and the URI ends with '/', as SARIF
/// requires of a base URI (§3.14.14).
/// </summary>
internal static class FileUri
{
    public static string FromDirectory(string absolutePath)
    {
        var path = absolutePath.Replace('\\', '/');
        var builder = new StringBuilder("file://");
        if (!path.StartsWith('/'))
        {
            // A Windows drive path (C:/repo) gets the empty authority and a leading slash: file:///C:/repo/.
            builder.Append('/');
        }

        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (i > 0)
            {
                builder.Append('/');
            }

            var isDrive = i == 0 && segment.Length == 2 && char.IsAsciiLetter(segment[0]) && segment[1] == ':';
            builder.Append(isDrive ? segment : Uri.EscapeDataString(segment));
        }

        if (builder[^1] != '/')
        {
            builder.Append('/');
        }

        return builder.ToString();
    }

    /// <summary>A repository-relative path as a relative URI reference: each segment percent-encoded, '/' kept.</summary>
    public static string FromRelativePath(string path) =>
        string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}

using System.Globalization;
using GitOpsLint.Diagnostics;

namespace GitOpsLint.Reporting;

/// <summary>
/// One line per unsuppressed finding in MSBuild's canonical error format,
/// <c>path(line,col,endLine,endCol): error GOL001: message</c>, which VS Code's <c>$msCompile</c> problem matcher
/// (<c>^(?:\s*\d+&gt;)?(\S.*)\((\d+|\d+,\d+|\d+,\d+,\d+,\d+)\)\s*:\s+((?:fatal +)?error|warning|info)\s+(\w+\d+)\s*:\s*(.*)$</c>),
/// Visual Studio, Rider and most CI log parsers read. Notes are <c>info</c>, the matcher's third word. The end column
/// is exclusive, as editors' ranges are. Paths are absolute when asked and the repository folder is known.
/// </summary>
public sealed class MsBuildReporter : IReporter
{
    public string Format => "msbuild";

    public void Write(ReportContext context, TextWriter output)
    {
        var root = context.AbsolutePaths ? context.EffectiveRoot : null;
        foreach (var diagnostic in context.Result.Diagnostics)
        {
            if (diagnostic.IsSuppressed)
            {
                continue;
            }

            var span = diagnostic.Location.Span;
            var word = diagnostic.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "info",
            };
            output.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"{DisplayPath(root, diagnostic.Location.Path)}({span.Start.Line},{span.Start.Column},{span.End.Line},{span.End.Column}): {word} {diagnostic.Id}: {OneLine(diagnostic.Message)}\n"));
        }
    }

    private static string DisplayPath(string? root, string path) =>
        root is null ? path : Path.Join(root, path.Replace('/', Path.DirectorySeparatorChar));

    private static string OneLine(string text) => text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
}

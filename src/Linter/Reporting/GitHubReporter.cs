using System.Globalization;
using System.Text;
using GitOpsLint.Diagnostics;

namespace GitOpsLint.Reporting;

/// <summary>
/// GitHub Actions workflow commands, one annotation per unsuppressed finding:
/// <c>::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=GOL001 Title::message</c>. Notes are <c>notice</c>.
/// The runner drops columns of annotations that span lines, so those get lines only. Values are escaped as the
/// Actions toolkit escapes them: '%', CR and LF in the message; also ':' and ',' in properties.
/// </summary>
public sealed class GitHubReporter : IReporter
{
    public string Format => "github";

    public void Write(ReportContext context, TextWriter output)
    {
        foreach (var diagnostic in context.Result.Diagnostics)
        {
            if (diagnostic.IsSuppressed)
            {
                continue;
            }

            var command = diagnostic.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "notice",
            };
            var span = diagnostic.Location.Span;
            var properties = new StringBuilder();
            properties.Append("file=").Append(EscapeProperty(diagnostic.Location.Path));
            properties.Append(CultureInfo.InvariantCulture, $",line={span.Start.Line}");
            if (span.End.Line == span.Start.Line)
            {
                properties.Append(CultureInfo.InvariantCulture, $",col={span.Start.Column},endLine={span.End.Line},endColumn={span.End.Column}");
            }
            else
            {
                properties.Append(CultureInfo.InvariantCulture, $",endLine={span.End.Line}");
            }

            properties.Append(",title=").Append(EscapeProperty(diagnostic.Id + " " + diagnostic.Descriptor.Title));
            output.Write("::" + command + " " + properties + "::" + EscapeData(diagnostic.Message) + "\n");
        }
    }

    internal static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    internal static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}

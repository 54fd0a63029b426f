using System.Globalization;
using System.Text;
using GitOpsLint.Diagnostics;
using GitOpsLint.Syntax;

namespace GitOpsLint.Reporting;

/// <summary>
/// The default format, for people: findings grouped by file (a blank line between files), each as
/// <c>path:line:col: severity GOLnnn: message</c>, the source line with the span underlined (<c>^~~~</c>), related
/// locations indented below, then tool notifications and a summary. Suppressed findings are only counted.
/// ANSI colour only when <see cref="ReportContext.UseColor"/> is set.
/// </summary>
public sealed class TextReporter : IReporter
{
    private const string Reset = "\e[0m";
    private const string Bold = "\e[1m";
    private const string Red = "\e[1;31m";
    private const string Yellow = "\e[1;33m";
    private const string Cyan = "\e[1;36m";
    private const string Blue = "\e[34m";
    private const string Dim = "\e[2m";

    public string Format => "text";

    public void Write(ReportContext context, TextWriter output)
    {
        var paint = new Painter(context.UseColor);
        var sources = new ReportSources(context.Result);
        string? currentFile = null;
        foreach (var diagnostic in context.Result.Diagnostics)
        {
            if (diagnostic.IsSuppressed)
            {
                continue;
            }

            if (currentFile is not null && currentFile != diagnostic.Location.Path)
            {
                output.Write('\n');
            }

            currentFile = diagnostic.Location.Path;
            WriteFinding(output, paint, sources, diagnostic);
        }

        if (currentFile is not null)
        {
            output.Write('\n');
        }

        foreach (var notification in context.Notifications)
        {
            output.Write(paint.Apply(Cyan, "note") + ": " + OneLine(notification) + "\n");
        }

        var summary = ReportSummary.Of(context.Result.Diagnostics);
        var colour = summary.Errors > 0 ? Red : summary.Warnings > 0 ? Yellow : summary.Notes > 0 ? Cyan : Bold;
        output.Write(paint.Apply(colour, summary.ToString()) + "\n");
    }

    private static void WriteFinding(TextWriter output, Painter paint, ReportSources sources, Diagnostic diagnostic)
    {
        var (word, colour) = diagnostic.Severity switch
        {
            Severity.Error => ("error", Red),
            Severity.Warning => ("warning", Yellow),
            _ => ("note", Cyan),
        };
        var location = diagnostic.Location;
        output.Write(paint.Apply(Bold, Position(location)) + ": " + paint.Apply(colour, word + " " + diagnostic.Id) + ": " + OneLine(diagnostic.Message) + "\n");
        WriteSource(output, paint, sources, location, colour);
        foreach (var related in diagnostic.RelatedLocations)
        {
            output.Write("    " + paint.Apply(Dim, Position(related.Location)) + ": " + OneLine(related.Message) + "\n");
        }
    }

    /// <summary>
    /// The start line of the span with its number in a gutter and a caret under the first character, tildes under the
    /// rest of the span on that line. Tabs before the span are repeated in the underline so that it lines up.
    /// </summary>
    private static void WriteSource(TextWriter output, Painter paint, ReportSources sources, Location location, string colour)
    {
        var text = sources.GetText(location.Path);
        var lineNumber = location.Span.Start.Line;
        if (text is null || lineNumber < 1 || lineNumber > text.LineCount)
        {
            return;
        }

        var line = text.GetLine(lineNumber);
        var number = lineNumber.ToString(CultureInfo.InvariantCulture);
        var gutter = new string(' ', number.Length);
        var start = Math.Clamp(location.Span.Start.Column - 1, 0, line.Length);
        var end = location.Span.End.Line == lineNumber ? Math.Clamp(location.Span.End.Column - 1, start, line.Length) : line.Length;
        var underline = new StringBuilder();
        for (var i = 0; i < start; i++)
        {
            underline.Append(line[i] == '\t' ? '\t' : ' ');
        }

        var marks = "^" + new string('~', Math.Max(end - start - 1, 0));
        output.Write(" " + paint.Apply(Blue, number + " |") + " " + line + "\n");
        output.Write(" " + paint.Apply(Blue, gutter + " |") + " " + underline + paint.Apply(colour, marks) + "\n");
    }

    private static string Position(Location location) =>
        string.Create(CultureInfo.InvariantCulture, $"{location.Path}:{location.Span.Start.Line}:{location.Span.Start.Column}");

    /// <summary>Messages are one line each: embedded line ends would break the layout.</summary>
    private static string OneLine(string text) => text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');

    private readonly record struct Painter(bool Enabled)
    {
        public string Apply(string style, string text) => Enabled ? style + text + Reset : text;
    }
}

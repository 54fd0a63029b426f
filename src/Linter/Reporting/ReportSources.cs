using System.Text;
using GitOpsLint.Engine;
using GitOpsLint.Syntax;

namespace GitOpsLint.Reporting;

/// <summary>
/// The text of the files findings point into, read once per report: parsed YAML files from the repository, other files
/// through the workspace. A path that is not a readable file (a rendered object, a deleted file) has no text.
/// </summary>
internal sealed class ReportSources(LintResult result)
{
    private readonly Dictionary<string, SourceText?> texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> rawTexts = new(StringComparer.Ordinal);

    /// <summary>The file's text as the engine's positions count it, or null.</summary>
    public SourceText? GetText(string path)
    {
        if (!texts.TryGetValue(path, out var text))
        {
            text = result.Repository.GetFile(path)?.Yaml?.Text ?? (GetRawText(path) is { } raw ? new SourceText(raw) : null);
            texts[path] = text;
        }

        return text;
    }

    /// <summary>
    /// The file's bytes decoded as UTF-8 exactly (byte order mark kept, invalid bytes as U+FFFD), the way GitHub's upload
    /// action reads a file to hash its lines; null when the workspace has no such file.
    /// </summary>
    public string? GetRawText(string path)
    {
        if (!rawTexts.TryGetValue(path, out var text))
        {
            var bytes = result.Repository.Workspace.ReadFile(path);
            text = bytes is null ? null : Encoding.UTF8.GetString(bytes);
            rawTexts[path] = text;
        }

        return text;
    }

    /// <summary>The text a span covers, or null when it is empty, out of range or the file has no text.</summary>
    public string? GetSpanText(string path, SourceSpan span)
    {
        var text = GetText(path);
        if (text is null)
        {
            return null;
        }

        var start = text.OffsetOf(span.Start.Line, span.Start.Column);
        var end = text.OffsetOf(span.End.Line, span.End.Column);
        return end > start ? text.Text[start..end] : null;
    }
}

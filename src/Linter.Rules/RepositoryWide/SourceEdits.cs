using GitOpsLint.Diagnostics;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rules.RepositoryWide;

/// <summary>Text edits for SARIF fixes on block-style YAML: insert a sibling entry, delete an entry's line.</summary>
internal static class SourceEdits
{
    /// <summary>
    /// Inserts <c>key: value</c> as a new line after <paramref name="after"/>, indented like it; null when the entry is
    /// in flow style or shares its line with other text (no safe line edit then).
    /// </summary>
    public static TextEdit? InsertSiblingAfter(YamlFile file, YamlMappingEntry after, string keyAndValue)
    {
        if (!OwnsItsLines(file, after))
        {
            return null;
        }

        var indent = new string(' ', after.Key.Span.Start.Column - 1);
        var line = after.Value.Span.End.Line;
        if (after.Value.Span.End.Column == 1 && line > after.Key.Span.Start.Line)
        {
            // Block scalars end at the start of the next line.
            line--;
        }

        if (line >= file.Text.LineCount)
        {
            var end = file.Text.PositionAt(file.Text.Text.Length);
            var separator = file.Text.Text.EndsWith('\n') ? string.Empty : "\n";
            return new TextEdit(file.Path, SourceSpan.At(end), separator + indent + keyAndValue + "\n");
        }

        var start = file.Text.PositionAt(file.Text.OffsetOf(line + 1, 1));
        return new TextEdit(file.Path, SourceSpan.At(start), indent + keyAndValue + "\n");
    }

    /// <summary>Deletes the line of a one-line <c>key: value</c> entry; null when the entry is not alone on its line.</summary>
    public static TextEdit? DeleteEntryLine(YamlFile file, YamlMappingEntry entry)
    {
        if (!OwnsItsLines(file, entry) || entry.Key.Span.Start.Line != entry.Value.Span.End.Line)
        {
            return null;
        }

        var line = entry.Key.Span.Start.Line;
        var start = file.Text.PositionAt(file.Text.OffsetOf(line, 1));
        var end = line < file.Text.LineCount ? file.Text.PositionAt(file.Text.OffsetOf(line + 1, 1)) : file.Text.PositionAt(file.Text.Text.Length);
        return new TextEdit(file.Path, new SourceSpan(start, end), string.Empty);
    }

    /// <summary>Whether only whitespace precedes the key on its line and only a comment follows the value.</summary>
    private static bool OwnsItsLines(YamlFile file, YamlMappingEntry entry)
    {
        var keyLine = file.Text.GetLine(entry.Key.Span.Start.Line);
        var before = keyLine[..Math.Min(entry.Key.Span.Start.Column - 1, keyLine.Length)];
        if (before.Trim().Length > 0 && before.Trim() != "-")
        {
            return false;
        }

        if (entry.Value is YamlScalar { Style: YamlScalarStyle.Literal or YamlScalarStyle.Folded })
        {
            return true;
        }

        var endLine = file.Text.GetLine(entry.Value.Span.End.Line);
        var after = entry.Value.Span.End.Column - 1 <= endLine.Length ? endLine[(entry.Value.Span.End.Column - 1)..].Trim() : string.Empty;
        return after.Length == 0 || after.StartsWith('#');
    }
}

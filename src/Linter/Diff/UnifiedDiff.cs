using System.Globalization;
using System.Text;
using DiffPlex;

namespace GitOpsLint.Diff;

/// <summary>A unified diff (<c>diff -u</c> shape: <c>---</c>/<c>+++</c> headers, <c>@@</c> hunks with three lines of context) of two texts.</summary>
internal static class UnifiedDiff
{
    public const int ContextLines = 3;

    /// <summary>The diff, or "" when the texts are equal.</summary>
    public static string Create(string oldText, string newText, string oldLabel, string newLabel)
    {
        if (oldText == newText)
        {
            return string.Empty;
        }

        var oldLines = Lines(oldText);
        var newLines = Lines(newText);
        var blocks = Differ.Instance.CreateLineDiffs(oldText, newText, false, false).DiffBlocks;
        var builder = new StringBuilder();
        builder.Append("--- ").Append(oldLabel).Append('\n').Append("+++ ").Append(newLabel).Append('\n');

        var index = 0;
        while (index < blocks.Count)
        {
            // Blocks closer than twice the context share a hunk, as diff -u joins them.
            var last = index;
            while (last + 1 < blocks.Count && blocks[last + 1].DeleteStartA - (blocks[last].DeleteStartA + blocks[last].DeleteCountA) <= 2 * ContextLines)
            {
                last++;
            }

            var oldStart = Math.Max(0, blocks[index].DeleteStartA - ContextLines);
            var newStart = Math.Max(0, blocks[index].InsertStartB - ContextLines);
            var oldEnd = Math.Min(oldLines.Count, blocks[last].DeleteStartA + blocks[last].DeleteCountA + ContextLines);
            var newEnd = Math.Min(newLines.Count, blocks[last].InsertStartB + blocks[last].InsertCountB + ContextLines);
            builder.Append("@@ -").Append(Range(oldStart, oldEnd - oldStart)).Append(" +").Append(Range(newStart, newEnd - newStart)).Append(" @@\n");

            var oldPosition = oldStart;
            for (var b = index; b <= last; b++)
            {
                var block = blocks[b];
                for (; oldPosition < block.DeleteStartA; oldPosition++)
                {
                    builder.Append(' ').Append(oldLines[oldPosition]).Append('\n');
                }

                for (var i = 0; i < block.DeleteCountA; i++)
                {
                    builder.Append('-').Append(oldLines[block.DeleteStartA + i]).Append('\n');
                }

                for (var i = 0; i < block.InsertCountB; i++)
                {
                    builder.Append('+').Append(newLines[block.InsertStartB + i]).Append('\n');
                }

                oldPosition = block.DeleteStartA + block.DeleteCountA;
            }

            for (; oldPosition < oldEnd; oldPosition++)
            {
                builder.Append(' ').Append(oldLines[oldPosition]).Append('\n');
            }

            index = last + 1;
        }

        return builder.ToString();
    }

    private static List<string> Lines(string text)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    /// <summary>"start,count" with 1-based start; an empty range names the line before it, as diff does.</summary>
    private static string Range(int start, int count) =>
        count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{start},0")
            : count == 1 ? (start + 1).ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{start + 1},{count}");
}

using System.Text;
using GoTemplates.Sprig.Support;

namespace GoTemplates.Sprig.Functions;

/// <summary>goutils.WrapCustom: wraps on spaces, byte-indexed like the Go original.</summary>
internal static class WordWrap
{
    public static string Wrap(string s, long wrapLength, string newLine, bool wrapLongWords)
    {
        if (s.Length == 0) return "";
        if (newLine.Length == 0) newLine = "\n";
        if (wrapLength < 1) wrapLength = 1;
        var str = GoStrings.ToBytes(s);
        var newLineBytes = GoStrings.ToBytes(newLine);
        var length = str.Length;
        var offset = 0;
        var output = new List<byte>(length + 16);
        while (length - offset > wrapLength)
        {
            if (str[offset] == ' ')
            {
                offset++;
                continue;
            }
            var end = (int)wrapLength + offset + 1;
            var spaceToWrapAt = LastIndexOfSpace(str, offset, end) + offset;
            if (spaceToWrapAt >= offset)
            {
                output.AddRange(str[offset..spaceToWrapAt]);
                output.AddRange(newLineBytes);
                offset = spaceToWrapAt + 1;
            }
            else if (wrapLongWords)
            {
                var cut = (int)wrapLength + offset;
                output.AddRange(str[offset..cut]);
                output.AddRange(newLineBytes);
                offset += (int)wrapLength;
            }
            else
            {
                var cut = (int)wrapLength + offset;
                var index = Array.IndexOf(str, (byte)' ', cut);
                if (index == -1)
                {
                    output.AddRange(str[offset..]);
                    offset = length;
                }
                else
                {
                    output.AddRange(str[offset..index]);
                    output.AddRange(newLineBytes);
                    offset = index + 1;
                }
            }
        }
        output.AddRange(str[offset..]);
        return GoStrings.FromBytes(output.ToArray());
    }

    /// <summary><c>strings.LastIndex(str[from:to], " ")</c>, relative to <paramref name="from"/>.</summary>
    private static int LastIndexOfSpace(byte[] str, int from, int to)
    {
        for (var i = to - 1; i >= from; i--)
        {
            if (str[i] == ' ') return i - from;
        }
        return -1;
    }
}

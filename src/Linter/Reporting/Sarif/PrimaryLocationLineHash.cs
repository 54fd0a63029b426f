using System.Globalization;

namespace GitOpsLint.Reporting.Sarif;

/// <summary>
/// GitHub's <c>primaryLocationLineHash</c>, computed the way GitHub's upload action (codeql-action's fingerprints.ts)
/// computes it when a result has none: for every line, a polynomial rolling hash (base 37, 64-bit wrap-around) of the
/// next 100 characters of the file counted from the line's first character, where spaces and tabs are skipped and
/// line ends (<c>\r\n</c>, <c>\r</c>, <c>\n</c>) count as one <c>\n</c>. After the last character comes a marker
/// character (65535), then zeros. The hash is written in lowercase hexadecimal, followed by <c>:N</c> where N counts
/// the lines of the file with the same hash so far (1 for the first). Characters are UTF-16 code units, as in JavaScript.
/// Writing the value ourselves keeps it identical to the action's, and lets tools other than the action use it.
/// </summary>
internal static class PrimaryLocationLineHash
{
    private const int BlockSize = 100;
    private const ulong Base = 37;
    private const int EndOfFile = 65535;

    /// <summary>The hashes of every line of <paramref name="text"/>, index 0 being line 1 (a text ending with a line end has one more, empty, line).</summary>
    public static IReadOnlyList<string> Compute(string text)
    {
        var hasher = new Hasher();
        foreach (var character in text)
        {
            hasher.Process(character);
        }

        hasher.Process(EndOfFile);
        hasher.Flush();
        return hasher.Hashes;
    }

    /// <summary>The state of one pass over a file: a window of the last <see cref="BlockSize"/> characters and which of them start lines.</summary>
    private sealed class Hasher
    {
        private readonly int[] window = new int[BlockSize];
        private readonly int[] lineAt = Enumerable.Repeat(-1, BlockSize).ToArray();
        private readonly Dictionary<ulong, int> seen = [];
        private readonly ulong baseToBlockSize = BaseToBlockSize();
        private ulong hash;
        private int index;
        private int lineCount;
        private bool atLineStart = true;
        private bool afterCarriageReturn;

        public List<string> Hashes { get; } = [];

        public void Process(int character)
        {
            if (character is ' ' or '\t' || (afterCarriageReturn && character == '\n'))
            {
                afterCarriageReturn = false;
                return;
            }

            afterCarriageReturn = character == '\r';
            if (afterCarriageReturn)
            {
                character = '\n';
            }

            // The window has come round to a line start: the hash now covers exactly the 100 characters from it.
            if (lineAt[index] != -1)
            {
                Emit();
            }

            if (atLineStart)
            {
                atLineStart = false;
                lineCount++;
                lineAt[index] = lineCount;
            }

            if (character == '\n')
            {
                atLineStart = true;
            }

            Roll(character);
        }

        public void Flush()
        {
            for (var i = 0; i < BlockSize; i++)
            {
                if (lineAt[index] != -1)
                {
                    Emit();
                }

                Roll(0);
            }
        }

        private void Emit()
        {
            seen.TryGetValue(hash, out var count);
            seen[hash] = ++count;
            Hashes.Add(hash.ToString("x", CultureInfo.InvariantCulture) + ":" + count.ToString(CultureInfo.InvariantCulture));
            lineAt[index] = -1;
        }

        private void Roll(int character)
        {
            var leaving = window[index];
            window[index] = character;
            hash = unchecked((Base * hash) + (ulong)character - (baseToBlockSize * (ulong)leaving));
            index = (index + 1) % BlockSize;
        }

        private static ulong BaseToBlockSize()
        {
            var result = 1UL;
            for (var i = 0; i < BlockSize; i++)
            {
                result = unchecked(result * Base);
            }

            return result;
        }
    }
}

using System.Text;

namespace GitOpsLint.Rendering.Helm.Yaml;

/// <summary>
/// go-yaml v2's order of map keys on output: a "natural" order where runs of digits compare by value and
/// non-letters sort before letters (so <c>a2</c> precedes <c>a10</c>, and <c>_x</c> precedes <c>a</c>).
/// </summary>
internal sealed class GoYamlKeyComparer : IComparer<string>
{
    public static readonly GoYamlKeyComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        if (Less(x, y))
        {
            return -1;
        }

        return Less(y, x) ? 1 : 0;
    }

    private static bool Less(string left, string right)
    {
        var a = left.EnumerateRunes().ToArray();
        var b = right.EnumerateRunes().ToArray();
        for (var i = 0; i < a.Length && i < b.Length; i++)
        {
            if (a[i] == b[i])
            {
                continue;
            }

            var aLetter = Rune.IsLetter(a[i]);
            var bLetter = Rune.IsLetter(b[i]);
            if (aLetter && bLetter)
            {
                return a[i] < b[i];
            }

            if (aLetter || bLetter)
            {
                return bLetter;
            }

            long an = 0;
            long bn = 0;
            if (a[i].Value == '0' || b[i].Value == '0')
            {
                for (var j = i - 1; j >= 0 && Rune.IsDigit(a[j]); j--)
                {
                    if (a[j].Value != '0')
                    {
                        an = 1;
                        bn = 1;
                        break;
                    }
                }
            }

            var ai = i;
            for (; ai < a.Length && Rune.IsDigit(a[ai]); ai++)
            {
                an = (an * 10) + (a[ai].Value - '0');
            }

            var bi = i;
            for (; bi < b.Length && Rune.IsDigit(b[bi]); bi++)
            {
                bn = (bn * 10) + (b[bi].Value - '0');
            }

            if (an != bn)
            {
                return an < bn;
            }

            if (ai != bi)
            {
                return ai < bi;
            }

            return a[i] < b[i];
        }

        return a.Length < b.Length;
    }
}

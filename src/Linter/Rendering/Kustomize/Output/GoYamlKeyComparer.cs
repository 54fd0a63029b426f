using System.Text;

namespace GitOpsLint.Rendering.Kustomize.Output;

/// <summary>
/// The order go-yaml v2 gives map keys when it marshals a Go map (kustomize prints through it): a "natural" order in
/// which runs of digits compare as numbers and a non-letter sorts before a letter.
/// </summary>
internal sealed class GoYamlKeyComparer : IComparer<string>
{
    public static readonly GoYamlKeyComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y) || x == y)
        {
            return 0;
        }

        return Less(x!, y!) ? -1 : Less(y!, x!) ? 1 : 0;
    }

    private static bool Less(string a, string b)
    {
        var ar = ToRunes(a);
        var br = ToRunes(b);
        for (var i = 0; i < ar.Length && i < br.Length; i++)
        {
            if (ar[i] == br[i])
            {
                continue;
            }

            var al = Rune.IsLetter(ar[i]);
            var bl = Rune.IsLetter(br[i]);
            if (al && bl)
            {
                return ar[i] < br[i];
            }

            if (al || bl)
            {
                return bl;
            }

            long an = 0;
            long bn = 0;
            if (ar[i].Value == '0' || br[i].Value == '0')
            {
                for (var j = i - 1; j >= 0 && Rune.IsDigit(ar[j]); j--)
                {
                    if (ar[j].Value != '0')
                    {
                        an = 1;
                        bn = 1;
                        break;
                    }
                }
            }

            var ai = i;
            for (; ai < ar.Length && Rune.IsDigit(ar[ai]); ai++)
            {
                an = an * 10 + (ar[ai].Value - '0');
            }

            var bi = i;
            for (; bi < br.Length && Rune.IsDigit(br[bi]); bi++)
            {
                bn = bn * 10 + (br[bi].Value - '0');
            }

            if (an != bn)
            {
                return an < bn;
            }

            if (ai != bi)
            {
                return ai < bi;
            }

            return ar[i] < br[i];
        }

        return ar.Length < br.Length;
    }

    private static Rune[] ToRunes(string text) => text.EnumerateRunes().ToArray();
}

namespace GoTemplates.Sprig.Support;

/// <summary>Go string ordering: byte-wise over UTF-8, which is code-point order (unlike UTF-16 ordinal order).</summary>
internal sealed class GoStringComparer : IComparer<string>
{
    public static readonly GoStringComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null) return x is null ? (y is null ? 0 : -1) : 1;
        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
        {
            var a = x[i];
            var b = y[i];
            if (a == b) continue;
            // Surrogates encode code points above every BMP character, unlike their UTF-16 values.
            var aKey = char.IsSurrogate(a) ? a + 0x10000 : a;
            var bKey = char.IsSurrogate(b) ? b + 0x10000 : b;
            return aKey.CompareTo(bKey);
        }
        return x.Length.CompareTo(y.Length);
    }
}

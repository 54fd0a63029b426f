namespace GitOpsLint.Rendering.Kustomize.Nodes;

/// <summary>Go's <c>strconv.ParseInt(s, 0, 64)</c> then <c>ParseUint</c>: sign, <c>0x</c>/<c>0o</c>/<c>0b</c> prefixes, a leading 0 for octal.</summary>
internal static class GoInteger
{
    public static bool TryParse(string text, out long signed, out ulong unsigned, out bool isUnsigned)
    {
        signed = 0;
        unsigned = 0;
        isUnsigned = false;
        var span = text.AsSpan();
        var negative = false;
        var hasSign = false;
        if (span.Length > 0 && span[0] is '+' or '-')
        {
            negative = span[0] == '-';
            hasSign = true;
            span = span[1..];
        }

        if (span.IsEmpty)
        {
            return false;
        }

        var radix = 10;
        if (span.Length > 1 && span[0] == '0')
        {
            radix = span[1] switch
            {
                'x' or 'X' => 16,
                'o' or 'O' => 8,
                'b' or 'B' => 2,
                _ => 0,
            };
            span = radix == 0 ? span[1..] : span[2..];
            radix = radix == 0 ? 8 : radix;
        }

        if (span.IsEmpty)
        {
            return false;
        }

        ulong accumulator = 0;
        foreach (var c in span)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'f' => c - 'a' + 10,
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => 99,
            };
            if (digit >= radix || accumulator > (ulong.MaxValue - (ulong)digit) / (ulong)radix)
            {
                return false;
            }

            accumulator = accumulator * (ulong)radix + (ulong)digit;
        }

        if (negative)
        {
            if (accumulator > (ulong)long.MaxValue + 1)
            {
                return false;
            }

            signed = (long)(0 - accumulator);
            return true;
        }

        if (accumulator <= long.MaxValue)
        {
            signed = (long)accumulator;
            return true;
        }

        // ParseUint refuses a sign.
        if (hasSign)
        {
            return false;
        }

        unsigned = accumulator;
        isUnsigned = true;
        return true;
    }
}

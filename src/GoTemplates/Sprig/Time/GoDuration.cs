using System.Globalization;
using GoTemplates.Runtime;

namespace GoTemplates.Sprig.Time;

/// <summary>Go's <c>time.Duration</c> (int64 nanoseconds): <c>String()</c> and <c>time.ParseDuration</c>.</summary>
internal static class GoDuration
{
    public const ulong Nanosecond = 1, Microsecond = 1000, Millisecond = 1_000_000, Second = 1_000_000_000, Minute = 60 * Second, Hour = 60 * Minute;

    public static string Format(long d)
    {
        var u = d == long.MinValue ? 1UL << 63 : (ulong)Math.Abs(d);
        var sign = d < 0 ? "-" : "";
        if (u == 0) return "0s";
        if (u < Second)
        {
            if (u < Microsecond) return sign + u.ToString(CultureInfo.InvariantCulture) + "ns";
            if (u < Millisecond) return sign + Fixed(u, 3) + "µs";
            return sign + Fixed(u, 6) + "ms";
        }
        var seconds = u / Second;
        var result = (seconds % 60).ToString(CultureInfo.InvariantCulture) + Fraction(u % Second, 9) + "s";
        var minutes = seconds / 60;
        if (minutes > 0)
        {
            result = (minutes % 60).ToString(CultureInfo.InvariantCulture) + "m" + result;
            var hours = minutes / 60;
            if (hours > 0) result = hours.ToString(CultureInfo.InvariantCulture) + "h" + result;
        }
        return sign + result;
    }

    /// <summary>u / 10^digits with its fraction, trailing zeros dropped ("1.5" for 1500 at 3 digits).</summary>
    private static string Fixed(ulong u, int digits)
    {
        var pow = 1UL;
        for (var i = 0; i < digits; i++) pow *= 10;
        return (u / pow).ToString(CultureInfo.InvariantCulture) + Fraction(u % pow, digits);
    }

    private static string Fraction(ulong value, int digits) =>
        value == 0 ? "" : "." + value.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0').TrimEnd('0');

    /// <summary><c>time.ParseDuration</c>; throws <see cref="GoFunctionException"/> with Go's message.</summary>
    public static long Parse(string text)
    {
        var original = text;
        var s = text;
        ulong total = 0;
        var negative = false;
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            negative = s[0] == '-';
            s = s[1..];
        }
        if (s == "0") return 0;
        if (s.Length == 0) throw Invalid(original);
        while (s.Length > 0)
        {
            if (!(s[0] == '.' || s[0] is >= '0' and <= '9')) throw Invalid(original);
            var i = 0;
            ulong v = 0;
            var overflow = false;
            while (i < s.Length && s[i] is >= '0' and <= '9')
            {
                if (v > (1UL << 63) / 10) overflow = true;
                v = v * 10 + (ulong)(s[i] - '0');
                if (v > 1UL << 63) overflow = true;
                i++;
            }
            if (overflow) throw Invalid(original);
            var pre = i != 0;
            s = s[i..];
            ulong f = 0;
            double scale = 1;
            var post = false;
            if (s.Length > 0 && s[0] == '.')
            {
                s = s[1..];
                i = 0;
                var overflowFraction = false;
                while (i < s.Length && s[i] is >= '0' and <= '9')
                {
                    if (!overflowFraction)
                    {
                        if (f > (ulong.MaxValue >> 1) / 10) overflowFraction = true;
                        else
                        {
                            f = f * 10 + (ulong)(s[i] - '0');
                            scale *= 10;
                        }
                    }
                    i++;
                }
                post = i != 0;
                s = s[i..];
            }
            if (!pre && !post) throw Invalid(original);
            i = 0;
            while (i < s.Length && s[i] != '.' && s[i] is not (>= '0' and <= '9')) i++;
            if (i == 0) throw new GoFunctionException($"time: missing unit in duration {Quote(original)}");
            var unitName = s[..i];
            s = s[i..];
            ulong unit = unitName switch
            {
                "ns" => Nanosecond,
                "us" or "µs" or "μs" => Microsecond,
                "ms" => Millisecond,
                "s" => Second,
                "m" => Minute,
                "h" => Hour,
                _ => throw new GoFunctionException($"time: unknown unit {Quote(unitName)} in duration {Quote(original)}"),
            };
            if (v > (1UL << 63) / unit) throw Invalid(original);
            v *= unit;
            if (f > 0)
            {
                v += (ulong)((double)f * ((double)unit / scale));
                if (v > 1UL << 63) throw Invalid(original);
            }
            total += v;
            if (total > 1UL << 63) throw Invalid(original);
        }
        if (negative) return unchecked(-(long)total);
        if (total > long.MaxValue) throw Invalid(original);
        return (long)total;
    }

    private static GoFunctionException Invalid(string original) => new($"time: invalid duration {Quote(original)}");

    /// <summary>Go's time package quotes with plain double quotes, escaping only quotes and backslashes... as in Go 1.19.</summary>
    private static string Quote(string s) => GoFmt.Quote(s);
}

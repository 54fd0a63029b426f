using System.Globalization;

namespace GitOpsLint.Model.Flux;

/// <summary>
/// Go's <c>time.ParseDuration</c>: a sequence of decimal numbers with units (<c>300ms</c>, <c>1h30m</c>, <c>-1.5h</c>).
/// Flux intervals and timeouts (metav1.Duration) and Argo Rollouts pauses are read with it.
/// </summary>
internal static class GoDuration
{
    private static readonly (string Unit, double Seconds)[] Units =
    [
        ("ns", 1e-9), ("us", 1e-6), ("µs", 1e-6), ("μs", 1e-6), ("ms", 1e-3), ("s", 1), ("m", 60), ("h", 3600),
    ];

    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var rest = text.AsSpan();
        var negative = false;
        if (rest.Length > 0 && rest[0] is '+' or '-')
        {
            negative = rest[0] == '-';
            rest = rest[1..];
        }

        if (rest.SequenceEqual("0"))
        {
            return true;
        }

        if (rest.IsEmpty)
        {
            return false;
        }

        double seconds = 0;
        while (!rest.IsEmpty)
        {
            var numberLength = 0;
            var sawDigit = false;
            while (numberLength < rest.Length && (char.IsAsciiDigit(rest[numberLength]) || rest[numberLength] == '.'))
            {
                sawDigit |= char.IsAsciiDigit(rest[numberLength]);
                numberLength++;
            }

            if (!sawDigit || rest[..numberLength].Count('.') > 1)
            {
                return false;
            }

            var number = double.Parse(rest[..numberLength], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            rest = rest[numberLength..];
            var unitLength = 0;
            while (unitLength < rest.Length && rest[unitLength] != '.' && !char.IsAsciiDigit(rest[unitLength]))
            {
                unitLength++;
            }

            var unit = rest[..unitLength].ToString();
            var match = Array.FindIndex(Units, u => u.Unit == unit);
            if (match < 0)
            {
                return false;
            }

            seconds += number * Units[match].Seconds;
            rest = rest[unitLength..];
        }

        duration = TimeSpan.FromSeconds(negative ? -seconds : seconds);
        return true;
    }

    /// <summary>"1h", "5m", "90s" style text for messages.</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration.TotalHours >= 1 && duration.TotalHours == Math.Floor(duration.TotalHours))
        {
            return ((long)duration.TotalHours).ToString(CultureInfo.InvariantCulture) + "h";
        }

        if (duration.TotalMinutes >= 1 && duration.TotalMinutes == Math.Floor(duration.TotalMinutes))
        {
            return ((long)duration.TotalMinutes).ToString(CultureInfo.InvariantCulture) + "m";
        }

        return duration.TotalSeconds.ToString(CultureInfo.InvariantCulture) + "s";
    }
}

using System.Globalization;
using GoTemplates.Runtime;
using GoTemplates.Sprig.Support;
using GoTemplates.Sprig.Time;
using static GoTemplates.Sprig.Support.SprigTypes;

namespace GoTemplates.Sprig.Functions;

/// <summary>Sprig's date.go, on the function map's clock and local zone.</summary>
internal static class DateFunctions
{
    public static void Register(FunctionTable t, SprigContext context)
    {
        GoTime Now() => new(context.Now(), new GoLocation("Local", context.Options.LocalTimeZone));
        string InZone(string layout, object? date, string zone)
        {
            var time = date switch
            {
                GoTime g => g,
                long seconds => FromUnix(seconds),
                nint seconds => FromUnix(seconds),
                int seconds => FromUnix(seconds),
                _ => Now(),
            };
            var location = GoLocation.Load(zone, context.Options.LocalTimeZone) ?? GoLocation.Utc;
            return GoTimeLayout.Format(time.In(location), layout);
        }
        GoTime FromUnix(long seconds) => new(DateTimeOffset.FromUnixTimeSeconds(seconds), new GoLocation("Local", context.Options.LocalTimeZone));

        t.Add("now", Of(), TimeType, _ => Now());
        t.Add("date", Of(Str, Any), Str, a => InZone((string)a[0]!, a[1], "Local"));
        t.Add("dateInZone", Of(Str, Any, Str), Str, a => InZone((string)a[0]!, a[1], (string)a[2]!));
        t.Alias("date_in_zone", "dateInZone");
        t.Add("htmlDate", Of(Any), Str, a => InZone("2006-01-02", a[0], "Local"));
        t.Add("htmlDateInZone", Of(Any, Str), Str, a => InZone("2006-01-02", a[0], (string)a[1]!));
        t.Add("dateModify", Of(Str, TimeType), TimeType, a => DateModify((string)a[0]!, (GoTime)a[1]!, swallow: true));
        t.Alias("date_modify", "dateModify");
        t.AddWithError("mustDateModify", Of(Str, TimeType), TimeType, a => DateModify((string)a[0]!, (GoTime)a[1]!, swallow: false));
        t.Alias("must_date_modify", "mustDateModify");
        t.Add("ago", Of(Any), Str, a =>
        {
            var time = a[0] switch
            {
                GoTime g => g,
                long seconds => FromUnix(seconds),
                nint seconds => FromUnix(seconds),
                _ => Now(),
            };
            return GoDuration.Format(Round(Now().Sub(time), (long)GoDuration.Second));
        });
        t.Add("duration", Of(Any), Str, a =>
        {
            var seconds = a[0] switch
            {
                string s => GoStrconv.TryParseInt(s, 10, out var v) ? v : 0,
                long v => v,
                _ => 0L,
            };
            return GoDuration.Format(unchecked(seconds * (long)GoDuration.Second));
        });
        t.Add("durationRound", Of(Any), Str, a => DurationRound(a[0], Now()));
        t.Add("toDate", Of(Str, Str), TimeType, a =>
        {
            try
            {
                return GoTimeLayout.Parse((string)a[0]!, (string)a[1]!, new GoLocation("Local", context.Options.LocalTimeZone));
            }
            catch (GoFunctionException)
            {
                return GoTime.Zero;
            }
        });
        t.AddWithError("mustToDate", Of(Str, Str), TimeType, a => GoTimeLayout.Parse((string)a[0]!, (string)a[1]!, new GoLocation("Local", context.Options.LocalTimeZone)));
        t.Add("unixEpoch", Of(TimeType), Str, a => ((GoTime)a[0]!).Unix.ToString(CultureInfo.InvariantCulture));
    }

    private static GoTime DateModify(string duration, GoTime date, bool swallow)
    {
        try
        {
            return date.Add(GoDuration.Parse(duration));
        }
        catch (GoFunctionException) when (swallow)
        {
            return date;
        }
        catch (GoFunctionException) when (!swallow)
        {
            throw;
        }
    }

    /// <summary>Go's <c>Duration.Round(m)</c>: half away from zero, saturating.</summary>
    private static long Round(long d, long m)
    {
        var r = d % m;
        if (d < 0)
        {
            r = -r;
            if (r + r < m) return d + r;
            var d1 = d - m + r;
            return d1 < d ? d1 : long.MinValue;
        }
        if (r + r < m) return d - r;
        var d2 = d + m - r;
        return d2 > d ? d2 : long.MaxValue;
    }

    private static string DurationRound(object? value, GoTime now)
    {
        long d = value switch
        {
            string s => TryParse(s),
            long v => v,
            GoTime time => now.Sub(time),
            _ => 0,
        };
        var u = d == long.MinValue ? 1UL << 63 : (ulong)Math.Abs(d);
        const ulong hour = GoDuration.Hour, minute = GoDuration.Minute, second = GoDuration.Second;
        const ulong day = hour * 24, month = day * 30, year = day * 365;
        if (u > year) return (u / year).ToString(CultureInfo.InvariantCulture) + "y";
        if (u > month) return (u / month).ToString(CultureInfo.InvariantCulture) + "mo";
        if (u > day) return (u / day).ToString(CultureInfo.InvariantCulture) + "d";
        if (u > hour) return (u / hour).ToString(CultureInfo.InvariantCulture) + "h";
        if (u > minute) return (u / minute).ToString(CultureInfo.InvariantCulture) + "m";
        if (u > second) return (u / second).ToString(CultureInfo.InvariantCulture) + "s";
        return "0s";
    }

    private static long TryParse(string s)
    {
        try
        {
            return GoDuration.Parse(s);
        }
        catch (GoFunctionException)
        {
            return 0;
        }
    }
}

using GoTemplates.Runtime;
using GoTemplates.Sprig.Support;

namespace GoTemplates.Sprig.Time;

/// <summary>Go's <c>time.Time</c>: an instant (100 ns resolution here) and the location it is shown in.</summary>
internal sealed class GoTime(DateTimeOffset instant, GoLocation location) : IGoObject, IGoStringer, IGoJsonMarshaler
{
    /// <summary>Go's zero time, January 1, year 1, 00:00:00 UTC.</summary>
    public static GoTime Zero { get; } = new(new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.Zero), GoLocation.Utc);

    public DateTimeOffset Instant { get; } = instant.ToUniversalTime();

    public GoLocation Location { get; } = location;

    public GoType Type => SprigTypes.TimeType;

    /// <summary>The wall clock in <see cref="Location"/>, with its UTC offset.</summary>
    public DateTimeOffset Local => TimeZoneInfo.ConvertTime(Instant, Location.Zone);

    public string ZoneAbbreviation => Location.Abbreviation(Instant);

    public long Unix => Instant.ToUnixTimeSeconds();

    public GoTime In(GoLocation location) => new(Instant, location);

    public GoTime Add(long nanoseconds) => new(Instant.AddTicks(nanoseconds / 100), Location);

    /// <summary>Go's <c>t.Sub(u)</c> in nanoseconds, saturating like Go.</summary>
    public long Sub(GoTime other)
    {
        var ticks = (Instant - other.Instant).Ticks;
        if (ticks > long.MaxValue / 100) return long.MaxValue;
        if (ticks < long.MinValue / 100) return long.MinValue;
        return ticks * 100;
    }

    public string String() => GoTimeLayout.Format(this, "2006-01-02 15:04:05.999999999 -0700 MST");

    public override string ToString() => String();

    public string MarshalJson() => "\"" + GoTimeLayout.Format(this, "2006-01-02T15:04:05.999999999Z07:00") + "\"";

    public override bool Equals(object? obj) => obj is GoTime other && other.Instant == Instant && other.Location.Name == Location.Name;

    public override int GetHashCode() => HashCode.Combine(Instant, Location.Name);

    public bool TryGetField(string name, out object? value)
    {
        value = null;
        return false;
    }

    public bool TryGetMethod(string name, out GoFunction? method)
    {
        method = name switch
        {
            "Unix" => new GoFunction(name, [], false, GoType.Int64, false, _ => Unix),
            "UnixNano" => new GoFunction(name, [], false, GoType.Int64, false, _ => (Instant - DateTimeOffset.UnixEpoch).Ticks * 100),
            "Year" => new GoFunction(name, [], false, GoType.Int, false, _ => (nint)Local.Year),
            "Month" => new GoFunction(name, [], false, GoType.Int, false, _ => (nint)Local.Month),
            "Day" => new GoFunction(name, [], false, GoType.Int, false, _ => (nint)Local.Day),
            "Hour" => new GoFunction(name, [], false, GoType.Int, false, _ => (nint)Local.Hour),
            "Minute" => new GoFunction(name, [], false, GoType.Int, false, _ => (nint)Local.Minute),
            "Second" => new GoFunction(name, [], false, GoType.Int, false, _ => (nint)Local.Second),
            "YearDay" => new GoFunction(name, [], false, GoType.Int, false, _ => (nint)Local.DayOfYear),
            "IsZero" => new GoFunction(name, [], false, GoType.Bool, false, _ => Instant == Zero.Instant),
            "UTC" => new GoFunction(name, [], false, SprigTypes.TimeType, false, _ => In(GoLocation.Utc)),
            "Format" => new GoFunction(name, [GoType.String], false, GoType.String, false, a => GoTimeLayout.Format(this, (string)a[0]!)),
            "String" => new GoFunction(name, [], false, GoType.String, false, _ => String()),
            _ => null,
        };
        return method is not null;
    }
}

/// <summary>Go's <c>*time.Location</c>: a name and the zone rules behind it.</summary>
internal sealed class GoLocation(string name, TimeZoneInfo zone)
{
    public static GoLocation Utc { get; } = new("UTC", TimeZoneInfo.Utc);

    public string Name { get; } = name;

    public TimeZoneInfo Zone { get; } = zone;

    /// <summary><c>time.LoadLocation</c>: "" and "UTC" are UTC, "Local" is the configured zone, else an IANA name.</summary>
    public static GoLocation? Load(string name, TimeZoneInfo local)
    {
        if (name is "" or "UTC") return Utc;
        if (name == "Local") return new GoLocation("Local", local);
        try
        {
            return new GoLocation(name, TimeZoneInfo.FindSystemTimeZoneById(name));
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }

    /// <summary>The zone abbreviation Go prints for MST; Go's "+03"-style name where none is known.</summary>
    public string Abbreviation(DateTimeOffset instant)
    {
        if (Zone == TimeZoneInfo.Utc || Zone.Id is "UTC" or "Etc/UTC") return "UTC";
        if (Name.Length == 0)
        {
            // A fixed zone from a parsed offset has no name: Go prints it as -0700.
            var fixedOffset = Zone.GetUtcOffset(instant);
            return (fixedOffset < TimeSpan.Zero ? "-" : "+") + fixedOffset.Duration().ToString("hhmm", System.Globalization.CultureInfo.InvariantCulture);
        }
        var name = Zone.IsDaylightSavingTime(instant) ? Zone.DaylightName : Zone.StandardName;
        if (name.Length is >= 3 and <= 5 && name.All(char.IsAsciiLetterUpper)) return name;
        var offset = Zone.GetUtcOffset(instant);
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        offset = offset.Duration();
        return offset.Minutes == 0 ? $"{sign}{offset.Hours:00}" : $"{sign}{offset.Hours:00}{offset.Minutes:00}";
    }
}

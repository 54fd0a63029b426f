namespace GoTemplates.Sprig;

/// <summary>What Sprig's non-hermetic functions read from the outside world, made explicit so renders are reproducible.</summary>
public sealed record SprigOptions
{
    /// <summary>The clock behind <c>now</c>, <c>ago</c>, <c>date</c> of non-time values, certificates' validity ...; default: the system clock.</summary>
    public Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.UtcNow;

    /// <summary>
    /// Seed of the random source behind <c>randAlphaNum</c>, <c>randInt</c>, <c>uuidv4</c>, <c>shuffle</c>, <c>randBytes</c>,
    /// <c>encryptAES</c> IVs, <c>bcrypt</c> salts and certificate serial numbers; null: unpredictable.
    /// </summary>
    public int? RandomSeed { get; init; }

    /// <summary>Go's <c>time.Local</c>: the zone of <c>now</c>, <c>date</c>, <c>toDate</c>; default UTC.</summary>
    public TimeZoneInfo LocalTimeZone { get; init; } = TimeZoneInfo.Utc;
}

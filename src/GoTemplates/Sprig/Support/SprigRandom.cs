namespace GoTemplates.Sprig.Support;

/// <summary>
/// The random source of one function map: seeded for reproducible tests, otherwise unpredictable.
/// Templates may run on several threads, so access is serialized.
/// </summary>
internal sealed class SprigRandom(int? seed)
{
    private readonly Random random = seed is { } s ? new Random(s) : new Random();
    private readonly Lock gate = new();

    /// <summary>A uniform integer in [0, n).</summary>
    public int Next(int n)
    {
        lock (gate) return random.Next(n);
    }

    public long NextInt64(long n)
    {
        lock (gate) return random.NextInt64(n);
    }

    public byte[] Bytes(int count)
    {
        var buffer = new byte[count];
        lock (gate) random.NextBytes(buffer);
        return buffer;
    }
}

namespace GoTemplates.Sprig.Support;

/// <summary>Everything one function map shares: the options and its random source.</summary>
internal sealed class SprigContext(SprigOptions options)
{
    public SprigOptions Options { get; } = options;

    public SprigRandom Random { get; } = new(options.RandomSeed);

    public DateTimeOffset Now() => Options.Clock();
}

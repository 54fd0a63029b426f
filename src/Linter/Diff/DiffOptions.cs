using GitOpsLint.Rendering.Units;

namespace GitOpsLint.Diff;

/// <summary>How desired states are produced and compared.</summary>
public sealed record DiffOptions
{
    public static readonly DiffOptions Default = new();

    /// <summary>Rendering engines and limits (the Helm chart renderer goes here).</summary>
    public UnitOptions Units { get; init; } = UnitOptions.Default;

    /// <summary>
    /// Key of the hashes that stand for secret values. Null (the default) draws a random key per run, so hashes cannot be
    /// matched against guesses; give a fixed key for reproducible output (tests, comments that must not change between pushes).
    /// </summary>
    public byte[]? SecretHashKey { get; init; }

    /// <summary>Objects larger than this (as normalised YAML) are compared by hash and not printed line by line.</summary>
    public int MaxPrintedObjectBytes { get; init; } = 256 * 1024;
}

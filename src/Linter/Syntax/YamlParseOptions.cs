namespace GitOpsLint.Syntax;

/// <summary>Limits that keep hostile input (alias bombs, deep nesting, huge files) from exhausting memory or stack.</summary>
public sealed record YamlParseOptions
{
    public static readonly YamlParseOptions Default = new();

    /// <summary>Largest nesting of mappings and sequences read; deeper content is skipped with an issue.</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Most nodes that alias expansion may copy in one file.</summary>
    public int MaxAliasExpansionNodes { get; init; } = 100_000;

    /// <summary>Largest file parsed, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 8 * 1024 * 1024;
}

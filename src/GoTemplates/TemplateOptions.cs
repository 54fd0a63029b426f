namespace GoTemplates;

/// <summary>Execution options and the limits that make hostile templates end in an error.</summary>
public sealed record TemplateOptions
{
    public MissingKeyMode MissingKey { get; init; } = MissingKeyMode.Default;

    /// <summary>Nested <c>{{template}}</c> calls (and context-function callbacks such as Helm's include). Go allows 100000; a CLR stack does not.</summary>
    public int MaxTemplateDepth { get; init; } = 1000;

    /// <summary>Nesting of parentheses and control structures accepted by the parser.</summary>
    public int MaxParseDepth { get; init; } = 1000;

    /// <summary>Characters of output one execution may produce.</summary>
    public long MaxOutputLength { get; init; } = 64L * 1024 * 1024;

    /// <summary>Evaluation steps (actions, commands, loop iterations) one execution may take.</summary>
    public long MaxSteps { get; init; } = 50_000_000;

    /// <summary>Wall-clock budget for one execution; null for none.</summary>
    public TimeSpan? Timeout { get; init; }
}

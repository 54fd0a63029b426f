namespace GoTemplates.Execution;

/// <summary>
/// Limits shared by one top-level execution and every nested execution it starts (template calls, include, tpl),
/// so a hostile template ends in an error rather than a hang, a stack overflow or exhausted memory.
/// </summary>
internal sealed class ExecutionBudget(TemplateOptions options, CancellationToken cancellationToken)
{
    private readonly long _deadline = options.Timeout is TimeSpan timeout
        ? Environment.TickCount64 + (long)timeout.TotalMilliseconds
        : long.MaxValue;

    private long _steps;
    private long _output;

    public TemplateOptions Options { get; } = options;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Per-execution state a host keeps across nested executions (see <see cref="TemplateContext.Items"/>).</summary>
    public Dictionary<string, object?> Items { get; } = new(StringComparer.Ordinal);

    /// <summary>Counts one step; returns the limit message when a limit is exceeded.</summary>
    public string? Step()
    {
        _steps++;
        if (_steps > Options.MaxSteps) return "execution exceeded the step limit (" + Options.MaxSteps + ")";
        if ((_steps & 1023) == 0)
        {
            if (CancellationToken.IsCancellationRequested) return "execution was cancelled";
            if (Environment.TickCount64 > _deadline) return "execution exceeded the time limit (" + Options.Timeout + ")";
        }
        return null;
    }

    /// <summary>Counts written characters; returns the limit message when the output limit is exceeded.</summary>
    public string? Wrote(int characters)
    {
        _output += characters;
        return _output > Options.MaxOutputLength ? "output exceeded the limit of " + Options.MaxOutputLength + " characters" : null;
    }
}

using GoTemplates.Execution;

namespace GoTemplates;

/// <summary>
/// What a context-aware function (see <see cref="Runtime.GoFunctions.WithContext"/>) knows about the execution
/// calling it: the set, the template depth, and shared per-execution state. Helm's <c>include</c> calls
/// <c>context.ExecuteTemplate(name, data)</c>; <c>tpl</c> parses into <c>context.Set.Clone()</c> and calls
/// <c>context.ExecuteTemplate(clone, name, data)</c>. Nested executions count against the same depth, step,
/// output and time limits as the caller.
/// </summary>
public sealed class TemplateContext
{
    private readonly ExecutionBudget _budget;

    internal TemplateContext(TemplateSet set, ExecutionBudget budget, int depth)
    {
        Set = set;
        _budget = budget;
        Depth = depth;
    }

    /// <summary>The set the calling template belongs to.</summary>
    public TemplateSet Set { get; }

    /// <summary>Nesting depth of the calling template (0 for the template <see cref="TemplateSet.Execute(string, object?, CancellationToken)"/> started).</summary>
    public int Depth { get; }

    public CancellationToken CancellationToken => _budget.CancellationToken;

    /// <summary>State shared by the whole top-level execution and everything nested in it (e.g. Helm's include recursion counts).</summary>
    public IDictionary<string, object?> Items => _budget.Items;

    /// <summary>Executes another template of <see cref="Set"/> one level deeper and returns its output.</summary>
    public string ExecuteTemplate(string name, object? data) => ExecuteTemplate(Set, name, data);

    /// <summary>Executes a template of <paramref name="set"/> (typically a clone of <see cref="Set"/>) one level deeper.</summary>
    public string ExecuteTemplate(TemplateSet set, string name, object? data) => set.ExecuteNested(name, data, _budget, Depth + 1);
}

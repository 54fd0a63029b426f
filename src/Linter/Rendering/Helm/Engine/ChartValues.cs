using GoTemplates.Runtime;

namespace GitOpsLint.Rendering.Helm.Engine;

/// <summary>Helm's <c>chartutil.Values</c>: a <c>map[string]interface{}</c> whose type name templates can observe (<c>.Values</c>, <c>.Template</c>).</summary>
internal sealed class ChartValues : Dictionary<string, object?>, IGoNamedType
{
    private static readonly GoType ValuesType = GoType.Named("chartutil.Values", GoKind.Map);

    public ChartValues()
        : base(StringComparer.Ordinal)
    {
    }

    public ChartValues(IDictionary<string, object?> source)
        : base(source, StringComparer.Ordinal)
    {
    }

    public GoType Type => ValuesType;
}

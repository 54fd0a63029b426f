namespace GitOpsLint.Syntax;

/// <summary>A scalar: its text as written (after unquoting), its style, and how it resolves as a typed value.</summary>
public sealed class YamlScalar : YamlNode
{
    private ResolvedScalar? resolved;

    internal YamlScalar(string pointer, SourceSpan span, string? tag, string? anchor, bool isAliasCopy, string value, YamlScalarStyle style)
        : base(pointer, span, tag, anchor, isAliasCopy)
    {
        Value = value;
        Style = style;
    }

    public override YamlNodeKind Kind => YamlNodeKind.Scalar;

    public override IReadOnlyList<YamlNode> Children => [];

    public string Value { get; }

    public YamlScalarStyle Style { get; }

    public bool IsPlain => Style == YamlScalarStyle.Plain;

    /// <summary>The value as Kubernetes and Helm read it (YAML 1.1 rules of go-yaml v2, used by sigs.k8s.io/yaml).</summary>
    public ResolvedScalar Resolved => resolved ??= ScalarResolver.Resolve(this);

    public bool IsNull => Resolved.Type == ScalarType.Null;

    internal YamlScalar CopyAt(string pointer) => new(pointer, Span, Tag, Anchor, true, Value, Style);

    public override string ToString() => Value;
}

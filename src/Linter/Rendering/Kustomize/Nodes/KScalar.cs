namespace GitOpsLint.Rendering.Kustomize.Nodes;

/// <summary>A scalar: its text, how it was written and its explicit tag, which together give its type (YAML 1.2 rules of go-yaml v3, as kustomize reads).</summary>
public sealed class KScalar : KNode
{
    public KScalar(string value, KScalarStyle style = KScalarStyle.Quoted, string? tag = null, NodeOrigin? origin = null)
    {
        Value = value;
        Style = style;
        Tag = tag;
        Origin = origin;
    }

    public string Value { get; set; }

    public KScalarStyle Style { get; set; }

    /// <summary>An explicit short tag such as <c>!!str</c> or <c>!!int</c>, or null.</summary>
    public string? Tag { get; set; }

    public static KScalar String(string value, NodeOrigin? origin = null) => new(value, KScalarStyle.Quoted, null, origin);

    public static KScalar Int(long value, NodeOrigin? origin = null) =>
        new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), KScalarStyle.Plain, null, origin);

    public static KScalar Null(NodeOrigin? origin = null) => new("null", KScalarStyle.Plain, null, origin);

    public KScalarValue Typed => KScalarValue.Resolve(this);

    public bool IsNull => Typed.Type == KScalarType.Null;

    public override KNode DeepClone() => new KScalar(Value, Style, Tag, Origin);

    public override string ToString() => Value;
}

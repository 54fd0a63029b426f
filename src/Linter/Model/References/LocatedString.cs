using GitOpsLint.Syntax;

namespace GitOpsLint.Model.References;

/// <summary>
/// A scalar value as written in a file, with the node it is written in, so that a finding about the value
/// underlines exactly that value.
/// </summary>
public sealed record LocatedString(string Value, YamlScalar Node)
{
    /// <summary>The scalar at <paramref name="key"/> of <paramref name="mapping"/>; null when absent, null-valued or not a scalar.</summary>
    public static LocatedString? From(YamlMapping? mapping, string key) =>
        mapping?.GetValue(key) is YamlScalar { IsNull: false } scalar ? new LocatedString(scalar.Value, scalar) : null;

    /// <summary>The scalar items of the sequence at <paramref name="key"/> (other items are skipped: the schema rules report them).</summary>
    public static IReadOnlyList<LocatedString> ListFrom(YamlMapping? mapping, string key) =>
        mapping?.GetValue(key) is YamlSequence sequence
            ? sequence.Items.OfType<YamlScalar>().Where(s => !s.IsNull).Select(s => new LocatedString(s.Value, s)).ToArray()
            : [];

    /// <summary>The value read as a YAML boolean (true/false, and YAML 1.1 yes/no), or null when it is not one.</summary>
    public bool? AsBool => Node.Resolved is { Type: ScalarType.Bool, Value: bool flag } ? flag : null;

    /// <summary>The value read as an integer, or null when it is not one.</summary>
    public long? AsInteger => Node.Resolved is { Type: ScalarType.Int, Value: long number } ? number : null;

    public override string ToString() => Value;
}

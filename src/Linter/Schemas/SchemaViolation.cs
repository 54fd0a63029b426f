namespace GitOpsLint.Schemas;

public enum SchemaViolationKind
{
    UnknownField,
    WrongType,
    MissingRequired,
    InvalidValue,

    /// <summary>A CRD validation rule (<c>x-kubernetes-validations</c>) evaluated to false.</summary>
    RuleViolation,
}

/// <summary>
/// One way an object breaks its schema, in words. <see cref="Pointer"/> is the JSON Pointer of the offending node
/// in the object (for <see cref="SchemaViolationKind.MissingRequired"/>, of the object missing the field).
/// </summary>
public sealed record SchemaViolation(SchemaViolationKind Kind, string Pointer, string Message)
{
    /// <summary>For an unknown field: the field to rename it to, when that is the one obvious correction.</summary>
    public string? Rename { get; init; }
}

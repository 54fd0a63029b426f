namespace GitOpsLint.Syntax;

/// <summary>What went wrong while reading a file; rules turn these into findings.</summary>
public enum SyntaxIssueKind
{
    /// <summary>The YAML is malformed (includes tab indentation).</summary>
    SyntaxError,

    /// <summary>A mapping repeats a key; the related span is the first occurrence.</summary>
    DuplicateKey,

    /// <summary>The bytes are not valid UTF-8.</summary>
    InvalidEncoding,

    /// <summary>An alias names an anchor that is not defined before it.</summary>
    UnknownAnchor,

    /// <summary>Alias expansion exceeded the budget (an alias bomb); the rest of the aliases read as null.</summary>
    AliasBudgetExceeded,

    /// <summary>Nesting deeper than the limit; the deeper content is skipped.</summary>
    NestingTooDeep,

    /// <summary>The file is larger than the limit and was not parsed.</summary>
    FileTooLarge,
}

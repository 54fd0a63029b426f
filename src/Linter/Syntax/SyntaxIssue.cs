namespace GitOpsLint.Syntax;

/// <summary>A problem found while reading a file: its kind, a message, where, and (for duplicates) the related span.</summary>
public sealed record SyntaxIssue(SyntaxIssueKind Kind, string Message, SourceSpan Span, SourceSpan? RelatedSpan = null, string? Hint = null);

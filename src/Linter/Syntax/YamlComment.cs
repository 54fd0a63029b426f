namespace GitOpsLint.Syntax;

/// <summary>A comment (text after <c>#</c>, trimmed) and where it stands; inline comments follow other content on their line.</summary>
public sealed record YamlComment(string Text, SourcePosition Position, bool IsInline);

using GitOpsLint.Diagnostics;
using GitOpsLint.Syntax;

namespace GitOpsLint.Configuration;

/// <summary>A rule's configured severity (null keeps the default) and its options mapping as written.</summary>
public sealed record RuleSetting(Severity? Severity, YamlMapping? Options);

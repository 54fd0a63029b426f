using GitOpsLint.Syntax;

namespace GitOpsLint.Model;

/// <summary>A repository file as the linter sees it: path, role, and its parsed YAML when it is a YAML file.</summary>
public sealed record SourceFile(string Path, FileRole Role, YamlFile? Yaml);

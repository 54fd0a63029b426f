namespace GitOpsLint.Syntax;

public enum YamlNodeKind
{
    Scalar,
    Mapping,
    Sequence,
}

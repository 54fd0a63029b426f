namespace GitOpsLint.Rendering.Kustomize.Nodes;

public enum KScalarType
{
    Null,
    Bool,
    Int,
    UInt,
    Float,
    String,
    Timestamp,
}

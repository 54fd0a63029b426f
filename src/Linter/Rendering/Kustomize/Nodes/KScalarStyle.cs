namespace GitOpsLint.Rendering.Kustomize.Nodes;

/// <summary>How a scalar was written; only "plain or not" changes its meaning (a quoted <c>"1"</c> is a string).</summary>
public enum KScalarStyle
{
    Plain,
    Quoted,
    Block,
}

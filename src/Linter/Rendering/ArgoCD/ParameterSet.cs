using GitOpsLint.Rendering.Kustomize.Nodes;

namespace GitOpsLint.Rendering.ArgoCD;

/// <summary>One set of generator parameters, with the generator's own <c>template</c> (merged over the ApplicationSet's) when it has one.</summary>
internal sealed record ParameterSet(Dictionary<string, object?> Values, KMapping? Template = null);

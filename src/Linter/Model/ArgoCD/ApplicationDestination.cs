using GitOpsLint.Model.References;
using GitOpsLint.Syntax;

namespace GitOpsLint.Model.ArgoCD;

/// <summary><c>spec.destination</c>: the cluster (by <c>server</c> URL or by <c>name</c>) and namespace to deploy to.</summary>
public sealed class ApplicationDestination(YamlMapping node)
{
    public YamlMapping Node { get; } = node;

    public LocatedString? Server { get; } = LocatedString.From(node, "server");

    public LocatedString? Name { get; } = LocatedString.From(node, "name");

    public LocatedString? Namespace { get; } = LocatedString.From(node, "namespace");
}

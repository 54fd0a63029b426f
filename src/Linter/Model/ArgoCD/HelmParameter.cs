using GitOpsLint.Model.References;
using GitOpsLint.Syntax;

namespace GitOpsLint.Model.ArgoCD;

/// <summary>One entry of <c>helm.parameters</c> (<c>--set name=value</c>).</summary>
public sealed record HelmParameter(YamlMapping Node, LocatedString? Name, LocatedString? Value, bool ForceString);

/// <summary>One entry of <c>helm.fileParameters</c> (<c>--set-file name=path</c>).</summary>
public sealed record HelmFileParameter(YamlMapping Node, LocatedString? Name, LocatedString? Path);

using GitOpsLint.Syntax;

namespace GitOpsLint.Model.Helmfile;

/// <summary>An entry of a helmfile's <c>repositories</c>.</summary>
internal sealed record HelmfileRepository(YamlMapping Node, YamlScalar NameNode)
{
    public string Name => NameNode.Value;

    public YamlScalar? Url => Node.GetValue("url") as YamlScalar;
}

using GitOpsLint.Syntax;

namespace GitOpsLint.Model.Helmfile;

/// <summary>An entry of a helmfile's <c>environments</c>: its name (the key) and its values files.</summary>
internal sealed record HelmfileEnvironment(string Name, YamlNode? KeyNode, YamlMapping? Node)
{
    /// <summary>helmfile's environment when none is declared or selected.</summary>
    public const string DefaultName = "default";
}

using GitOpsLint.Model.References;
using GitOpsLint.Syntax;

namespace GitOpsLint.Model.ArgoCD;

/// <summary><c>spec.syncPolicy</c>: automated sync, sync options, retry.</summary>
public sealed class SyncPolicy(YamlMapping node)
{
    public YamlMapping Node { get; } = node;

    /// <summary>The <c>automated</c> entry (key and value), or null. <c>automated: {}</c> turns automated sync on.</summary>
    public YamlMappingEntry? AutomatedEntry { get; } = node.GetEntry("automated");

    public YamlMapping? Automated => AutomatedEntry?.Value as YamlMapping;

    /// <summary>Whether automated sync is on: the key is present and not switched off with <c>enabled: false</c> (Argo CD 3.x).</summary>
    public bool IsAutomated => AutomatedEntry is not null && LocatedString.From(Automated, "enabled")?.AsBool != false
        && AutomatedEntry.Value is YamlMapping or YamlScalar { IsNull: true };

    public LocatedString? Prune => LocatedString.From(Automated, "prune");

    public LocatedString? SelfHeal => LocatedString.From(Automated, "selfHeal");

    public LocatedString? AllowEmpty => LocatedString.From(Automated, "allowEmpty");

    public IReadOnlyList<LocatedString> SyncOptions { get; } = LocatedString.ListFrom(node, "syncOptions");


    public YamlMapping? Retry => Node.GetMapping("retry");

    public YamlMapping? ManagedNamespaceMetadata => Node.GetMapping("managedNamespaceMetadata");

    /// <summary>Whether <paramref name="option"/> (e.g. <c>CreateNamespace=true</c>) is set, compared exactly as Argo CD does.</summary>
    public bool HasOption(string option) => SyncOptions.Any(o => o.Value == option);

    public LocatedString? FindOption(string name) => SyncOptions.LastOrDefault(o => o.Value.StartsWith(name + "=", StringComparison.Ordinal));
}

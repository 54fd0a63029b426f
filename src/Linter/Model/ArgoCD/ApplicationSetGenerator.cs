using GitOpsLint.Syntax;

namespace GitOpsLint.Model.ArgoCD;

/// <summary>
/// One item of an ApplicationSet's <c>generators</c> (or of a matrix/merge generator's <c>generators</c>):
/// its kind (<c>list</c>, <c>clusters</c>, <c>git</c>, <c>matrix</c> ...), body, and nested generators.
/// </summary>
public sealed class ApplicationSetGenerator
{
    public ApplicationSetGenerator(YamlMapping item)
    {
        Item = item;
        Entry = item.Entries.FirstOrDefault(e => e.KeyText != "selector");
        Kind = Entry?.KeyText ?? string.Empty;
        Body = Entry?.Value as YamlMapping;
        Children = (Body?.GetSequence("generators")?.Items ?? []).OfType<YamlMapping>().Select(c => new ApplicationSetGenerator(c)).ToArray();
    }

    /// <summary>The generator item (<c>- list: ...</c>, with an optional <c>selector</c>).</summary>
    public YamlMapping Item { get; }

    /// <summary>The generator's own entry (key <c>list:</c> and its body); null for an empty item.</summary>
    public YamlMappingEntry? Entry { get; }

    public string Kind { get; }

    public YamlMapping? Body { get; }

    /// <summary>Nested generators of <c>matrix</c> and <c>merge</c>.</summary>
    public IReadOnlyList<ApplicationSetGenerator> Children { get; }

    /// <summary>The generator's <c>values:</c>, which become <c>values.key</c> parameters.</summary>
    public YamlMapping? Values => Body?.GetMapping("values");

    /// <summary>A generator-level <c>template</c> that overrides fields of the ApplicationSet template.</summary>
    public YamlMapping? Template => Body?.GetMapping("template");

    /// <summary>For git generators: <c>directories</c> or <c>files</c>.</summary>
    public bool IsGitDirectories => Kind == "git" && Body?.ContainsKey("directories") == true;

    public bool IsGitFiles => Kind == "git" && Body?.ContainsKey("files") == true;
}

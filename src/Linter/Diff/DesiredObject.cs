using System.Text.Json.Nodes;

namespace GitOpsLint.Diff;

/// <summary>One object of a unit's desired state, normalised: keys sorted, typed scalars, secrets masked, ignored fields removed.</summary>
/// <param name="Content">The normalised object (a JSON tree, so pointers and jq-style paths apply to it).</param>
/// <param name="Source">The file the object comes from (template, manifest), for people; never part of comparisons.</param>
public sealed record DesiredObject(ObjectKey Key, JsonObject Content, string? Source)
{
    /// <summary>The object as YAML with stable key order: what diffs are computed on.</summary>
    public string Yaml => DiffYamlWriter.Write(Content);
}

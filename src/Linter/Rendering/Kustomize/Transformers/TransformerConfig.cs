using GitOpsLint.Rendering.Kustomize.Resources;

namespace GitOpsLint.Rendering.Kustomize.Transformers;

/// <summary>
/// Field specs a build adds to kustomize's built-in tables (from <c>crds:</c>). As in kustomize, a base's additions
/// flow up into the kustomizations that include it, and the final name-reference pass sees them all.
/// </summary>
internal sealed class TransformerConfig
{
    public List<FieldSpec> Labels { get; } = [];

    public List<FieldSpec> Annotations { get; } = [];

    public List<NameReference> NameReferences { get; } = [];

    /// <summary>The <c>vars:</c> of every kustomization of the build, resolved once at the end.</summary>
    public List<VarDefinition> Vars { get; } = [];

    public IReadOnlyList<NameReference> AllNameReferences => [.. NameReferenceTable.Default, .. NameReferences];

    public void MergeFrom(TransformerConfig other)
    {
        Labels.AddRange(other.Labels.Where(s => !Labels.Contains(s)));
        Annotations.AddRange(other.Annotations.Where(s => !Annotations.Contains(s)));
        NameReferences.AddRange(other.NameReferences.Where(r => !NameReferences.Any(n => n.Target == r.Target && n.Referrers.SequenceEqual(r.Referrers))));
        foreach (var definition in other.Vars)
        {
            AddVar(definition);
        }
    }

    public void AddVar(VarDefinition definition)
    {
        if (Vars.Any(v => v.Name == definition.Name))
        {
            throw BuildStop.At(definition.Origin, definition.KustomizationPath, $"var '{definition.Name}' already encountered", "var names must be unique in a build");
        }

        Vars.Add(definition);
    }

    public void AddNameReference(Gvk target, FieldSpec referrer) => NameReferences.Add(new NameReference(target, [referrer]));
}

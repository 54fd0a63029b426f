using GitOpsLint.Rendering.Kustomize.Configuration;
using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Kustomize.Resources;

namespace GitOpsLint.Rendering.Kustomize.Transformers;

/// <summary>
/// kustomize's <c>configurations:</c> files (transformer configs): their <c>nameReference</c>, <c>commonLabels</c> and
/// <c>commonAnnotations</c> field specs are added to the build's tables. Other sections (namePrefix, namespace,
/// images, replicas, varReference ...) are returned so that the caller can note them as not applied.
/// </summary>
internal static class ConfigurationsLoader
{
    private static readonly HashSet<string> Applied = new(StringComparer.Ordinal) { "nameReference", "commonLabels", "commonAnnotations" };

    public static IReadOnlyList<KEntry> Load(KNode document, TransformerConfig config)
    {
        if (document is not KMapping root)
        {
            return [];
        }

        foreach (var reference in root.GetSequence("nameReference")?.Items.OfType<KMapping>() ?? [])
        {
            var target = new Gvk(reference.GetString("group") ?? string.Empty, reference.GetString("version") ?? string.Empty, reference.GetString("kind") ?? string.Empty);
            foreach (var spec in reference.GetSequence("fieldSpecs")?.Items.OfType<KMapping>() ?? [])
            {
                config.AddNameReference(target, ReadSpec(spec));
            }
        }

        config.Labels.AddRange(root.GetSequence("commonLabels")?.Items.OfType<KMapping>().Select(ReadSpec) ?? []);
        config.Annotations.AddRange(root.GetSequence("commonAnnotations")?.Items.OfType<KMapping>().Select(ReadSpec) ?? []);
        return root.Entries.Where(e => !Applied.Contains(e.Key)).ToArray();
    }

    public static FieldSpec ReadSpec(KMapping spec) => new(
        spec.GetString("group") ?? string.Empty,
        spec.GetString("version") ?? string.Empty,
        spec.GetString("kind") ?? string.Empty,
        spec.GetString("path") ?? string.Empty,
        Kustomization.ReadBool(spec, "create"));
}

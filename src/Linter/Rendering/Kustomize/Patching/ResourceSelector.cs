using System.Text.RegularExpressions;
using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Kustomize.Resources;

namespace GitOpsLint.Rendering.Kustomize.Patching;

/// <summary>
/// A patch or replacement <c>target</c>: group, version, kind, name and namespace are anchored regular expressions
/// (empty matches anything); name and namespace match the original or the current identity; label and annotation
/// selectors use Kubernetes selector syntax.
/// </summary>
internal sealed class ResourceSelector
{
    private ResourceSelector(KMapping mapping)
    {
        Group = mapping.GetString("group") ?? string.Empty;
        Version = mapping.GetString("version") ?? string.Empty;
        Kind = mapping.GetString("kind") ?? string.Empty;
        Name = mapping.GetString("name") ?? string.Empty;
        Namespace = mapping.GetString("namespace") ?? string.Empty;
        LabelSelector = mapping.GetString("labelSelector") ?? string.Empty;
        AnnotationSelector = mapping.GetString("annotationSelector") ?? string.Empty;
    }

    public string Group { get; }

    public string Version { get; }

    public string Kind { get; }

    public string Name { get; }

    public string Namespace { get; }

    public string LabelSelector { get; }

    public string AnnotationSelector { get; }

    public static ResourceSelector From(KMapping mapping) => new(mapping);

    public IReadOnlyList<Resource> Select(ResourceMap map) => map.Resources.Where(Matches).ToArray();

    public bool Matches(Resource resource)
    {
        var current = resource.CurrentId;
        var original = resource.OriginalId;
        if (!(IsMatch(Namespace, original.EffectiveNamespace) || IsMatch(Namespace, current.EffectiveNamespace)))
        {
            return false;
        }

        if (!(IsMatch(Name, original.Name) || IsMatch(Name, current.Name)))
        {
            return false;
        }

        var gvk = resource.Gvk;
        if (!IsMatch(Group, gvk.Group) || !IsMatch(Version, gvk.Version) || !IsMatch(Kind, gvk.Kind))
        {
            return false;
        }

        var metadata = resource.Root.GetMapping("metadata");
        return (LabelSelector.Length == 0 || Patching.LabelSelector.Matches(LabelSelector, ToDictionary(metadata?.GetMapping("labels"))))
            && (AnnotationSelector.Length == 0 || Patching.LabelSelector.Matches(AnnotationSelector, ToDictionary(metadata?.GetMapping("annotations"))));
    }

    private static bool IsMatch(string pattern, string value) =>
        pattern.Length == 0 || Regex.IsMatch(value, "^(?:" + pattern + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static Dictionary<string, string> ToDictionary(KMapping? mapping) =>
        mapping?.Entries.ToDictionary(e => e.Key, e => e.Value is KScalar s ? s.Value : string.Empty, StringComparer.Ordinal) ?? [];
}

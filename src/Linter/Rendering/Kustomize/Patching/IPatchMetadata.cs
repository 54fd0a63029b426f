namespace GitOpsLint.Rendering.Kustomize.Patching;

/// <summary>
/// Strategic-merge metadata for a list field: the keys that identify its elements, for the list at
/// <paramref name="path"/> (field names from the object root, list indexes left out) in objects of
/// <paramref name="apiVersion"/>/<paramref name="kind"/>. Return the schema's <c>x-kubernetes-list-map-keys</c> when it has
/// them, else its <c>x-kubernetes-patch-merge-key</c> alone, else an empty list (the list is then merged by a key kustomize
/// infers from the elements, or replaced). Plug a schema-backed lookup in through <see cref="KustomizeBuildOptions.PatchMetadata"/>.
/// </summary>
public interface IPatchMetadata
{
    IReadOnlyList<string> GetMergeKeys(string apiVersion, string kind, IReadOnlyList<string> path);
}

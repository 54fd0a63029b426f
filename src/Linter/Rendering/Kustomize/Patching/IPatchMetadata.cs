namespace GitOpsLint.Rendering.Kustomize.Patching;

/// <summary>
/// Strategic-merge metadata for a list field: the <c>x-kubernetes-patch-merge-key</c> of the list at
/// <paramref name="path"/> (field names from the object root, list indexes left out) in objects of
/// <paramref name="apiVersion"/>/<paramref name="kind"/>, or null when the list has none (it is then replaced, or merged
/// by a key kustomize infers from the elements). Plug a schema-backed lookup in through <see cref="KustomizeBuildOptions.PatchMetadata"/>.
/// </summary>
public interface IPatchMetadata
{
    string? GetMergeKey(string apiVersion, string kind, IReadOnlyList<string> path);
}

namespace GitOpsLint.Schemas;

/// <summary>
/// How a strategic merge patch combines a field (from the schema's <c>x-kubernetes-patch-strategy</c> and
/// <c>x-kubernetes-patch-merge-key</c>, with the list type and map keys for structured merge).
/// </summary>
public sealed record PatchMetadata(string? Strategy, string? MergeKey, string? ListType, IReadOnlyList<string> ListMapKeys);

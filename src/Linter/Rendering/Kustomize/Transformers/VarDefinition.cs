using GitOpsLint.Rendering.Kustomize.Nodes;

namespace GitOpsLint.Rendering.Kustomize.Transformers;

/// <summary>One entry of the deprecated <c>vars:</c> field: a name, the object it reads (objref) and the field (fieldref).</summary>
internal sealed record VarDefinition(string Name, string ApiVersion, string Kind, string ObjectName, string Namespace, string FieldPath, NodeOrigin? Origin, string KustomizationPath)
{
    public static VarDefinition From(KMapping entry, string kustomizationPath)
    {
        var objref = entry.GetMapping("objref");
        return new VarDefinition(
            entry.GetString("name") ?? string.Empty,
            objref?.GetString("apiVersion") ?? string.Empty,
            objref?.GetString("kind") ?? string.Empty,
            objref?.GetString("name") ?? string.Empty,
            objref?.GetString("namespace") ?? string.Empty,
            entry.GetMapping("fieldref")?.GetString("fieldpath") ?? "metadata.name",
            entry.Origin,
            kustomizationPath);
    }
}

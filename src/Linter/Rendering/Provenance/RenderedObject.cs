using GitOpsLint.Model;

namespace GitOpsLint.Rendering.Provenance;

/// <summary>One object of a unit's desired state: the object (with its origin), the YAML it renders to, and where it comes from.</summary>
/// <param name="Object">The object rules check; its <see cref="KubeObject.Origin"/> is a <see cref="RenderedOrigin"/> or <see cref="VerbatimOrigin"/>.</param>
/// <param name="Text">The object as YAML (one document, without <c>---</c>).</param>
/// <param name="Source">The file and line the object comes from (template, resource file), for <c># Source:</c> comments.</param>
public sealed record RenderedObject(KubeObject Object, string Text, SourcePoint? Source)
{
    /// <summary>Whether the object is a repository document deployed unchanged (already among the repository's objects).</summary>
    public bool IsVerbatim => Object.Origin is VerbatimOrigin;
}

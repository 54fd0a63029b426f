using GitOpsLint.Diagnostics;
using GitOpsLint.Syntax;

namespace GitOpsLint.Model;

/// <summary>
/// Where an object comes from. Source objects are written in the repository as they are; rendered objects were
/// produced by a unit (chart, overlay, ApplicationSet) and map their nodes back to the text that produced them.
/// </summary>
public abstract class ObjectOrigin
{
    /// <summary>The location findings on <paramref name="node"/> of the object should point at.</summary>
    public abstract Location Locate(KubeObject kubeObject, YamlNode node);

    /// <summary>The chain that led to the object (unit, chart, template), most distant first; empty for source objects.</summary>
    public virtual IReadOnlyList<RelatedLocation> Chain => [];
}

/// <summary>An object written directly in a repository file.</summary>
public sealed class SourceOrigin : ObjectOrigin
{
    public static readonly SourceOrigin Instance = new();

    public override Location Locate(KubeObject kubeObject, YamlNode node) => Location.Of(kubeObject.Document.File, node);
}

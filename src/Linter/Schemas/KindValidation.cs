using GitOpsLint.Model;

namespace GitOpsLint.Schemas;

/// <summary>The public face of the schema engine for rules: find an object's schema, validate it, judge its apiVersion.</summary>
internal static class KindValidation
{
    /// <summary>The schema entry for an object's apiVersion and kind, from the run's catalog; null when no source knows the kind or version.</summary>
    public static (ISchemaSource Source, KindSchema Kind, SchemaBundle Bundle)? Find(SchemaCatalog catalog, KubeObject kubeObject)
    {
        if (catalog.VersionsOf(kubeObject.Group, kubeObject.Kind) is not { } versions || versions.Find(kubeObject.Version) is not { } entry)
        {
            return null;
        }

        return (versions.Source, entry.Kind, entry.Bundle);
    }
}

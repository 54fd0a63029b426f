namespace GitOpsLint.Schemas;

/// <summary>Somewhere kind schemas come from: the shipped folder, a configured folder, the repository's own CRDs.</summary>
internal interface ISchemaSource
{
    /// <summary>For messages: where the schemas come from.</summary>
    string DisplayName { get; }

    /// <summary>Every version this source knows of a group and kind (in the source's order), with the bundle holding it.</summary>
    IReadOnlyList<(KindSchema Kind, SchemaBundle Bundle)> VersionsOf(string group, string kind);
}

namespace GitOpsLint.Schemas;

/// <summary>
/// The schemas shipped with the tool: the <c>schemas/</c> folder copied next to the program at build time. Read once
/// per process, lazily (the folder's bundles are themselves read on first use).
/// </summary>
public static class ShippedSchemas
{
    private static readonly Lazy<IndexedSchemaSource?> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The folder the shipped schemas are read from.</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "schemas");

    internal static IndexedSchemaSource? Source => Instance.Value;

    private static IndexedSchemaSource? Load() =>
        File.Exists(Path.Combine(Directory, SchemaImporter.IndexFileName)) ? IndexedSchemaSource.FromDirectory(Directory) : null;
}

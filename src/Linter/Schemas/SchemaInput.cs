namespace GitOpsLint.Schemas;

/// <summary>One file given to the importer: a name (recorded as the bundle's source) and its bytes.</summary>
public sealed record SchemaInput(string Name, byte[] Content)
{
    public static SchemaInput FromFile(string path) => new(path.Replace('\\', '/'), File.ReadAllBytes(path));
}

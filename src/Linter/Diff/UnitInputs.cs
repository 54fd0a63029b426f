namespace GitOpsLint.Diff;

/// <summary>
/// What one unit's rendering read, and what it saw: files (by content id, "-" for absent), folders it listed (by the id of
/// their listing) and folders whose existence it checked. The unit renders the same on another revision when its
/// definition is the same and every one of these reads gives the same answer there.
/// </summary>
internal sealed class UnitInputs
{
    public UnitInputs(string definition, IReadOnlyDictionary<string, string> files, IReadOnlyDictionary<string, string> folders, IReadOnlyDictionary<string, bool> folderChecks, IReadOnlyList<string> childKeys)
    {
        Definition = definition;
        Files = files;
        Folders = folders;
        FolderChecks = folderChecks;
        ChildKeys = childKeys;
    }

    /// <summary>A hash of the unit's definition (the defining object, source, destination, configuration).</summary>
    public string Definition { get; }

    public IReadOnlyDictionary<string, string> Files { get; }

    public IReadOnlyDictionary<string, string> Folders { get; }

    public IReadOnlyDictionary<string, bool> FolderChecks { get; }

    /// <summary>Keys of the units this unit's output defines that are not written in the repository (rendered-only children).</summary>
    public IReadOnlyList<string> ChildKeys { get; }

    public bool StillHolds(ContentIds other) =>
        Files.All(f => other.OfFile(f.Key) == f.Value)
        && Folders.All(f => other.OfFolder(f.Key) == f.Value)
        && FolderChecks.All(f => other.Workspace.DirectoryExists(f.Key) == f.Value);
}

using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rendering.Kustomize.Configuration;

/// <summary>Finds and reads the kustomization file of a folder, refusing unknown fields as kustomize does.</summary>
internal static class KustomizationLoader
{
    private static readonly string[] FileNames = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

    public static Kustomization Load(KustomizeFiles files, string directory, NodeOrigin? origin, string referrerPath)
    {
        var present = FileNames.Select(n => directory.Length == 0 ? n : directory + "/" + n).Where(files.Workspace.FileExists).ToArray();
        if (present.Length == 0)
        {
            throw BuildStop.At(origin, referrerPath, $"unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '{Display(directory)}'", "a folder used as a base or component needs its own kustomization.yaml");
        }

        if (present.Length > 1)
        {
            throw BuildStop.At(origin, referrerPath, $"Found multiple kustomization files under: {Display(directory)}", "keep one kustomization file per folder");
        }

        var path = present[0];
        var documents = KustomizeFiles.ParseDocuments(path, files.ReadText(path, origin, referrerPath));
        if (documents.Count == 0 || documents[0] is not KMapping root)
        {
            throw new BuildStop(new KustomizeError(path, 1, 1, "kustomization.yaml is empty", "add resources, components or generators"));
        }

        foreach (var entry in root.Entries)
        {
            if (!KustomizationFields.Known.Contains(entry.Key))
            {
                throw new BuildStop(new KustomizeError(path, entry.KeyOrigin?.Line ?? 0, entry.KeyOrigin?.Column ?? 0, $"invalid Kustomization: json: unknown field \"{entry.Key}\"", "remove the field or fix its spelling; kustomize refuses unknown fields"));
            }
        }

        KustomizationTypeCheck.Check(root, path);
        var kustomization = new Kustomization(directory, path, root);
        if (kustomization.Kind is { } kind && kind is not ("Kustomization" or "Component"))
        {
            throw BuildStop.At(kustomization.OriginOf("kind"), path, $"kind '{kind}' is not a kustomization kind", "use Kustomization or Component");
        }

        return kustomization;
    }

    public static string Display(string directory) => directory.Length == 0 ? "." : directory;

    /// <summary>Remote bases and files: kustomize would fetch them; a static build never does.</summary>
    public static bool IsRemote(string reference) =>
        reference.Contains("://", StringComparison.Ordinal) || reference.StartsWith("git@", StringComparison.Ordinal)
        || reference.StartsWith("github.com/", StringComparison.Ordinal) || reference.StartsWith("gitlab.com/", StringComparison.Ordinal)
        || reference.StartsWith("bitbucket.org/", StringComparison.Ordinal);
}

using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using GitOpsLint.Workspace;
using GitOpsLint.Workspace.Git;

namespace GitOpsLint.Diff;

/// <summary>
/// Content identities of one workspace's files and folders, comparable across workspaces: git blob ids (read from the
/// tree for a revision, computed the way git computes them for other workspaces), so a file in the working tree and
/// the same file at a revision have the same id. Cached: a folder's id is computed once per run.
/// </summary>
internal sealed class ContentIds
{
    private readonly IWorkspace workspace;
    private readonly ConcurrentDictionary<string, string> files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> folders = new(StringComparer.Ordinal);

    public ContentIds(IWorkspace workspace) => this.workspace = workspace;

    public IWorkspace Workspace => workspace;

    /// <summary>The blob id of the file, or "-" when it does not exist.</summary>
    public string OfFile(string path) => files.GetOrAdd(path, Compute);

    /// <summary>An id of everything a listing of the folder shows: each file's path and blob id.</summary>
    public string OfFolder(string directory) => folders.GetOrAdd(directory, d =>
    {
        var builder = new StringBuilder();
        foreach (var file in workspace.ListFiles(d))
        {
            builder.Append(file).Append('\0').Append(OfFile(file)).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    });

    private string Compute(string path)
    {
        if (workspace is GitRevisionWorkspace revision)
        {
            return revision.BlobId(path) ?? "-";
        }

        var bytes = workspace.ReadFile(path);
        return bytes is null ? "-" : GitBlobId(bytes);
    }

    /// <summary>SHA-1 of "blob LENGTH\0" and the bytes: git's object id, used as an identity only.</summary>
    public static string GitBlobId(byte[] bytes)
    {
        var header = Encoding.ASCII.GetBytes("blob " + bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\0");
#pragma warning disable CA5350 // Git's object ids are SHA-1; this compares content, it protects nothing.
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
#pragma warning restore CA5350
        sha.AppendData(header);
        sha.AppendData(bytes);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}

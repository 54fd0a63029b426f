using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace GitOpsLint.Diff;

/// <summary>
/// Replaces secret values with keyed hashes before anything is compared or printed, as Argo CD masks Secret data in its
/// diffs: a changed value shows as a changed hash, an unchanged one as the same hash, and the value never appears.
/// The hash is an HMAC with a key that lives only as long as the run (unless the caller supplies one for
/// reproducible output), so short passwords cannot be recovered by hashing guesses.
/// </summary>
internal sealed class SecretMasker
{
    private readonly byte[] key;

    public SecretMasker(byte[]? key) => this.key = key ?? RandomNumberGenerator.GetBytes(32);

    public void Mask(JsonObject content, ObjectKey objectKey)
    {
        switch (objectKey.Group, objectKey.Kind)
        {
            case ("", "Secret"):
                MaskValues(content["data"] as JsonObject);
                MaskValues(content["stringData"] as JsonObject);
                break;
            case ("bitnami.com", "SealedSecret"):
                MaskValues((content["spec"] as JsonObject)?["encryptedData"] as JsonObject);
                break;
        }
    }

    public string MaskOf(string value)
    {
        var hash = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(value));
        return "<secret hmac-sha256:" + Convert.ToHexStringLower(hash.AsSpan(0, 8)) + ">";
    }

    private void MaskValues(JsonObject? values)
    {
        if (values is null)
        {
            return;
        }

        foreach (var name in values.Select(p => p.Key).ToArray())
        {
            values[name] = MaskOf(values[name]?.ToJsonString() ?? "null");
        }
    }
}

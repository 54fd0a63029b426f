using System.Security.Cryptography;
using System.Text;
using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Kustomize.Resources;

namespace GitOpsLint.Rendering.Kustomize.Generators;

/// <summary>
/// The name suffix kustomize gives generated ConfigMaps and Secrets: the sha256 of a canonical JSON form of the object
/// (kind, an always-empty name, data, and type for Secrets), its first ten hex digits with 0, 1, 3, a, e mapped to g, h, k, m, t so the
/// suffix never reads as a number or a word.
/// </summary>
internal static class NameHasher
{
    public static string Hash(Resource resource)
    {
        var json = new StringBuilder();
        var root = resource.Root;
        json.Append('{');
        var isSecret = resource.Kind == "Secret";
        if (!isSecret && root.Get("binaryData") is KMapping binary)
        {
            json.Append("\"binaryData\":");
            GoJson.WriteStringMap(json, binary);
            json.Append(',');
        }

        json.Append("\"data\":");
        WriteField(json, root.Get("data"));
        json.Append(",\"kind\":");
        GoJson.WriteString(json, resource.Kind);
        // kustomize looks the name up with the single key "metadata/name", which never matches: the name is always "".
        json.Append(",\"name\":\"\"");
        if (isSecret && root.Get("stringData") is KMapping stringData)
        {
            json.Append(",\"stringData\":");
            GoJson.WriteStringMap(json, stringData);
        }

        if (isSecret)
        {
            json.Append(",\"type\":");
            WriteField(json, root.Get("type"));
        }

        json.Append('}');
        return Encode(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json.ToString()))));
    }

    private static void WriteField(StringBuilder json, KNode? node)
    {
        switch (node)
        {
            case KMapping mapping:
                GoJson.WriteStringMap(json, mapping);
                break;
            case KScalar { IsNull: false } scalar:
                GoJson.WriteString(json, scalar.Value);
                break;
            default:
                json.Append("\"\"");
                break;
        }
    }

    private static string Encode(string hex)
    {
        var characters = hex[..10].ToCharArray();
        for (var i = 0; i < characters.Length; i++)
        {
            characters[i] = characters[i] switch
            {
                '0' => 'g',
                '1' => 'h',
                '3' => 'k',
                'a' => 'm',
                'e' => 't',
                var other => other,
            };
        }

        return new string(characters);
    }
}

using System.Text;
using GitOpsLint.Model;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rendering.Flux;

/// <summary>The data of a ConfigMap or Secret written in the repository (Secret <c>data</c> base64-decoded, <c>stringData</c> as is).</summary>
internal static class ConfigData
{
    /// <summary>The object, or null when the repository does not define it.</summary>
    public static KubeObject? Find(Repository repository, string kind, string name, string? @namespace) =>
        kind is "ConfigMap" or "Secret" ? repository.Index.Find(kind, name, @namespace).FirstOrDefault() : null;

    public static Dictionary<string, string> Read(KubeObject kubeObject)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var isSecret = kubeObject.Kind == "Secret";
        foreach (var entry in kubeObject.Root.GetMapping("data")?.Entries ?? [])
        {
            if (entry.Value is YamlScalar { IsNull: false } scalar)
            {
                result[entry.KeyText] = isSecret ? Decode(scalar.Value) ?? scalar.Value : scalar.Value;
            }
        }

        if (isSecret)
        {
            foreach (var entry in kubeObject.Root.GetMapping("stringData")?.Entries ?? [])
            {
                if (entry.Value is YamlScalar { IsNull: false } scalar)
                {
                    result[entry.KeyText] = scalar.Value;
                }
            }
        }

        return result;
    }

    private static string? Decode(string value)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(value));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

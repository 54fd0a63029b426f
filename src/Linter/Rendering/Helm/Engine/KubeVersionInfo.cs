using System.Globalization;
using System.Text.RegularExpressions;

namespace GitOpsLint.Rendering.Helm.Engine;

/// <summary>
/// <c>.Capabilities.KubeVersion</c>'s data, parsed like Helm's use of apimachinery's ParseGeneric:
/// <c>1.31</c> gives <c>v1.31</c>, <c>v1.31.2-gke.1</c> gives <c>v1.31.2</c>; at least two numeric components.
/// </summary>
public sealed partial record KubeVersionInfo(string Version, string Major, string Minor)
{
    /// <summary>Helm's source default, which its own goldens use.</summary>
    public static KubeVersionInfo Default { get; } = new("v1.20.0", "1", "20");

    [GeneratedRegex(@"^\s*v?([0-9]+(?:\.[0-9]+)*)(.*)*$")]
    private static partial Regex Generic();

    /// <summary>Parses a version; the error text follows apimachinery's.</summary>
    public static bool TryParse(string text, out KubeVersionInfo version, out string error)
    {
        version = Default;
        error = "";
        var m = Generic().Match(text);
        if (!m.Success)
        {
            error = $"could not parse \"{text}\" as version";
            return false;
        }

        var parts = m.Groups[1].Value.Split('.');
        if (parts.Length < 2)
        {
            error = $"illegal version string \"{text}\"";
            return false;
        }

        var numbers = new List<string>();
        for (var i = 0; i < parts.Length; i++)
        {
            if (i == 0 && parts[i].StartsWith('0') && parts[i] != "0")
            {
                error = $"illegal zero-prefixed version component \"{parts[i]}\" in \"{text}\"";
                return false;
            }

            if (!ulong.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                error = $"illegal version string \"{text}\"";
                return false;
            }

            numbers.Add(n.ToString(CultureInfo.InvariantCulture));
        }

        version = new KubeVersionInfo("v" + string.Join('.', numbers), numbers[0], numbers[1]);
        return true;
    }
}

using System.Text;
using GitOpsLint.Rendering.Helm.Loading;
using GitOpsLint.Rendering.Helm.Yaml;
using GoTemplates.Runtime;

namespace GitOpsLint.Rendering.Helm.Engine;

/// <summary>
/// <c>.Files</c> (Helm's <c>engine.files</c>, a map of path to bytes): every chart file that is not a template,
/// Chart.yaml, values.yaml or a subchart, with <c>Get</c>, <c>GetBytes</c>, <c>Glob</c> (<c>**</c> crosses folders),
/// <c>Lines</c>, <c>AsConfig</c> and <c>AsSecrets</c>.
/// </summary>
internal sealed class FilesObject : Dictionary<string, byte[]>, IGoObject
{
    private static readonly GoType FilesType = GoType.Named("engine.files", GoKind.Map);

    public FilesObject(IEnumerable<KeyValuePair<string, byte[]>> files)
        : base(StringComparer.Ordinal)
    {
        foreach (var (name, data) in files)
        {
            this[name] = data;
        }
    }

    public static FilesObject FromChart(IEnumerable<ChartFile> files) => new(files.Select(f => KeyValuePair.Create(f.Name, f.Data)));

    public GoType Type => FilesType;

    public bool TryGetField(string name, out object? value)
    {
        value = null;
        return false;
    }

    public bool TryGetMethod(string name, out GoFunction? method)
    {
        method = name switch
        {
            "Get" => new GoFunction("Get", [GoType.String], false, GoType.String, false, args => Get((string)args[0]!)),
            "GetBytes" => new GoFunction("GetBytes", [GoType.String], false, GoType.SliceOf(GoType.Uint8), false, args => GetBytes((string)args[0]!)),
            "Glob" => new GoFunction("Glob", [GoType.String], false, FilesType, false, args => Glob((string)args[0]!)),
            "Lines" => new GoFunction("Lines", [GoType.String], false, GoType.SliceOf(GoType.String), false, args => Lines((string)args[0]!)),
            "AsConfig" => new GoFunction("AsConfig", [], false, GoType.String, false, _ => AsConfig()),
            "AsSecrets" => new GoFunction("AsSecrets", [], false, GoType.String, false, _ => AsSecrets()),
            _ => null,
        };
        return method is not null;
    }

    public byte[] GetBytes(string name) => TryGetValue(name, out var data) ? data : [];

    public string Get(string name) => Encoding.UTF8.GetString(GetBytes(name));

    public FilesObject Glob(string pattern)
    {
        var glob = GlobPattern.TryCompile(pattern) ?? GlobPattern.TryCompile("**")!;
        return new FilesObject(this.Where(kv => glob.IsMatch(kv.Key)));
    }

    public List<string> Lines(string path)
    {
        if (!TryGetValue(path, out var data) || data.Length == 0)
        {
            return [];
        }

        var text = Encoding.UTF8.GetString(data);
        if (text.EndsWith('\n'))
        {
            text = text[..^1];
        }

        return [.. text.Split('\n')];
    }

    public string AsConfig() => ToYaml(this.ToDictionary(kv => BaseName(kv.Key), kv => (object?)Encoding.UTF8.GetString(kv.Value), StringComparer.Ordinal));

    public string AsSecrets() => ToYaml(this.ToDictionary(kv => BaseName(kv.Key), kv => (object?)Convert.ToBase64String(kv.Value), StringComparer.Ordinal));

    private static string BaseName(string path) => path[(path.LastIndexOf('/') + 1)..];

    private static string ToYaml(Dictionary<string, object?> map) => HelmYaml.ToYaml(map);
}

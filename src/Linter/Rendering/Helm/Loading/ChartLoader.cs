using System.Text;
using GitOpsLint.Rendering.Helm.Yaml;

namespace GitOpsLint.Rendering.Helm.Loading;

/// <summary>
/// Loads a chart directory or .tgz archive (and, recursively, its <c>charts/</c>) the way Helm's loader does:
/// lexical walk honouring <c>.helmignore</c> and the implicit <c>templates/.?*</c> rule, Chart.yaml decoding and
/// validation, values.yaml, values.schema.json, v1 requirements.yaml, and subcharts whose names do not start with
/// '_' or '.'.
/// </summary>
internal sealed class ChartLoader(IChartFileSource source, ChartLoadLimits limits)
{
    private readonly record struct LoadedFile(string Name, byte[] Data, string Origin);

    internal Chart Load(string path)
    {
        if (source.IsDirectory(path))
        {
            return LoadDirectory(path);
        }

        if (!source.IsFile(path))
        {
            throw new ChartLoadException($"path \"{path}\" not found");
        }

        return LoadArchive(source.ReadAllBytes(path), path, depth: 0);
    }

    private Chart LoadDirectory(string directory)
    {
        var ignore = new HelmIgnore();
        var ignorePath = Join(directory, ".helmignore");
        if (source.IsFile(ignorePath))
        {
            ignore = HelmIgnore.Parse(Encoding.UTF8.GetString(source.ReadAllBytes(ignorePath)));
        }

        ignore.Add("templates/.?*");
        var files = new List<LoadedFile>();
        Walk(directory, "", ignore, files);
        var chart = LoadFiles(files, depth: 0);
        chart.Origin = directory;
        return chart;
    }

    private void Walk(string absolute, string relative, HelmIgnore ignore, List<LoadedFile> files)
    {
        foreach (var name in source.ListEntries(absolute))
        {
            var path = Join(absolute, name);
            var rel = relative.Length == 0 ? name : relative + "/" + name;
            if (source.IsDirectory(path))
            {
                if (!ignore.IsIgnored(rel, isDirectory: true))
                {
                    Walk(path, rel, ignore, files);
                }

                continue;
            }

            if (ignore.IsIgnored(rel, isDirectory: false))
            {
                continue;
            }

            if (!source.IsFile(path))
            {
                throw new ChartLoadException($"cannot load irregular file {path} as it has file mode type bits set");
            }

            var data = source.ReadAllBytes(path);
            if (data.LongLength > limits.MaxFileBytes)
            {
                throw new ChartLoadException($"file {rel} is larger than {limits.MaxFileBytes} bytes");
            }

            files.Add(new LoadedFile(rel, ChartArchiveReader.StripBom(data), path));
        }
    }

    private Chart LoadArchive(byte[] archive, string origin, int depth)
    {
        var entries = ChartArchiveReader.Read(archive, limits);
        var chart = LoadFiles(entries.Select(e => new LoadedFile(e.Name, e.Data, origin + "!/" + e.Name)).ToList(), depth);
        chart.Origin = origin;
        return chart;
    }

    private Chart LoadFiles(List<LoadedFile> files, int depth)
    {
        if (depth > limits.MaxSubchartDepth)
        {
            throw new ChartLoadException($"charts are nested deeper than {limits.MaxSubchartDepth} levels");
        }

        var chart = new Chart();
        ChartMetadata? metadata = null;
        var subcharts = new SortedDictionary<string, List<LoadedFile>>(StringComparer.Ordinal);
        foreach (var f in files.Where(f => f.Name == "Chart.yaml"))
        {
            metadata ??= new ChartMetadata();
            ChartMetadataReader.Read(Text(f.Data), metadata, "Chart.yaml");
            if (metadata.ApiVersion.Length == 0)
            {
                metadata.ApiVersion = "v1";
            }
        }

        foreach (var f in files)
        {
            var file = new ChartFile(f.Name, f.Data, f.Origin);
            switch (f.Name)
            {
                case "Chart.yaml":
                case "Chart.lock":
                    break;
                case "values.yaml":
                    chart.Values = ReadValues(f.Data);
                    chart.ValuesFile = file;
                    break;
                case "values.schema.json":
                    chart.Schema = f.Data;
                    chart.SchemaFile = file;
                    break;
                case "requirements.yaml":
                    metadata ??= new ChartMetadata();
                    ChartMetadataReader.Read(Text(f.Data), metadata, "requirements.yaml");
                    if (metadata.ApiVersion == "v1")
                    {
                        chart.Files.Add(file);
                    }

                    break;
                case "requirements.lock":
                    metadata ??= new ChartMetadata();
                    if (metadata.ApiVersion == "v1")
                    {
                        chart.Files.Add(file);
                    }

                    break;
                default:
                    if (f.Name.StartsWith("templates/", StringComparison.Ordinal))
                    {
                        chart.Templates.Add(file);
                    }
                    else if (f.Name.StartsWith("charts/", StringComparison.Ordinal))
                    {
                        if (Path.GetExtension(f.Name) == ".prov")
                        {
                            chart.Files.Add(file);
                            break;
                        }

                        var rest = f.Name["charts/".Length..];
                        var subchartName = rest.Split('/', 2)[0];
                        if (!subcharts.TryGetValue(subchartName, out var list))
                        {
                            subcharts[subchartName] = list = [];
                        }

                        list.Add(f with { Name = rest });
                    }
                    else
                    {
                        chart.Files.Add(file);
                    }

                    break;
            }
        }

        if (metadata is null)
        {
            throw new ChartLoadException("Chart.yaml file is missing");
        }

        chart.Metadata = metadata;
        ChartMetadataValidator.Validate(metadata);

        // Helm iterates a Go map here (random order); sorting keeps the result deterministic.
        foreach (var (name, subFiles) in subcharts)
        {
            if (name.StartsWith('_') || name.StartsWith('.'))
            {
                continue;
            }

            Chart subchart;
            try
            {
                if (Path.GetExtension(name) == ".tgz")
                {
                    if (subFiles[0].Name != name)
                    {
                        throw new ChartLoadException($"error unpacking subchart tar in {chart.Name}: expected {name}, got {subFiles[0].Name}");
                    }

                    subchart = LoadArchive(subFiles[0].Data, subFiles[0].Origin, depth + 1);
                }
                else
                {
                    var inner = subFiles
                        .Select(f => (Parts: f.Name.Split('/', 2), File: f))
                        .Where(x => x.Parts.Length == 2)
                        .Select(x => x.File with { Name = x.Parts[1] })
                        .ToList();
                    subchart = LoadFiles(inner, depth + 1);
                    var first = subFiles[0].Origin;
                    subchart.Origin = first.EndsWith(subFiles[0].Name, StringComparison.Ordinal)
                        ? first[..^subFiles[0].Name.Length] + name
                        : first;
                }
            }
            catch (ChartLoadException e) when (!e.Message.StartsWith("error unpacking subchart tar", StringComparison.Ordinal))
            {
                throw new ChartLoadException($"error unpacking subchart {name} in {chart.Name}: {e.Message}");
            }

            chart.AddDependency(subchart);
        }

        return chart;
    }

    private static Dictionary<string, object?>? ReadValues(byte[] data)
    {
        object? values;
        try
        {
            values = GoYamlReader.Decode(Text(data));
        }
        catch (GoYamlException e)
        {
            throw new ChartLoadException($"cannot load values.yaml: error converting YAML to JSON: {e.Message}");
        }

        return values switch
        {
            null => null,
            Dictionary<string, object?> map => map,
            _ => throw new ChartLoadException("cannot load values.yaml: " + GoStructDecoder.NotAnObject(values, "map[string]interface {}").Message),
        };
    }

    internal static string Text(byte[] data) => Encoding.UTF8.GetString(data);

    private static string Join(string directory, string name) =>
        directory.Length == 0 || directory == "." ? name : directory.TrimEnd('/') + "/" + name;
}

using System.Text;
using GitOpsLint.Rendering.Kustomize.Configuration;
using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Kustomize.Resources;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rendering.Kustomize.Generators;

/// <summary>
/// One <c>configMapGenerator</c> or <c>secretGenerator</c> entry: data from env files, literals and files (in that
/// order, a repeated key is an error), labels and annotations from the entry's and the kustomization's
/// generatorOptions, and a hash suffix unless disabled.
/// </summary>
internal sealed class DataGenerator(Kustomization kustomization, KMapping args, bool isSecret, KustomizeFiles files)
{
    public Resource Generate()
    {
        var origin = args.Origin;
        var name = args.GetString("name") ?? string.Empty;
        var kind = isSecret ? "Secret" : "ConfigMap";
        var root = new KMapping(origin);
        root.Set("apiVersion", KScalar.String("v1", origin), origin);
        root.Set("kind", KScalar.String(kind, origin), origin);
        var metadata = new KMapping(origin);
        root.Set("metadata", metadata, origin);
        metadata.Set("name", KScalar.String(name, args.Get("name")?.Origin ?? origin));
        if (args.GetString("namespace") is { Length: > 0 } @namespace)
        {
            metadata.Set("namespace", KScalar.String(@namespace, args.Get("namespace")?.Origin));
        }

        var pairs = LoadPairs(kind, name);
        var data = new KMapping(origin);
        KMapping? binaryData = null;
        foreach (var (key, value, valueOrigin) in pairs.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (isSecret)
            {
                data.Set(key, KScalar.String(EncodeBase64(value), valueOrigin), valueOrigin);
            }
            else if (IsValidUtf8(value))
            {
                data.Set(key, KScalar.String(Encoding.UTF8.GetString(value), valueOrigin), valueOrigin);
            }
            else
            {
                binaryData ??= new KMapping(origin);
                binaryData.Set(key, KScalar.String(EncodeBase64(value), valueOrigin), valueOrigin);
            }
        }

        if (data.Count > 0)
        {
            root.Set("data", data, origin);
        }

        if (binaryData is not null)
        {
            root.Set("binaryData", binaryData, origin);
        }

        if (isSecret)
        {
            root.Set("type", KScalar.String(args.GetString("type") ?? "Opaque", args.Get("type")?.Origin ?? origin), origin);
        }

        var options = GeneratorOptions.Merge(kustomization.Root.GetMapping("generatorOptions"), args.GetMapping("options"));
        if (options.Labels.Count > 0)
        {
            var labels = metadata.GetOrAddMapping("labels", origin);
            foreach (var (key, value) in options.Labels)
            {
                labels.Set(key, KScalar.String(value, origin), origin);
            }
        }

        if (options.Annotations.Count > 0)
        {
            var annotations = metadata.GetOrAddMapping("annotations", origin);
            foreach (var (key, value) in options.Annotations)
            {
                annotations.Set(key, KScalar.String(value, origin), origin);
            }
        }

        if (options.Immutable)
        {
            root.Set("immutable", new KScalar("true", KScalarStyle.Plain, null, origin), origin);
        }

        return new Resource(root, kustomization.FilePath)
        {
            Behavior = ParseBehavior(args.GetString("behavior"), origin),
            NeedsHashSuffix = !options.DisableNameSuffixHash,
        };
    }

    private GeneratorBehavior ParseBehavior(string? behavior, NodeOrigin? origin) => behavior switch
    {
        null or "" or "create" => GeneratorBehavior.Create,
        "merge" => GeneratorBehavior.Merge,
        "replace" => GeneratorBehavior.Replace,
        _ => throw BuildStop.At(origin, kustomization.FilePath, $"unknown generator behavior '{behavior}'", "use create, merge or replace"),
    };

    private List<(string Key, byte[] Value, NodeOrigin? Origin)> LoadPairs(string kind, string name)
    {
        var pairs = new List<(string Key, byte[] Value, NodeOrigin? Origin)>();
        var envSources = args.GetSequence("envs")?.Items.OfType<KScalar>().ToList() ?? [];
        if (args.Get("env") is KScalar { IsNull: false } singleEnv)
        {
            envSources.Add(singleEnv);
        }

        foreach (var env in envSources)
        {
            var path = files.ResolveFile(kustomization.Directory, env.Value, env.Origin, kustomization.FilePath);
            var lineNumber = 0;
            foreach (var rawLine in files.ReadText(path, env.Origin, kustomization.FilePath).Split('\n'))
            {
                lineNumber++;
                var line = rawLine.TrimEnd('\r').TrimStart();
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                var equals = line.IndexOf('=', StringComparison.Ordinal);
                if (equals < 0)
                {
                    // kustomize reads a bare KEY from the process environment; a static build has none, so it is skipped.
                    continue;
                }

                pairs.Add((line[..equals], Encoding.UTF8.GetBytes(line[(equals + 1)..]), new NodeOrigin(path, lineNumber, 1)));
            }
        }

        foreach (var literal in args.GetSequence("literals")?.Items.OfType<KScalar>() ?? [])
        {
            var equals = literal.Value.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                throw BuildStop.At(literal.Origin, kustomization.FilePath, $"invalid literal source {literal.Value}, expected key=value");
            }

            pairs.Add((literal.Value[..equals], Encoding.UTF8.GetBytes(RemoveQuotes(literal.Value[(equals + 1)..])), literal.Origin));
        }

        foreach (var file in args.GetSequence("files")?.Items.OfType<KScalar>() ?? [])
        {
            var equals = file.Value.IndexOf('=', StringComparison.Ordinal);
            var relative = equals < 0 ? file.Value : file.Value[(equals + 1)..];
            var path = files.ResolveFile(kustomization.Directory, relative, file.Origin, kustomization.FilePath);
            var key = equals < 0 ? RepoPath.GetFileName(path) : file.Value[..equals];
            pairs.Add((key, files.ReadBytes(path, file.Origin, kustomization.FilePath), new NodeOrigin(path, 1, 1)));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            if (!seen.Add(pair.Key))
            {
                throw BuildStop.At(pair.Origin, kustomization.FilePath, $"{kind.ToLowerInvariant()} {name} illegally repeats the key `{pair.Key}`");
            }
        }

        return pairs;
    }

    /// <summary>kyaml's base64 for generated data: lines of 70 characters, each ending in a line break once there is more than one.</summary>
    private static string EncodeBase64(byte[] value)
    {
        const int lineLength = 70;
        var encoded = Convert.ToBase64String(value);
        if (encoded.Length / lineLength == 0)
        {
            return encoded;
        }

        var wrapped = new StringBuilder();
        for (var i = 0; i < encoded.Length; i += lineLength)
        {
            wrapped.Append(encoded, i, Math.Min(lineLength, encoded.Length - i)).Append('\n');
        }

        return wrapped.ToString();
    }

    private static string RemoveQuotes(string value) =>
        value.Length >= 2 && value[0] == value[^1] && value[0] is '"' or '\'' ? value[1..^1] : value;

    private static bool IsValidUtf8(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}

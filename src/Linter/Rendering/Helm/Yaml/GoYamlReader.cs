using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GitOpsLint.Rendering.Helm.Yaml;

/// <summary>
/// Reads YAML the way Helm does through sigs.k8s.io/yaml: go-yaml v2 decodes the first document (YAML 1.1
/// typing, merge keys, aliases), keys become strings, and then the JSON round trip turns every number into a
/// float64 (<see cref="double"/>). <see cref="DecodeYamlLevel"/> stops before that round trip, because decoding
/// into a Go struct (Chart.yaml) converts numbers for string fields from their YAML type.
/// </summary>
internal static class GoYamlReader
{
    /// <summary>Aliases may expand to at most this many nodes in one document (go-yaml refuses "excessive aliasing").</summary>
    private const int MaxAliasExpansion = 1_000_000;

    /// <summary>The first document of <paramref name="text"/> as Helm values: maps, lists, strings, bools, doubles, null.</summary>
    internal static object? Decode(string text) => ToJsonCompatible(DecodeYamlLevel(text));

    /// <summary>The first document with go-yaml's own scalar types (long, ulong, double, bool, string, null).</summary>
    internal static object? DecodeYamlLevel(string text)
    {
        var parser = new Parser(new StringReader(text));
        var state = new DecodeState();
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var value = ReadNode(parser, state);
            parser.Consume<DocumentEnd>();
            // go-yaml v2 parses (and reports errors in) the rest of the stream only lazily; Unmarshal reads one document.
            return value;
        }
        catch (YamlException e)
        {
            throw GoYamlErrors.Translate(e, text);
        }
    }

    /// <summary>The JSON round trip: integers become doubles; NaN and infinities cannot be written as JSON.</summary>
    internal static object? ToJsonCompatible(object? value) => value switch
    {
        Dictionary<string, object?> map => map.ToDictionary(kv => kv.Key, kv => ToJsonCompatible(kv.Value), StringComparer.Ordinal),
        List<object?> list => list.Select(ToJsonCompatible).ToList(),
        long l => (double)l,
        ulong u => (double)u,
        double d when double.IsNaN(d) || double.IsInfinity(d) =>
            throw new GoYamlException("json: unsupported value: " + GoFloatFormatter.Format(d)),
        _ => value,
    };

    private sealed class DecodeState
    {
        public Dictionary<string, object?> Anchors { get; } = new(StringComparer.Ordinal);

        public int AliasBudget { get; set; } = MaxAliasExpansion;
    }

    private static object? ReadNode(IParser parser, DecodeState state)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (!state.Anchors.TryGetValue(alias.Value.Value, out var target))
            {
                throw new GoYamlException($"yaml: unknown anchor '{alias.Value.Value}' referenced");
            }

            state.AliasBudget -= CountNodes(target);
            if (state.AliasBudget < 0)
            {
                throw new GoYamlException("yaml: document contains excessive aliasing");
            }

            return DeepCopy(target);
        }

        if (parser.TryConsume<Scalar>(out var scalar))
        {
            var value = ResolveScalar(scalar);
            Remember(state, scalar.Anchor, value);
            return value;
        }

        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var list = new List<object?>();
            Remember(state, sequenceStart.Anchor, list);
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                list.Add(ReadNode(parser, state));
            }

            return list;
        }

        var mappingStart = parser.Consume<MappingStart>();
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        Remember(state, mappingStart.Anchor, map);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var isMergeKey = parser.Accept<Scalar>(out var keyScalar) && keyScalar.Value == "<<" && keyScalar.Style == ScalarStyle.Plain;
            var key = ReadNode(parser, state);
            var value = ReadNode(parser, state);
            if (isMergeKey)
            {
                Merge(map, value);
                continue;
            }

            map[KeyToString(key)] = value;
        }

        return map;
    }

    private static void Merge(Dictionary<string, object?> into, object? merged)
    {
        switch (merged)
        {
            case Dictionary<string, object?> single:
                foreach (var (k, v) in single)
                {
                    into[k] = v;
                }

                break;
            case List<object?> many:
                // go-yaml applies the list in reverse so that earlier maps win.
                for (var i = many.Count - 1; i >= 0; i--)
                {
                    if (many[i] is not Dictionary<string, object?> item)
                    {
                        throw new GoYamlException("yaml: map merge requires map or sequence of maps as the value");
                    }

                    foreach (var (k, v) in item)
                    {
                        into[k] = v;
                    }
                }

                break;
            default:
                throw new GoYamlException("yaml: map merge requires map or sequence of maps as the value");
        }
    }

    private static void Remember(DecodeState state, AnchorName anchor, object? value)
    {
        if (!anchor.IsEmpty)
        {
            state.Anchors[anchor.Value] = value;
        }
    }

    private static object? ResolveScalar(Scalar scalar)
    {
        var tag = scalar.Tag.IsEmpty ? "" : scalar.Tag.Value;
        if (tag is "tag:yaml.org,2002:str" or "tag:yaml.org,2002:binary")
        {
            return scalar.Value;
        }

        if (scalar.Style != ScalarStyle.Plain && tag.Length == 0)
        {
            return scalar.Value;
        }

        var (kind, value) = YamlScalarResolver.Resolve(scalar.Value);
        return kind switch
        {
            // go-yaml keeps timestamp-looking scalars as strings when decoding into interface{}.
            YamlScalarResolver.Kind.Timestamp => scalar.Value,
            _ => value,
        };
    }

    /// <summary>sigs.k8s.io/yaml's conversion of non-string keys.</summary>
    private static string KeyToString(object? key) => key switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        ulong u => u.ToString(CultureInfo.InvariantCulture),
        double d => GoFloatFormatter.FormatYamlKey(d),
        null => "null",
        _ => throw new GoYamlException($"error converting YAML to JSON: unsupported map key of type {key.GetType().Name}"),
    };

    private static int CountNodes(object? value) => value switch
    {
        Dictionary<string, object?> map => 1 + map.Values.Sum(CountNodes),
        List<object?> list => 1 + list.Sum(CountNodes),
        _ => 1,
    };

    private static object? DeepCopy(object? value) => value switch
    {
        Dictionary<string, object?> map => map.ToDictionary(kv => kv.Key, kv => DeepCopy(kv.Value), StringComparer.Ordinal),
        List<object?> list => list.Select(DeepCopy).ToList(),
        _ => value,
    };
}

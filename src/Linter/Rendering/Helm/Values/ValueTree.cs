namespace GitOpsLint.Rendering.Helm.Values;

/// <summary>Helpers over Helm value trees (maps of string to Go values): deep copies, dotted-path lookups, null pruning.</summary>
internal static class ValueTree
{
    internal static Dictionary<string, object?> DeepCopy(Dictionary<string, object?>? map)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (map is null)
        {
            return copy;
        }

        foreach (var (key, value) in map)
        {
            copy[key] = DeepCopyValue(value);
        }

        return copy;
    }

    internal static object? DeepCopyValue(object? value) => value switch
    {
        Dictionary<string, object?> map => DeepCopy(map),
        List<object?> list => list.Select(DeepCopyValue).ToList(),
        _ => value,
    };

    internal static void DropNulls(Dictionary<string, object?> map)
    {
        foreach (var key in map.Keys.ToList())
        {
            switch (map[key])
            {
                case null:
                    map.Remove(key);
                    break;
                case Dictionary<string, object?> inner:
                    DropNulls(inner);
                    break;
            }
        }
    }

    /// <summary>chartutil.Values.Table: walks a dotted path of nested maps; null when some part is missing or not a map.</summary>
    internal static Dictionary<string, object?>? Table(Dictionary<string, object?> values, string path, out string failedPart)
    {
        var current = values;
        failedPart = "";
        foreach (var part in path.Split('.'))
        {
            if (!current.TryGetValue(part, out var next) || next is not Dictionary<string, object?> nextMap)
            {
                failedPart = part;
                return null;
            }

            current = nextMap;
        }

        return current;
    }

    /// <summary>chartutil.Values.PathValue: a non-table leaf at a dotted path.</summary>
    internal static bool TryPathValue(Dictionary<string, object?> values, string path, out object? value)
    {
        value = null;
        if (path.Length == 0)
        {
            return false;
        }

        var parts = path.Split('.');
        var last = parts[^1];
        var table = values;
        if (parts.Length > 1)
        {
            table = Table(values, string.Join('.', parts[..^1]), out _);
            if (table is null)
            {
                return false;
            }
        }

        if (table.TryGetValue(last, out var found) && found is not Dictionary<string, object?>)
        {
            value = found;
            return true;
        }

        return false;
    }
}

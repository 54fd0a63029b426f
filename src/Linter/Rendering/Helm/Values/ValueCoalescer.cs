using GitOpsLint.Rendering.Helm.Loading;

namespace GitOpsLint.Rendering.Helm.Values;

/// <summary>
/// Helm's chartutil coalescing: user values over chart defaults, recursively into subcharts, with <c>global</c>
/// copied down (parent globals win) and a null user value deleting the default. Reproduces Helm 3's quirks
/// (a null for a key the chart lacks stays; subchart tables merge keeping nulls) and, with <see cref="Helm4"/>,
/// Helm 4's dropping of nulls in chart defaults.
/// </summary>
internal sealed class ValueCoalescer(bool helm4, List<string> warnings)
{
    internal const string GlobalKey = "global";

    public bool Helm4 { get; } = helm4;

    /// <summary>CoalesceValues: nulls delete.</summary>
    internal Dictionary<string, object?> Coalesce(Chart chart, Dictionary<string, object?>? values) =>
        CoalesceInto(chart, ValueTree.DeepCopy(values), "", merge: false);

    /// <summary>MergeValues: nulls are kept.</summary>
    internal Dictionary<string, object?> Merge(Chart chart, Dictionary<string, object?>? values) =>
        CoalesceInto(chart, ValueTree.DeepCopy(values), "", merge: true);

    /// <summary>CoalesceTables: <paramref name="dst"/> wins, nulls in it delete.</summary>
    internal Dictionary<string, object?> CoalesceTables(Dictionary<string, object?> dst, Dictionary<string, object?>? src) =>
        CoalesceTables(dst, src, "", merge: false);

    /// <summary>MergeTables: like <see cref="CoalesceTables(Dictionary{string, object?}, Dictionary{string, object?}?)"/> but keeps nulls.</summary>
    internal Dictionary<string, object?> MergeTables(Dictionary<string, object?> dst, Dictionary<string, object?>? src) =>
        CoalesceTables(dst, src, "", merge: true);

    private Dictionary<string, object?> CoalesceInto(Chart chart, Dictionary<string, object?> dest, string prefix, bool merge)
    {
        CoalesceChartValues(chart, dest, prefix, merge);
        foreach (var sub in chart.Dependencies)
        {
            if (!dest.TryGetValue(sub.Name, out var current))
            {
                current = new Dictionary<string, object?>(StringComparer.Ordinal);
                dest[sub.Name] = current;
            }
            else if (current is not Dictionary<string, object?>)
            {
                throw new HelmValuesException($"type mismatch on {sub.Name}: %!t({GoTypeName(current)}={current})");
            }

            var subValues = (Dictionary<string, object?>)current!;
            var subPrefix = Prefixed(prefix, chart.Name);
            CoalesceGlobals(subValues, dest, subPrefix);
            dest[sub.Name] = CoalesceInto(sub, subValues, subPrefix, merge);
        }

        return dest;
    }

    private void CoalesceGlobals(Dictionary<string, object?> dest, Dictionary<string, object?> src, string prefix)
    {
        Dictionary<string, object?> destGlobals;
        if (!dest.TryGetValue(GlobalKey, out var dg))
        {
            destGlobals = new Dictionary<string, object?>(StringComparer.Ordinal);
        }
        else if (dg is Dictionary<string, object?> dgMap)
        {
            destGlobals = dgMap;
        }
        else
        {
            warnings.Add($"warning: skipping globals because destination {GlobalKey} is not a table.");
            return;
        }

        Dictionary<string, object?> srcGlobals;
        if (!src.TryGetValue(GlobalKey, out var sg))
        {
            srcGlobals = new Dictionary<string, object?>(StringComparer.Ordinal);
        }
        else if (sg is Dictionary<string, object?> sgMap)
        {
            srcGlobals = sgMap;
        }
        else
        {
            warnings.Add($"warning: skipping globals because source {GlobalKey} is not a table.");
            return;
        }

        foreach (var (key, value) in srcGlobals)
        {
            if (value is Dictionary<string, object?> valueMap)
            {
                var copy = new Dictionary<string, object?>(valueMap, StringComparer.Ordinal);
                if (!destGlobals.TryGetValue(key, out var existing))
                {
                    destGlobals[key] = copy;
                    continue;
                }

                if (existing is not Dictionary<string, object?> existingMap)
                {
                    warnings.Add($"Conflict: cannot merge map onto non-map for \"{key}\". Skipping.");
                    continue;
                }

                CoalesceTables(copy, existingMap, Prefixed(prefix, key), merge: true);
                destGlobals[key] = copy;
            }
            else if (destGlobals.TryGetValue(key, out var existing) && existing is Dictionary<string, object?>)
            {
                warnings.Add($"key {key} is table. Skipping");
            }
            else
            {
                destGlobals[key] = value;
            }
        }

        dest[GlobalKey] = destGlobals;
    }

    private void CoalesceChartValues(Chart chart, Dictionary<string, object?> values, string prefix, bool merge)
    {
        var subPrefix = Prefixed(prefix, chart.Name);
        var defaults = ValueTree.DeepCopy(chart.Values);
        foreach (var (key, def) in defaults)
        {
            if (!values.TryGetValue(key, out var user))
            {
                if (Helm4 && !merge)
                {
                    if (def is null)
                    {
                        continue;
                    }

                    if (def is Dictionary<string, object?> defMap)
                    {
                        ValueTree.DropNulls(defMap);
                    }
                }

                values[key] = def;
                continue;
            }

            if (user is null)
            {
                if (!merge)
                {
                    values.Remove(key);
                }

                continue;
            }

            if (user is not Dictionary<string, object?> userMap)
            {
                continue;
            }

            if (def is not Dictionary<string, object?> defaultMap)
            {
                if (def is not null)
                {
                    warnings.Add($"warning: skipped value for {subPrefix}.{key}: Not a table.");
                }

                continue;
            }

            var mergeHere = merge || chart.Dependencies.Any(sub => sub.Name == key);
            if (Helm4 && !mergeHere)
            {
                ValueTree.DropNulls(defaultMap);
            }

            CoalesceTables(userMap, defaultMap, Prefixed(subPrefix, key), mergeHere);
        }
    }

    private Dictionary<string, object?> CoalesceTables(Dictionary<string, object?> dst, Dictionary<string, object?>? src, string prefix, bool merge)
    {
        if (src is null)
        {
            return dst;
        }

        var srcHad = src.Where(kv => kv.Value is not null).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);

        // A null in dst must propagate downwards (Helm writes it into src).
        foreach (var (key, value) in dst)
        {
            if (value is null)
            {
                src[key] = null;
            }
        }

        foreach (var (key, sv) in src)
        {
            var full = Prefixed(prefix, key);
            var present = dst.TryGetValue(key, out var dv);
            if (present && !merge && dv is null && srcHad.Contains(key))
            {
                dst.Remove(key);
            }
            else if (!present)
            {
                dst[key] = sv;
            }
            else if (sv is Dictionary<string, object?> svMap)
            {
                if (dv is Dictionary<string, object?> dvMap)
                {
                    CoalesceTables(dvMap, svMap, full, merge);
                }
                else
                {
                    warnings.Add($"warning: cannot overwrite table with non table for {full} ({GoValueText(sv)})");
                }
            }
            else if (dv is Dictionary<string, object?> && sv is not null)
            {
                warnings.Add($"warning: destination for {full} is a table. Ignoring non-table value ({GoValueText(sv)})");
            }
        }

        return dst;
    }

    private static string Prefixed(string a, string b) => a.Length == 0 ? b : a + "." + b;

    private static string GoTypeName(object? value) => value switch
    {
        string => "string",
        bool => "bool",
        double => "float64",
        long => "int64",
        List<object?> => "[]interface {}",
        _ => "<nil>",
    };

    private static string GoValueText(object? value) => value switch
    {
        Dictionary<string, object?> => "map[...]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "<nil>",
    };
}

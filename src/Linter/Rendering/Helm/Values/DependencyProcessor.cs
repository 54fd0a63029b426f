using System.Globalization;
using GitOpsLint.Rendering.Helm.Loading;
using GitOpsLint.Rendering.Helm.Semver;

namespace GitOpsLint.Rendering.Helm.Values;

/// <summary>
/// Helm's dependency processing before rendering: aliases (with the version-range check), <c>condition</c>
/// (comma-separated; the first path that resolves to a bool wins) and <c>tags</c> remove disabled subcharts,
/// then <c>import-values</c> (child/parent maps and the <c>exports.X</c> string form) are merged into parents.
/// </summary>
internal sealed class DependencyProcessor(ValueCoalescer coalescer, List<string> warnings)
{
    /// <summary>Helm's error for dependencies listed in Chart.yaml but absent from charts/.</summary>
    internal static void CheckDependencies(Chart chart)
    {
        var missing = (chart.Metadata.Dependencies ?? [])
            .Where(r => r is not null && chart.Dependencies.All(d => d.Name != r.Name))
            .Select(r => r!.Name)
            .ToList();
        if (missing.Count > 0)
        {
            throw new HelmValuesException(
                "An error occurred while checking for chart dependencies. You may need to run `helm dependency build` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: "
                + string.Join(", ", missing));
        }
    }

    /// <summary>ProcessDependenciesWithMerge, what <c>helm template</c> uses.</summary>
    internal void Process(Chart chart, Dictionary<string, object?> values)
    {
        EnableDependencies(chart, values, "");
        ImportValuesRecursive(chart);
    }

    private void EnableDependencies(Chart chart, Dictionary<string, object?> values, string path)
    {
        var requirements = chart.Metadata.Dependencies;
        if (requirements is null)
        {
            return;
        }

        var kept = chart.Dependencies
            .Where(existing => !requirements.Any(req => req is not null && existing.Name == req.Name && VersionConstraint.IsCompatibleRange(req.Version, existing.Metadata.Version)))
            .ToList();
        foreach (var req in requirements)
        {
            if (req is null)
            {
                continue;
            }

            if (AliasedCopy(chart.Dependencies, req) is { } copy)
            {
                kept.Add(copy);
            }

            if (req.Alias.Length > 0)
            {
                req.Name = req.Alias;
            }
        }

        chart.SetDependencies(kept);
        foreach (var req in requirements)
        {
            req?.Enabled = true;
        }

        var coalesced = coalescer.Coalesce(chart, values);
        ApplyTags(requirements, coalesced);
        ApplyConditions(requirements, coalesced, path);

        var disabled = requirements.Where(r => r is not null && !r.Enabled).Select(r => r!.Name).ToHashSet(StringComparer.Ordinal);
        var enabledCharts = chart.Dependencies.Where(d => !disabled.Contains(d.Metadata.Name)).ToList();
        var enabledRequirements = requirements.Where(r => r is null || !disabled.Contains(r.Name)).ToList();
        foreach (var dependency in enabledCharts)
        {
            EnableDependencies(dependency, coalesced, path + dependency.Metadata.Name + ".");
        }

        chart.Metadata.Dependencies = enabledRequirements;
        chart.SetDependencies(enabledCharts);
    }

    private static Chart? AliasedCopy(List<Chart> charts, ChartDependency dependency)
    {
        foreach (var candidate in charts)
        {
            if (candidate.Name != dependency.Name || !VersionConstraint.IsCompatibleRange(dependency.Version, candidate.Metadata.Version))
            {
                continue;
            }

            var metadata = candidate.Metadata.ShallowCopy();
            if (dependency.Alias.Length > 0)
            {
                metadata.Name = dependency.Alias;
            }

            return candidate.CopyWithMetadata(metadata);
        }

        return null;
    }

    private void ApplyConditions(List<ChartDependency?> requirements, Dictionary<string, object?> values, string path)
    {
        foreach (var req in requirements)
        {
            if (req is null)
            {
                continue;
            }

            foreach (var condition in req.Condition.Trim().Split(','))
            {
                if (condition.Length == 0)
                {
                    continue;
                }

                if (ValueTree.TryPathValue(values, path + condition, out var value))
                {
                    if (value is bool enabled)
                    {
                        req.Enabled = enabled;
                        break;
                    }

                    warnings.Add($"Warning: Condition path '{condition}' for chart {req.Name} returned non-bool value");
                }
            }
        }
    }

    private void ApplyTags(List<ChartDependency?> requirements, Dictionary<string, object?> values)
    {
        if (!values.TryGetValue("tags", out var tagsValue) || tagsValue is not Dictionary<string, object?> tags)
        {
            return;
        }

        foreach (var req in requirements)
        {
            if (req is null)
            {
                continue;
            }

            var anyTrue = false;
            var anyFalse = false;
            foreach (var tag in req.Tags)
            {
                if (!tags.TryGetValue(tag, out var value))
                {
                    continue;
                }

                if (value is bool b)
                {
                    anyTrue |= b;
                    anyFalse |= !b;
                }
                else
                {
                    warnings.Add($"Warning: Tag '{tag}' for chart {req.Name} returned non-bool value");
                }
            }

            req.Enabled = anyTrue || !anyFalse;
        }
    }

    private void ImportValuesRecursive(Chart chart)
    {
        foreach (var dependency in chart.Dependencies)
        {
            ImportValuesRecursive(dependency);
        }

        ImportValues(chart);
    }

    /// <summary>Helm's install/template path uses merge mode here, so nulls are kept.</summary>
    private void ImportValues(Chart chart)
    {
        var requirements = chart.Metadata.Dependencies;
        if (requirements is null)
        {
            return;
        }

        var values = coalescer.Merge(chart, null);
        var imported = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var req in requirements)
        {
            if (req is null)
            {
                continue;
            }

            var normalized = new List<object?>();
            foreach (var entry in req.ImportValues)
            {
                switch (entry)
                {
                    case Dictionary<string, object?> map:
                        {
                            var child = GoSprint(map.GetValueOrDefault("child"));
                            var parent = GoSprint(map.GetValueOrDefault("parent"));
                            normalized.Add(new Dictionary<string, object?>(StringComparer.Ordinal) { ["child"] = child, ["parent"] = parent });
                            var table = ValueTree.Table(values, req.Name + "." + child, out var failed);
                            if (table is null)
                            {
                                warnings.Add($"Warning: ImportValues missing table from chart {req.Name}: \"{failed}\" is not a table");
                                continue;
                            }

                            imported = coalescer.MergeTables(imported, NestUnder(parent, table));
                            break;
                        }

                    case string exported:
                        {
                            var child = "exports." + exported;
                            normalized.Add(new Dictionary<string, object?>(StringComparer.Ordinal) { ["child"] = child, ["parent"] = "." });
                            var table = ValueTree.Table(values, req.Name + "." + child, out var failed);
                            if (table is null)
                            {
                                warnings.Add($"Warning: ImportValues missing table: \"{failed}\" is not a table");
                                continue;
                            }

                            imported = coalescer.MergeTables(imported, table);
                            break;
                        }
                }
            }

            req.ImportValues = normalized;
        }

        chart.Values = coalescer.MergeTables(ValueTree.DeepCopy(values), imported);
    }

    private static Dictionary<string, object?> NestUnder(string path, Dictionary<string, object?> data)
    {
        if (path == ".")
        {
            return data;
        }

        var current = data;
        foreach (var part in path.Split('.').Reverse())
        {
            current = new Dictionary<string, object?>(StringComparer.Ordinal) { [part] = current };
        }

        return current;
    }

    /// <summary>fmt.Sprintf("%v") for the scalar values an import-values entry holds.</summary>
    private static string GoSprint(object? value) => value switch
    {
        null => "<nil>",
        string s => s,
        bool b => b ? "true" : "false",
        double d => Yaml.GoFloatFormatter.Format(d),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}

using System.Text;
using System.Text.Json;
using GitOpsLint.Rendering.Helm.Loading;
using GitOpsLint.Rendering.Helm.Yaml;
using Json.Schema;

namespace GitOpsLint.Rendering.Helm.Engine;

/// <summary>
/// Helm's ValidateAgainstSchema: each chart with a <c>values.schema.json</c> validates its own (scoped, coalesced)
/// values, the root first, then each dependency under its name. Schemas are evaluated with JsonSchema.Net; nothing
/// is fetched (a remote <c>$ref</c> is an error). The first violation is located in the value file that supplied
/// the value (user value files before chart defaults), so the error points at the offending line.
/// </summary>
internal sealed class ValuesSchemaValidator(IChartFileSource source, HelmRenderOptions options)
{
    private const int MaxViolationsPerChart = 20;

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    /// <summary>Throws <see cref="HelmRenderException"/> when the values break a schema.</summary>
    internal void Validate(Chart chart, Dictionary<string, object?> values)
    {
        var report = new StringBuilder();
        HelmErrorLocation? first = null;
        Validate(chart, values, [], report, ref first);
        if (report.Length > 0)
        {
            var message = "values don't meet the specifications of the schema(s) in the following chart(s):\n" + report.ToString().TrimEnd('\n');
            throw new HelmRenderException(new HelmRenderError(HelmErrorKind.Schema, message, first, first is null ? [] : [first]));
        }
    }

    private void Validate(Chart chart, Dictionary<string, object?> values, List<string> scope, StringBuilder report, ref HelmErrorLocation? first)
    {
        if (chart.Schema is { } schemaBytes)
        {
            var violations = Evaluate(schemaBytes, values);
            if (violations.Count > 0)
            {
                report.Append(chart.Name).Append(":\n");
                foreach (var (pointer, message) in violations)
                {
                    report.Append(pointer.Length == 0 ? "- (root)" : $"- at '{pointer}'").Append(": ").Append(message).Append('\n');
                    first ??= Locate(chart, scope, pointer) ?? (chart.SchemaFile is { } file ? new HelmErrorLocation(file.Name, file.Origin, 0, null) : null);
                }
            }
        }

        foreach (var dependency in chart.Dependencies)
        {
            var sub = values.TryGetValue(dependency.Name, out var v) && v is Dictionary<string, object?> table
                ? table
                : new Dictionary<string, object?>(StringComparer.Ordinal);
            Validate(dependency, sub, [.. scope, dependency.Name], report, ref first);
        }
    }

    private static List<(string Pointer, string Message)> Evaluate(byte[] schemaBytes, Dictionary<string, object?> values)
    {
        var json = GoJson.Marshal(values);
        try
        {
            using var schemaDocument = JsonDocument.Parse(schemaBytes, new JsonDocumentOptions { MaxDepth = 256 });
            using var instance = JsonDocument.Parse(json == "null" ? "{}" : json, new JsonDocumentOptions { MaxDepth = 1024 });
            var schema = JsonSchema.Build(schemaDocument.RootElement, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
            var results = schema.Evaluate(instance.RootElement, Options);
            if (results.IsValid)
            {
                return [];
            }

            var violations = new List<(string, string)>();
            foreach (var detail in (IEnumerable<EvaluationResults>?)results.Details ?? [results])
            {
                if (detail.Errors is null)
                {
                    continue;
                }

                foreach (var (_, message) in detail.Errors)
                {
                    violations.Add((detail.InstanceLocation.ToString(), message));
                    if (violations.Count >= MaxViolationsPerChart)
                    {
                        return violations;
                    }
                }
            }

            return violations.Count > 0 ? violations : [("", "the values do not match the schema")];
        }
        catch (Exception e) when (e is JsonException or JsonSchemaException or InvalidOperationException or ArgumentException or RefResolutionException or InsufficientExecutionStackException)
        {
            return [("", "unable to validate schema: " + e.Message)];
        }
    }

    /// <summary>Finds the value at <paramref name="pointer"/> in the file that supplied it: user value files last to first, then values.yaml from the root chart down to this one.</summary>
    private HelmErrorLocation? Locate(Chart chart, List<string> scope, string pointer)
    {
        var tokens = pointer.Length == 0
            ? new List<string>()
            : pointer[1..].Split('/').Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToList();
        var candidates = new List<(string Name, string Origin, Func<byte[]> Read, List<string> Path)>();
        foreach (var file in options.ValueFiles.Reverse())
        {
            candidates.Add((file, file, () => source.ReadAllBytes(file), [.. scope, .. tokens]));
        }

        var chain = new List<Chart>();
        for (var c = chart; c is not null; c = c.Parent)
        {
            chain.Insert(0, c);
        }

        for (var i = 0; i < chain.Count; i++)
        {
            if (chain[i].ValuesFile is { } valuesFile)
            {
                candidates.Add((valuesFile.Name, valuesFile.Origin, () => valuesFile.Data, [.. scope.Skip(i), .. tokens]));
            }
        }

        foreach (var (name, origin, read, path) in candidates)
        {
            byte[] data;
            try
            {
                data = read();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            if (YamlPathLocator.Find(Encoding.UTF8.GetString(data), path) is { } position)
            {
                return new HelmErrorLocation(name, origin, position.Line, position.Column);
            }
        }

        return null;
    }
}

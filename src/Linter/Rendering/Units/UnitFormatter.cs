using System.Text;
using GitOpsLint.Rendering.Provenance;

namespace GitOpsLint.Rendering.Units;

/// <summary>
/// The text of <c>gitopslint render --list</c> (one line per unit: identifier, kind, destination namespace,
/// environment, cluster, source) and of <c>gitopslint render UNIT</c> (the desired state as YAML documents, each after
/// a <c># Source: file:line</c> comment, with the unit's chain and the units it deploys first and its problems last, as comments).
/// Deterministic: the same input gives the same bytes.
/// </summary>
public static class UnitFormatter
{
    public static string FormatList(UnitCatalog catalog)
    {
        var rows = new List<string[]> { new[] { "UNIT", "KIND", "NAMESPACE", "ENVIRONMENT", "CLUSTER", "SOURCE" } };
        rows.AddRange(catalog.Units.Select(u => new[]
        {
            u.Id,
            KindName(u.Kind),
            u.DestinationNamespace ?? "-",
            u.Environment ?? "-",
            u.Cluster ?? "-",
            u.Source.Display + (u.Source.IsLocal || u.Source.Chart is not null ? string.Empty : " (remote)"),
        }));
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var output = new StringBuilder();
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                output.Append(c == row.Length - 1 ? row[c] : row[c].PadRight(widths[c] + 2));
            }

            output.Append('\n');
        }

        return output.ToString();
    }

    public static string FormatRender(UnitRenderResult result)
    {
        var output = new StringBuilder();
        output.Append("# Unit: ").Append(result.Unit.Id).Append('\n');
        foreach (var link in result.Unit.Chain)
        {
            output.Append("# From: ").Append(link.Message).Append(" (").Append(Position(link.Location)).Append(")\n");
        }

        foreach (var child in result.ChildUnits)
        {
            output.Append("# Deploys: ").Append(child.Id).Append('\n');
        }

        foreach (var rendered in result.Objects)
        {
            output.Append("---\n");
            if (rendered.Source is { } source)
            {
                output.Append("# Source: ").Append(source.Path).Append(':').Append(source.Line).Append('\n');
            }

            output.Append(rendered.Text.TrimEnd('\n')).Append('\n');
        }

        foreach (var problem in result.Problems)
        {
            output.Append("# ").Append(problem.Severity.ToString().ToLowerInvariant()).Append(' ').Append(problem.Code).Append(' ')
                .Append(Position(problem.Location)).Append(": ").Append(problem.Message).Append('\n');
        }

        return output.ToString();
    }

    public static string KindName(UnitKind kind) => kind switch
    {
        UnitKind.ArgoApplication => "Application",
        UnitKind.FluxKustomization => "Kustomization",
        UnitKind.FluxHelmRelease => "HelmRelease",
        UnitKind.Kustomize => "kustomize",
        _ => "helmfile",
    };

    private static string Position(Diagnostics.Location location) => $"{location.Path}:{location.Span.Start.Line}:{location.Span.Start.Column}";

    /// <summary>For tests and tools: just the YAML documents of a unit's desired state.</summary>
    public static string FormatObjects(IEnumerable<RenderedObject> objects) =>
        string.Join("---\n", objects.Select(o => o.Text.TrimEnd('\n') + "\n"));
}

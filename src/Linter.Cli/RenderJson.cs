using System.Text.Json;
using GitOpsLint.Rendering.Units;

namespace GitOpsLint.Cli;

/// <summary>The <c>render --format json</c> documents: the unit list, and one unit's desired state with provenance and problems.</summary>
internal static class RenderJson
{
    // Relaxed escaping keeps quotes in the YAML text readable; the output is a file or a terminal, never HTML.
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Units(UnitCatalog catalog) => JsonSerializer.Serialize(
        new
        {
            version = 1,
            units = catalog.Units.Select(Describe),
        },
        Options) + "\n";

    public static string Rendered(UnitRenderResult result) => JsonSerializer.Serialize(
        new
        {
            version = 1,
            unit = Describe(result.Unit),
            succeeded = result.Succeeded,
            objects = result.Objects.Select(o => new
            {
                apiVersion = o.Object.ApiVersion,
                kind = o.Object.Kind,
                @namespace = o.Object.Namespace,
                name = o.Object.Name,
                source = o.Source is { } s ? $"{s.Path}:{s.Line}" : null,
                yaml = o.Text,
            }),
            problems = result.Problems.Select(p => new
            {
                code = p.Code,
                severity = p.Severity.ToString().ToLowerInvariant(),
                path = p.Location.Path,
                line = p.Location.Span.Start.Line,
                column = p.Location.Span.Start.Column,
                message = p.Message,
                hint = p.Hint,
            }),
        },
        Options) + "\n";

    private static object Describe(DeployableUnit unit) => new
    {
        id = unit.Id,
        kind = UnitFormatter.KindName(unit.Kind),
        name = unit.Name,
        @namespace = unit.Namespace,
        destinationNamespace = unit.DestinationNamespace,
        environment = unit.Environment,
        cluster = unit.Cluster,
        source = new { repoUrl = unit.Source.RepoUrl, path = unit.Source.Path, chart = unit.Source.Chart, revision = unit.Source.Revision, local = unit.Source.IsLocal, type = unit.Source.Type.ToString() },
        location = $"{unit.Location.Path}:{unit.Location.Span.Start.Line}:{unit.Location.Span.Start.Column}",
    };
}

using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Provenance;

namespace GitOpsLint.Rendering.Units;

/// <summary>The state of rendering one unit: where objects and problems go, and how positions become locations.</summary>
internal sealed class RenderContext
{
    public RenderContext(DeployableUnit unit, Repository repository, UnitOptions options, SourceLocator locator)
    {
        Unit = unit;
        Repository = repository;
        Options = options;
        Locator = locator;
        Factory = new RenderedObjectFactory(locator, unit.Id, unit.Chain, unit.Location);
    }

    public DeployableUnit Unit { get; }

    public Repository Repository { get; }

    public UnitOptions Options { get; }

    public SourceLocator Locator { get; }

    public RenderedObjectFactory Factory { get; }

    public List<RenderedObject> Objects { get; } = [];

    public List<UnitProblem> Problems { get; } = [];

    public void Report(string code, UnitProblemSeverity severity, Location location, string message, string? hint = null) =>
        Problems.Add(new UnitProblem(code, severity, location, message, hint, Unit.Id) { RelatedLocations = Unit.Chain });

    public void Report(string code, UnitProblemSeverity severity, NodeOrigin? origin, string message, string? hint = null) =>
        Report(code, severity, origin is { } o ? Locator.Resolve(new SourcePoint(o.Path, o.Line, o.Column)) : Unit.Location, message, hint);

    public Location Resolve(string path, int line, int column) =>
        line > 0 ? Locator.Resolve(new SourcePoint(path, line, column)) : Location.InFile(path);
}

using GitOpsLint.Configuration;
using GitOpsLint.Engine;
using GitOpsLint.Model;
using GitOpsLint.Rendering.Units;
using GitOpsLint.Workspace;

namespace GitOpsLint.Diff;

/// <summary>
/// Desired state as the controllers would deploy it: every unit of <see cref="UnitCatalog"/> rendered by
/// <see cref="UnitRenderer"/>, and the units their output defines (app-of-apps), each once. While a unit renders, the
/// workspace notes what it reads; a unit of the other revision with the same definition whose every read gives the
/// same answer here is reused rather than rendered again. <see cref="DesiredState.UnitsRendered"/> counts the rest.
/// </summary>
public sealed class RenderedUnitsProvider : IDesiredStateProvider
{
    private readonly DiffOptions options;
    private readonly ObjectNormalizer normalizer;

    public RenderedUnitsProvider(DiffOptions? options = null)
        : this(options ?? DiffOptions.Default, new ObjectNormalizer(new SecretMasker((options ?? DiffOptions.Default).SecretHashKey)))
    {
    }

    internal RenderedUnitsProvider(DiffOptions options, ObjectNormalizer normalizer)
    {
        this.options = options;
        this.normalizer = normalizer;
    }

    public DesiredState Load(IWorkspace workspace, LintConfiguration configuration, DesiredState? other)
    {
        var recorder = new RecordingWorkspace(workspace);
        var repository = RepositoryLoader.Load(recorder, configuration);
        var catalog = UnitCatalog.Discover(repository, options.Units);
        var run = new Run(this, repository, recorder, catalog, other, Definitions.Configuration(configuration));
        return run.Execute();
    }

    /// <summary>One revision's traversal: catalog units in order, each followed by the units its output defines.</summary>
    private sealed class Run
    {
        private readonly RenderedUnitsProvider owner;
        private readonly Repository repository;
        private readonly RecordingWorkspace recorder;
        private readonly UnitCatalog catalog;
        private readonly DesiredState? other;
        private readonly string configurationHash;
        private readonly ContentIds contentIds;
        private readonly Dictionary<string, DeployableUnit> catalogByPlace = [];
        private readonly HashSet<string> visited = new(StringComparer.Ordinal);
        private readonly List<UnitState> states = [];
        private readonly Dictionary<string, UnitInputs> inputs = new(StringComparer.Ordinal);
        private readonly UnitKeys keys = new();
        private int rendered;

        public Run(RenderedUnitsProvider owner, Repository repository, RecordingWorkspace recorder, UnitCatalog catalog, DesiredState? other, string configurationHash)
        {
            this.owner = owner;
            this.repository = repository;
            this.recorder = recorder;
            this.catalog = catalog;
            this.other = other;
            this.configurationHash = configurationHash;
            contentIds = new ContentIds(recorder.Inner);
            foreach (var unit in catalog.Units)
            {
                catalogByPlace.TryAdd(Place(unit), unit);
            }
        }

        public DesiredState Execute()
        {
            AddDiscoveryProblems();
            foreach (var unit in catalog.Units)
            {
                Visit(unit, []);
            }

            return new DesiredState(repository.Workspace.DisplayName, states, rendered) { Inputs = inputs };
        }

        /// <summary>Renders (or reuses) the unit, then the units its output defines; returns its key, or null when it was already visited.</summary>
        private string? Visit(DeployableUnit unit, IReadOnlyList<DeployableUnit> stack)
        {
            if (!visited.Add(unit.Id))
            {
                return null;
            }

            var key = keys.KeyOf(unit);
            var definition = Definitions.Of(unit, repository, configurationHash);
            if (TryReuse(unit, key, definition))
            {
                return key;
            }

            UnitRenderResult result;
            RecordingWorkspace.Tape tape;
            using (tape = recorder.Record())
            {
                result = UnitRenderer.Render(unit, repository, owner.options.Units);
            }

            var children = new List<(DeployableUnit Unit, bool InCatalog)>();
            var problems = result.Problems.ToList();
            var path = stack.Append(unit).ToArray();
            foreach (var found in result.ChildUnits)
            {
                var inCatalog = catalogByPlace.GetValueOrDefault(Place(found));
                var child = inCatalog ?? found;
                if (child.ObjectKey == unit.ObjectKey)
                {
                    // A unit whose folder holds its own definition manages itself (Flux bootstrap); not a loop.
                    continue;
                }

                if (path.Any(u => u.ObjectKey == child.ObjectKey))
                {
                    problems.Add(new UnitProblem(UnitProblemCode.Cycle, UnitProblemSeverity.Error, child.Location, $"app-of-apps cycle through {child.Id}; the loop is rendered once", null, unit.Id));
                    continue;
                }

                if (path.Length >= owner.options.Units.MaxUnitDepth)
                {
                    problems.Add(new UnitProblem(UnitProblemCode.Limit, UnitProblemSeverity.Error, child.Location, $"{child.Id} is {path.Length} levels below {path[0].Id}; deeper units are not rendered", null, unit.Id));
                    continue;
                }

                children.Add((child, inCatalog is not null));
            }

            rendered++;
            states.Add(ToState(key, result with { Problems = problems }));
            var files = tape.Files.Order(StringComparer.Ordinal).ToDictionary(f => f, contentIds.OfFile, StringComparer.Ordinal);
            var folders = tape.Folders.Order(StringComparer.Ordinal).ToDictionary(f => f, contentIds.OfFolder, StringComparer.Ordinal);
            var checks = tape.FolderChecks.ToDictionary(f => f, contentIds.Workspace.DirectoryExists, StringComparer.Ordinal);
            var childKeys = new List<string>();
            foreach (var (child, inCatalog) in children)
            {
                if (Visit(child, path) is { } childKey && !inCatalog)
                {
                    childKeys.Add(childKey);
                }
            }

            inputs[key] = new UnitInputs(definition, files, folders, checks, childKeys);
            return key;
        }

        /// <summary>Takes the other revision's state for this unit (and for the rendered-only units under it) when nothing it read has changed.</summary>
        private bool TryReuse(DeployableUnit unit, string key, string definition)
        {
            if (other is null || !other.Inputs.TryGetValue(key, out var previous) || previous.Definition != definition || !StillHolds(previous, 0))
            {
                return false;
            }

            var state = other.Units.First(u => u.Key == key);
            states.Add(state with { Title = unit.Id, DefinedIn = unit.Location.Path, Environment = unit.Environment });
            inputs[key] = previous;
            foreach (var childKey in previous.ChildKeys)
            {
                ReuseChild(childKey);
            }

            return true;
        }

        private void ReuseChild(string childKey)
        {
            if (other!.Units.FirstOrDefault(u => u.Key == childKey) is { } childState && visited.Add("reused:" + childKey))
            {
                states.Add(childState);
                keys.Reserve(childKey);
                inputs[childKey] = other.Inputs[childKey];
                foreach (var grandchild in other.Inputs[childKey].ChildKeys)
                {
                    ReuseChild(grandchild);
                }
            }
        }

        private bool StillHolds(UnitInputs previous, int depth) =>
            depth < owner.options.Units.MaxUnitDepth
            && previous.StillHolds(contentIds)
            && previous.ChildKeys.All(k => other!.Inputs.TryGetValue(k, out var child) && StillHolds(child, depth + 1));

        private UnitState ToState(string key, UnitRenderResult result)
        {
            var unit = result.Unit;
            var ignore = IgnoreDifferences.From(unit.Kind == UnitKind.ArgoApplication ? unit.Object?.Spec?.GetSequence("ignoreDifferences") : null);
            var objects = result.Objects
                .Select(o => owner.normalizer.Normalize(o.Object.Root, unit.DestinationNamespace, ignore, o.Source?.Path))
                .OfType<DesiredObject>()
                .ToArray();
            return new UnitState
            {
                Key = key,
                Title = unit.Id,
                Kind = KindName(unit.Kind),
                Environment = unit.Environment,
                Cluster = unit.Cluster,
                DestinationNamespace = unit.DestinationNamespace,
                DefinedIn = unit.Location.Path,
                Prunes = Prunes(unit),
                Ignore = ignore,
                Objects = objects,
                Errors = result.Problems.Where(p => p.Severity == UnitProblemSeverity.Error).Select(Describe).ToArray(),
                Notes = ignore.Notes.Concat(result.Problems.Where(p => p.Severity == UnitProblemSeverity.Note).Select(Describe)).ToArray(),
            };
        }

        /// <summary>Problems found while discovering units (an ApplicationSet generator that fails) fail a unit named after their file.</summary>
        private void AddDiscoveryProblems()
        {
            foreach (var group in catalog.Problems.Where(p => p.Severity == UnitProblemSeverity.Error).GroupBy(p => p.Location.Path, StringComparer.Ordinal))
            {
                states.Add(new UnitState
                {
                    Key = "discovery/" + group.Key,
                    Title = "units defined in " + group.Key,
                    Kind = "discovery",
                    DefinedIn = group.Key,
                    Errors = group.Select(Describe).ToArray(),
                });
            }
        }

        private static string Place(DeployableUnit unit) =>
            $"{unit.Location.Path}:{unit.Location.Span.Start.Line}:{unit.Location.Span.Start.Column}#{unit.SourceIndex}";
    }

    private static string Describe(UnitProblem problem) =>
        $"{problem.Location.Path}:{problem.Location.Span.Start.Line}: {problem.Message}";

    private static bool Prunes(DeployableUnit unit) => unit.Kind switch
    {
        UnitKind.ArgoApplication => unit.Object?.Spec?.GetMapping("syncPolicy")?.GetMapping("automated")?.GetValue("prune") is Syntax.YamlScalar { Resolved.Value: true },
        UnitKind.FluxKustomization => unit.Object?.Spec?.GetValue("prune") is Syntax.YamlScalar { Resolved.Value: true },
        UnitKind.FluxHelmRelease or UnitKind.HelmfileRelease => true,
        _ => false,
    };

    internal static string KindName(UnitKind kind) => kind switch
    {
        UnitKind.ArgoApplication => "Application",
        UnitKind.FluxKustomization => "Kustomization",
        UnitKind.FluxHelmRelease => "HelmRelease",
        UnitKind.Kustomize => "kustomize",
        _ => "helmfile",
    };
}

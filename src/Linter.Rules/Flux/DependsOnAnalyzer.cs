using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Model.Flux;

namespace GitOpsLint.Rules.Flux;

/// <summary>Flux <c>dependsOn</c>: targets that do not exist, and cycles (which block every member forever).</summary>
internal sealed class DependsOnAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor MissingDependency = new(
        "GOL241",
        "dependsOn target not found",
        "{0} {1} depends on {0} {2}, which is not defined in this repository: it waits forever with 'dependency not ready'; fix the name or namespace, or remove the dependency",
        DiagnosticCategory.References,
        Severity.Warning,
        "A Kustomization's `dependsOn` names other Kustomizations, a HelmRelease's names other HelmReleases; without a namespace, the object's own namespace is used. The object is not reconciled until every dependency exists and is ready, so a misspelt or deleted dependency blocks it silently.")
    {
        BadExample = "spec:\n  dependsOn:\n    - name: infra-controller   # the Kustomization is infra-controllers\n",
        GoodExample = "spec:\n  dependsOn:\n    - name: infra-controllers\n",
        Tags = ["flux", "references"],
    };

    public static readonly DiagnosticDescriptor DependencyCycle = new(
        "GOL412",
        "dependsOn cycle",
        "dependsOn cycle: {0}; none of them is ever reconciled; break the cycle",
        DiagnosticCategory.Flux,
        Severity.Error,
        "Flux reconciles an object only after all of its `dependsOn` targets are ready. When dependencies form a cycle, every member waits for another: none of them is ever applied. The finding lists every member of the cycle.")
    {
        BadExample = "# apps dependsOn infra, infra dependsOn apps\nmetadata:\n  name: apps\nspec:\n  dependsOn:\n    - name: infra\n",
        GoodExample = "# infra has no dependency on apps\nmetadata:\n  name: apps\nspec:\n  dependsOn:\n    - name: infra\n",
        Tags = ["flux"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [MissingDependency, DependencyCycle];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterObjectAction(c =>
        {
            if (!IsFluxDependent(c.Object))
            {
                return;
            }

            foreach (var dependency in DependencyReference.ReadAll(c.Object))
            {
                if (!Resolve(c.Repository, c.Object.Kind, dependency).Any())
                {
                    var target = dependency.Namespace is { } ns ? ns + "/" + dependency.Name : dependency.Name;
                    c.Report(Diagnostic.Create(MissingDependency, c.Object.LocationOf(dependency.NameNode), c.Object.Kind, c.Object.Name, target));
                }
            }
        }, FluxApi.Kustomization, FluxApi.HelmRelease);

        context.RegisterRepositoryAction(c =>
        {
            foreach (var kind in new[] { FluxApi.Kustomization, FluxApi.HelmRelease })
            {
                ReportCycles(c, kind);
            }
        });
    }

    private static void ReportCycles(RepositoryAnalysisContext c, string kind)
    {
        var nodes = c.Repository.Index.OfKind(kind).Where(IsFluxDependent).ToArray();
        var edges = nodes.ToDictionary(
            n => n,
            n => DependencyReference.ReadAll(n).SelectMany(d => Resolve(c.Repository, kind, d).Select(target => (Target: target, Reference: d))).ToArray());
        foreach (var component in StronglyConnected(nodes, n => edges[n].Select(e => e.Target)))
        {
            var members = component.ToHashSet();
            var isCycle = component.Count > 1 || edges[component[0]].Any(e => e.Target == component[0]);
            if (!isCycle)
            {
                continue;
            }

            var ordered = component.OrderBy(o => o.Document.File.Path, StringComparer.Ordinal).ThenBy(o => o.Root.Span.Start).ToArray();
            var links = ordered.Select(o => (Object: o, Reference: edges[o].First(e => members.Contains(e.Target)).Reference)).ToArray();
            var description = string.Join(" → ", ordered.Select(o => o.DisplayName).Append(ordered[0].DisplayName));
            c.Report(Diagnostic.Create(DependencyCycle, links[0].Object.LocationOf(links[0].Reference.NameNode), description) with
            {
                RelatedLocations = links.Select(l => new RelatedLocation(l.Object.LocationOf(l.Reference.NameNode), $"{l.Object.DisplayName} depends on {l.Reference.Name}")).ToArray(),
            });
        }
    }

    private static IEnumerable<KubeObject> Resolve(Model.Repository repository, string kind, DependencyReference dependency) =>
        repository.Index.Find(kind, dependency.Name, dependency.Namespace).Where(IsFluxDependent);

    private static bool IsFluxDependent(KubeObject kubeObject) =>
        kubeObject.Group is FluxApi.KustomizeGroup or FluxApi.HelmGroup;

    /// <summary>Tarjan's algorithm, iterative; components come out in a deterministic order (that of <paramref name="nodes"/>).</summary>
    private static List<List<KubeObject>> StronglyConnected(IReadOnlyList<KubeObject> nodes, Func<KubeObject, IEnumerable<KubeObject>> successors)
    {
        var index = new Dictionary<KubeObject, int>(ReferenceEqualityComparer.Instance);
        var low = new Dictionary<KubeObject, int>(ReferenceEqualityComparer.Instance);
        var onStack = new HashSet<KubeObject>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<KubeObject>();
        var result = new List<List<KubeObject>>();
        var counter = 0;
        foreach (var start in nodes)
        {
            if (index.ContainsKey(start))
            {
                continue;
            }

            var work = new Stack<(KubeObject Node, IEnumerator<KubeObject> Next)>();
            Visit(start);
            while (work.Count > 0)
            {
                var (node, next) = work.Peek();
                if (next.MoveNext())
                {
                    var successor = next.Current;
                    if (!index.ContainsKey(successor))
                    {
                        Visit(successor);
                    }
                    else if (onStack.Contains(successor))
                    {
                        low[node] = Math.Min(low[node], index[successor]);
                    }

                    continue;
                }

                work.Pop();
                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[node]);
                }

                if (low[node] == index[node])
                {
                    var component = new List<KubeObject>();
                    KubeObject member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        component.Add(member);
                    }
                    while (!ReferenceEquals(member, node));
                    result.Add(component);
                }
            }

            void Visit(KubeObject node)
            {
                index[node] = low[node] = counter++;
                stack.Push(node);
                onStack.Add(node);
                work.Push((node, successors(node).Distinct().GetEnumerator()));
            }
        }

        return result;
    }
}

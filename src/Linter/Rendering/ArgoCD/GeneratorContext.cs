using GitOpsLint.Model;
using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Units;

namespace GitOpsLint.Rendering.ArgoCD;

/// <summary>What generators of one ApplicationSet share: the templater, the repository, the cluster inventory, limits.</summary>
internal sealed class GeneratorContext(KubeObject applicationSet, ArgoTemplater templater, UnitDiscoveryContext discovery, ClusterInventory clusters)
{
    public KubeObject ApplicationSet { get; } = applicationSet;

    public ArgoTemplater Templater { get; } = templater;

    public UnitDiscoveryContext Discovery { get; } = discovery;

    public Repository Repository => Discovery.Repository;

    public ClusterInventory Clusters { get; } = clusters;

    public bool IsGoTemplate => Templater.IsGoTemplate;

    public int MaxParameterSets => Discovery.Options.MaxParameterSets;

    /// <summary>Notes for generators that cannot run offline (they produce no parameters but do not stop the others).</summary>
    public List<GeneratorException> Notes { get; } = [];

    /// <summary>Stops when a generator has produced more parameter sets than allowed.</summary>
    public void CheckCount(int count, NodeOrigin? where)
    {
        if (count > MaxParameterSets)
        {
            throw new GeneratorException(
                UnitProblemCode.Limit,
                $"the generators of ApplicationSet '{ApplicationSet.Name}' produce more than {MaxParameterSets:N0} parameter sets; expansion stopped",
                where,
                "split the ApplicationSet, or raise the limit if this many Applications are intended");
        }
    }
}

using GitOpsLint.Syntax;

namespace GitOpsLint.Model.Rollouts;

/// <summary>A <c>templateName</c> in a Rollout's analysis: an AnalysisTemplate in its namespace, or a ClusterAnalysisTemplate with <c>clusterScope: true</c>.</summary>
internal sealed record AnalysisTemplateReference(YamlMapping Node, YamlScalar NameNode, bool ClusterScope)
{
    public string Name => NameNode.Value;

    public string Kind => ClusterScope ? RolloutsApi.ClusterAnalysisTemplate : RolloutsApi.AnalysisTemplate;

    /// <summary>The references in an analysis block's <c>templates</c> list.</summary>
    public static IEnumerable<AnalysisTemplateReference> ReadTemplates(YamlMapping? analysis)
    {
        foreach (var item in analysis?.GetSequence("templates")?.Items ?? [])
        {
            if (item is YamlMapping mapping && mapping.GetValue("templateName") is YamlScalar { IsNull: false } name && name.Value.Length > 0)
            {
                yield return new AnalysisTemplateReference(mapping, name, mapping.GetValue("clusterScope") is YamlScalar { Resolved.Value: true });
            }
        }
    }
}

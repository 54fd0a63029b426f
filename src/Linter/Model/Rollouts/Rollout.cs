using GitOpsLint.Syntax;

namespace GitOpsLint.Model.Rollouts;

/// <summary>A typed view of an Argo Rollouts <c>Rollout</c>: selector, pod template or workloadRef, and its strategy.</summary>
internal sealed class Rollout
{
    private Rollout(KubeObject kubeObject)
    {
        Object = kubeObject;
        var steps = new List<CanaryStep>();
        var items = Canary?.GetSequence("steps")?.Items ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is YamlMapping step)
            {
                steps.Add(new CanaryStep(i, step));
            }
        }

        Steps = steps;
    }

    public KubeObject Object { get; }

    public static Rollout? From(KubeObject kubeObject) =>
        kubeObject.Group == RolloutsApi.Group && kubeObject.Kind == RolloutsApi.Rollout ? new Rollout(kubeObject) : null;

    public YamlMapping? Selector => Object.Spec?.GetMapping("selector");

    public YamlMapping? SelectorMatchLabels => Selector?.GetMapping("matchLabels");

    public YamlMapping? Template => Object.Spec?.GetMapping("template");

    public YamlMapping? TemplateLabels => Template?.GetMapping("metadata")?.GetMapping("labels");

    /// <summary><c>spec.workloadRef</c>: the Deployment whose pod template the Rollout uses instead of its own.</summary>
    public YamlMapping? WorkloadRef => Object.Spec?.GetMapping("workloadRef");

    /// <summary><c>spec.replicas</c>; Kubernetes' default is 1.</summary>
    public YamlScalar? Replicas => Object.Spec?.GetValue("replicas") as YamlScalar;

    public YamlMapping? Canary => Object.Spec?.GetMapping("strategy")?.GetMapping("canary");

    public YamlMapping? BlueGreen => Object.Spec?.GetMapping("strategy")?.GetMapping("blueGreen");

    public IReadOnlyList<CanaryStep> Steps { get; }

    /// <summary>Every AnalysisTemplate reference: canary steps, background analysis, blue-green pre/post promotion.</summary>
    public IEnumerable<AnalysisTemplateReference> AnalysisTemplates
    {
        get
        {
            var blocks = Steps.Select(s => s.Analysis)
                .Append(Canary?.GetMapping("analysis"))
                .Append(BlueGreen?.GetMapping("prePromotionAnalysis"))
                .Append(BlueGreen?.GetMapping("postPromotionAnalysis"));
            return blocks.SelectMany(AnalysisTemplateReference.ReadTemplates);
        }
    }
}

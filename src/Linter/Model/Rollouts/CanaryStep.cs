using GitOpsLint.Syntax;

namespace GitOpsLint.Model.Rollouts;

/// <summary>One entry of <c>strategy.canary.steps</c>: <c>setWeight</c>, <c>pause</c>, <c>analysis</c>, <c>experiment</c> ...</summary>
internal sealed record CanaryStep(int Index, YamlMapping Node)
{
    /// <summary>The step's kind: its first key (a step has exactly one).</summary>
    public string Kind => Node.Entries.Count > 0 ? Node.Entries[0].KeyText : string.Empty;

    public YamlScalar? SetWeight => Node.GetValue("setWeight") as YamlScalar;

    /// <summary>The <c>pause</c> step's mapping; a pause without duration waits for a manual promotion.</summary>
    public YamlMapping? Pause => Node.GetMapping("pause");

    public YamlScalar? PauseDuration => Pause?.GetValue("duration") as YamlScalar;

    public YamlMapping? Analysis => Node.GetMapping("analysis");
}

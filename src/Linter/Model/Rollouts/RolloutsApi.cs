namespace GitOpsLint.Model.Rollouts;

/// <summary>The API group and kinds of Argo Rollouts.</summary>
internal static class RolloutsApi
{
    /// <summary>Shared with Argo CD (Application, AppProject ...): the kind tells them apart.</summary>
    public const string Group = "argoproj.io";

    public const string Rollout = "Rollout";
    public const string AnalysisTemplate = "AnalysisTemplate";
    public const string ClusterAnalysisTemplate = "ClusterAnalysisTemplate";
}

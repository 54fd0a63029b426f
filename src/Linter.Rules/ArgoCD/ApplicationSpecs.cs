using GitOpsLint.Model;
using GitOpsLint.Model.ArgoCD;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rules.ArgoCD;

/// <summary>An Application spec to check: of an Application, or of an ApplicationSet's template (whose strings may hold parameters).</summary>
internal sealed record ApplicationSpecs(KubeObject Owner, ApplicationSpec Spec, YamlMapping? Metadata, bool IsTemplate)
{
    /// <summary>The spec of an Application or of an ApplicationSet template; null for other objects.</summary>
    public static ApplicationSpecs? Of(KubeObject kubeObject)
    {
        if (ArgoApplication.From(kubeObject) is { Spec: { } spec })
        {
            return new ApplicationSpecs(kubeObject, spec, kubeObject.Metadata, false);
        }

        return ArgoApplicationSet.From(kubeObject) is { TemplateSpec: { } templateSpec } set
            ? new ApplicationSpecs(kubeObject, templateSpec, set.TemplateMetadata, true)
            : null;
    }

    /// <summary>"Application myapp" or "ApplicationSet myapps (template)", for messages.</summary>
    public string DisplayName => IsTemplate ? $"ApplicationSet {Owner.Name} (template)" : $"Application {Owner.Name}";
}

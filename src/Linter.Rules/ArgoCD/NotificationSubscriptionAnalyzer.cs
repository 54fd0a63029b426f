using GitOpsLint.Analysis;
using GitOpsLint.Configuration;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model.ArgoCD;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rules.ArgoCD;

/// <summary>Argo CD notification subscription annotations that name no trigger or are written so that they are never read.</summary>
public sealed class NotificationSubscriptionAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor BadSubscription = new(
        "GOL313",
        "Malformed notification subscription",
        "annotation '{0}' {1}, so no notification is ever sent for it: {2}",
        DiagnosticCategory.ArgoCD,
        Severity.Warning,
        "Argo CD notifications read subscriptions from annotations `notifications.argoproj.io/subscribe.<trigger>.<service>: <recipients>` (or `subscribe.<service>` for the default triggers). A misspelt built-in trigger (`on-sync-succeded`), a trigger without a service, or a key in another shape is silently ignored: the team believes it is alerted and is not. Triggers defined in an argocd-notifications-cm ConfigMap of the repository are known too; when that ConfigMap is not in the repository, only near-misses of built-in triggers are reported.")
    {
        BadExample = "metadata:\n  annotations:\n    notifications.argoproj.io/subscribe.on-sync-succeded.slack: myapp-alerts\n",
        GoodExample = "metadata:\n  annotations:\n    notifications.argoproj.io/subscribe.on-sync-succeeded.slack: myapp-alerts\n",
        Tags = ["argocd", "notifications"],
    };

    private const string Prefix = "notifications.argoproj.io/";

    private static readonly string[] BuiltInTriggers =
    [
        "on-created", "on-deleted", "on-deployed", "on-health-degraded", "on-sync-failed", "on-sync-running", "on-sync-status-unknown", "on-sync-succeeded",
    ];

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [BadSubscription];

    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(objectContext =>
    {
        var kubeObject = objectContext.Object;
        var annotationMaps = new List<YamlMapping?> { kubeObject.Metadata?.GetMapping("annotations") };
        if (ArgoApplicationSet.From(kubeObject) is { TemplateMetadata: { } templateMetadata })
        {
            annotationMaps.Add(templateMetadata.GetMapping("annotations"));
        }

        var customTriggers = CustomTriggers(objectContext.Repository);
        foreach (var entry in annotationMaps.OfType<YamlMapping>().SelectMany(m => m.Entries))
        {
            var key = entry.KeyText;
            if (Problem(key, customTriggers) is { } problem)
            {
                objectContext.Report(Diagnostic.Create(BadSubscription, kubeObject.LocationOf(entry.Key), key, problem.What, problem.Advice));
            }
        }
    }, ArgoKinds.Application, ArgoKinds.ApplicationSet, ArgoKinds.AppProject);

    /// <summary>What is wrong with a subscription key, or null when it is fine (or not a subscription).</summary>
    internal static (string What, string Advice)? Problem(string key, IReadOnlySet<string>? customTriggers)
    {
        if (!key.StartsWith(Prefix, StringComparison.Ordinal))
        {
            var misspeltPrefix = key.Contains('/') && EditDistance.Between(key[..(key.IndexOf('/') + 1)], Prefix) is > 0 and <= 2
                && key[(key.IndexOf('/') + 1)..].StartsWith("subscribe", StringComparison.Ordinal);
            return misspeltPrefix ? ("has a misspelt prefix", $"write '{Prefix}{key[(key.IndexOf('/') + 1)..]}'") : null;
        }

        var name = key[Prefix.Length..];
        if (name is "subscriptions" || !name.StartsWith("subscribe", StringComparison.Ordinal))
        {
            return null;
        }

        if (!name.StartsWith("subscribe.", StringComparison.Ordinal))
        {
            return ("does not separate 'subscribe' from the trigger with a dot", "write notifications.argoproj.io/subscribe.<trigger>.<service>");
        }

        var parts = name["subscribe.".Length..].Split('.');
        if (parts.Any(p => p.Length == 0) || parts.Length > 2)
        {
            return ("is not subscribe.<trigger>.<service> or subscribe.<service>", "write notifications.argoproj.io/subscribe.<trigger>.<service>");
        }

        var known = customTriggers is null ? BuiltInTriggers : BuiltInTriggers.Concat(customTriggers).ToArray();
        if (parts.Length == 1)
        {
            return known.Contains(parts[0]) || parts[0].StartsWith("on-", StringComparison.Ordinal)
                ? ($"names the trigger '{parts[0]}' but no service", $"add the service: notifications.argoproj.io/subscribe.{parts[0]}.slack (or your service)")
                : null;
        }

        var trigger = parts[0];
        if (known.Contains(trigger))
        {
            return null;
        }

        var suggestion = ConfigurationLoader.Suggest(trigger, known);
        if (suggestion is not null)
        {
            return ($"names the trigger '{trigger}', which does not exist", $"did you mean '{suggestion}'?");
        }

        return customTriggers is not null
            ? ($"names the trigger '{trigger}', which is neither built in nor defined in argocd-notifications-cm", $"use one of {string.Join(", ", known)}")
            : null;
    }

    /// <summary>Triggers defined (<c>trigger.NAME</c> keys) in an argocd-notifications-cm ConfigMap of the repository; null when the repository has none.</summary>
    private static IReadOnlySet<string>? CustomTriggers(GitOpsLint.Model.Repository repository)
    {
        var configMaps = repository.Index.Find("ConfigMap", "argocd-notifications-cm").ToArray();
        if (configMaps.Length == 0)
        {
            return null;
        }

        return configMaps.SelectMany(c => c.Root.GetMapping("data")?.Entries ?? [])
            .Where(e => e.KeyText.StartsWith("trigger.", StringComparison.Ordinal))
            .Select(e => e.KeyText["trigger.".Length..]).ToHashSet(StringComparer.Ordinal);
    }
}

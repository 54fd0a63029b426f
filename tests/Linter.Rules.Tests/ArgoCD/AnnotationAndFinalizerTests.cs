using GitOpsLint.Rules.ArgoCD;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.ArgoCD;

public sealed class AnnotationAndFinalizerTests
{
    private static string WithMetadata(string extra) =>
        ArgoTestManifests.App().Replace("  namespace: argocd\n", "  namespace: argocd\n" + extra, StringComparison.Ordinal);

    [Fact]
    public void FinalizerTypoWithFix()
    {
        var diagnostics = RuleHarness.Run(new Dictionary<string, string> { ["apps/app.yaml"] = WithMetadata("  finalizers:\n    - resources-finalizers.argocd.argoproj.io\n    - resources-finalizer.argocd.argoproj.io/foreground\n    - example.com/cleanup\n") }, new FinalizerAnalyzer());
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("GOL314 apps/app.yaml(7,7)", RuleHarness.Summarize([diagnostic])[0]);
        Assert.Equal("resources-finalizer.argocd.argoproj.io", diagnostic.Fix!.Edits[0].NewText);
    }

    [Fact]
    public void KnownFinalizersAreClean() => Assert.Empty(RuleHarness.Run(
        new Dictionary<string, string> { ["apps/app.yaml"] = WithMetadata("  finalizers:\n    - resources-finalizer.argocd.argoproj.io\n    - post-delete-finalizer.argocd.argoproj.io\n") }, new FinalizerAnalyzer()));

    [Fact]
    public void SubscriptionProblems()
    {
        var annotations = "  annotations:\n"
            + "    notifications.argoproj.io/subscribe.on-sync-succeeded.slack: alerts\n"
            + "    notifications.argoproj.io/subscribe.on-sync-succeded.slack: alerts\n"
            + "    notifications.argoproj.io/subscribe.on-sync-failed: alerts\n"
            + "    notifications.argoproj.io/subscribe.slack: alerts\n"
            + "    notifications.argoproj.io/subscribe.on-deployed.slack.extra: alerts\n"
            + "    notifications.argoproj.io/subscribe.on-my-custom-trigger.slack: alerts\n"
            + "    notification.argoproj.io/subscribe.on-deployed.slack: alerts\n";
        var diagnostics = RuleHarness.Run(new Dictionary<string, string> { ["apps/app.yaml"] = WithMetadata(annotations) }, new NotificationSubscriptionAnalyzer());
        Assert.Equal(["GOL313 apps/app.yaml(8,5)", "GOL313 apps/app.yaml(9,5)", "GOL313 apps/app.yaml(11,5)", "GOL313 apps/app.yaml(13,5)"], RuleHarness.Summarize(diagnostics));
        Assert.Equal("annotation 'notifications.argoproj.io/subscribe.on-sync-succeded.slack' names the trigger 'on-sync-succeded', which does not exist, so no notification is ever sent for it: did you mean 'on-sync-succeeded'?", diagnostics[0].Message);
    }

    [Fact]
    public void CustomTriggersFromTheNotificationsConfigMap()
    {
        var files = new Dictionary<string, string>
        {
            ["apps/app.yaml"] = WithMetadata("  annotations:\n    notifications.argoproj.io/subscribe.on-image-updated.slack: alerts\n    notifications.argoproj.io/subscribe.on-unknown.slack: alerts\n"),
            ["argocd/notifications-cm.yaml"] = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: argocd-notifications-cm\ndata:\n  trigger.on-image-updated: |\n    - when: 'true'\n      send: [x]\n",
        };
        Assert.Equal(["GOL313 apps/app.yaml(8,5)"], RuleHarness.Summarize(RuleHarness.Run(files, new NotificationSubscriptionAnalyzer())));
    }
}

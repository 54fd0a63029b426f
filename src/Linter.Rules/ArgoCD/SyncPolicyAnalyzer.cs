using GitOpsLint.Analysis;
using GitOpsLint.Configuration;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model.ArgoCD;
using GitOpsLint.Model.References;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rules.ArgoCD;

/// <summary>Sync policies whose settings contradict each other or do nothing, and sync options Argo CD does not know.</summary>
public sealed class SyncPolicyAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor ContradictorySyncPolicy = new(
        "GOL302",
        "Sync policy settings contradict each other",
        "{0}",
        DiagnosticCategory.ArgoCD,
        Severity.Warning,
        "Some sync policy settings only work together, or exclude each other: `allowEmpty` only matters with `prune: true`; `selfHeal`/`prune` only work under `automated` (and not with `automated.enabled: false`); `Replace=true` and `ServerSideApply=true` are two different ways to apply; `managedNamespaceMetadata` needs `CreateNamespace=true`; a `retry` without `limit` retries 0 times, and a negative limit retries forever. Such a policy does not do what its author expected.")
    {
        BadExample = "syncPolicy:\n  selfHeal: true          # ignored: not under automated\n  automated:\n    allowEmpty: true      # no effect without prune\n  retry:\n    backoff:\n      duration: 5s        # no limit: no retries\n",
        GoodExample = "syncPolicy:\n  automated:\n    prune: true\n    selfHeal: true\n  retry:\n    limit: 5\n    backoff:\n      duration: 5s\n",
        Tags = ["argocd"],
    };

    public static readonly DiagnosticDescriptor UnknownSyncOption = new(
        "GOL303",
        "Unknown or malformed sync option",
        "sync option '{0}' {1}; Argo CD matches options as exact 'Name=value' strings, so this one is ignored: {2}",
        DiagnosticCategory.ArgoCD,
        Severity.Warning,
        "`syncOptions` are strings compared exactly (`CreateNamespace=true`). A different case (`createNamespace=true`, `CreateNamespace=True`), spaces, a YAML mapping (`- CreateNamespace: true`) or an unknown name is silently ignored, so the namespace is not created, the prune is not delayed, and so on.")
    {
        BadExample = "syncOptions:\n  - CreateNamespace=True\n  - ServerSideApply: true\n",
        GoodExample = "syncOptions:\n  - CreateNamespace=true\n  - ServerSideApply=true\n",
        Tags = ["argocd"],
    };

    /// <summary>Application-level sync options and their accepted values.</summary>
    private static readonly Dictionary<string, string[]> KnownOptions = new(StringComparer.Ordinal)
    {
        ["Validate"] = ["true", "false"],
        ["CreateNamespace"] = ["true", "false"],
        ["PrunePropagation"] = ["foreground", "background", "orphan"],
        ["PruneLast"] = ["true", "false"],
        ["Replace"] = ["true", "false"],
        ["Force"] = ["true", "false"],
        ["ServerSideApply"] = ["true", "false"],
        ["ApplyOutOfSyncOnly"] = ["true", "false"],
        ["RespectIgnoreDifferences"] = ["true", "false"],
        ["FailOnSharedResource"] = ["true", "false"],
        ["SkipDryRunOnMissingResource"] = ["true", "false"],
        ["SkipSchemaValidation"] = ["true", "false"],
        ["ClientSideApplyMigration"] = ["true", "false"],
        ["Prune"] = ["false", "confirm"],
        ["Delete"] = ["false", "confirm"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ContradictorySyncPolicy, UnknownSyncOption];

    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(objectContext =>
    {
        if (ApplicationSpecs.Of(objectContext.Object) is not { Spec.SyncPolicy: { } policy } specs)
        {
            return;
        }

        var owner = specs.Owner;
        void Contradiction(YamlNode node, string message) => objectContext.Report(Diagnostic.Create(ContradictorySyncPolicy, owner.LocationOf(node), message));

        foreach (var misplaced in new[] { "selfHeal", "prune", "allowEmpty" })
        {
            if (policy.Node.GetEntry(misplaced) is { } entry)
            {
                Contradiction(entry.Key, $"'{misplaced}' directly under syncPolicy is ignored (it belongs under syncPolicy.automated); move it into automated");
            }
        }

        if (policy.AutomatedEntry is not null)
        {
            var enabled = LocatedString.From(policy.Automated, "enabled");
            if (enabled?.AsBool == false)
            {
                foreach (var flag in new[] { policy.Prune, policy.SelfHeal }.OfType<LocatedString>().Where(f => f.AsBool == true))
                {
                    Contradiction(flag.Node, "automated.enabled is false, so this has no effect until automated sync is enabled; remove it or enable automated sync");
                }
            }

            if (policy.AllowEmpty is { AsBool: true } allowEmpty && policy.Prune?.AsBool != true)
            {
                Contradiction(allowEmpty.Node, "allowEmpty: true only matters when automated sync may prune (prune: true); without it nothing is ever deleted, so set prune: true or drop allowEmpty");
            }

        }

        if (policy.FindOption("Replace") is { Value: "Replace=true" } replace && policy.FindOption("ServerSideApply") is { Value: "ServerSideApply=true" })
        {
            Contradiction(replace.Node, "Replace=true and ServerSideApply=true are two different apply methods (replace wins and server-side apply is not used); keep one");
        }

        if (policy.ManagedNamespaceMetadata is not null && !policy.HasOption("CreateNamespace=true"))
        {
            Contradiction(policy.Node.GetEntry("managedNamespaceMetadata")!.Key, "managedNamespaceMetadata only applies to a namespace Argo CD creates; add the sync option CreateNamespace=true or remove it");
        }

        if (policy.Node.GetEntry("retry") is { } retryEntry)
        {
            var limit = LocatedString.From(policy.Retry, "limit");
            if (limit is null)
            {
                Contradiction(retryEntry.Key, "retry has no limit, and a missing limit means 0 retries; set limit (e.g. 5)");
            }
            else if (limit.AsInteger is < 0)
            {
                Contradiction(limit.Node, "a negative retry limit retries a failing sync forever; set a positive limit (e.g. 5)");
            }
        }

        CheckOptions(objectContext, specs, policy);
    }, ArgoKinds.Application, ArgoKinds.ApplicationSet);

    private static void CheckOptions(ObjectAnalysisContext context, ApplicationSpecs specs, SyncPolicy policy)
    {
        foreach (var item in policy.Node.GetSequence("syncOptions")?.Items ?? [])
        {
            if (item is YamlMapping { Entries.Count: 1 } mapping)
            {
                var entry = mapping.Entries[0];
                var text = entry.KeyText + "=" + (entry.Value as YamlScalar)?.Value;
                context.Report(Diagnostic.Create(UnknownSyncOption, specs.Owner.LocationOf(item), entry.KeyText + ": ...", "is a YAML mapping, not a string", $"write '{text}'"));
                continue;
            }

            if (item is not YamlScalar { IsNull: false } scalar || TemplateTag.IsTemplated(scalar.Value))
            {
                continue;
            }

            var option = scalar.Value;
            var equals = option.IndexOf('=');
            var name = equals < 0 ? option.Trim() : option[..equals].Trim();
            var value = equals < 0 ? string.Empty : option[(equals + 1)..].Trim();
            string? problem = null;
            string? corrected = null;
            var knownName = KnownOptions.Keys.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase))
                ?? ConfigurationLoader.Suggest(name, KnownOptions.Keys);
            if (knownName is null)
            {
                problem = "is not an option Argo CD knows";
            }
            else if (equals < 0)
            {
                problem = "has no value";
                corrected = knownName + "=" + KnownOptions[knownName][0];
            }
            else if (knownName != name || option != name + "=" + value)
            {
                problem = knownName != name ? $"misspells '{knownName}'" : "has spaces around '='";
                corrected = knownName + "=" + (KnownOptions[knownName].FirstOrDefault(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase)) ?? value);
            }
            else if (!KnownOptions[knownName].Contains(value))
            {
                var match = KnownOptions[knownName].FirstOrDefault(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase));
                problem = $"has the value '{value}' (expected {string.Join(" or ", KnownOptions[knownName])})";
                corrected = match is null ? null : knownName + "=" + match;
            }

            if (problem is null)
            {
                continue;
            }

            var advice = corrected is null ? $"use one of {string.Join(", ", KnownOptions.Keys)}" : $"write '{corrected}'";
            var diagnostic = Diagnostic.Create(UnknownSyncOption, specs.Owner.LocationOf(scalar), option, problem, advice);
            if (corrected is not null && specs.Owner.Origin is GitOpsLint.Model.SourceOrigin)
            {
                diagnostic = diagnostic with { Fix = new Fix($"Replace with '{corrected}'", [References.ScalarEdit.Replace(specs.Owner.Document.File.Path, scalar, corrected)]) };
            }

            context.Report(diagnostic);
        }
    }
}

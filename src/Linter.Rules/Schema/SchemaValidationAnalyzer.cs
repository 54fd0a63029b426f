using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Schemas;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rules.Schema;

/// <summary>
/// Validates every object against the schema of its kind and version (Kubernetes built-ins, shipped CRDs, the
/// repository's own CRDs and configured schema folders): unknown fields, wrong types, missing required fields,
/// invalid values; a note per kind that has no schema; a warning per configured schema source that cannot be read.
/// </summary>
public sealed class SchemaValidationAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor UnknownField = new(
        "GOL101",
        "Unknown field",
        "{0}",
        DiagnosticCategory.Schema,
        Severity.Error,
        "The field is not part of the kind's schema at this level. The API server either rejects the object (kubectl and Argo CD apply with strict field validation) or silently drops the field (custom resources prune unknown fields), so the setting you wrote never takes effect. It is usually a typo or a field indented under the wrong parent; the message names the closest allowed field, or the level where a field of that name belongs.")
    {
        BadExample = "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: web\nspec:\n  project: default\n  source:\n    repoURL: https://github.com/example/deploy\n    path: web\n    revisionHistoryLimit: 3\n  destination:\n    server: https://kubernetes.default.svc\n",
        GoodExample = "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: web\nspec:\n  project: default\n  revisionHistoryLimit: 3\n  source:\n    repoURL: https://github.com/example/deploy\n    path: web\n  destination:\n    server: https://kubernetes.default.svc\n",
        Tags = ["schema"],
    };

    public static readonly DiagnosticDescriptor WrongType = new(
        "GOL102",
        "Wrong value type",
        "{0}",
        DiagnosticCategory.Schema,
        Severity.Error,
        "The value has a different JSON type than the schema requires (a string where a number is expected, a mapping where a string is expected ...). The API server refuses the object, so the sync fails. YAML 1.1 typing is applied as Kubernetes reads it: `yes`, `on` and `0777` are not strings unless quoted.")
    {
        BadExample = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: \"3\"\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n",
        GoodExample = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n",
        Tags = ["schema"],
    };

    public static readonly DiagnosticDescriptor MissingRequired = new(
        "GOL103",
        "Missing required field",
        "{0}",
        DiagnosticCategory.Schema,
        Severity.Error,
        "A field the schema requires is absent. The API server refuses the object (or the controller cannot act on it), so the sync fails.")
    {
        BadExample = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n",
        GoodExample = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n",
        Tags = ["schema"],
    };

    public static readonly DiagnosticDescriptor InvalidValue = new(
        "GOL104",
        "Invalid value",
        "{0}",
        DiagnosticCategory.Schema,
        Severity.Error,
        "The value has the right type but breaks a constraint of the schema: not one of the allowed values (enum, case-sensitive), not matching the required pattern or format, or outside the allowed range or length. The API server refuses the object.")
    {
        BadExample = "apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: app\nspec:\n  interval: 5 minutes\n  url: https://github.com/example/app\n",
        GoodExample = "apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: app\nspec:\n  interval: 5m\n  url: https://github.com/example/app\n",
        Tags = ["schema"],
    };

    public static readonly DiagnosticDescriptor RuleViolation = new(
        "GOL105",
        "CRD validation rule violated",
        "{0}",
        DiagnosticCategory.Schema,
        Severity.Error,
        "The object breaks a validation rule of its CustomResourceDefinition (`x-kubernetes-validations`, written in CEL), such as \"set exactly one of chart or chartRef\". The API server evaluates the same rule and refuses the object. The message is the rule's own message.")
    {
        BadExample = "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: podinfo\nspec:\n  interval: 10m\n",
        GoodExample = "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: podinfo\nspec:\n  interval: 10m\n  chart:\n    spec:\n      chart: podinfo\n      sourceRef:\n        kind: HelmRepository\n        name: podinfo\n",
        Tags = ["schema", "cel"],
    };

    public static readonly DiagnosticDescriptor RuleNotEvaluated = new(
        "GOL107",
        "CRD validation rule not evaluated",
        "{0} validation rule(s) of {1} {2} could not be evaluated offline and were skipped, e.g. `{3}`: {4}",
        DiagnosticCategory.Schema,
        Severity.Note,
        "Some CEL validation rules of the kind's CustomResourceDefinition use something the offline evaluator cannot run (a Kubernetes CEL library function, or a field the API server fills in with its default before validating). Those rules are skipped rather than guessed, so they may still reject the object at apply time. Reported once per kind.")
    {
        BadExample = "# a CRD rule such as: self.url.isURL()\n",
        GoodExample = "# nothing to change in the manifest; the note says what was not checked\n",
        Tags = ["schema", "cel"],
    };

    public static readonly DiagnosticDescriptor NoSchema = new(
        "GOL106",
        "No schema for kind",
        "no schema is known for {0} {1}, so its objects are not validated; commit its CustomResourceDefinition to the repository, or import it (`gitopslint schema import CRD.yaml --out schemas/crds`) and list the folder under `schemas:` in .gitopslint.yaml",
        DiagnosticCategory.Schema,
        Severity.Note,
        "GitOpsLint validates objects against the schemas it ships (Kubernetes, Argo CD, Argo Rollouts, Flux, External Secrets, Sealed Secrets), the CustomResourceDefinitions found in the repository, and folders listed under `schemas:` in .gitopslint.yaml. Objects of this kind match none of them, so their typos and type errors go unnoticed. Reported once per kind.")
    {
        BadExample = "apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: web\n",
        GoodExample = "# .gitopslint.yaml\nschemas:\n  - vendor/cert-manager   # cert-manager's CRDs, as YAML or imported\n",
        Tags = ["schema"],
    };

    public static readonly DiagnosticDescriptor SchemaSourceProblem = new(
        "GOL108",
        "Schema source cannot be used",
        "{0}",
        DiagnosticCategory.Schema,
        Severity.Warning,
        "A folder or file listed under `schemas:` in .gitopslint.yaml, or a CustomResourceDefinition of the repository, could not be read or compiled into a schema. Objects that would have been validated with it are not.")
    {
        BadExample = "# .gitopslint.yaml\nschemas:\n  - schemas/missing-folder\n",
        GoodExample = "# .gitopslint.yaml\nschemas:\n  - schemas/crds\n",
        Tags = ["schema", "configuration"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [UnknownField, WrongType, MissingRequired, InvalidValue, RuleViolation, NoSchema, RuleNotEvaluated, SchemaSourceProblem];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterObjectAction(ValidateObject);
        context.RegisterRepositoryAction(ReportCatalogProblems);
    }

    private static void ValidateObject(ObjectAnalysisContext context)
    {
        var kubeObject = context.Object;
        var catalog = SchemaCatalog.For(context.Repository);
        if (KindValidation.Find(catalog, kubeObject) is not { } entry)
        {
            return;
        }

        var (compiled, _) = catalog.Compile(entry.Source, entry.Kind, entry.Bundle);
        if (compiled is null)
        {
            return;
        }

        foreach (var violation in ObjectValidator.Validate(kubeObject.Root, compiled))
        {
            context.Report(ToDiagnostic(kubeObject, violation));
        }
    }

    private static Diagnostic ToDiagnostic(KubeObject kubeObject, SchemaViolation violation)
    {
        var descriptor = violation.Kind switch
        {
            SchemaViolationKind.UnknownField => UnknownField,
            SchemaViolationKind.WrongType => WrongType,
            SchemaViolationKind.MissingRequired => MissingRequired,
            SchemaViolationKind.RuleViolation => RuleViolation,
            _ => InvalidValue,
        };
        var node = TargetNode(kubeObject, violation);
        var location = kubeObject.LocationOf(node);
        var diagnostic = Diagnostic.Create(descriptor, location, violation.Message) with
        {
            Properties = new Dictionary<string, string>(StringComparer.Ordinal) { ["path"] = violation.Pointer.Length == 0 ? "/" : violation.Pointer },
        };

        if (violation.Rename is { } rename && node is YamlScalar { IsPlain: true } key && kubeObject.Origin is SourceOrigin)
        {
            diagnostic = diagnostic with
            {
                Fix = new Fix($"rename `{key.Value}` to `{rename}`", [new TextEdit(location.Path, key.Span, rename)]),
                Properties = new Dictionary<string, string>(diagnostic.Properties, StringComparer.Ordinal) { ["suggestion"] = rename },
            };
        }

        return diagnostic;
    }

    /// <summary>
    /// Where to underline: an unknown field's key; the value of a wrong or invalid scalar; the key of a mapping or list
    /// of the wrong type, or of the object missing a field; the object's <c>kind</c> for a field missing at the top.
    /// </summary>
    private static YamlNode TargetNode(KubeObject kubeObject, SchemaViolation violation)
    {
        var node = kubeObject.Root.Navigate(violation.Pointer) ?? kubeObject.Root;
        var entry = ParentEntry(kubeObject.Root, violation.Pointer);
        return violation.Kind switch
        {
            SchemaViolationKind.UnknownField => entry?.Key ?? node,
            SchemaViolationKind.MissingRequired when violation.Pointer.Length == 0 => kubeObject.Root.GetEntry("kind")?.Key ?? node,
            SchemaViolationKind.MissingRequired => entry?.Key ?? node,
            _ when node is YamlScalar => node,
            _ => entry?.Key ?? node,
        };
    }

    private static YamlMappingEntry? ParentEntry(YamlMapping root, string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        if (slash < 0)
        {
            return null;
        }

        var parent = root.Navigate(pointer[..slash]) as YamlMapping;
        return parent?.GetEntry(JsonPointer.Unescape(pointer[(slash + 1)..]));
    }

    private static void ReportCatalogProblems(RepositoryAnalysisContext context)
    {
        var catalog = SchemaCatalog.For(context.Repository);
        foreach (var (location, message) in catalog.Problems)
        {
            context.Report(Diagnostic.Create(SchemaSourceProblem, location, message));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kubeObject in context.Repository.Objects)
        {
            var key = kubeObject.ApiVersion + "/" + kubeObject.Kind;
            if (!seen.Add(key))
            {
                continue;
            }

            if (KindValidation.Find(catalog, kubeObject) is { } entry)
            {
                var (compiled, error) = catalog.Compile(entry.Source, entry.Kind, entry.Bundle);
                if (compiled?.Rules?.Unevaluated is { Count: > 0 } skipped)
                {
                    var (rule, reason) = skipped.OrderBy(p => p.Key, StringComparer.Ordinal).First();
                    context.Report(Diagnostic.Create(RuleNotEvaluated, kubeObject.LocationOf(KindNode(kubeObject)), skipped.Count, kubeObject.ApiVersion, kubeObject.Kind, rule, reason));
                }

                if (error is not null)
                {
                    context.Report(Diagnostic.Create(SchemaSourceProblem, kubeObject.LocationOf(KindNode(kubeObject)),
                        $"the schema of {kubeObject.ApiVersion} {kubeObject.Kind} from {entry.Source.DisplayName} cannot be compiled, so objects of the kind are not validated: {error}"));
                }

                continue;
            }

            // Kinds whose version is merely retired are reported by the API lifecycle rules instead.
            if (catalog.VersionsOf(kubeObject.Group, kubeObject.Kind) is null && BuiltInApiLifecycle.Find(kubeObject.ApiVersion, kubeObject.Kind) is null)
            {
                context.Report(Diagnostic.Create(NoSchema, kubeObject.LocationOf(KindNode(kubeObject)), kubeObject.ApiVersion, kubeObject.Kind));
            }
        }
    }

    private static YamlNode KindNode(KubeObject kubeObject) => kubeObject.Root.GetValue("kind") ?? kubeObject.Root;
}

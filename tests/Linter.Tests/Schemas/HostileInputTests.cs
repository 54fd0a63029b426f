using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using GitOpsLint.Schemas;
using GitOpsLint.Syntax;

namespace GitOpsLint.Tests.Schemas;

/// <summary>Broken or hostile schemas and objects: no crash, no hang, bounded output.</summary>
public sealed class HostileInputTests
{
    private static IReadOnlyList<SchemaViolation> Validate(SchemaBundle bundle, string group, string version, string kind, string yaml)
    {
        var source = new BundleSchemaSource("test", [bundle]);
        var catalog = new SchemaCatalog([source], []);
        var entry = catalog.VersionsOf(group, kind)!.Find(version)!.Value;
        var (compiled, error) = catalog.Compile(source, entry.Kind, entry.Bundle);
        Assert.Null(error);
        var root = (YamlMapping)YamlParser.Parse("x.yaml", yaml).Documents[0].Root!;
        return ObjectValidator.Validate(root, compiled!);
    }

    [Fact]
    public void RecursiveDefinitionsTerminate()
    {
        var definitions = new JsonObject
        {
            ["node"] = JsonNode.Parse("""{"type":"object","properties":{"name":{"type":"string"},"child":{"$ref":"#/$defs/node"}},"additionalProperties":false}"""),
            ["loop"] = JsonNode.Parse("""{"$ref":"#/$defs/loop"}"""),
        };
        var schema = JsonNode.Parse("""{"type":"object","properties":{"spec":{"$ref":"#/$defs/node"},"other":{"$ref":"#/$defs/loop"}}}""")!.AsObject();
        var bundle = new SchemaBundle("test", [new KindSchema("example.com", "v1", "Tree", schema)], definitions);

        var yaml = new StringBuilder("spec:\n");
        for (var depth = 1; depth <= 100; depth++)
        {
            yaml.Append(' ', depth * 2).Append(depth == 100 ? "nam: leaf\n" : "child:\n");
        }

        var stopwatch = Stopwatch.StartNew();
        var violations = Validate(bundle, "example.com", "v1", "Tree", yaml.ToString());
        Assert.InRange(stopwatch.Elapsed.TotalSeconds, 0, 20);
        var violation = Assert.Single(violations);
        Assert.Equal(SchemaViolationKind.UnknownField, violation.Kind);
        Assert.StartsWith("`nam` is not allowed in `spec.child", violation.Message, StringComparison.Ordinal);
        Assert.EndsWith("did you mean `name`?", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FiveMegabyteCrdImportsAndValidates()
    {
        var yaml = new StringBuilder("apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nspec:\n  group: example.com\n  names: {kind: Huge}\n  versions:\n    - name: v1\n      schema:\n        openAPIV3Schema:\n          type: object\n          properties:\n            spec:\n              type: object\n              properties:\n");
        for (var i = 0; yaml.Length < 5 * 1024 * 1024; i++)
        {
            yaml.Append("                field").Append(i).Append(":\n                  type: object\n                  description: ").Append('x', 120)
                .Append("\n                  properties:\n                    value: {type: string, pattern: '^[a-z0-9]{1,63}$'}\n                    count: {type: integer, minimum: 0}\n");
        }

        var stopwatch = Stopwatch.StartNew();
        var bundle = SchemaImporter.Build([new SchemaInput("huge.yaml", Encoding.UTF8.GetBytes(yaml.ToString()))], out var problems).Values.Single();
        Assert.Empty(problems);
        var violations = Validate(bundle, "example.com", "v1", "Huge", "spec:\n  field7:\n    value: UPPER\n    count: -1\n");
        Assert.InRange(stopwatch.Elapsed.TotalSeconds, 0, 60);
        Assert.Equal(2, violations.Count);
    }

    [Fact]
    public void HundredThousandListItemsAreBounded()
    {
        var yaml = new StringBuilder("apiVersion: v1\nkind: List\nitems:\n");
        for (var i = 0; i < 100_000; i++)
        {
            yaml.Append("  - ").Append(i).Append('\n');
        }

        var schema = JsonNode.Parse("""{"type":"object","properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"items":{"type":"array","items":{"type":"object"}}}}""")!.AsObject();
        var bundle = new SchemaBundle("test", [new KindSchema("", "v1", "List", schema)], []);
        var stopwatch = Stopwatch.StartNew();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var violations = Validate(bundle, "", "v1", "List", yaml.ToString());
        Assert.InRange(stopwatch.Elapsed.TotalSeconds, 0, 60);
        Assert.InRange(violations.Count, 1, 200);
        Assert.All(violations, v => Assert.Equal(SchemaViolationKind.WrongType, v.Kind));
        Assert.InRange(GC.GetTotalMemory(forceFullCollection: true) - before, long.MinValue, 200L * 1024 * 1024);
    }

    [Fact]
    public void WrongTypesAtEveryLevelGiveOneFindingEach()
    {
        var source = ShippedSchemas.Source!;
        var catalog = new SchemaCatalog([source], []);
        var entry = catalog.VersionsOf("apps", "Deployment")!.Find("v1")!.Value;
        var (compiled, _) = catalog.Compile(source, entry.Kind, entry.Bundle);
        var yaml = "apiVersion: apps/v1\nkind: Deployment\nmetadata: [a]\nspec:\n  replicas: many\n  selector: label\n  template:\n    spec:\n      containers: {name: web}\n      volumes: 3\n";
        var root = (YamlMapping)YamlParser.Parse("x.yaml", yaml).Documents[0].Root!;
        var violations = ObjectValidator.Validate(root, compiled!);
        Assert.Equal(
            ["/metadata", "/spec/replicas", "/spec/selector", "/spec/template/spec/containers", "/spec/template/spec/volumes"],
            violations.Where(v => v.Kind == SchemaViolationKind.WrongType).Select(v => v.Pointer).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DeeplyNestedCrdSchemaIsCutNotCrashed()
    {
        // 150 nested objects: the importer keeps 96 levels and accepts anything below, rather than overflow or throw.
        var yaml = new StringBuilder("apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nspec:\n  group: example.com\n  names: {kind: Deep}\n  versions:\n    - name: v1\n      schema:\n        openAPIV3Schema: ");
        for (var i = 0; i < 150; i++)
        {
            yaml.Append("{type: object, properties: {a: ");
        }

        yaml.Append("{type: string}").Append('}', 300).Append('\n');
        var bundle = SchemaImporter.Build([new SchemaInput("deep.yaml", Encoding.UTF8.GetBytes(yaml.ToString()))], out var problems).Values.Single();
        Assert.Empty(problems);
        var violations = Validate(bundle, "example.com", "v1", "Deep", "a:\n  a:\n    b: 1\n");
        Assert.Equal("`b` is not allowed in `a.a`; allowed fields: a", Assert.Single(violations).Message);
        Assert.NotEmpty(SchemaDeduplicator.Deduplicate(bundle).ToJson());
    }
}

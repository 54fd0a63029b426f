using System.Text;
using System.Text.Json.Nodes;
using GitOpsLint.Schemas;

namespace GitOpsLint.Tests.Schemas;

public sealed class SchemaImporterTests
{
    private const string Crd = """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: widgets.example.com
        spec:
          group: example.com
          scope: Namespaced
          names: {kind: Widget, plural: widgets}
          versions:
            - name: v1
              served: true
              storage: true
              schema:
                openAPIV3Schema:
                  type: object
                  properties:
                    spec:
                      type: object
                      description: dropped
                      required: [size]
                      properties:
                        size:
                          x-kubernetes-int-or-string: true
                        note: {type: string, nullable: true}
                        count: {type: integer, minimum: 1, exclusiveMinimum: true}
                        extra:
                          type: object
                          x-kubernetes-preserve-unknown-fields: true
                        labels:
                          type: object
                          additionalProperties: {type: string}
                        template:
                          type: object
                          x-kubernetes-embedded-resource: true
                          x-kubernetes-preserve-unknown-fields: true
                          properties:
                            spec: {type: object}
                        ports:
                          type: array
                          x-kubernetes-list-type: map
                          x-kubernetes-list-map-keys: [port]
                          x-kubernetes-patch-merge-key: port
                          x-kubernetes-patch-strategy: merge
                          items:
                            type: object
                            properties:
                              port: {type: integer}
            - name: v1beta1
              served: false
              storage: false
              deprecated: true
              deprecationWarning: use v1
              schema:
                openAPIV3Schema: {type: object}
        """;

    private static SchemaBundle ImportOne(string yaml) =>
        SchemaImporter.Build([new SchemaInput("widget.yaml", Encoding.UTF8.GetBytes(yaml))], out _).Values.Single();

    [Fact]
    public void ConvertsStructuralSchemaKeywords()
    {
        var bundle = ImportOne(Crd);
        var spec = bundle.Kinds[0].Schema["properties"]!["spec"]!.AsObject();
        var properties = spec["properties"]!.AsObject();

        Assert.Null(spec["description"]);
        Assert.False(spec["additionalProperties"]!.GetValue<bool>());
        Assert.Equal("""{"x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}]}""", properties["size"]!.ToJsonString());
        Assert.Equal("""["string","null"]""", properties["note"]!["type"]!.ToJsonString());
        Assert.Equal(1, properties["count"]!["exclusiveMinimum"]!.GetValue<int>());
        Assert.Null(properties["count"]!["minimum"]);
        Assert.Null(properties["extra"]!["additionalProperties"]);
        Assert.Equal("""{"type":"string"}""", properties["labels"]!["additionalProperties"]!.ToJsonString());
        Assert.NotNull(properties["template"]!["properties"]!["apiVersion"]);
        Assert.Null(properties["template"]!["additionalProperties"]);
        Assert.Equal("merge", properties["ports"]!["x-kubernetes-patch-strategy"]!.GetValue<string>());
    }

    [Fact]
    public void KeepsEveryVersionWithItsFlags()
    {
        var kinds = ImportOne(Crd).Kinds;
        Assert.Equal(["v1", "v1beta1"], kinds.Select(k => k.Version));
        Assert.True(kinds[0].Served && kinds[0].Storage && !kinds[0].Deprecated);
        Assert.True(!kinds[1].Served && kinds[1].Deprecated);
        Assert.Equal("use v1", kinds[1].DeprecationWarning);
        Assert.Equal("Namespaced", kinds[0].Scope);
    }

    [Fact]
    public void WritesBundlesAndIndexThatRoundTrip()
    {
        var output = Path.Combine(Path.GetTempPath(), "gitopslint-import-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = SchemaImporter.Import([new SchemaInput("widget.yaml", Encoding.UTF8.GetBytes(Crd))], output);
            Assert.Equal(["example.com.widget.json", "index.json"], result.WrittenFiles);
            Assert.Equal(2, result.KindCount);
            var source = IndexedSchemaSource.FromDirectory(output);
            var versions = source.VersionsOf("example.com", "Widget");
            Assert.Equal(["v1", "v1beta1"], versions.Select(v => v.Kind.Version));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void FirstInputDefiningAVersionWins()
    {
        var newer = Crd.Replace("deprecationWarning: use v1", "deprecationWarning: newer", StringComparison.Ordinal);
        var bundle = SchemaImporter.Build(
            [new SchemaInput("new.yaml", Encoding.UTF8.GetBytes(newer)), new SchemaInput("old.yaml", Encoding.UTF8.GetBytes(Crd))], out _).Values.Single();
        Assert.Equal("newer", bundle.Kinds.Single(k => k.Version == "v1beta1").DeprecationWarning);
        Assert.Equal("new.yaml", bundle.Source);
    }

    [Fact]
    public void ReportsInputsThatAreNeitherCrdNorOpenApi()
    {
        SchemaImporter.Build([new SchemaInput("cm.yaml", Encoding.UTF8.GetBytes("apiVersion: v1\nkind: ConfigMap\n"))], out var problems);
        Assert.Equal(["cm.yaml: no CustomResourceDefinition and not a Kubernetes OpenAPI (swagger 2.0) document"], problems);
    }

    [Fact]
    public void DeduplicatesRepeatedSubschemas()
    {
        var fields = "{" + string.Join(", ", Enumerable.Range(0, 30).Select(i => $"f{i}: {{type: string, pattern: '^[a-z]+$'}}")) + "}";
        var yaml = $$"""
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            spec:
              group: example.com
              names: {kind: Twin}
              versions:
                - name: v1
                  schema:
                    openAPIV3Schema:
                      type: object
                      properties:
                        copyA: {type: object, properties: {{fields}}}
                        copyB: {type: object, properties: {{fields}}}
            """;
        var bundle = ImportOne(yaml);
        var deduplicated = SchemaDeduplicator.Deduplicate(bundle);
        var properties = deduplicated.Kinds[0].Schema["properties"]!;
        Assert.StartsWith("#/$defs/h", properties["copyA"]!["$ref"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(properties["copyA"]!["$ref"]!.GetValue<string>(), properties["copyB"]!["$ref"]!.GetValue<string>());
        Assert.Single(deduplicated.Definitions);
    }

    [Fact]
    public void ConvertsSwaggerDefinitionsAndKinds()
    {
        var swagger = """
            {"swagger": "2.0", "definitions": {
              "io.k8s.api.apps.v1.Deployment": {"type": "object", "properties": {"spec": {"$ref": "#/definitions/io.k8s.api.apps.v1.DeploymentSpec"}},
                 "x-kubernetes-group-version-kind": [{"group": "apps", "kind": "Deployment", "version": "v1"}]},
              "io.k8s.api.apps.v1.DeploymentSpec": {"type": "object", "properties": {"replicas": {"type": "integer", "format": "int32"}}},
              "io.k8s.apimachinery.pkg.util.intstr.IntOrString": {"type": "string", "format": "int-or-string"},
              "io.k8s.apimachinery.pkg.api.resource.Quantity": {"type": "string"}}}
            """;
        var bundle = SchemaImporter.Build([new SchemaInput("swagger.json", Encoding.UTF8.GetBytes(swagger))], out _)[SchemaImporter.KubernetesFileName];
        Assert.Equal("apps/v1/Deployment", bundle.Kinds.Single().Key);
        Assert.Equal("""{"$ref":"#/$defs/io.k8s.api.apps.v1.DeploymentSpec"}""", bundle.Definitions["io.k8s.api.apps.v1.Deployment"]!["properties"]!["spec"]!.ToJsonString());
        Assert.Equal("""{"anyOf":[{"type":"number"},{"type":"string"}]}""", bundle.Definitions["io.k8s.apimachinery.pkg.api.resource.Quantity"]!.ToJsonString());
        Assert.Equal("""{"anyOf":[{"type":"integer"},{"type":"string"}]}""", bundle.Definitions["io.k8s.apimachinery.pkg.util.intstr.IntOrString"]!.ToJsonString());
    }

    [Fact]
    public void ParseRejectsOtherJson() =>
        Assert.Throws<InvalidDataException>(() => SchemaBundle.Parse("""{"type": "object"}""", "x.json"));

    [Fact]
    public void KindSchemaKeysIncludeTheGroup() => Assert.Equal("/v1/Service", new KindSchema("", "v1", "Service", new JsonObject()).Key);
}

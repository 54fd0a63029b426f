namespace GitOpsLint.Cli.Tests;

public sealed class SchemaCommandTests
{
    [Fact]
    public void ImportsACrdWrittenInTheTest()
    {
        var temp = Directory.CreateTempSubdirectory("gol-schema-").FullName;
        try
        {
            var crd = Path.Combine(temp, "widget.yaml");
            File.WriteAllText(crd, """
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata:
                  name: widgets.example.com
                spec:
                  group: example.com
                  names: { kind: Widget, plural: widgets }
                  scope: Namespaced
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
                              properties:
                                size: { type: integer }
                """);
            var output = Path.Combine(temp, "out");
            var (code, text, error) = CliRunner.Run("schema", "import", crd, "--out", output);
            Assert.True(code == 0, error);
            Assert.Contains("1 kind(s) imported", text);
            Assert.NotEmpty(Directory.GetFiles(output, "*.json"));
            Assert.Equal(2, CliRunner.Run("schema", "import", Path.Combine(temp, "nope.yaml"), "--out", output).ExitCode);
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }
}

using GitOpsLint.Model.Helmfile;

namespace GitOpsLint.Tests.Model.Helmfile;

public sealed class HelmfileTemplateTests
{
    [Theory]
    [InlineData("envs/{{ .Environment.Name }}/values.yaml", "envs/prod/values.yaml")]
    [InlineData("envs/{{.Environment.Name}}.yaml", "envs/prod.yaml")]
    [InlineData("envs/{{- .Environment.Name -}}.yaml", "envs/prod.yaml")]
    [InlineData("values.yaml", "values.yaml")]
    public void ExpandsTheEnvironmentName(string text, string expected) => Assert.Equal(expected, HelmfileTemplate.Expand(text, "prod"));

    [Fact]
    public void OtherExpressionsAreOpaque() => Assert.Null(HelmfileTemplate.Expand("{{ .Values.region }}/{{ .Environment.Name }}.yaml", "prod"));
}

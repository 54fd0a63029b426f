using GitOpsLint.Rendering.Flux;

namespace GitOpsLint.Tests.Rendering.Flux;

public sealed class EnvSubstTests
{
    private static readonly Dictionary<string, string> Variables = new() { ["name"] = "web", ["empty"] = "", ["port"] = "8080" };

    [Theory]
    [InlineData("image: ${name}:1", "image: web:1")]
    [InlineData("${missing}", "")]
    [InlineData("${missing:=fallback}", "fallback")]
    [InlineData("${missing:-fallback}", "fallback")]
    [InlineData("${missing=fallback}", "fallback")]
    [InlineData("${empty:-fallback}", "fallback")]
    [InlineData("${empty-fallback}", "")]
    [InlineData("${name:=fallback}", "web")]
    [InlineData("${missing:=${name}-${port}}", "web-8080")]
    [InlineData("$${name}", "${name}")]
    [InlineData("echo $name $$ ${", "echo $name $$ ${")]
    [InlineData("no variables", "no variables")]
    public void Substitutes_like_flux(string text, string expected)
    {
        if (text.EndsWith("${", StringComparison.Ordinal))
        {
            Assert.Throws<EnvSubstException>(() => EnvSubst.Substitute(text, Variables));
            return;
        }

        Assert.Equal(expected, EnvSubst.Substitute(text, Variables));
    }

    [Theory]
    [InlineData("${name^^}")]
    [InlineData("${name:+x}")]
    [InlineData("${1abc}")]
    [InlineData("${name")]
    public void Refuses_what_flux_does_not_substitute(string text) =>
        Assert.Throws<EnvSubstException>(() => EnvSubst.Substitute(text, Variables));
}

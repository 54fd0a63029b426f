using GitOpsLint.Rendering.ArgoCD;

namespace GitOpsLint.Tests.Rendering.ArgoCD;

public sealed class ParameterValuesTests
{
    [Theory]
    [InlineData(3.0, "3")]
    [InlineData(1.5, "1.5")]
    [InlineData(123456.0, "123456")]
    [InlineData(1000000.0, "1e+06")]
    [InlineData(1234567.0, "1.234567e+06")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(-2.5, "-2.5")]
    public void Numbers_print_as_go_prints_float64_with_v(double value, string expected) =>
        Assert.Equal(expected, ParameterValues.Print(value));

    [Theory]
    [InlineData("Eng_Dev.Cluster", "eng-dev.cluster")]
    [InlineData("--a b--", "a-b")]
    [InlineData("x/y:z", "x-y-z")]
    public void Normalize_replaces_each_invalid_character(string name, string expected) =>
        Assert.Equal(expected, NameSanitizer.Normalize(name));

    [Fact]
    public void Slugify_collapses_and_truncates_on_words() =>
        Assert.Equal("hello-world-this", NameSanitizer.Slugify("Hello, World! This is long", 17));

    [Fact]
    public void Flatten_uses_dots_for_maps_and_indices_for_lists()
    {
        var flat = new Dictionary<string, object?>();
        ParameterValues.Flatten("a", new Dictionary<string, object?> { ["b"] = true, ["c"] = new List<object?> { "x", 2.0 } }, flat);

        Assert.Equal(["a.b=true", "a.c.0=x", "a.c.1=2"], flat.Select(p => $"{p.Key}={p.Value}").Order(StringComparer.Ordinal));
    }
}

using GoTemplates.Runtime;

namespace GoTemplates.Tests;

public sealed class GoObjectTests
{
    /// <summary>A struct like Helm's *chart.Metadata with a Stringer-free layout and one method.</summary>
    private sealed class Metadata(string name, string version) : IGoStruct
    {
        private static readonly GoType MetadataType = GoType.Named("*chart.Metadata", GoKind.Pointer);

        public GoType Type => MetadataType;

        public bool IsPointer => true;

        public IReadOnlyList<KeyValuePair<string, object?>> Fields =>
            [new("Name", name), new("Version", version)];

        public bool TryGetField(string field, out object? value)
        {
            value = field switch { "Name" => name, "Version" => version, _ => null };
            return field is "Name" or "Version";
        }

        public bool TryGetMethod(string method, out GoFunction? function)
        {
            function = method == "Has"
                ? new GoFunction("Has", [GoType.String], false, GoType.Bool, false, a => (string)a[0]! == name)
                : null;
            return function is not null;
        }
    }

    private static string Run(string text, object? data)
    {
        var set = new TemplateSet();
        set.Parse("t", text);
        return set.Execute("t", data);
    }

    private static readonly Dictionary<string, object?> Data = new() { ["Chart"] = new Metadata("web", "1.0") };

    [Theory]
    [InlineData("{{.Chart.Name}}-{{.Chart.Version}}", "web-1.0")]
    [InlineData("{{.Chart.Has \"web\"}} {{.Chart.Has \"db\"}}", "true false")]
    [InlineData("{{\"web\" | .Chart.Has}}", "true")]
    [InlineData("{{.Chart}}", "&{web 1.0}")]
    [InlineData("{{printf \"%+v\" .Chart}}", "&{Name:web Version:1.0}")]
    [InlineData("{{printf \"%T\" .Chart}}", "*chart.Metadata")]
    [InlineData("{{if .Chart}}yes{{end}}", "yes")]
    public void FieldsAndMethods(string text, string expected) => Assert.Equal(expected, Run(text, Data));

    [Fact]
    public void UnknownFieldNamesTheStaticType()
    {
        // Reached through a map[string]interface{}, the receiver's static type is interface {} (as Helm shows for .Chart.Nope).
        var e = Assert.Throws<TemplateException>(() => Run("{{.Chart.Nope}}", Data));
        Assert.Equal("template: t:1:8: executing \"t\" at <.Chart.Nope>: can't evaluate field Nope in type interface {}", e.Message);
        e = Assert.Throws<TemplateException>(() => Run("{{$c := .Chart}}{{$c.Nope}}", Data));
        Assert.Equal("template: t:1:20: executing \"t\" at <$c.Nope>: can't evaluate field Nope in type *chart.Metadata", e.Message);
    }

    [Fact]
    public void FieldWithArguments()
    {
        var e = Assert.Throws<TemplateException>(() => Run("{{.Chart.Name 1}}", Data));
        Assert.Equal("template: t:1:8: executing \"t\" at <.Chart.Name>: Name has arguments but cannot be invoked as function", e.Message);
    }
}

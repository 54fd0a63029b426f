using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using GitOpsLint.Rendering.Helm;
using GitOpsLint.Rendering.Helm.Loading;

namespace GitOpsLint.Tests.Rendering.Helm;

/// <summary>Hostile or broken charts end in a positioned error, quickly, never in a crash or a hang.</summary>
public class HelmRendererSafetyTests
{
    private const string ChartYaml = "apiVersion: v2\nname: c\nversion: 1.0.0\n";

    [Fact]
    public void UnterminatedActionIsAParseErrorAtItsLine()
    {
        var result = Render(("c/templates/a.yaml", "a: 1\nb: {{ .Values.x\n"));

        Assert.Equal(HelmErrorKind.TemplateParse, result.Error!.Kind);
        Assert.Equal("parse error at (c/templates/a.yaml:3): unclosed action started at c/templates/a.yaml:2", result.Error.Message);
        Assert.Equal(new HelmErrorLocation("c/templates/a.yaml", "c/templates/a.yaml", 3, null), result.Error.Location);
        Assert.EndsWith("\n\nUse --debug flag to render out invalid YAML\n", result.CommandOutput(debug: false), StringComparison.Ordinal);
    }

    [Fact]
    public void UndefinedTemplateIsAnExecutionErrorAtTheCall()
    {
        var result = Render(("c/templates/a.yaml", "a: 1\nb: {{ include \"nope\" . }}\n"));

        Assert.Equal(HelmErrorKind.TemplateExecution, result.Error!.Kind);
        Assert.Equal(
            "template: c/templates/a.yaml:2:6: executing \"c/templates/a.yaml\" at <include \"nope\" .>: error calling include: template: no template \"nope\" associated with template \"gotpl\"",
            result.Error.Message);
        Assert.Equal(2, result.Error.Location!.Line);
        Assert.Equal(6, result.Error.Location.Column);
    }

    [Fact]
    public void IncludeRecursionStopsAtHelmsGuard()
    {
        var stopwatch = Stopwatch.StartNew();
        var result = Render(
            ("c/templates/_loop.tpl", "{{ define \"loop\" }}{{ include \"loop\" . }}{{ end }}"),
            ("c/templates/a.yaml", "a: {{ include \"loop\" . }}\n"));

        Assert.Equal(HelmErrorKind.TemplateExecution, result.Error!.Kind);
        Assert.Contains("error calling include: rendering template has a nested reference name: loop: unable to execute template", result.Error.Message, StringComparison.Ordinal);
        Assert.StartsWith("template: c/templates/a.yaml:1:6: executing \"c/templates/a.yaml\" at <include \"loop\" .>: error calling include: ", result.Error.Message, StringComparison.Ordinal);
        Assert.Equal(1002, result.Error.Trace.Count);
        Assert.Equal(new HelmErrorLocation("c/templates/_loop.tpl", "c/templates/_loop.tpl", 1, 22), result.Error.Trace[^1]);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), stopwatch.Elapsed.ToString());
    }

    [Fact]
    public void TemplateRecursionStopsAtTheDepthLimit()
    {
        var result = Render(
            ("c/templates/_loop.tpl", "{{ define \"loop\" }}x{{ template \"loop\" . }}{{ end }}"),
            ("c/templates/a.yaml", "a: {{ template \"loop\" . }}\n"));

        // Go's own error for it (Go allows 100000 levels; a CLR stack does not).
        Assert.Equal(HelmErrorKind.TemplateExecution, result.Error!.Kind);
        Assert.Equal(
            "template: c/templates/_loop.tpl:1:32: executing \"loop\" at <{{template \"loop\" .}}>: exceeded maximum template depth (2010)",
            result.Error.Message);
        Assert.Equal(new HelmErrorLocation("c/templates/_loop.tpl", "c/templates/_loop.tpl", 1, 32), result.Error.Location);
    }

    [Theory]
    [InlineData("{{ repeat 1000000000 \"x\" }}", "repeat")]
    [InlineData("{{ printf \"%01000000000d\" 1 }}", "printf")]
    [InlineData("{{ range until 1000000000 }}x{{ end }}", "until")]
    public void GigabyteStringsStopAtTheLimit(string body, string function) =>
        AssertStoppedAtLimit(Render(("c/templates/a.yaml", "a: |\n  " + body + "\n")), function);

    /// <summary>Doubling a string 27 times would reach 1 GB; a lower limit than the default keeps the test fast.</summary>
    [Theory]
    [InlineData("{{ $s := \"0123456789\" }}{{ range until 27 }}{{ $s = print $s $s }}{{ end }}{{ $s }}", "print")]
    [InlineData("{{ $s := \"0123456789\" }}{{ range until 27 }}{{ $s = cat $s $s }}{{ end }}{{ $s }}", "cat")]
    public void StringsGrownInVariablesStopAtTheLimit(string body, string function) =>
        AssertStoppedAtLimit(Render([("c/templates/a.yaml", "a: |\n  " + body + "\n")], new HelmRenderOptions { MaxOutputLength = 1_000_000 }), function);

    [Fact]
    public void OutputLimitIsAPositionedLimitError()
    {
        var result = Render([("c/templates/a.yaml", "{{ range until 200 }}{{ repeat 1000 \"x\" }}{{ end }}\n")], new HelmRenderOptions { MaxOutputLength = 100_000 });

        Assert.Equal(HelmErrorKind.Limit, result.Error!.Kind);
        Assert.Equal("c/templates/a.yaml", result.Error.Location!.TemplateName);
    }

    [Fact]
    public void ArchiveBombSubchartIsAChartError()
    {
        var bomb = Archive(("sub/Chart.yaml", "apiVersion: v2\nname: sub\nversion: 1.0.0\n"), ("sub/big", new string('a', 300_000)));
        var source = MemoryChartFileSource.Chart(("c/Chart.yaml", ChartYaml), ("c/templates/a.yaml", "a: 1\n")).With("c/charts/sub-1.0.0.tgz", bomb);
        var options = new HelmRenderOptions { Limits = new ChartLoadLimits(MaxArchiveUncompressedBytes: 100_000) };

        var result = HelmRenderer.Render(source, "c", options);

        Assert.Equal(HelmErrorKind.Chart, result.Error!.Kind);
        Assert.Contains("decompresses to more than 100000 bytes", result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"$ref\": \"#\"}", "- (root): unable to validate schema: Cycle detected starting with a reference to '#'")]
    [InlineData("{\"$defs\": {\"a\": {\"$ref\": \"#/$defs/b\"}, \"b\": {\"$ref\": \"#/$defs/a\"}}, \"$ref\": \"#/$defs/a\"}", "- (root): unable to validate schema: Cycle detected")]
    [InlineData("{\"type\": \"object\", \"properties\": {\"x\": {\"$ref\": \"#\"}}}", "- at '/x/x/x': ")]
    [InlineData("{\"$ref\": \"https://example.invalid/schema.json\"}", "- (root): unable to validate schema: Could not resolve 'https://example.invalid/schema.json'")]
    public void SchemaWithRefLoopsEndsWithoutHanging(string schema, string expected)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = Render(("c/values.yaml", "x:\n  x:\n    x: 1\n"), ("c/values.schema.json", schema), ("c/templates/a.yaml", "a: 1\n"));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), stopwatch.Elapsed.ToString());
        Assert.Equal(HelmErrorKind.Schema, result.Error!.Kind);
        Assert.StartsWith("values don't meet the specifications of the schema(s) in the following chart(s):\nc:\n" + expected, result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SchemaViolationPointsAtTheValueFileLine()
    {
        var source = MemoryChartFileSource.Chart(
            ("c/Chart.yaml", ChartYaml),
            ("c/values.yaml", "image:\n  tag: latest\nreplicas: 1\n"),
            ("c/values.schema.json", "{\"type\": \"object\", \"properties\": {\"replicas\": {\"type\": \"integer\", \"minimum\": 1}}}"),
            ("c/templates/a.yaml", "a: 1\n"),
            ("prod.yaml", "# production\nreplicas: 0\n"));

        var result = HelmRenderer.Render(source, "c", new HelmRenderOptions { ValueFiles = ["prod.yaml"] });

        Assert.Equal(HelmErrorKind.Schema, result.Error!.Kind);
        Assert.StartsWith("values don't meet the specifications of the schema(s) in the following chart(s):\nc:\n- at '/replicas': ", result.Error.Message, StringComparison.Ordinal);
        Assert.Equal(new HelmErrorLocation("prod.yaml", "prod.yaml", 2, 1), result.Error.Location);
        Assert.DoesNotContain("--debug", result.CommandOutput(debug: false), StringComparison.Ordinal);
    }

    [Fact]
    public void SchemaViolationInSubchartDefaultsPointsAtItsValuesFile()
    {
        var source = MemoryChartFileSource.Chart(
            ("c/Chart.yaml", ChartYaml),
            ("c/values.yaml", "sub:\n  port: \"80\"\n"),
            ("c/templates/a.yaml", "a: 1\n"),
            ("c/charts/sub/Chart.yaml", "apiVersion: v2\nname: sub\nversion: 1.0.0\n"),
            ("c/charts/sub/values.yaml", "port: 8080\n"),
            ("c/charts/sub/values.schema.json", "{\"properties\": {\"port\": {\"type\": \"integer\"}}}"));

        var result = HelmRenderer.Render(source, "c", new HelmRenderOptions());

        Assert.Equal(HelmErrorKind.Schema, result.Error!.Kind);
        Assert.Contains("\nsub:\n- at '/port': ", result.Error.Message, StringComparison.Ordinal);
        Assert.Equal(new HelmErrorLocation("values.yaml", "c/values.yaml", 2, 3), result.Error.Location);
    }

    private static void AssertStoppedAtLimit(HelmRenderResult result, string function)
    {
        Assert.Equal(HelmErrorKind.TemplateExecution, result.Error!.Kind);
        Assert.Contains($"error calling {function}: ", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("exceed", result.Error.Message, StringComparison.Ordinal);
        Assert.Equal(new HelmErrorLocation("c/templates/a.yaml", "c/templates/a.yaml", 2, result.Error.Location!.Column), result.Error.Location);
    }

    private static HelmRenderResult Render(params (string Path, string Text)[] files) => Render(files, new HelmRenderOptions());

    private static HelmRenderResult Render((string Path, string Text)[] files, HelmRenderOptions options)
    {
        var all = files.Any(f => f.Path == "c/Chart.yaml") ? files : [("c/Chart.yaml", ChartYaml), .. files];
        return HelmRenderer.Render(MemoryChartFileSource.Chart(all), "c", options);
    }

    private static byte[] Archive(params (string Name, string Text)[] entries)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        using (var tar = new TarWriter(gzip))
        {
            foreach (var (name, text) in entries)
            {
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)) });
            }
        }

        return output.ToArray();
    }
}

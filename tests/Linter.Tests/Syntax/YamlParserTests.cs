using System.Text;
using GitOpsLint.Syntax;

namespace GitOpsLint.Tests.Syntax;

public sealed class YamlParserTests
{
    private static YamlFile Parse(string text, YamlParseOptions? options = null) => YamlParser.Parse("f.yaml", Encoding.UTF8.GetBytes(text), options);

    [Fact]
    public void NodesKnowTheirSpanAndPointer()
    {
        var file = Parse("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n  list:\n    - a\n    - 'b'\n");
        var root = Assert.IsType<YamlMapping>(file.Documents.Single().Root);
        var name = Assert.IsType<YamlScalar>(root.Navigate("/metadata/name"));
        Assert.Equal("web", name.Value);
        Assert.Equal("/metadata/name", name.Pointer);
        Assert.Equal(new SourcePosition(4, 9, name.Span.Start.Offset), name.Span.Start);
        Assert.Equal(4, name.Span.End.Line);
        Assert.Equal(12, name.Span.End.Column);
        var second = Assert.IsType<YamlScalar>(root.Navigate("/data/list/1"));
        Assert.Equal(YamlScalarStyle.SingleQuoted, second.Style);
        Assert.Equal("/data/list/1", second.Pointer);
        Assert.Same(second, file.FindNodeAt(new SourcePosition(8, 8, 0)));
    }

    [Fact]
    public void PointersEscapeSlashesAndTildes()
    {
        var file = Parse("metadata:\n  annotations:\n    example.com/a~b: x\n");
        var node = file.Documents[0].GetNode("/metadata/annotations/example.com~1a~0b");
        Assert.Equal("x", Assert.IsType<YamlScalar>(node).Value);
        Assert.Equal("metadata.annotations.example.com/a~b", JsonPointer.ToDotted(node!.Pointer));
    }

    [Fact]
    public void MultipleDocumentsAreSeparated()
    {
        var file = Parse("a: 1\n---\nb: 2\n---\n");
        Assert.Equal(3, file.Documents.Count);
        Assert.Null(file.Documents[2].Root);
        Assert.Equal(3, file.Documents[1].Root!.Span.Start.Line);
    }

    [Fact]
    public void SyntaxErrorIsAnIssueAndLaterDocumentsAreStillRead()
    {
        var file = Parse("a: [1, 2\n---\nkind: ok\n");
        var issue = Assert.Single(file.Issues);
        Assert.Equal(SyntaxIssueKind.SyntaxError, issue.Kind);
        Assert.Equal(2, issue.Span.Start.Line);
        var last = file.Documents.Last();
        Assert.Equal("ok", ((YamlMapping)last.Root!).GetString("kind"));
        Assert.Equal(3, last.Root!.Span.Start.Line);
    }

    [Fact]
    public void TabIndentationGetsAHint()
    {
        var file = Parse("metadata:\n  name: a\n\tnamespace: b\n");
        var issue = Assert.Single(file.Issues);
        Assert.Equal(SyntaxIssueKind.SyntaxError, issue.Kind);
        Assert.Contains("tabs", issue.Hint);
        Assert.Equal(3, issue.Span.Start.Line);
    }

    [Fact]
    public void DuplicateKeysAreReportedWithBothPositions()
    {
        var file = Parse("spec:\n  replicas: 2\n  replicas: 3\n");
        var issue = Assert.Single(file.Issues);
        Assert.Equal(SyntaxIssueKind.DuplicateKey, issue.Kind);
        Assert.Equal(3, issue.Span.Start.Line);
        Assert.Equal(3, issue.Span.Start.Column);
        Assert.Equal(2, issue.RelatedSpan!.Value.Start.Line);
        Assert.Equal("3", ((YamlMapping)file.Documents[0].Root!).GetMapping("spec")!.GetString("replicas"));
    }

    [Fact]
    public void AliasesAreExpandedAtTheirPointerWithTheAnchorSpan()
    {
        var file = Parse("base: &b\n  x: 1\ncopy: *b\n");
        var copy = file.Documents[0].GetNode("/copy/x");
        Assert.NotNull(copy);
        Assert.True(copy!.IsAliasCopy);
        Assert.Equal("/copy/x", copy.Pointer);
        Assert.Equal(2, copy.Span.Start.Line);
    }

    [Fact]
    public void MergeKeysFillInWithoutOverriding()
    {
        var file = Parse("base: &b\n  x: 1\n  y: 2\nderived:\n  <<: *b\n  y: 3\n");
        var derived = ((YamlMapping)file.Documents[0].Root!).GetMapping("derived")!;
        Assert.Equal("1", derived.GetString("x"));
        Assert.Equal("3", derived.GetString("y"));
        Assert.False(derived.ContainsKey("<<"));
        Assert.Equal("/derived/x", derived.GetValue("x")!.Pointer);
    }

    [Fact]
    public void AliasBombStopsAtTheBudget()
    {
        var builder = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 12; i++)
        {
            builder.Append($"a{i}: &a{i} [" + string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10)) + "]\n");
        }

        var file = Parse(builder.ToString());
        Assert.Contains(file.Issues, i => i.Kind == SyntaxIssueKind.AliasBudgetExceeded);
        var nodes = file.Documents[0].Root!.DescendantsAndSelf().Count();
        Assert.True(nodes < 300_000, $"{nodes} nodes");
    }

    [Fact]
    public void DeepNestingIsCutWithoutStackOverflow()
    {
        var text = new string('[', 10_000) + new string(']', 10_000);
        var file = Parse(text);
        Assert.Contains(file.Issues, i => i.Kind == SyntaxIssueKind.NestingTooDeep);
        Assert.NotNull(file.Documents.Single().Root);
    }

    [Fact]
    public void DeepBlockNestingIsCut()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 2_000; i++)
        {
            builder.Append(new string(' ', i)).Append("k:\n");
        }

        var file = Parse(builder.ToString(), YamlParseOptions.Default with { MaxDepth = 64 });
        Assert.Contains(file.Issues, i => i.Kind == SyntaxIssueKind.NestingTooDeep);
    }

    [Fact]
    public void InvalidUtf8IsReportedAtItsPosition()
    {
        var bytes = Encoding.UTF8.GetBytes("a: 1\nb: x").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\n")).ToArray();
        var file = YamlParser.Parse("f.yaml", bytes);
        var issue = Assert.Single(file.Issues, i => i.Kind == SyntaxIssueKind.InvalidEncoding);
        Assert.Equal(2, issue.Span.Start.Line);
        Assert.Equal(5, issue.Span.Start.Column);
        Assert.Contains("0xC3", issue.Message);
    }

    [Fact]
    public void OversizedFilesAreNotParsed()
    {
        var file = Parse(new string('#', 2000), YamlParseOptions.Default with { MaxFileBytes = 1000 });
        Assert.Equal(SyntaxIssueKind.FileTooLarge, Assert.Single(file.Issues).Kind);
        Assert.Empty(file.Documents);
    }

    [Fact]
    public void CommentsAreKeptWithPositions()
    {
        var file = Parse("# head\na: 1 # inline\n");
        Assert.Equal(2, file.Comments.Count);
        Assert.Equal("head", file.Comments[0].Text);
        Assert.False(file.Comments[0].IsInline);
        Assert.Equal(2, file.Comments[1].Position.Line);
        Assert.True(file.Comments[1].IsInline);
    }

    [Fact]
    public void UnknownAnchorIsAnIssue()
    {
        var file = Parse("a: *missing\n");
        Assert.Equal(SyntaxIssueKind.UnknownAnchor, Assert.Single(file.Issues).Kind);
    }

    [Fact]
    public void ByteOrderMarkIsIgnored()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("a: 1\n")).ToArray();
        var file = YamlParser.Parse("f.yaml", bytes);
        Assert.Empty(file.Issues);
        Assert.Equal(1, file.Documents[0].Root!.Span.Start.Column);
    }
}
